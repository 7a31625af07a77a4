#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace cd {

// The only source of "now" in the program. The wall clock in live operation, a simulated
// clock in drills, a cursor in replay, a hand-set clock in tests. Several run at once: which
// one evaluates an incident is decided by IncidentClocks (models/items), never by switching.
class Clock : public QObject {
    Q_OBJECT
public:
    enum class Mode { Live, Drill, Replay, Manual };
    using QObject::QObject;

    virtual QDateTime now() const = 0; // UTC
    virtual Mode mode() const = 0;

Q_SIGNALS:
    // Emitted when time moved in a way observers should react to: a tick of a running clock,
    // or a jump of a simulated or replay clock.
    void timeChanged(const QDateTime &now);
};

// Wall-clock time, ticking once a second for countdowns.
class SystemClock final : public Clock {
    Q_OBJECT
public:
    explicit SystemClock(QObject *parent = nullptr);
    QDateTime now() const override;
    Mode mode() const override { return Mode::Live; }

private:
    QTimer m_tick;
};

// A clock that only moves when told to: tests, and the replay cursor.
class ManualClock final : public Clock {
    Q_OBJECT
public:
    explicit ManualClock(QDateTime start, Mode mode = Mode::Manual, QObject *parent = nullptr);
    QDateTime now() const override { return m_now; }
    Mode mode() const override { return m_mode; }
    void setNow(const QDateTime &t);
    void advance(qint64 seconds) { setNow(m_now.addSecs(seconds)); }

private:
    QDateTime m_now;
    Mode m_mode;
};

// Drill time: starts at a scenario time and runs at a chosen speed (1×, 10×, 60× …) from a
// monotonic timer, pausable. Jumps (fast-forward) are explicit.
class SimulatedClock final : public Clock {
    Q_OBJECT
public:
    explicit SimulatedClock(QDateTime start, QObject *parent = nullptr);
    QDateTime now() const override;
    Mode mode() const override { return Mode::Drill; }

    void setSpeed(double factor);
    double speed() const { return m_speed; }
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    void jumpTo(const QDateTime &t);

private:
    void rebase(); // fold elapsed time into m_base so that speed changes do not jump
    QDateTime m_base;
    QElapsedTimer m_elapsed;
    double m_speed = 1.0;
    bool m_paused = true;
    QTimer m_tick;
};

} // namespace cd
