#pragma once

#include "units/PositionFeed.h"

#include <QDateTime>
#include <QGeoPositionInfo>
#include <QHash>
#include <QList>
#include <QString>

namespace cd {

// Where each unit is, for the map and the unit list: the latest fix, a short trail and
// whether the unit has gone quiet. Fed by the position pipeline; holds no history beyond the
// trail (the TrackStore keeps the tracks).
class UnitPositions {
public:
    static constexpr qint64 TrailSeconds = 120; // the short trail drawn behind a unit
    static constexpr qint64 StaleSeconds = 120; // no fix for 2 minutes: drawn as stale
    static constexpr qint64 TrailStepSeconds = 10; // a trail point every 10 s: the shape, at a tenth of the strokes

    struct Position {
        QGeoPositionInfo last;
        QList<QGeoCoordinate> trail; // oldest first, a point every TrailStepSeconds, ending at last
        double heading = 0;          // degrees from north, from the fix or the last movement
    };

    void add(const UnitFix &fix);
    const Position *position(const QString &unit) const;
    QStringList units() const { return m_positions.keys(); }
    bool isStale(const QString &unit, const QDateTime &now) const;

private:
    struct Held {
        Position shown;
        QList<QGeoPositionInfo> recent;
    };
    QHash<QString, Held> m_positions;
};

} // namespace cd
