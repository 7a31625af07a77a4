// commanddesk: the duty operator's desktop application.
#include "AlarmSoundPlayer.h"
#include "gui/GuiHelp.h"
#include "gui/SharedCachesWarmUp.h"
#include "MainWindow.h"
#include "WallBoard.h"
#include "map/MapView.h"
#include "core/Logging.h"
#include "core/PeakMemory.h"
#include "geo/RegionMap.h"
#include "drill/DrillController.h"
#include "drill/Scenario.h"
#include "items/DemoIncidents.h"
#include "items/IncidentStore.h"
#include "items/StartupLoad.h"
#include "journal/Journal.h"
#include "journal/BackgroundWatcher.h"
#include "journal/PostgresJournalStore.h"
#include "ConnectionStatus.h"
#include "HelpMenu.h"
#include "DataLanguage.h"
#include "SignInDialog.h"
#include "AfterPaints.h"
#include "gui/StartupScreenshot.h"
#include "gui/TimedApplication.h"
#include "plan/PlanLibrary.h"
#include "settings/CentreSettings.h"
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

// Core errors reach the operator as a dialog that says what is wrong and where, and the log.
// Without an operator (--screenshot: a benchmark, a package check) no dialog waits for a
// click: the message is logged, printed with it, and the program ends.
int refuse(bool interactive, const QString &what, const QString &why)
{
    qCritical("%s %s", qPrintable(what), qPrintable(why));
    if (interactive)
        QMessageBox::critical(nullptr, QObject::tr("CommandDesk"), what + QStringLiteral("\n\n") + why);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication::setOrganizationName(QStringLiteral("CommandDesk"));
    QApplication::setApplicationName(QStringLiteral("commanddesk"));
    // The language is known before anything is said: --lang, else the user's choice.
    QString lang;
    bool man = false;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            lang = QString::fromLocal8Bit(argv[i + 1]);
        else if (qstrncmp(argv[i], "--lang=", 7) == 0)
            lang = QString::fromLocal8Bit(argv[i] + 7);
        man |= qstrcmp(argv[i], "--man") == 0;
        // --help and --version print and leave: they need no display (a terminal on a server).
        for (const char *plain : {"--help", "-h", "--help-all", "--version", "-v"})
            if (qstrcmp(argv[i], plain) == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // The centre's settings first, then the user's own (models/settings/CentreSettings).
    const auto centre = cd::CentreSettings::load();
    if (lang.isEmpty())
        lang = centre.text(QStringLiteral("ui/language"));
    const auto helpLang = cd::help::langFromCode(lang);
    if (man) { // for the package build: no display, no journal
        std::fputs(cd::gui::guiManPage(helpLang, QStringLiteral(PROJECT_VERSION_STRING)).toUtf8().constData(), stdout);
        return 0;
    }
    cd::TimedApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("应急指挥台 CommandDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QTranslator qtTranslator, appTranslator;
    // Dates in Qt's own dialogs (the file dialog) follow the interface language.
    QLocale::setDefault(helpLang == cd::help::Lang::En ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                       : QLocale(QLocale::Chinese, QLocale::China));
    if (helpLang == cd::help::Lang::En) {
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

    QCommandLineParser parser;
    parser.setApplicationDescription(helpLang == cd::help::Lang::En ? QStringLiteral("CommandDesk emergency command desk")
                                                                    : QStringLiteral("应急指挥台 CommandDesk"));
    cd::gui::addOptions(parser, helpLang);
    parser.process(app); // --help, --version and a bad option leave here, by exit()
    const QString dbOption = QStringLiteral("db"), demoOption = QStringLiteral("demo"), screenshotOption = QStringLiteral("screenshot"),
                  sizeOption = QStringLiteral("size"), drillOption = QStringLiteral("drill"), wallboardOption = QStringLiteral("wallboard"),
                  darkOption = QStringLiteral("dark"), verboseOption = QStringLiteral("verbose");

    const bool interactive = !parser.isSet(screenshotOption);
    auto refuse = [interactive](const QString &what, const QString &why) { return ::refuse(interactive, what, why); };
    const QString logFile = cd::initLogging(QStringLiteral("commanddesk"),
                                            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs"),
                                            cd::LogConsole::Stdout, parser.isSet(verboseOption));
    // Font database and image plugins on a second core, for the first frame (joined on
    // return); after the logging, so that what Qt says there reaches the log file.
    const cd::SharedCachesWarmUp warmUp;
    QStringList settingProblems = centre.problems();

    const auto library = cd::PlanLibrary::loadBuiltin();
    if (!library)
        return refuse(QObject::tr("The contingency plans could not be loaded:"), library.error());
    const auto calendar = cd::CalendarStore(centre.calendarDir()).load();
    if (!calendar)
        return refuse(QObject::tr("The holiday calendar could not be loaded:"), calendar.error());
    // The map files a centre may replace; one that does not load is reported and the
    // built-in one is used, like any other bad setting.
    auto mapFile = [&](const QString &key, const QString &builtin) {
        const QString file = centre.text(key);
        if (!file.isEmpty()) {
            if (auto loaded = cd::RegionMap::loadFile(file))
                return loaded;
            else
                settingProblems << QStringLiteral("%1: %2; using the built-in map").arg(key, loaded.error());
        }
        return cd::RegionMap::loadFile(builtin);
    };
    const auto urbanArea = mapFile(QStringLiteral("map/urbanAreaFile"), QStringLiteral(":/geo/urban-area.geojson"));
    if (!urbanArea)
        return refuse(QObject::tr("The urban area outline could not be loaded:"), urbanArea.error());
    const auto counties = mapFile(QStringLiteral("map/countiesFile"), QStringLiteral(":/geo/lishui-counties.cdgeo"));
    if (!counties)
        return refuse(QObject::tr("The county boundaries could not be loaded:"), counties.error());

    // The wall clock: live incidents always run on it. A drill brings its own clock for its
    // own incidents, a replay its own cursor (IncidentClocks says which clock is whose).
    cd::SystemClock wallClock;
    // The store: --db, else the last one used (unless the centre fixes it), else the centre's,
    // else the embedded file in the data folder.
    QSettings settings;
    cd::Journal::Options journalOptions;
    const QString storeSetting = centre.text(QStringLiteral("journal/store"));
    journalOptions.path = parser.isSet(dbOption)     ? parser.value(dbOption)
                          : storeSetting.isEmpty() ? cd::Journal::defaultPath()
                                                   : storeSetting;
    journalOptions.initialise = journalOptions.path == cd::Journal::defaultPath(); // our own data folder may be created
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
    // The desk reads on its UI thread: no read may wait on a silent server longer than the
    // answer timeout (the CLI's long exports are not cut).
    journal.value()->setBoundReads(true);
    if (parser.isSet(demoOption))
        if (const auto added = cd::addDemoIncidents(*journal.value(), wallClock); !added)
            return refuse(QObject::tr("The demonstration incidents could not be written:"), added.error());

    cd::IncidentStore store(library.value(), calendar.value(), wallClock, *journal.value());
    // Incidents above this id were opened since (by another desk): announced once they are in,
    // for their 新事件 alarms (IncidentStore::adopt).
    const auto lastIdBeforeLoad = journal.value()->store().lastIncidentId();
    const qint64 newAfterId = lastIdBeforeLoad ? lastIdBeforeLoad.value() : -1;
    // The watcher reports what comes after this: read before the load, so that nothing appended
    // meanwhile is missed (what the load already folded is recognised and skipped).
    const auto headBeforeLoad = journal.value()->store().headSeq();
    store.setLoading(true); // the views say 正在读取 until the incidents are in

    cd::AlarmSoundPlayer sounds; // outlives the window that rings it
    // The window is painted before the docks' contents are built (they come on the next turn),
    // and before the incidents are in (StartupLoad below).
    cd::MainWindow window(store, counties.value(), urbanArea.value(), nullptr, cd::MainWindow::Build::FrameFirst);
    window.setAlarmSound(&sounds);
    window.help()->setLogFile(logFile); // Help → where the log file is
    qInfo("start-up: window built after %lld ms, peak RSS %lld kB", static_cast<long long>(sinceStart.elapsed()), cd::peakRssKb());
    // The audio back end and the sounds load once the desk is up, not before its first frame.
    QTimer::singleShot(250, &sounds, &cd::AlarmSoundPlayer::prepare);

    // What other workstations, windows and the CLI append shows up here within a second. The
    // watcher waits for the server on a thread of its own: a server that stops answering never
    // holds the desk, whose status bar says 离线 as soon as the watcher's deadline passes.
    cd::BackgroundWatcher watcher({journal.value()->location(), journalOptions.password, headBeforeLoad ? headBeforeLoad.value() : -1, 250});
    QObject::connect(&watcher, &cd::BackgroundWatcher::appended, &store, [&store](const QList<cd::StoredEvent> &events) {
        if (const auto applied = store.applyAppended(events); !applied)
            qWarning("live update: %s", qPrintable(applied.error()));
    });
    QObject::connect(&watcher, &cd::BackgroundWatcher::startFailed, &window, [](const QString &problem) {
        qWarning("live updates are off: %s", qPrintable(problem));
    });
    QObject::connect(&watcher, &cd::BackgroundWatcher::onlineChanged, &window, [&window, &journal](bool online, const QString &message) {
        // Offline: the desk's own calls fail at once instead of waiting on the server each time.
        journal.value()->setServerUnreachable(online ? std::nullopt : std::optional<QString>(message));
        window.connectionStatus()->setOnline(online, message);
        window.statusBar()->showMessage(message, online ? 10000 : 0);
        qInfo("journal connection: %s: %s", online ? "online" : "offline", qPrintable(message));
    });
    if (parser.isSet(darkOption))
        window.applyTheme(true); // this run only: the View menu's choice stays remembered
    // Bad settings: said once at start, with the key and the file; the program runs on the defaults.
    for (const QString &problem : settingProblems)
        qWarning("settings: %s", qPrintable(problem));
    QWidget *shown = &window;
    if (parser.isSet(wallboardOption))
        shown = new cd::WallBoard(store, &window); // a top-level window of its own, deleted with the desk

    // --screenshot: timed and saved once the incidents are in (bench_startup reads what it prints).
    std::unique_ptr<cd::StartupScreenshot> screenshot;
    if (parser.isSet(screenshotOption))
        screenshot = std::make_unique<cd::StartupScreenshot>(app, *shown, window, parser.value(screenshotOption), sinceStart);
    // Once the incidents are in: the desk enabled; then (onSelected) its incident chosen, live
    // updates, the warnings, the drill asked for.
    auto onLoaded = [&]() -> bool {
        qInfo("start-up: %zu incidents, %zu folded after %lld ms, peak RSS %lld kB", store.summaries().size(), store.incidents().size(),
              static_cast<long long>(sinceStart.elapsed()), cd::peakRssKb());
        if (!store.projectionNotSaved().isEmpty())
            qInfo("start-up: the summary projection was not saved: %s", qPrintable(store.projectionNotSaved()));
        // Remembered once it has been read, and only when it changed: QSettings writes its whole
        // file on the UI thread (lock, write, rename: up to 30 ms measured here), and a QSettings
        // made while another holds changes writes it first. Most starts change nothing.
        auto remember = [&settings](const QString &key, const QString &value) {
            if (settings.value(key).toString() != value)
                settings.setValue(key, value);
        };
        remember(QStringLiteral("journal/store"), journal.value()->location().display());
        remember(QStringLiteral("journal/user"), journal.value()->account().login);
        window.completeBuild(); // already, unless the window was never shown (--wallboard)
        window.setEnabled(true);
        return true;
    };
    // Then, once the map has all its markers and has painted them, the incident selected: its
    // grading, windows, duties and timeline fill the docks in a paint of their own (6-8 ms;
    // with the repaint enabling the desk 17 ms at 10k incidents, and with a repaint of the
    // map's markers 16-17 ms at 100k).
    auto onSelected = [&]() -> bool {
        if (!store.selectedId())
            window.selectMostUrgent(); // the incident the alarm banner names, as before the window was shown early
        if (interactive)
            watcher.start();
        if (!settingProblems.isEmpty() && interactive)
            QTimer::singleShot(0, &window, [&window, settingProblems] {
                QMessageBox::warning(&window, QObject::tr("Settings"),
                                     QObject::tr("These settings are not valid; CommandDesk uses the default instead:") +
                                         QStringLiteral("\n\n") + settingProblems.join(QLatin1Char('\n')));
            });
        if (parser.isSet(drillOption)) {
            const auto scenario = cd::Scenario::load(QStringLiteral(":/drills/%1.json").arg(parser.value(drillOption)), *library.value());
            if (!scenario) {
                refuse(QObject::tr("The drill scenario could not be loaded:"), scenario.error());
                return false;
            }
            if (const auto started = window.startDrill(scenario.value()); !started) {
                refuse(QObject::tr("The drill could not start:"), started.error());
                return false;
            }
        }
        if (screenshot)
            screenshot->deskReady();
        return true;
    };
    // The desk is enabled once its window is complete too: when the incidents come first (a
    // small journal), the docks' contents still wait for the first frame.
    auto finish = [&] {
        auto go = [&] {
            if (!onLoaded())
                return QApplication::exit(1);
            auto select = [&] {
                cd::afterPendingPaints(&window, [&] {
                    if (!onSelected())
                        QApplication::exit(1);
                });
            };
            if (window.map()->isSyncing()) // a large journal's markers come over several turns
                QObject::connect(window.map(), &cd::MapView::markersSynced, &window, select, Qt::SingleShotConnection);
            else
                select();
        };
        if (window.isComplete() || shown != &window)
            go();
        else
            QObject::connect(&window, &cd::MainWindow::buildCompleted, &window, go, Qt::SingleShotConnection);
    };
    auto readHere = [&] { // on the desk's own connection, as before the window existed
        if (const auto loaded = store.reload(newAfterId); !loaded) {
            refuse(QObject::tr("The incidents could not be read:"), loaded.error());
            QApplication::exit(1);
            return;
        }
        finish();
    };
    // The incidents are read on a thread of their own once the window is painted (StartupLoad);
    // the store takes them in on this thread. Where a second connection cannot be opened (a
    // shared journal signed in with a password the desk did not keep), they are read here, on
    // the desk's connection.
    cd::Journal::Options readOptions = journalOptions;
    if (journal.value()->isShared())
        readOptions.user = journal.value()->location().user;
    cd::StartupLoad startupLoad({readOptions, library.value(), calendar.value(), wallClock.now()});
    QObject::connect(&startupLoad, &cd::StartupLoad::loaded, &window, [&](const std::shared_ptr<cd::StartupSnapshot> &snapshot) {
        // Taken in after the window's pending repaint (the docks' contents just built): their
        // first paint and the one with the incidents are then two events, not one of 18 ms.
        cd::afterPendingPaints(&window, [&, snapshot] {
            QElapsedTimer adopting;
            adopting.start();
            store.adopt(std::move(*snapshot), newAfterId);
            qInfo("start-up: the incidents taken in on the UI thread in %lld ms", static_cast<long long>(adopting.elapsed()));
            // The rest on later turns, after what the reset queued (the alarms' scan): one long
            // block of the UI thread would be two or three short ones.
            QMetaObject::invokeMethod(&window, finish, Qt::QueuedConnection);
        });
    });
    QObject::connect(&startupLoad, &cd::StartupLoad::failed, &window, [&](const QString &problem, bool opened) {
        if (opened) { // the journal itself could not be read: never start on it
            refuse(QObject::tr("The incidents could not be read:"), problem);
            QApplication::exit(1);
            return;
        }
        qInfo("start-up: a second connection for the read could not be opened (%s); reading on the desk's own", qPrintable(problem));
        readHere();
    });
    // Nothing is entered or handed over until the incidents are in: an action now would act on
    // an empty desk (a handover of no incidents), and an incident entered now could be missed
    // by the read and vanish until live updates bring it back.
    window.setEnabled(false); // the status bar (and the grading pane once built) say 正在读取事件日志
    // The read starts once the first frame is painted (or after 0.5 s, for a window never
    // exposed): run alongside the window's first paint, it made that frame late in some runs
    // (9 rounds at 10k: 33-51 ms, 31-43 ms once the read waits).
    if (shown == &window) {
        QObject::connect(&window, &cd::MainWindow::firstFramePainted, &startupLoad, &cd::StartupLoad::start, Qt::SingleShotConnection);
        QTimer::singleShot(500, &startupLoad, &cd::StartupLoad::start); // no second read: start() is once
    } else {
        startupLoad.start();
    }

    if (screenshot) {
        const auto size = (parser.isSet(sizeOption) ? parser.value(sizeOption) : QStringLiteral("1920x1080")).split(QLatin1Char('x'));
        if (size.size() == 2)
            shown->resize(size[0].toInt(), size[1].toInt());
        screenshot->start();
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
