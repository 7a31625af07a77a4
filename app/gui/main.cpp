// commanddesk: the duty operator's desktop application.
#include "AlarmSoundPlayer.h"
#include "MainWindow.h"
#include "WallBoard.h"
#include "core/Logging.h"
#include "geo/RegionMap.h"
#include "drill/DrillController.h"
#include "drill/Scenario.h"
#include "items/DemoIncidents.h"
#include "items/IncidentStore.h"
#include "journal/Journal.h"
#include "journal/JournalWatcher.h"
#include "journal/PostgresJournalStore.h"
#include "ConnectionStatus.h"
#include "HelpMenu.h"
#include "DataLanguage.h"
#include "SignInDialog.h"
#include "plan/PlanLibrary.h"
#include "time/CalendarStore.h"
#include "time/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

namespace {

int refuse(const QString &what, const QString &why)
{
    // Core errors reach the operator as a dialog that says what is wrong and where.
    QMessageBox::critical(nullptr, QObject::tr("CommandDesk"), what + QStringLiteral("\n\n") + why);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
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
                                        QStringLiteral("lang"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Journal: a file, or postgresql://user@host/db for a shared command room "
                                                     "(default: the last one used, else a file in the user's data folder)."),
                                      QStringLiteral("file|url"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Fill an empty journal with exercise incidents (演练)."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Render the main window to FILE.png after loading and exit."),
                                              QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Window size WxH for --screenshot."),
                                        QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption drillOption(QStringLiteral("drill"), QStringLiteral("Start a shipped drill scenario (by id) at launch."),
                                         QStringLiteral("scenario"));
    const QCommandLineOption wallboardOption(QStringLiteral("wallboard"),
                                             QStringLiteral("Show the wall board (大屏模式) full screen instead of the desk."));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("Use the dark control-room theme."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Log debug messages to the console."));
    parser.addOptions({langOption, dbOption, demoOption, screenshotOption, sizeOption, drillOption, wallboardOption, darkOption, verboseOption});
    parser.process(app);

    const QString logFile = cd::initLogging(QStringLiteral("commanddesk"),
                    QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs"),
                    cd::LogConsole::Stdout, parser.isSet(verboseOption));

    const QString lang = parser.isSet(langOption) ? parser.value(langOption)
                                                  : QSettings().value(QStringLiteral("ui/language"), QStringLiteral("zh_CN")).toString();
    QTranslator qtTranslator, appTranslator;
    // Dates in Qt's own dialogs (the file dialog) follow the interface language.
    QLocale::setDefault(lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                    : QLocale(QLocale::Chinese, QLocale::China));
    if (lang == QLatin1String("en")) {
        // The models' Chinese words (states, kinds, levels) and the few Chinese tr() sources.
        if (appTranslator.load(QStringLiteral(":/i18n/commanddesk_en.qm")))
            QApplication::installTranslator(&appTranslator);
        cd::DataLanguage::setEnglish(true);
    } else {
        if (qtTranslator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
        if (appTranslator.load(QStringLiteral(":/i18n/commanddesk_zh_CN.qm")))
            QApplication::installTranslator(&appTranslator);
    }

    const auto library = cd::PlanLibrary::loadBuiltin();
    if (!library)
        return refuse(QObject::tr("The contingency plans could not be loaded:"), library.error());
    const auto calendar = cd::CalendarStore(cd::CalendarStore::defaultDir()).load();
    if (!calendar)
        return refuse(QObject::tr("The holiday calendar could not be loaded:"), calendar.error());
    const QString urbanFile = QSettings().value(QStringLiteral("map/urbanAreaFile"), QStringLiteral(":/geo/urban-area.geojson")).toString();
    const auto urbanArea = cd::RegionMap::loadFile(urbanFile);
    if (!urbanArea)
        return refuse(QObject::tr("The urban area outline could not be loaded:"), urbanArea.error());

    // The wall clock: live incidents always run on it. A drill brings its own clock for its
    // own incidents, a replay its own cursor (IncidentClocks says which clock is whose).
    cd::SystemClock wallClock;
    // The store: --db, else the last one used, else the embedded file in the data folder.
    QSettings settings;
    cd::Journal::Options journalOptions;
    journalOptions.path = parser.isSet(dbOption) ? parser.value(dbOption)
                                                 : settings.value(QStringLiteral("journal/store"), cd::Journal::defaultPath()).toString();
    journalOptions.initialise = journalOptions.path == cd::Journal::defaultPath(); // our own data folder may be created
    const bool interactive = !parser.isSet(screenshotOption);
    // Entry times are always real time; a drill's event times come from the drill clock.
    auto journal = cd::Journal::open(journalOptions, wallClock, *library.value());
    if (!journal && interactive && cd::StoreLocation::looksLikeUri(journalOptions.path)) {
        // A shared journal whose login needs a password libpq did not find (~/.pgpass): ask.
        const auto location = cd::StoreLocation::parse(journalOptions.path);
        QString lastError = journal.error();
        cd::SignInDialog dialog(location ? location->display() : journalOptions.path,
                                settings.value(QStringLiteral("journal/user"), location ? location->user : QString()).toString(),
                                [&](const QString &login, const QString &password) -> std::optional<QString> {
                                    journalOptions.user = login;
                                    journalOptions.password = password;
                                    journal = cd::Journal::open(journalOptions, wallClock, *library.value());
                                    if (!journal)
                                        return journal.error();
                                    return std::nullopt;
                                });
        dialog.exec();
    }
    if (!journal) // never start on a database we could not read
        return refuse(QObject::tr("The incident journal could not be opened:"), journal.error());
    if (journal.value()->needsSignIn() && interactive) {
        cd::Journal &j = *journal.value();
        cd::SignInDialog dialog(j.path(), settings.value(QStringLiteral("journal/user")).toString(),
                                [&j](const QString &login, const QString &password) { return j.signIn(login, password); });
        if (dialog.exec() != QDialog::Accepted)
            return 0; // nobody signed in: nothing to show at a shared desk
    }
    settings.setValue(QStringLiteral("journal/store"), journal.value()->location().display());
    settings.setValue(QStringLiteral("journal/user"), journal.value()->account().login);
    if (parser.isSet(demoOption))
        if (const auto added = cd::addDemoIncidents(*journal.value(), wallClock); !added)
            return refuse(QObject::tr("The demonstration incidents could not be written:"), added.error());

    cd::IncidentStore store(library.value(), calendar.value(), wallClock, *journal.value());
    if (const auto loaded = store.reload(); !loaded)
        return refuse(QObject::tr("The incidents could not be read:"), loaded.error());
    qInfo("start-up: %zu incidents folded after %lld ms", store.incidents().size(), static_cast<long long>(sinceStart.elapsed()));

    cd::AlarmSoundPlayer sounds; // outlives the window that rings it
    cd::MainWindow window(store, cd::RegionMap::lishuiCounties(), urbanArea.value());
    window.setAlarmSound(&sounds);
    window.help()->setLogFile(logFile); // Help → where the log file is
    qInfo("start-up: window built after %lld ms", static_cast<long long>(sinceStart.elapsed()));

    // What other workstations, windows and the CLI append shows up here within a second.
    cd::JournalWatcher watcher({journal.value()->location(), journalOptions.password, -1, 250});
    QObject::connect(&watcher, &cd::JournalWatcher::appended, &store, [&store](const QList<cd::StoredEvent> &events) {
        if (const auto applied = store.applyAppended(events); !applied)
            qWarning("live update: %s", qPrintable(applied.error()));
    });
    QObject::connect(&watcher, &cd::JournalWatcher::onlineChanged, &window, [&window](bool online, const QString &message) {
        window.connectionStatus()->setOnline(online, message);
        window.statusBar()->showMessage(message, online ? 10000 : 0);
        qInfo("journal connection: %s: %s", online ? "online" : "offline", qPrintable(message));
    });
    if (interactive)
        if (auto problem = watcher.start())
            qWarning("live updates are off: %s", qPrintable(*problem));
    if (parser.isSet(darkOption))
        window.applyTheme(true); // this run only: the View menu's choice stays remembered
    if (parser.isSet(drillOption)) {
        const auto scenario = cd::Scenario::load(QStringLiteral(":/drills/%1.json").arg(parser.value(drillOption)), *library.value());
        if (!scenario)
            return refuse(QObject::tr("The drill scenario could not be loaded:"), scenario.error());
        if (const auto started = window.startDrill(scenario.value()); !started)
            return refuse(QObject::tr("The drill could not start:"), started.error());
    }
    QWidget *shown = &window;
    if (parser.isSet(wallboardOption))
        shown = new cd::WallBoard(store, &window); // a top-level window of its own, deleted with the desk
    if (parser.isSet(screenshotOption)) {
        const auto size = parser.value(sizeOption).split(QLatin1Char('x'));
        if (size.size() == 2)
            shown->resize(size[0].toInt(), size[1].toInt());
        shown->show();
        // After the first frame: layout done, map fitted.
        QTimer::singleShot(0, &window, [&] {
            QTimer::singleShot(0, &window, [&] {
                const bool saved = shown->grab().save(parser.value(screenshotOption));
                std::printf("first frame after %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
                QApplication::exit(saved ? 0 : 1);
            });
        });
        return QApplication::exec();
    }
    if (parser.isSet(wallboardOption)) {
        // Closing the wall board ends the program when it is all there is.
        QObject::connect(shown, &QObject::destroyed, &app, &QApplication::quit);
        shown->setAttribute(Qt::WA_DeleteOnClose);
        shown->showFullScreen();
    } else {
        window.show();
    }
    return QApplication::exec();
}
