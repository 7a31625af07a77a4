#include "MainWindow.h"

#include "ProblemText.h"
#include "DeskStatusBar.h"

#include "CallDialog.h"
#include "DirectoryWindow.h"

#include "AfterPaints.h"
#include "AlarmBanner.h"
#include "AssessmentDialog.h"
#include "DataLanguage.h"
#include "DeskStyle.h"
#include "HelpMenu.h"
#include "AlarmRowDelegate.h"
#include "AlarmSettingsDialog.h"
#include "CorrectionDialog.h"
#include "GradingView.h"
#include "IncidentListPanel.h"
#include "IntakeForm.h"
#include "MilestoneConfirmDialog.h"
#include "PlanBrowser.h"
#include "ReplayWindow.h"
#include "WallBoard.h"
#include "alarm/AlarmCenter.h"
#include "ConnectionStatus.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "DutyOffice.h"
#include "drill/DrillController.h"
#include "items/ConfirmPolicy.h"
#include "report/AfterActionReport.h"
#include "map/MapView.h"
#include "map/UnitMapFeed.h"
#include "units/UnitsPanel.h"
#include "items/IncidentStore.h"
#include "items/IncidentTableModels.h"
#include "journal/EntryTimeRule.h"
#include "journal/Journal.h"
#include "plan/PlanLibrary.h"
#include "DeskTable.h"
#include "ReportsMenu.h"
#include "geo/RegionMap.h"
#include "settings/CentreSettings.h"
#include "time/CalendarStore.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QGuiApplication>
#include <QCloseEvent>
#include <QShowEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

namespace cd {

namespace {

// The models' Chinese words (states, kinds, levels) in the desk's language. In Chinese, the
// model itself: the proxy would only add a layer of index mapping (a third of the incident
// list's reset at 100k incidents). The language is chosen once, before the window exists.
QAbstractItemModel *inDeskLanguage(QAbstractItemModel *model)
{
    if (!DataLanguage::isEnglish())
        return model;
    auto *proxy = new DataLanguageModel(model);
    proxy->setSourceModel(model);
    return proxy;
}

} // namespace

MainWindow::MainWindow(IncidentStore &store, const RegionMap &counties, const RegionMap &urbanArea, QWidget *parent, Build build)
    : QMainWindow(parent)
    , m_store(store)
    , m_counties(counties)
    , m_urbanArea(urbanArea)
{
    DeskStyle::install(); // before the first widget: the docks' title bars ask it for icons
    // The platform appends the application's display name: the title itself names only the
    // selected incident, so "应急指挥台 — 应急指挥台 CommandDesk" never shows.
    connect(&store, &IncidentStore::selectionChanged, this, &MainWindow::updateTitle);
    connect(&store, &IncidentStore::incidentChanged, this, [this](qint64 id) {
        if (id == m_store.selectedId())
            updateTitle();
    });
    m_alarms = new AlarmCenter(store, this);
    m_alarms->setSettings(AlarmSettings::load());
    connect(m_alarms, &AlarmCenter::raised, this, [this] { QApplication::alert(this); });
    // The map, with the alarm banner above it once the contents are built (buildAlarmBanner).
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    // FrameFirst: the map's outlines come on a turn of their own after the first frame.
    m_map = new MapView(store, counties, centre, build == Build::FrameFirst ? MapView::Outlines::Later : MapView::Outlines::Now);
    centreLayout->addWidget(m_map, 1);
    setCentralWidget(centre);
    // Responding units on the map (issue 16), from the roster and the stored fixes.
    m_unitFeed = new UnitMapFeed(store.journal(), store.clock(), *m_map->scene(), m_map->projection(), this);
    m_unitFeed->setSiteLookup([&store](qint64 id) { const auto *s = store.incident(id); return s ? s->facts.location : QGeoCoordinate(); });
    buildModels();
    buildDockFrames();
    // The leaders' ETA beside 86号 3(2)'s arrival window: due soon early when it passes due.
    m_deadlineModel->setArrivals({[feed = m_unitFeed](qint64 id) { return feed->etasTo(id); }, [feed = m_unitFeed] { return feed->leaderUnits(); }});
    buildMenuTitles();
    buildDrill();
    m_unitsMenu = m_unitFeed->addMenu(*menuBar());
    m_status = new DeskStatusBar(*this, store, m_drill);
    m_help = new HelpMenu(*this, store);
    m_dutyOffice = new DutyOffice(*this, store, m_alarms, m_status->connection()); // 值班 menu, shift on duty (issue 17)

    resize(1600, 1000);
    // The left column (list and intake form) runs the full height: the form needs it most.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_layoutRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    applyTheme(settings.value(QStringLiteral("ui/dark")).toBool());
    selectMostUrgent();
    updateTitle();
    m_frameFirst = build == Build::FrameFirst;
    if (!m_frameFirst)
        completeBuild();
}

void MainWindow::completeBuild()
{
    if (m_complete)
        return;
    m_complete = true;
    m_map->buildOutlines(); // already, unless the first frame's turns have not come (once)
    buildDockContents();
    fillMenus();
    buildUnitsPanel();
    buildLiveWork();
    buildAlarmBanner(); // last: see there
    connect(m_map, &MapView::locationPicked, m_intake, &IntakeForm::setLocation);
    connect(m_intake, &IntakeForm::pickLocationRequested, m_map, &MapView::setPickingLocation);
    connect(m_intake, &IntakeForm::problem, this, &MainWindow::showProblem);
    if (m_narrowWindows)
        m_deadlineTable->setColumnHidden(DeadlineModel::Anchor, true);
    Q_EMIT buildCompleted();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The window's first expose paints it (the paint follows this filter). Build::FrameFirst:
    // the map's outlines, then the docks' contents, are built on the turns after that frame.
    if (watched == windowHandle() && event->type() == QEvent::Expose && windowHandle()->isExposed()) {
        windowHandle()->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            Q_EMIT firstFramePainted();
            if (m_frameFirst)
                QTimer::singleShot(0, this, &MainWindow::buildAfterFirstFrame);
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::buildAfterFirstFrame()
{
    // Turns of their own: the map's outlines, their paint, the docks' contents (8 ms), then the
    // rest (the menus' entries, the units, the banner: 2 ms). In one event with the contents
    // the outlines made 11-12 ms, the rest 10 ms.
    m_map->buildOutlines();
    afterPendingPaints(this, [this] {
        buildDockContents();
        QMetaObject::invokeMethod(this, &MainWindow::completeBuild, Qt::QueuedConnection);
    });
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_exposeWatched && windowHandle()) {
        m_exposeWatched = true;
        windowHandle()->installEventFilter(this); // firstFramePainted, and FrameFirst's contents
        // A window shown but never exposed (started minimised, on another desktop) is still
        // completed: the desk waits for it before it is enabled.
        if (m_frameFirst && !m_complete)
            QTimer::singleShot(500, this, &MainWindow::completeBuild);
    }
    if (m_layoutDone)
        return;
    m_layoutDone = true;
    if (!m_layoutRestored)
        applyDefaultLayout();
}

void MainWindow::applyDefaultLayout()
{
    // First-run proportions for the window's size: at 1366×768 the list shows its incidents and
    // the form stays reachable; at 1920×1080 the windows table shows due times and states in full.
    const bool small = width() < 1600;
    const int available = height() - menuBar()->height() - statusBar()->height();
    resizeDocks({dockNamed("incidents"), dockNamed("deadlines")}, {small ? 370 : 480, small ? 440 : 640}, Qt::Horizontal);
    const int list = small ? 250 : 300, grading = small ? 250 : 380, duties = small ? 150 : 240;
    resizeDocks({dockNamed("incidents"), dockNamed("intake")}, {list, available - list}, Qt::Vertical);
    resizeDocks({dockNamed("duties")}, {duties}, Qt::Vertical);
    // The right column stands above the duties and the timeline: its own height, given whole,
    // so that Qt does not scale the two sizes to fit. Scaled, the split depended on the docks'
    // minimum sizes, and moved when their contents came after the first frame.
    const int separator = style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, this);
    const int rightColumn = available - duties - separator;
    resizeDocks({dockNamed("grading"), dockNamed("deadlines")}, {grading, rightColumn - grading}, Qt::Vertical);
    // On a small screen the windows table drops "runs from" (the due time already counts from
    // it) so that clause, due time, countdown and state stay whole.
    m_narrowWindows = small;
    if (m_deadlineTable)
        m_deadlineTable->setColumnHidden(DeadlineModel::Anchor, small);
}

void MainWindow::updateTitle()
{
    const auto *s = m_store.selected();
    setWindowTitle(s ? QStringLiteral("#%1 %2%3").arg(s->id).arg(s->exercise ? tr("[Exercise] ") : QString(), s->title) : QString());
}

void MainWindow::selectMostUrgent()
{
    // The incident the alarm banner names, when it names a live one: the desk must not open on
    // one incident while the banner shouts about another. Else the live incident whose
    // reporting window runs out first; else the newest open live one. Never a drill or a demo:
    // those are chosen by the operator.
    m_alarms->catchUp(); // right after a reset, the banner's alarms are still to be raised
    if (const Alarm *top = m_alarms->top(); top && !top->drill && m_store.clocks().worldOf(top->incidentId) == World::Live) {
        m_store.select(top->incidentId);
        return;
    }
    const IncidentState *best = nullptr;
    qint64 bestLeft = 0;
    for (const auto &s : m_store.incidents()) {
        if (m_store.worldOf(*s) != World::Live || static_cast<int>(s->status) >= static_cast<int>(IncidentStatus::Closed))
            continue;
        const QDateTime now = m_store.nowFor(*s);
        if (const auto *d = s->nextDeadline(now); d && (!best || now.secsTo(d->due) < bestLeft)) {
            best = s.get();
            bestLeft = now.secsTo(d->due);
        }
    }
    if (!best)
        for (const auto &s : m_store.incidents())
            if (m_store.worldOf(*s) == World::Live && static_cast<int>(s->status) < static_cast<int>(IncidentStatus::Closed))
                best = s.get(); // ids grow: the last is the newest
    if (best)
        m_store.select(best->id);
}

Result<bool> MainWindow::startDrill(const Scenario &scenario)
{
    // The drill's first incident is selected as soon as an inject opens it.
    m_selectNextDrillIncident = true;
    const auto started = m_drill->start(scenario);
    if (!started)
        m_selectNextDrillIncident = false;
    return started;
}

void MainWindow::buildModels()
{
    // The models follow the store from the start, whether or not their views exist yet.
    m_incidentModel = new IncidentListModel(m_store, this);
    m_incidentFilter = new IncidentFilterModel(m_store, this);
    m_incidentFilter->setSourceModel(inDeskLanguage(m_incidentModel));
    m_incidentFilter->sort(IncidentListModel::Id, Qt::DescendingOrder); // newest first, as the list shows
    m_deadlineModel = new DeadlineModel(m_store, this);
    m_dutyModel = new DutyModel(m_store, this);
    m_timelineModel = new TimelineModel(m_store, this);
    // The map shows what the list shows: one filter for both, asked per incident.
    m_map->setShownIf([this](size_t row) { return m_incidentFilter->acceptsSummaryRow(int(row)); });
    auto idsOfRows = [this](int first, int last) {
        QList<qint64> ids;
        for (int r = first; r <= last; ++r)
            ids << m_incidentFilter->index(r, 0).data(IncidentListModel::IdRole).toLongLong();
        return ids;
    };
    // A reset of the store needs no refilter: the map's own resync asks the filter, which reads
    // the store's summaries, not the proxy's rows. A change of the chosen filter does.
    // A new incident adds its row: shown on the map too, without asking for the 100k others.
    // Rows leaving the list (closed under "Open", a drill's incidents when it ends) leave the
    // map; a re-sort (layoutChanged, each second when sorted by deadline) shows the same set.
    connect(m_incidentFilter, &QAbstractItemModel::rowsInserted, m_map,
            [this, idsOfRows](const QModelIndex &, int first, int last) { m_map->reconsider(idsOfRows(first, last)); });
    connect(m_incidentFilter, &QAbstractItemModel::rowsAboutToBeRemoved, m_map,
            [this, idsOfRows](const QModelIndex &, int first, int last) { m_map->reconsider(idsOfRows(first, last)); });
}

void MainWindow::buildDockFrames()
{
    // Every dock, titled and in its place, holding an empty panel until buildDockContents():
    // the layout (restored or default) is settled here, so contents that come after the first
    // frame move nothing.
    setDockNestingEnabled(true);
    auto frame = [this](const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name); // for saveState
        d->setWidget(new QWidget(d));
        addDockWidget(area, d);
        return d;
    };
    frame(tr("Incidents"), QStringLiteral("incidents"), Qt::LeftDockWidgetArea);
    frame(tr("Intake and facts"), QStringLiteral("intake"), Qt::LeftDockWidgetArea);
    auto *grading = frame(tr("Grading"), QStringLiteral("grading"), Qt::RightDockWidgetArea);
    frame(tr("Reporting windows"), QStringLiteral("deadlines"), Qt::RightDockWidgetArea);
    auto *duties = frame(tr("Duties"), QStringLiteral("duties"), Qt::BottomDockWidgetArea);
    auto *timeline = frame(tr("Timeline"), QStringLiteral("timeline"), Qt::BottomDockWidgetArea);
    splitDockWidget(duties, timeline, Qt::Horizontal);
    auto *plans = frame(tr("Plans"), QStringLiteral("plans"), Qt::RightDockWidgetArea);
    tabifyDockWidget(grading, plans);
    auto *units = frame(tr("Units"), QStringLiteral("units"), Qt::RightDockWidgetArea);
    tabifyDockWidget(plans, units);
    grading->raise();
}

QDockWidget *MainWindow::dockNamed(const char *name) const
{
    return findChild<QDockWidget *>(QLatin1String(name), Qt::FindDirectChildrenOnly);
}

void MainWindow::fillDock(const char *name, QWidget *content)
{
    QDockWidget *d = dockNamed(name);
    QWidget *placeholder = d->widget();
    d->setWidget(content);
    delete placeholder;
}

void MainWindow::buildDockContents()
{
    if (m_incidentTable)
        return; // once: FrameFirst builds them a turn before the rest (eventFilter)
    auto *list = new IncidentListPanel(m_store, *m_incidentFilter, *m_alarms, this);
    m_incidentTable = list->table();
    // The map shows what the list shows: a change of the chosen filter refilters it.
    connect(list->filterBox(), &QComboBox::currentIndexChanged, m_map, &MapView::refilter);
    fillDock("incidents", list);

    m_intake = new IntakeForm(m_store, m_counties, m_urbanArea, this);
    fillDock("intake", m_intake);

    m_grading = new GradingView(m_store, this);
    fillDock("grading", m_grading);

    m_deadlineTable = makeDeskTable(inDeskLanguage(m_deadlineModel), this);
    // Clause, due time, countdown and state are read at a glance: never cut. The texts share the rest.
    for (int c : {int(DeadlineModel::Clause), int(DeadlineModel::Due), int(DeadlineModel::Countdown), int(DeadlineModel::State)})
        m_deadlineTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_deadlineTable->horizontalHeader()->setSectionResizeMode(DeadlineModel::Action, QHeaderView::Stretch);
    m_deadlineTable->horizontalHeader()->setSectionResizeMode(DeadlineModel::Anchor, QHeaderView::Stretch);
    m_deadlineTable->horizontalHeader()->setStretchLastSection(false);
    fillDock("deadlines", m_deadlineTable);

    m_dutyTable = makeDeskTable(inDeskLanguage(m_dutyModel), this);
    // Plan, clause, state and who are short and read at a glance: never cut. Agency, duty and
    // why share the rest (their whole text is in the tooltip).
    for (int c : {int(DutyModel::Plan), int(DutyModel::Clause), int(DutyModel::Status), int(DutyModel::By)})
        m_dutyTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    for (int c : {int(DutyModel::Agency), int(DutyModel::Duty), int(DutyModel::Reason)})
        m_dutyTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    m_dutyTable->horizontalHeader()->setStretchLastSection(false);
    // 呼叫… on a duty row (issue 17): its agency's numbers and the call's outcome.
    auto *call = new QAction(tr("Call…"), m_dutyTable);
    call->setObjectName(QStringLiteral("callDuty"));
    connect(call, &QAction::triggered, this, &MainWindow::callSelectedDuty);
    m_dutyTable->addAction(call);
    m_dutyTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    fillDock("duties", m_dutyTable);

    m_timelineTable = makeDeskTable(inDeskLanguage(m_timelineModel), this);
    fillDock("timeline", m_timelineTable);

    fillDock("plans", new PlanBrowser(m_store.sharedLibrary(), this));
}

void MainWindow::buildMenuTitles()
{
    // Titled now, in the menu bar's order, and filled by fillMenus() with the docks' contents:
    // the first frame shows no entry, and a grab of the window lays out every hidden menu's
    // entries (their 50 entries took 0.5 ms of the first frame's grab, as long again to build).
    m_menus.file = menuBar()->addMenu(tr("&File"));
    m_menus.incident = menuBar()->addMenu(tr("&Incident"));
    m_reports = new ReportsMenu(*this, m_store, m_counties,
                                {[this](const QString &m) { showProblem(m); }, [this] { editAssessment(); }});
    m_menus.drill = menuBar()->addMenu(tr("&Drill"));
    m_menus.alarms = menuBar()->addMenu(tr("&Alarms"));
    m_menus.view = menuBar()->addMenu(tr("&View"));
}

void MainWindow::fillMenus()
{
    QMenu *file = m_menus.file;
    QAction *newIncident = file->addAction(tr("&New incident"), this, [this] {
        m_store.select(0);
        m_intake->startNew();
        qobject_cast<QDockWidget *>(m_intake->parentWidget())->raise();
        m_intake->setFocus();
    });
    newIncident->setShortcut(QKeySequence::New);
    file->addAction(tr("Import holiday calendar…"), this, &MainWindow::importCalendar);
    file->addAction(tr("Contact &directory…"), this, [this] { DirectoryWindow(m_store.journal(), m_store.clock(), m_store.library(), this).exec(); });
    file->addSeparator();
    file->addAction(tr("Sign in as another operator (&handover)…"), this, &MainWindow::switchOperator);
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, [this] { SettingsDialog(this).exec(); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *incident = m_menus.incident;
    QAction *ack = incident->addAction(tr("&Acknowledge duty"), this, &MainWindow::acknowledgeSelectedDuty);
    ack->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    incident->addAction(tr("Duty &done"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), this, &MainWindow::completeSelectedDuty);
    // Issue 17: call the duty's agency (numbers from the directory), and the directory itself.
    incident->addAction(tr("&Call agency of duty…"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::callSelectedDuty);

    QAction *next = incident->addAction(tr("&Next deadline"), this, &MainWindow::jumpToNextDeadline);
    next->setShortcut(QKeySequence(Qt::Key_F6));
    incident->addSeparator();
    incident->addAction(tr("Verified"), this, [this] { record(QStringLiteral("verified")); });
    incident->addAction(tr("Declare the computed levels"), this, &MainWindow::declareComputedLevels);
    incident->addAction(tr("Initial judgment made (86号 3(1))"), this, [this] { record(QStringLiteral("initial_judgment")); });
    QMenu *report = incident->addMenu(tr("Report sent to"));
    const std::pair<const char *, QString> recipients[] = {
        {"city", tr("City government")}, {"province", tr("Province")}, {"leading_group", tr("Leading group (86号)")},
        {"wage_office", tr("City wage-arrears office: disposal report (86号 5.1(2))")}, {"county", tr("County")}};
    for (const auto &[to, label] : recipients)
        report->addAction(label, this, [this, to = QLatin1String(to)] { record(QStringLiteral("report_sent"), {{QStringLiteral("to"), to}}); });
    incident->addAction(tr("Dispatch instruction given"), this, [this] { record(QStringLiteral("dispatched")); });
    incident->addAction(tr("Leaders arrived on site"), this, [this] { record(QStringLiteral("arrived")); });
    incident->addAction(tr("Principal leaders arrived on site"), this,
                        [this] { record(QStringLiteral("arrived"), {{QStringLiteral("principal"), true}}); });
    incident->addAction(tr("Investigation completed (86号 4(1))"), this, [this] { record(QStringLiteral("investigation_completed")); });
    incident->addAction(tr("Condition of selected window holds"), this, [this] { ruleOnSelectedWindow(true); });
    incident->addAction(tr("Rule out selected window"), this, [this] { ruleOnSelectedWindow(false); });
    incident->addAction(tr("Note…"), QKeySequence(Qt::CTRL | Qt::Key_M), this, &MainWindow::addNote);
    incident->addAction(tr("Correct selected event…"), this, &MainWindow::correctSelectedEvent);
    incident->addSeparator();
    incident->addAction(tr("Response ended"), this, [this] { record(QStringLiteral("response_ended")); });
    incident->addAction(tr("Close incident"), this, [this] { record(QStringLiteral("closed")); });

    m_reports->addEntries();
    fillDrillMenu();
    fillAlarmMenu();

    QMenu *view = m_menus.view;
    view->addAction(tr("Wall board (大屏模式)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), this, &MainWindow::openWallBoard);
    view->addAction(tr("&Fit city"), QKeySequence(Qt::CTRL | Qt::Key_0), m_map, &MapView::fitCity);
    view->addAction(tr("Zoom in"), QKeySequence::ZoomIn, this, [this] { m_map->zoomBy(1.4); });
    view->addAction(tr("Zoom out"), QKeySequence::ZoomOut, this, [this] { m_map->zoomBy(1 / 1.4); });
    m_darkAction = view->addAction(tr("&Dark control-room theme"));
    m_darkAction->setCheckable(true);
    m_darkAction->setChecked(m_dark);
    connect(m_darkAction, &QAction::toggled, this, &MainWindow::setDarkTheme);
    QMenu *language = view->addMenu(tr("Language"));
    auto *languages = new QActionGroup(language);
    const QString remembered = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("zh_CN")).toString();
    for (const auto &[code, label] : {std::pair{"zh_CN", QStringLiteral("中文")}, std::pair{"en", QStringLiteral("English")}}) {
        QAction *a = language->addAction(label, this, [this, code = QLatin1String(code)] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            QMessageBox::information(this, tr("Language"), tr("The language changes when CommandDesk is started again."));
        });
        a->setCheckable(true);
        a->setChecked(remembered == QLatin1String(code)); // the remembered choice, whatever --lang says
        languages->addAction(a);
    }
    view->addSeparator();
    for (auto *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
}

void MainWindow::buildDrill()
{
    m_drill = new DrillController(m_store, this);
    connect(m_drill, &DrillController::injectDelivered, this,
            [this](const QString &when, const QString &from, const QString &to, const QString &synopsis) {
                // In the status bar's own field: a status-bar message would cover the live counts.
                m_status->showInject(tr("Drill inject %1 · %2 → %3: %4").arg(when, from, to, synopsis));
            });
    connect(m_drill, &DrillController::problem, this, &MainWindow::showProblem);
    connect(&m_store, &IncidentStore::incidentAdded, this, [this](qint64 id) {
        const auto *s = m_store.incident(id);
        if (m_selectNextDrillIncident && s && m_store.worldOf(*s) == World::Drill) {
            m_selectNextDrillIncident = false;
            m_store.select(id);
        }
    });
}

void MainWindow::fillDrillMenu()
{
    QMenu *drill = m_menus.drill;
    // The shipped scenarios, read and checked against the plans (about 0.5 ms).
    QMenu *start = drill->addMenu(tr("Start drill"));
    for (const auto &file : Scenario::shipped()) {
        const auto scenario = Scenario::load(file, m_store.library());
        if (!scenario)
            continue;
        start->addAction(scenario->title, this, [this, s = scenario.value()] {
            if (const auto ok = startDrill(s); !ok)
                showProblem(ok.error());
        });
    }
    QAction *pause = drill->addAction(tr("Pause / resume"), this, [this] { m_drill->isPaused() ? m_drill->resume() : m_drill->pause(); });
    pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QMenu *speed = drill->addMenu(tr("Speed"));
    auto *speeds = new QActionGroup(speed);
    for (int f : {1, 10, 60}) {
        QAction *a = speed->addAction(QStringLiteral("%1×").arg(f), this, [this, f] { m_drill->setSpeed(f); });
        a->setCheckable(true);
        a->setData(f);
        speeds->addAction(a);
    }
    auto showSpeed = [this, speeds] { // the current speed is the checked one
        for (QAction *a : speeds->actions())
            a->setChecked(m_drill->isRunning() && qFuzzyCompare(m_drill->speed(), a->data().toDouble()));
        speeds->setEnabled(m_drill->isRunning());
    };
    connect(m_drill, &DrillController::stateChanged, speed, showSpeed);
    showSpeed();
    drill->addAction(tr("Skip to the next inject"), QKeySequence(Qt::CTRL | Qt::Key_J), this, [this] { m_drill->skipToNextInject(); });
    drill->addAction(tr("Run to the end"), this, [this] { m_drill->runToEnd(); });
    drill->addAction(tr("After-action report…"), this, &MainWindow::saveAfterAction);
    drill->addAction(tr("Stop drill"), this, [this] { m_drill->stop(); });
    drill->addSeparator();
    drill->addAction(tr("Replay selected incident"), this, [this] {
        if (m_store.selectedId() == 0)
            return showProblem(tr("Select an incident first (on the map or in the list)."));
        startReplay(m_store.selectedId()); // in its own window: live work carries on here
    });
}

void MainWindow::buildAlarmBanner()
{
    // Above the map, where nothing covers it. Built with the contents: it is hidden until an
    // alarm is raised (the incidents are not in before), and a grab of the window lays out
    // hidden widgets too (its two larger fonts, 0.3 ms of the first frame).
    m_alarmBanner = new AlarmBanner(*m_alarms, m_store, centralWidget());
    static_cast<QBoxLayout *>(centralWidget()->layout())->insertWidget(0, m_alarmBanner);
    // Built last, so its buttons (查看, 确认, 静音) end the focus chain and Tab goes from them
    // round to the map, as when the banner was built before the map.
    connect(m_alarmBanner, &AlarmBanner::problem, this, &MainWindow::showProblem);
    connect(m_alarmBanner, &AlarmBanner::showIncident, this, [this](qint64 id) {
        m_store.select(id);
        dockNamed("deadlines")->raise();
    });
}

void MainWindow::fillAlarmMenu()
{
    QMenu *alarms = m_menus.alarms;
    alarms->addAction(tr("Acknowledge alarm"), QKeySequence(Qt::Key_F8), this, [this] {
        if (const auto r = m_alarms->acknowledgeTop(); !r)
            statusBar()->showMessage(ProblemText::forDesk(r.error()), 4000);
    });
    alarms->addAction(tr("Mute the sound for 15 minutes"), this, [this] {
        if (const auto r = m_alarms->muteFor(15); !r)
            showProblem(r.error());
    });
    alarms->addAction(tr("Alarm settings…"), this, [this] { AlarmSettingsDialog(*m_alarms, m_sound, this).exec(); });
}

void MainWindow::buildLiveWork()
{
    // Rows with a waiting alarm flash in the selected incident's windows (and in the list,
    // IncidentListPanel).
    m_deadlineTable->setItemDelegate(new AlarmRowDelegate(m_deadlineTable, [this](const QModelIndex &i) {
        return m_alarms->isAlarming(m_store.selectedId(), i.data(DeadlineModel::KeyRole).toString());
    }));

    // 更正… on the timeline.
    auto *correct = new QAction(tr("Correct…"), m_timelineTable);
    connect(correct, &QAction::triggered, this, &MainWindow::correctSelectedEvent);
    m_timelineTable->addAction(correct);
    m_timelineTable->setContextMenuPolicy(Qt::ActionsContextMenu);
}

ReplayWindow *MainWindow::replay() const { return m_replay; }
ConnectionStatus *MainWindow::connectionStatus() const { return m_status->connection(); }
WallBoard *MainWindow::wallBoard() const { return m_wallBoard; }

void MainWindow::setAlarmSound(AlarmSound *sound)
{
    m_sound = sound;
    m_alarms->setSound(sound);
}

ReplayWindow *MainWindow::startReplay(qint64 incidentId)
{
    if (m_replay)
        m_replay->close();
    auto *w = new ReplayWindow(m_store, incidentId, this);
    if (!w->isValid()) {
        delete w;
        showProblem(tr("Incident %1 has no events to replay.").arg(incidentId));
        return nullptr;
    }
    m_replay = w;
    w->show();
    return w;
}

WallBoard *MainWindow::openWallBoard()
{
    if (!m_wallBoard) {
        m_wallBoard = new WallBoard(m_store, this);
        m_wallBoard->setAttribute(Qt::WA_DeleteOnClose);
    }
    // On a second screen when there is one, full screen there; else a window beside this one.
    const auto screens = QGuiApplication::screens();
    QScreen *target = nullptr;
    for (QScreen *sc : screens)
        if (sc != screen())
            target = sc;
    if (target) {
        m_wallBoard->setGeometry(target->geometry());
        m_wallBoard->showFullScreen();
    } else {
        m_wallBoard->show();
    }
    m_wallBoard->raise();
    return m_wallBoard;
}

void MainWindow::correctSelectedEvent()
{
    const auto *s = m_store.selected();
    const QModelIndex row = m_timelineTable->currentIndex();
    if (!s || !row.isValid())
        return showProblem(tr("Select an event in the timeline first."));
    const qint64 id = s->id, seq = row.data(TimelineModel::SeqRole).toLongLong();
    const auto e = std::find_if(s->events.cbegin(), s->events.cend(), [seq](const StoredEvent &x) { return x.seq == seq; });
    if (e == s->events.cend())
        return;
    CorrectionDialog dialog(*e, m_store.library(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto r = m_store.record(id, QStringLiteral("correction"), dialog.payload()); !r)
        showProblem(r.error());
}

void MainWindow::saveAfterAction()
{
    if (!m_drill || !m_drill->scenario()) // running, or the one that ran last
        return showProblem(tr("No drill is running."));
    const QJsonObject aa = m_drill->afterAction();
    const QString file = QFileDialog::getSaveFileName(this, tr("After-action report"), m_drill->scenario()->id + QStringLiteral("-aar.pdf"),
                                                      tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    const auto pages = AfterActionReport::document(aa).writePdf(file);
    if (!pages)
        return showProblem(pages.error());
    QMessageBox::information(this, tr("After-action report"),
                             tr("Score %1/100: reporting windows and expected actions done on time count 1, late ½, not done 0. Saved %2.")
                                 .arg(aa.value(QStringLiteral("score")).toObject().value(QStringLiteral("percent")).toInt())
                                 .arg(file));
}

void MainWindow::showProblem(const QString &message)
{
    QMessageBox::warning(this, tr("CommandDesk"), ProblemText::forDesk(message));
}

void MainWindow::record(const QString &kind, const QJsonObject &payload)
{
    const qint64 id = m_store.selectedId();
    if (id == 0) {
        showProblem(tr("Select an incident first (on the map or in the list)."));
        return;
    }
    QDateTime at;
    QString lateReason;
    if (ConfirmPolicy::needsConfirmation(kind, payload) && !confirm(ConfirmPolicy::describe(kind, payload, m_store.library()), &at, &lateReason))
        return; // cancelled: nothing written
    QJsonObject withReason = payload;
    if (!lateReason.isEmpty())
        withReason.insert(QLatin1String(EntryTimeRule::ReasonField), lateReason);
    const auto r = m_store.record(id, kind, withReason, at);
    if (!r)
        showProblem(r.error());
}

bool MainWindow::confirm(const QString &what, QDateTime *at, QString *lateReason)
{
    const auto *s = m_store.selected();
    if (!s)
        return false;
    if (!m_store.clocks().eventClock(s->id)) // an ended drill: the store says why
        return true;
    const auto chosen = MilestoneConfirmDialog::ask(this, what, QStringLiteral("#%1 %2").arg(s->id).arg(s->title),
                                                    m_store.nowFor(*s), s->reportedAt);
    if (!chosen)
        return false;
    *at = chosen->at;
    *lateReason = chosen->lateReason;
    return true;
}

void MainWindow::buildUnitsPanel()
{
    // The unit list (issue 16): its actions are operator events on the unit's incident.
    auto *panel = new UnitsPanel(m_store, *m_unitFeed, [this](qint64 id, const QString &kind, const QJsonObject &payload) {
        m_store.select(id);
        record(kind, payload);
    }, this);
    panel->watchMap(*m_map);
    panel->attachDutyTable(*m_dutyTable, [this](int row) { QString plan; return dutyKey(row, &plan); });
    connect(panel, &UnitsPanel::problem, this, &MainWindow::showProblem);
    panel->addMenuActions(*m_unitsMenu);
    fillDock("units", panel);
}

QString MainWindow::dutyKey(int row, QString *plan) const
{
    const auto *s = m_store.selected();
    if (!s || row < 0 || row >= int(s->duties.size()))
        return {};
    *plan = s->duties[size_t(row)].plan;
    return s->duties[size_t(row)].agency;
}

void MainWindow::acknowledgeSelectedDuty()
{
    const auto *s = m_store.selected();
    if (!s)
        return showProblem(tr("Select an incident first (on the map or in the list)."));
    int row = m_dutyTable->currentIndex().row();
    if (row < 0) // no row chosen: the first duty still waiting for acknowledgement
        for (size_t i = 0; i < s->duties.size() && row < 0; ++i)
            if (s->duties[i].status == QLatin1String("assigned"))
                row = int(i);
    QString plan;
    const QString agency = dutyKey(row, &plan);
    if (agency.isEmpty())
        return;
    const auto &d = s->duties[size_t(row)];
    record(QStringLiteral("duty_acknowledged"), {{QStringLiteral("plan"), plan}, {QStringLiteral("agency"), agency}, {QStringLiteral("clause"), d.clause}});
    m_dutyTable->setCurrentIndex(m_dutyTable->model()->index(row, 0));
}

void MainWindow::callSelectedDuty()
{
    const auto *s = m_store.selected();
    const int row = m_dutyTable->currentIndex().row();
    QString plan;
    const QString agency = dutyKey(row, &plan);
    if (!s || agency.isEmpty())
        return showProblem(tr("Select a duty in the duty table first."));
    const auto events = m_store.journal().events(CentreRegisterId);
    const AgencyDirectory directory = AgencyDirectory::fold(events ? events.value() : QList<StoredEvent>());
    const Plan *p = m_store.library().plan(plan);
    CallDialog dialog(s->duties[size_t(row)], p ? p->shortRef : plan, directory.contact(agency), m_store.nowFor(*s), s->reportedAt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto built = DutyCalls::events(*s, dialog.call());
    if (!built)
        return showProblem(built.error());
    if (const QString reason = dialog.lateEntryReason(); !reason.isEmpty())
        for (NewEvent &e : built.value())
            e.payload.insert(QLatin1String(EntryTimeRule::ReasonField), reason);
    if (const auto r = m_store.recordBatch(s->id, built.value()); !r)
        showProblem(r.error());
}

void MainWindow::completeSelectedDuty()
{
    const auto *s = m_store.selected();
    const int row = m_dutyTable->currentIndex().row();
    QString plan;
    const QString agency = dutyKey(row, &plan);
    if (!s || agency.isEmpty())
        return showProblem(tr("Select a duty in the duty table first."));
    record(QStringLiteral("duty_done"), {{QStringLiteral("plan"), plan}, {QStringLiteral("agency"), agency}});
}

void MainWindow::jumpToNextDeadline()
{
    const IncidentState *next = m_store.nextDeadlineIncident(); // live first; never an ended drill or a demo
    const qint64 bestId = next ? next->id : 0;
    if (bestId == 0) {
        statusBar()->showMessage(tr("No reporting window is running."), 5000);
        return;
    }
    m_store.select(bestId);
    qobject_cast<QDockWidget *>(m_deadlineTable->parentWidget())->raise();
    m_deadlineTable->setCurrentIndex(m_deadlineTable->model()->index(0, 0));
}

void MainWindow::ruleOnSelectedWindow(bool holds)
{
    const auto *s = m_store.selected();
    const int row = m_deadlineTable->currentIndex().row();
    if (!s || row < 0)
        return showProblem(tr("Select a conditional reporting window first."));
    // The model sorts rows; find the window by its clause and action text.
    const QString action = m_deadlineModel->index(row, DeadlineModel::Action).data().toString();
    for (const auto &d : s->deadlines)
        if (!d.window->ruling.isEmpty() && action.startsWith(d.window->action))
            return record(QStringLiteral("ruling"), {{QStringLiteral("id"), d.window->ruling}, {QStringLiteral("holds"), holds}});
    showProblem(tr("The selected window has no condition to rule on."));
}

void MainWindow::declareComputedLevels()
{
    const auto *s = m_store.selected();
    if (!s)
        return showProblem(tr("Select an incident first (on the map or in the list)."));
    // Copied first: each record() refolds the incident and replaces the state `s` points to.
    QList<QJsonObject> declarations;
    for (const auto &a : s->grading)
        if (a.applies && a.level)
            declarations << QJsonObject{{QStringLiteral("plan"), a.plan->id}, {QStringLiteral("level"), levelCode(*a.level)},
                                        {QStringLiteral("clause"), a.decidingClause}};
    if (declarations.isEmpty())
        return showProblem(tr("No plan gives this incident a level yet."));
    QStringList what;
    for (const auto &d : declarations)
        what << ConfirmPolicy::describe(QStringLiteral("level_declared"), d, m_store.library());
    QDateTime at;
    QString lateReason;
    if (!confirm(what.join(QStringLiteral("; ")), &at, &lateReason))
        return; // cancelled: none declared
    const qint64 id = m_store.selectedId();
    for (auto d : declarations) {
        if (!lateReason.isEmpty())
            d.insert(QLatin1String(EntryTimeRule::ReasonField), lateReason);
        if (const auto r = m_store.record(id, QStringLiteral("level_declared"), d, at); !r)
            return showProblem(r.error());
    }
}

void MainWindow::editAssessment()
{
    const auto *s = m_store.selected();
    if (!s)
        return showProblem(tr("Select an incident first (on the map or in the list)."));
    AssessmentDialog dialog(QStringLiteral("#%1 %2").arg(s->id).arg(s->title), s->assessment, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QJsonObject changed = dialog.payload();
    if (!changed.isEmpty()) // one event for all the fields that changed
        record(QStringLiteral("assessment"), changed);
}

void MainWindow::addNote()
{
    if (m_store.selectedId() == 0)
        return showProblem(tr("Select an incident first (on the map or in the list)."));
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Note"), tr("Note for the timeline:"), QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        record(QStringLiteral("note"), {{QStringLiteral("text"), text.trimmed()}});
}

void MainWindow::setDarkTheme(bool dark)
{
    QSettings().setValue(QStringLiteral("ui/dark"), dark); // the menu's choice is remembered
    applyTheme(dark);
}

void MainWindow::applyTheme(bool dark)
{
    m_dark = dark;
    if (m_darkAction && m_darkAction->isChecked() != dark) {
        const QSignalBlocker quiet(m_darkAction);
        m_darkAction->setChecked(dark);
    }
    QPalette p = QApplication::style()->standardPalette();
    if (dark) {
        p.setColor(QPalette::Window, QColor(0x1b, 0x22, 0x29));
        p.setColor(QPalette::WindowText, QColor(0xe0, 0xe6, 0xea));
        p.setColor(QPalette::Base, QColor(0x12, 0x17, 0x1c));
        p.setColor(QPalette::AlternateBase, QColor(0x1e, 0x26, 0x2e));
        p.setColor(QPalette::Text, QColor(0xe0, 0xe6, 0xea));
        p.setColor(QPalette::Button, QColor(0x26, 0x30, 0x39));
        p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe6, 0xea));
        p.setColor(QPalette::Highlight, QColor(0x1f, 0x78, 0xd1));
        p.setColor(QPalette::ToolTipBase, QColor(0x26, 0x30, 0x39));
        p.setColor(QPalette::ToolTipText, QColor(0xe0, 0xe6, 0xea));
    }
    QApplication::setPalette(p);
    m_map->setPalette(dark ? MapPalette::dark() : MapPalette::light());
}

void MainWindow::importCalendar()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import holiday calendar"), QString(), tr("Holiday calendar (*.json)"));
    if (file.isEmpty())
        return;
    const CalendarStore store(CentreSettings::load().calendarDir());
    // A notice replaces whole years: say which holidays it would remove, and ask.
    bool replace = false;
    const auto current = store.load();
    if (const auto newer = WorkCalendar::loadFile(file); newer && current) {
        const auto removed = CalendarStore::checkImport(current.value(), newer.value()).removed;
        if (!removed.isEmpty()) {
            if (QMessageBox::question(this, tr("Import holiday calendar"),
                                      tr("This notice removes these holidays from the years it covers:\n%1\n\nReplace them?")
                                          .arg(removed.mid(0, 20).join(QLatin1Char('\n'))))
                != QMessageBox::Yes)
                return;
            replace = true;
        }
    }
    const auto stored = store.import(file, replace);
    const auto merged = stored ? store.load() : Result<WorkCalendar>::failure(stored.error());
    if (!merged) {
        QMessageBox::warning(this, tr("Import holiday calendar"), tr("The calendar was not imported; nothing was changed.\n\n%1").arg(merged.error()));
        return;
    }
    QMessageBox::information(this, tr("Import holiday calendar"),
                             tr("Holiday calendar now covers %1–%2. Restart CommandDesk to recompute the deadlines with it.")
                                 .arg(merged->firstYear())
                                 .arg(merged->lastYear()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::switchOperator()
{
    Journal &journal = m_store.journal();
    SignInDialog dialog(journal.path(), QString(), [&journal](const QString &login, const QString &password) {
        return journal.signIn(login, password);
    }, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_status->connection()->refresh();
    statusBar()->showMessage(tr("Signed in: %1").arg(journal.account().actorText()), 8000);
}

} // namespace cd
