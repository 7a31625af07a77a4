#pragma once

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;

namespace cd {

class Clock;
class ClockSwitch;
class IncidentStore;
class ManualClock;

// Replay of one incident from its journal: a time scrubber and a speed control move a cursor,
// the program's clock becomes that cursor, and the whole dashboard shows the state at it.
// Nothing can be recorded meanwhile.
class ReplayPanel final : public QWidget {
    Q_OBJECT
public:
    ReplayPanel(IncidentStore &store, ClockSwitch &clock, QWidget *parent = nullptr);
    ~ReplayPanel() override;

    bool start(qint64 incidentId); // false if the incident has no events
    void stop();
    bool isActive() const { return m_cursor != nullptr; }
    void setCursor(const QDateTime &t);
    QDateTime cursor() const;

Q_SIGNALS:
    void activeChanged(bool active);

private:
    void step();
    IncidentStore &m_store;
    ClockSwitch &m_clock;
    std::unique_ptr<ManualClock> m_cursor;
    Clock *m_previous = nullptr;
    QDateTime m_from, m_to;
    qint64 m_incident = 0;
    QSlider *m_slider;
    QLabel *m_label;
    QPushButton *m_play;
    QComboBox *m_speed;
    QTimer m_timer;
};

} // namespace cd
