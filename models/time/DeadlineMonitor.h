#pragma once

#include "time/DeadlineEngine.h"

#include <QObject>

#include <functional>

namespace cd {

class Clock;

// Keeps the deadlines of one incident current as the clock moves and tells observers when a
// window changes state (pending → due soon → overdue …). Holds no countdown of its own: every
// refresh recomputes from the inputs and the clock.
class DeadlineMonitor final : public QObject {
    Q_OBJECT
public:
    using Compute = std::function<std::vector<Deadline>(const QDateTime &now)>;
    DeadlineMonitor(Clock &clock, Compute compute, QObject *parent = nullptr);

    void setCompute(Compute compute); // new facts or milestones; refreshes at once
    const std::vector<Deadline> &deadlines() const { return m_deadlines; }
    void refresh();

Q_SIGNALS:
    void stateChanged(const QString &key, const QString &from, const QString &to);
    void refreshed();

private:
    Clock &m_clock;
    Compute m_compute;
    std::vector<Deadline> m_deadlines;
};

} // namespace cd
