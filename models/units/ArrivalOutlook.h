#pragma once

#include "journal/IncidentState.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace cd {

// The ETA beside a window an arrival completes (86号 3(2): leaders on site within 30 minutes of
// dispatch in the urban area). The window turns due-soon early when the leaders' expected
// arrival already lies past its due time: the operator learns it while there is time to act,
// not when the countdown runs out.
struct ArrivalOutlook {
    QString unit;          // the leader unit expected first
    qint64 etaSeconds = 0;
    QDateTime expectedAt;  // now + ETA
    bool passesDue = false;

    // For an open window completed by `arrived`: the earliest expected arrival among the
    // incident's dispatched leader units that have not arrived (ETAs by unit id, from
    // UnitTracker / EtaEstimator). nullopt when the window is not of that kind, is completed,
    // or no such unit has an ETA.
    static std::optional<ArrivalOutlook> of(const Deadline &window, const IncidentState &incident, const QSet<QString> &leaderUnits,
                                            const QHash<QString, qint64> &etaSeconds, const QDateTime &now);
    // The window's state at `now`, moved to DueSoon when a pending window's outlook passes due.
    static Deadline::State stateWith(const Deadline &window, const std::optional<ArrivalOutlook> &outlook, const QDateTime &now);
};

} // namespace cd
