#pragma once

#include "core/Result.h"
#include "units/PositionFeed.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

class JournalStore;

// The units' tracks, in the unit_fixes table beside the journal (same database, same
// connection) but outside the hash chain: a fix a second per unit would swamp the journal, and
// a track is evidence of where a unit was, not of what the centre decided. The events that
// matter (dispatched, arrived, departed) are journal events. Fixes older than the retention
// (setting units/trackRetentionDays, default RetentionDays) are pruned.
class TrackStore {
public:
    static constexpr int RetentionDays = 90;

    explicit TrackStore(JournalStore &store);
    // Many fixes in one transaction (a second of a busy feed, a replayed log).
    Result<int> append(const QList<UnitFix> &fixes, const QString &source);
    // One unit's fixes in [from, to], oldest first (the trail, replay, the after-action report).
    Result<QList<QGeoPositionInfo>> track(const QString &unit, const QDateTime &from, const QDateTime &to) const;
    // Every unit's fixes after `after` (exclusive), oldest first: what a map polls for.
    Result<QList<UnitFix>> fixesAfter(const QDateTime &after) const;
    Result<int> pruneBefore(const QDateTime &cutoff);
    Result<int> applyRetention(const QDateTime &now, int days = retentionDays()) { return pruneBefore(now.addDays(-days)); }
    // QSettings units/trackRetentionDays (1 … 3650), else RetentionDays.
    static int retentionDays();

private:
    JournalStore &m_store;
};

} // namespace cd
