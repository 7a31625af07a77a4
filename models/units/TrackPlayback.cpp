#include "units/TrackPlayback.h"

#include "units/TrackStore.h"

#include <algorithm>

namespace cd {

Result<TrackPlayback> TrackPlayback::load(const TrackStore &tracks, const QStringList &units, const QDateTime &from, const QDateTime &to)
{
    TrackPlayback p;
    for (const QString &u : units) {
        // From a trail's length before the span: a unit already moving at its start has a trail.
        auto track = tracks.track(u, from.addSecs(-UnitPositions::TrailSeconds), to);
        if (!track)
            return Result<TrackPlayback>::failure(track.error());
        if (!track->isEmpty())
            p.addTrack(u, track.value());
    }
    return p;
}

void TrackPlayback::addTrack(const QString &unit, QList<QGeoPositionInfo> fixes)
{
    m_tracks.insert(unit, std::move(fixes));
}

qsizetype TrackPlayback::fixCount() const
{
    qsizetype n = 0;
    for (const auto &t : m_tracks)
        n += t.size();
    return n;
}

UnitPositions TrackPlayback::at(const QDateTime &t) const
{
    UnitPositions out;
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it) {
        const QList<QGeoPositionInfo> &fixes = it.value();
        // The first fix after t; everything before it is the past at the cursor.
        const auto end = std::upper_bound(fixes.begin(), fixes.end(), t, [](const QDateTime &c, const QGeoPositionInfo &f) { return c < f.timestamp(); });
        if (end == fixes.begin())
            continue; // not yet seen at t
        const QDateTime last = std::prev(end)->timestamp();
        auto begin = std::lower_bound(fixes.begin(), end, last.addSecs(-UnitPositions::TrailSeconds),
                                      [](const QGeoPositionInfo &f, const QDateTime &c) { return f.timestamp() < c; });
        for (auto f = begin; f != end; ++f)
            out.add(UnitFix{it.key(), *f});
    }
    return out;
}

} // namespace cd
