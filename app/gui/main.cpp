// commanddesk: the duty operator's desktop application.
#include "MainWindow.h"
#include "core/Logging.h"
#include "plan/PlanLibrary.h"
#include "time/CalendarStore.h"
#include "time/Clock.h"
#include "journal/Journal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CommandDesk"));
    QApplication::setApplicationName(QStringLiteral("commanddesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("应急指挥台 CommandDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CommandDesk emergency command desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("User interface language: zh_CN (default) or en."),
                                        QStringLiteral("lang"), QStringLiteral("zh_CN"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Render the main window to FILE.png and exit."),
                                              QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size WxH for --screenshot."),
                                        QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Journal database (default: in the user's data folder)."),
                                      QStringLiteral("file"), cd::Journal::defaultPath());
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Log debug messages to the console."));
    parser.addOptions({langOption, screenshotOption, sizeOption, dbOption, verboseOption});
    parser.process(app);

    cd::initLogging(QStringLiteral("commanddesk"),
                    QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs"),
                    cd::LogConsole::Stdout, parser.isSet(verboseOption));

    QTranslator qtTranslator, appTranslator;
    if (parser.value(langOption) != QLatin1String("en")) {
        if (qtTranslator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
        if (appTranslator.load(QStringLiteral(":/i18n/commanddesk_zh_CN.qm")))
            QApplication::installTranslator(&appTranslator);
    }

    const auto library = cd::PlanLibrary::loadBuiltin();
    if (!library) {
        QMessageBox::critical(nullptr, QObject::tr("CommandDesk"),
                              QObject::tr("The contingency plans could not be loaded:\n%1").arg(library.error()));
        return 3;
    }

    const auto calendar = cd::CalendarStore(cd::CalendarStore::defaultDir()).load();
    if (!calendar) {
        QMessageBox::critical(nullptr, QObject::tr("CommandDesk"),
                              QObject::tr("The holiday calendar could not be loaded:\n%1").arg(calendar.error()));
        return 3;
    }
    cd::SystemClock clock;
    cd::Journal::Options journalOptions;
    journalOptions.path = parser.value(dbOption);
    auto journal = cd::Journal::open(journalOptions, clock, *library.value());
    if (!journal) {
        // Never start on a database we could not read: the operator must see why.
        QMessageBox::critical(nullptr, QObject::tr("CommandDesk"),
                              QObject::tr("The incident journal could not be opened:\n%1").arg(journal.error()));
        return 1;
    }
    cd::MainWindow window(library.value(), calendar.value(), clock, journal->get());
    if (parser.isSet(screenshotOption)) {
        const auto size = parser.value(sizeOption).split(QLatin1Char('x'));
        if (size.size() == 2)
            window.resize(size[0].toInt(), size[1].toInt());
        window.show();
        QTimer::singleShot(300, &window, [&] {
            const bool saved = window.grab().save(parser.value(screenshotOption));
            QApplication::exit(saved ? 0 : 1);
        });
        return QApplication::exec();
    }
    window.show();
    return QApplication::exec();
}
