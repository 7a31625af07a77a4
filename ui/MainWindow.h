#pragma once

#include <QJsonObject>
#include <QMainWindow>

#include <memory>

class QLabel;
class QTableView;
class QComboBox;
class QMenu;

namespace cd {

class ClockSwitch;
class ConnectionStatus;
class DeadlineModel;
class DrillController;
class ReplayPanel;
class SituationReport;
class DutyModel;
class GradingView;
class IncidentFilterModel;
class IncidentListModel;
class IncidentStore;
class IntakeForm;
class MapView;
class RegionMap;
class TimelineModel;

// The duty operator's window: the map in the centre, docks around it, and every operator
// action as a menu entry with its shortcut. Holds no rule of its own: everything it shows
// comes from the store, everything it does is a journal event through the store.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    // Without a clock switch the window runs on the store's clock alone (no drill, no replay).
    MainWindow(IncidentStore &store, const RegionMap &counties, const RegionMap &urbanArea, ClockSwitch *clock = nullptr,
               QWidget *parent = nullptr);

    MapView *map() const { return m_map; }
    IntakeForm *intake() const { return m_intake; }
    GradingView *grading() const { return m_grading; }
    QTableView *incidentTable() const { return m_incidentTable; }
    QTableView *dutyTable() const { return m_dutyTable; }
    QTableView *deadlineTable() const { return m_deadlineTable; }
    QTableView *timelineTable() const { return m_timelineTable; }
    DrillController *drill() const { return m_drill; }
    ReplayPanel *replay() const { return m_replay; }
    ConnectionStatus *connectionStatus() const { return m_connection; }

    void acknowledgeSelectedDuty();
    void completeSelectedDuty();
    void jumpToNextDeadline();
    void setDarkTheme(bool dark);
    void record(const QString &kind, const QJsonObject &payload = {});
    // 交接班: the incoming operator signs in without restarting.
    void switchOperator();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildDocks();
    void buildMenus();
    void buildStatusBar();
    void importCalendar();
    void updateClockStatus();
    void updateCalendarStatus();
    void showProblem(const QString &message);
    void ruleOnSelectedWindow(bool holds);
    void declareComputedLevels();
    void addNote();
    void previewReport(int kind);
    void saveReportPdf(int kind);
    void printReport(int kind);
    std::unique_ptr<SituationReport> reportFor(int kind); // for the selected incident, or nullptr with a message
    void exportCap();
    void exportCsv();
    void buildDrillMenu();
    void saveAfterAction();
    void updateCounts();
    QString dutyKey(int row, QString *plan) const;

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
    QComboBox *m_filter = nullptr;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_calendarLabel = nullptr;
    QLabel *m_exerciseBanner = nullptr;
    QLabel *m_injectBanner = nullptr;
    QLabel *m_countsLabel = nullptr;
    ConnectionStatus *m_connection = nullptr;
    ClockSwitch *m_clockSwitch = nullptr;
    QMenu *m_viewMenuAnchor = nullptr;
    DrillController *m_drill = nullptr;
    ReplayPanel *m_replay = nullptr;
    bool m_dark = false;
};

} // namespace cd
