#include "units/ArrivalOutlook.h"

#include "time/ReportingWindow.h"

namespace cd {

std::optional<ArrivalOutlook> ArrivalOutlook::of(const Deadline &window, const IncidentState &incident, const QSet<QString> &leaderUnits,
                                                 const QHash<QString, qint64> &etaSeconds, const QDateTime &now)
{
    if (!window.window || window.window->completedBy != QLatin1String("arrived") || !window.due.isValid())
        return std::nullopt;
    if (window.completedAt.isValid() && window.completedAt <= now)
        return std::nullopt;
    std::optional<ArrivalOutlook> best;
    for (const UnitTask &t : incident.units) {
        if (!leaderUnits.contains(t.unit) || !t.dispatchedAt.isValid() || t.arrivedAt.isValid() || !etaSeconds.contains(t.unit))
            continue;
        const qint64 eta = etaSeconds.value(t.unit);
        if (!best || eta < best->etaSeconds)
            best = ArrivalOutlook{t.unit, eta, now.addSecs(eta), now.addSecs(eta) > window.due};
    }
    return best;
}

Deadline::State ArrivalOutlook::stateWith(const Deadline &window, const std::optional<ArrivalOutlook> &outlook, const QDateTime &now)
{
    const Deadline::State s = deadlineStateAt(window, now);
    if (s == Deadline::State::Pending && outlook && outlook->passesDue)
        return Deadline::State::DueSoon;
    return s;
}

} // namespace cd
