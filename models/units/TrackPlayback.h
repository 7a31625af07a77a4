#pragma once

#include "core/Result.h"
#include "units/UnitPositions.h"

#include <QDateTime>
#include <QGeoPositionInfo>
#include <QHash>
#include <QList>
#include <QStringList>

namespace cd {

class TrackStore;

// The units as they were at a moment of a replay: their stored tracks (TrackStore) over the
// replayed span, and at any cursor each unit's last fix and trail up to that moment. The
// cursor moves both ways, so positions are rebuilt from the tracks, never carried forward.
class TrackPlayback {
public:
    static Result<TrackPlayback> load(const TrackStore &tracks, const QStringList &units, const QDateTime &from, const QDateTime &to);
    void addTrack(const QString &unit, QList<QGeoPositionInfo> fixes); // oldest first
    // Positions at `t`: fixes of the last UnitPositions::TrailSeconds up to `t`. A unit whose
    // last fix before `t` is older than that shows at that fix (and reads stale at `t`).
    UnitPositions at(const QDateTime &t) const;
    QStringList units() const { return m_tracks.keys(); }
    qsizetype fixCount() const;

private:
    QHash<QString, QList<QGeoPositionInfo>> m_tracks;
};

} // namespace cd
