#include "time/DeadlineEngine.h"

#include <algorithm>

namespace cd {

QString deadlineStateName(Deadline::State state)
{
    switch (state) {
    case Deadline::State::Waiting:
        return QStringLiteral("waiting");
    case Deadline::State::Pending:
        return QStringLiteral("pending");
    case Deadline::State::DueSoon:
        return QStringLiteral("due_soon");
    case Deadline::State::Overdue:
        return QStringLiteral("overdue");
    case Deadline::State::Met:
        return QStringLiteral("met");
    case Deadline::State::MetLate:
        return QStringLiteral("met_late");
    case Deadline::State::Open:
        return QStringLiteral("open");
    case Deadline::State::RuledOut:
        return QStringLiteral("ruled_out");
    }
    return {};
}

std::vector<Deadline> DeadlineEngine::compute(const std::vector<PlanAssessment> &grading, const Facts &facts,
                                              const Milestones &milestones, const QDateTime &now) const
{
    std::vector<Deadline> out;
    ConditionContext ctx{facts, {}};
    for (const auto &a : grading) {
        if (!a.applies && !a.inScope)
            continue;
        for (const auto &w : a.plan->windows) {
            // A plan not (yet) graded still has the windows an operator ruled in: pre-warning
            // information (85号 4.1.3) is about an event that has not reached any level.
            if (!a.applies && !(w.onlyWhenRuledIn && milestones.rulings.value(w.ruling, false)))
                continue;
            if (!w.levels.isEmpty() && !(a.level && w.levels.contains(*a.level)))
                continue;
            if (w.when && !w.when->holds(ctx))
                continue;
            Deadline d;
            d.planId = a.plan->id;
            d.planRef = a.plan->shortRef;
            d.window = &w;
            d.anchorAt = milestones.at.value(w.anchor);
            d.completedAt = milestones.at.value(w.completedBy);
            if (d.anchorAt.isValid() && milestones.all.contains(w.completedBy)) {
                // A report sent before this window opened does not meet it.
                d.completedAt = QDateTime();
                for (const auto &t : milestones.all.value(w.completedBy))
                    if (t >= d.anchorAt) {
                        d.completedAt = t;
                        break;
                    }
            }
            if (d.completedAt.isValid())
                d.completedEntryDelay = milestones.lateEntries.value(w.completedBy).value(d.completedAt, 0);
            if (!w.ruling.isEmpty()) {
                const auto ruling = milestones.rulings.constFind(w.ruling);
                d.conditional = ruling == milestones.rulings.cend();
                if (d.conditional && w.onlyWhenRuledIn)
                    continue;
                if (!d.conditional && !ruling.value()) {
                    d.state = Deadline::State::RuledOut;
                    out.push_back(d);
                    continue;
                }
            }
            if (d.anchorAt.isValid()) {
                if (w.kind == ReportingWindow::Kind::Minutes) {
                    d.due = d.anchorAt.addSecs(qint64(w.amount) * 60);
                } else if (w.kind == ReportingWindow::Kind::WorkingDays) {
                    const auto due = m_calendar.dueWithinWorkingDays(d.anchorAt, w.amount);
                    d.due = due.due;
                    d.covered = due.covered;
                }
            }
            d.state = deadlineStateAt(d, now, m_policy);
            out.push_back(d);
        }
    }
    return out;
}

Deadline::State deadlineStateAt(const Deadline &d, const QDateTime &now, const DueSoonPolicy &policy)
{
    if (d.state == Deadline::State::RuledOut)
        return d.state;
    using S = Deadline::State;
    if (!d.anchorAt.isValid() || d.anchorAt > now)
        return S::Waiting;
    // Only a completion recorded by `now` counts: a replay cursor must not see the future.
    const bool completed = d.completedAt.isValid() && d.completedAt <= now;
    if (!d.due.isValid())
        return completed ? S::Met : S::Open;
    if (completed)
        return d.completedAt <= d.due ? S::Met : S::MetLate;
    if (now > d.due)
        return S::Overdue;
    const qint64 window = d.anchorAt.msecsTo(d.due);
    const qint64 soon = std::min<qint64>(qint64(double(window) * policy.fraction), policy.maxSeconds * 1000);
    return now.msecsTo(d.due) <= soon ? S::DueSoon : S::Pending;
}

} // namespace cd
