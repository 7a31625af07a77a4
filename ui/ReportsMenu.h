#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QMainWindow;
class QMenu;

namespace cd {

class IncidentStore;
class RegionMap;
class SituationReport;

// The Reports menu of the selected incident: each report sent (首报, 续报, 终报, 处置报告) drafted,
// edited and signed off in ReportEditorDialog; its internal record (内部工作记录) previewed,
// printed or saved; the issued reports; and the CAP and CSV exports.
class ReportsMenu final : public QObject {
    Q_OBJECT
public:
    struct Actions {
        std::function<void(const QString &)> showProblem;
        std::function<void()> editAssessment; // the desk records the assessment (it signs events)
    };
    // The menu's title now, in the menu bar; its entries with addEntries() (the desk adds them
    // after its first frame).
    ReportsMenu(QMainWindow &window, IncidentStore &store, const RegionMap &counties, Actions actions);
    void addEntries();
    QMenu *menu() const { return m_menu; }

private:
    std::unique_ptr<SituationReport> reportFor(int kind); // for the selected incident, or nullptr with a message
    void previewReport(int kind);
    void printReport(int kind);
    void saveReportPdf(int kind);
    void exportCap();
    void exportCsv();
    void saveBytes(const QString &title, const QString &name, const QString &filter, const QByteArray &data);

    QMainWindow &m_window;
    IncidentStore &m_store;
    const RegionMap &m_counties;
    Actions m_actions;
    QMenu *m_menu = nullptr;
};

} // namespace cd
