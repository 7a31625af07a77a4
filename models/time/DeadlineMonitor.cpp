#include "time/DeadlineMonitor.h"

#include "time/Clock.h"

namespace cd {

DeadlineMonitor::DeadlineMonitor(Clock &clock, Compute compute, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_compute(std::move(compute))
{
    connect(&m_clock, &Clock::timeChanged, this, &DeadlineMonitor::refresh);
    m_deadlines = m_compute(m_clock.now());
}

void DeadlineMonitor::setCompute(Compute compute)
{
    m_compute = std::move(compute);
    refresh();
}

void DeadlineMonitor::refresh()
{
    auto next = m_compute(m_clock.now());
    for (const auto &d : next) {
        const auto key = d.key();
        const auto old = std::find_if(m_deadlines.begin(), m_deadlines.end(),
                                      [&key](const Deadline &o) { return o.key() == key; });
        if (old != m_deadlines.end() && old->state != d.state)
            Q_EMIT stateChanged(key, deadlineStateName(old->state), deadlineStateName(d.state));
    }
    m_deadlines = std::move(next);
    Q_EMIT refreshed();
}

} // namespace cd
