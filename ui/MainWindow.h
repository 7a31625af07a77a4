#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QTableView;
class QComboBox;
class QMenu;
class QDockWidget;
class QAction;

namespace cd {

class AlarmBanner;
class AlarmCenter;
class AlarmSound;
class ConnectionStatus;
class DeskStatusBar;
class DutyOffice;
class DeadlineModel;
class DrillController;
class ReplayWindow;
class WallBoard;
class ReportsMenu;
class DutyModel;
class GradingView;
class HelpMenu;
class IncidentFilterModel;
class IncidentListModel;
class IncidentStore;
class IntakeForm;
class MapView;
class RegionMap;
struct Scenario;
class TimelineModel;
class UnitMapFeed;

// The duty operator's window: the map in the centre, docks around it, and every operator
// action as a menu entry with its shortcut. Holds no rule of its own: everything it shows
// comes from the store, everything it does is a journal event through the store.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // How much is built before the window is first painted. Whole: everything, in the
    // constructor. FrameFirst (the desk at start-up): the map view (blank), the menu bar (the
    // desk's own menus and 报告 titled only), the status bar and every dock in its place, empty;
    // the map's outlines, then the docks' contents, those menus' entries and the alarm banner
    // are built on the turns after the first frame (the outlines painted first), or by
    // completeBuild(), which the desk calls before it is enabled.
    enum class Build { Whole, FrameFirst };

    // Live incidents run on the store's clock; a drill brings its own clock for its own
    // incidents and a replay opens in a window of its own (IncidentClocks decides which is which).
    MainWindow(IncidentStore &store, const RegionMap &counties, const RegionMap &urbanArea, QWidget *parent = nullptr,
               Build build = Build::Whole);

    // The map's outlines, the docks' contents (list, form, grading, tables, plans, units), the
    // menus' entries and the alarm banner: once. Until then the accessors below for the docks'
    // contents and the banner return nullptr.
    void completeBuild();
    bool isComplete() const { return m_complete; }

    MapView *map() const { return m_map; }
    IntakeForm *intake() const { return m_intake; }
    GradingView *grading() const { return m_grading; }
    QTableView *incidentTable() const { return m_incidentTable; }
    QTableView *dutyTable() const { return m_dutyTable; }
    QTableView *deadlineTable() const { return m_deadlineTable; }
    QTableView *timelineTable() const { return m_timelineTable; }
    DrillController *drill() const { return m_drill; }
    ReplayWindow *replay() const; // the open replay window, if any
    ReplayWindow *startReplay(qint64 incidentId);      // nullptr (with a message) if it has no events
    AlarmCenter *alarms() const { return m_alarms; }
    AlarmBanner *alarmBanner() const { return m_alarmBanner; }
    void setAlarmSound(AlarmSound *sound); // not owned
    WallBoard *openWallBoard();           // 大屏模式: on a second screen when there is one
    WallBoard *wallBoard() const;
    void correctSelectedEvent();           // 更正… on the timeline's current row
    ConnectionStatus *connectionStatus() const;
    HelpMenu *help() const { return m_help; }
    DutyOffice *dutyOffice() const { return m_dutyOffice; }

    void acknowledgeSelectedDuty();
    void completeSelectedDuty();
    void callSelectedDuty();
    void jumpToNextDeadline();
    void setDarkTheme(bool dark); // applied and remembered (the View menu)
    void applyTheme(bool dark);   // this run only (--dark)
    // The drill's first incident is selected when an inject opens it.
    Result<bool> startDrill(const Scenario &scenario);
    // The live incident whose window runs out first (at start-up): never a drill or a demo.
    void selectMostUrgent();
    // An operator action on the selected incident. Irreversible milestones ask first, with the
    // time they will be recorded at; a cancelled confirmation writes nothing.
    void record(const QString &kind, const QJsonObject &payload = {});
    // 交接班: the incoming operator signs in without restarting.
    void switchOperator();

Q_SIGNALS:
    void firstFramePainted(); // the window's first expose has been painted
    void buildCompleted();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildModels();
    void buildDockFrames();
    void buildDockContents();
    QDockWidget *dockNamed(const char *name) const; // by its objectName (saveState's)
    void fillDock(const char *name, QWidget *content);
    void buildAlarmBanner();
    void fillAlarmMenu();
    void applyDefaultLayout();
    void updateTitle();
    void editAssessment();
    void buildMenuTitles();
    void fillMenus(); // with the docks' contents
    void importCalendar();
    void showProblem(const QString &message);
    void ruleOnSelectedWindow(bool holds);
    void declareComputedLevels();
    void addNote();
    void buildDrill();
    void fillDrillMenu();
    void buildAfterFirstFrame(); // FrameFirst: the outlines, the docks' contents, the rest, on turns of their own
    void buildLiveWork();
    bool confirm(const QString &what, QDateTime *at, QString *lateReason); // false: cancelled
    void saveAfterAction();
    QString dutyKey(int row, QString *plan) const;
    void buildUnitsPanel();

    IncidentStore &m_store;
    const RegionMap &m_counties;
    const RegionMap &m_urbanArea;
    MapView *m_map = nullptr;
    IntakeForm *m_intake = nullptr;
    GradingView *m_grading = nullptr;
    IncidentListModel *m_incidentModel = nullptr;
    IncidentFilterModel *m_incidentFilter = nullptr;
    DutyModel *m_dutyModel = nullptr;
    DeadlineModel *m_deadlineModel = nullptr;
    TimelineModel *m_timelineModel = nullptr;
    QTableView *m_incidentTable = nullptr;
    QTableView *m_dutyTable = nullptr;
    QTableView *m_deadlineTable = nullptr;
    QTableView *m_timelineTable = nullptr;
    DeskStatusBar *m_status = nullptr;
    struct Menus {
        QMenu *file = nullptr, *incident = nullptr, *drill = nullptr, *alarms = nullptr, *view = nullptr;
    } m_menus; // buildMenuTitles(), filled by fillMenus()
    DrillController *m_drill = nullptr;
    QPointer<ReplayWindow> m_replay;
    AlarmCenter *m_alarms = nullptr;
    AlarmBanner *m_alarmBanner = nullptr;
    AlarmSound *m_sound = nullptr;
    QPointer<WallBoard> m_wallBoard;
    HelpMenu *m_help = nullptr;
    ReportsMenu *m_reports = nullptr;
    DutyOffice *m_dutyOffice = nullptr;
    bool m_dark = false;
    QAction *m_darkAction = nullptr;
    bool m_selectNextDrillIncident = false;
    bool m_layoutRestored = false;
    bool m_layoutDone = false;
    bool m_narrowWindows = false; // the default layout on a small screen: the windows table drops a column
    bool m_frameFirst = false;
    bool m_exposeWatched = false;
    bool m_complete = false;
    UnitMapFeed *m_unitFeed = nullptr;
    QMenu *m_unitsMenu = nullptr;
};

} // namespace cd
