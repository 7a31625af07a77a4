#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTableView;

namespace cd {

class GradingView;
class IncidentStore;
class ManualClock;
class MapView;
class ReplayUnits;

// Replay of one incident from its journal, in a window of its own: a time scrubber and a
// speed control move a cursor that belongs to this window alone. It folds the incident into
// a private store at the cursor (grading, windows, duties, timeline as they were), read-only.
// The dashboard, its list, map, alarms and countdowns stay live meanwhile.
class ReplayWindow final : public QWidget {
    Q_OBJECT
public:
    ReplayWindow(const IncidentStore &live, qint64 incidentId, QWidget *parent = nullptr);
    ~ReplayWindow() override;

    bool isValid() const { return m_from.isValid(); } // false if the incident has no events
    qint64 incidentId() const { return m_incident; }
    void setCursor(const QDateTime &t);
    QDateTime cursor() const;
    IncidentStore &store() const { return *m_store; }
    GradingView *grading() const { return m_grading; }
    QTableView *deadlineTable() const { return m_deadlines; }
    QTableView *timelineTable() const { return m_timeline; }
    QString banner() const;
    MapView *map() const { return m_map; }
    ReplayUnits *units() const { return m_units.get(); }

private:
    void step();
    std::unique_ptr<ManualClock> m_cursor;
    std::unique_ptr<IncidentStore> m_store;
    QDateTime m_from, m_to;
    qint64 m_incident = 0;
    QLabel *m_banner = nullptr;
    QSlider *m_slider = nullptr;
    QPushButton *m_play = nullptr;
    QComboBox *m_speed = nullptr;
    GradingView *m_grading = nullptr;
    QTableView *m_deadlines = nullptr;
    QTableView *m_timeline = nullptr;
    MapView *m_map = nullptr;
    std::unique_ptr<ReplayUnits> m_units; // the units moving on the replay's map (issue 16)
    QTimer m_timer;
};

} // namespace cd
