#include "time/Clock.h"

namespace cd {

SystemClock::SystemClock(QObject *parent)
    : Clock(parent)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] { Q_EMIT timeChanged(now()); });
    m_tick.start();
}

QDateTime SystemClock::now() const
{
    // The one place the program reads the system time.
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start, Mode mode, QObject *parent)
    : Clock(parent)
    , m_now(start.toUTC())
    , m_mode(mode)
{
}

void ManualClock::setNow(const QDateTime &t)
{
    m_now = t.toUTC();
    Q_EMIT timeChanged(m_now);
}

SimulatedClock::SimulatedClock(QDateTime start, QObject *parent)
    : Clock(parent)
    , m_base(start.toUTC())
{
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, [this] { Q_EMIT timeChanged(now()); });
}

QDateTime SimulatedClock::now() const
{
    if (m_paused)
        return m_base;
    return m_base.addMSecs(qint64(double(m_elapsed.elapsed()) * m_speed));
}

void SimulatedClock::rebase()
{
    m_base = now();
    m_elapsed.restart();
}

void SimulatedClock::setSpeed(double factor)
{
    rebase();
    m_speed = factor > 0 ? factor : 1.0;
}

void SimulatedClock::pause()
{
    if (m_paused)
        return;
    rebase();
    m_paused = true;
    m_tick.stop();
    Q_EMIT timeChanged(m_base);
}

void SimulatedClock::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    m_elapsed.restart();
    m_tick.start();
}

void SimulatedClock::jumpTo(const QDateTime &t)
{
    m_base = t.toUTC();
    m_elapsed.restart();
    Q_EMIT timeChanged(m_base);
}

} // namespace cd
