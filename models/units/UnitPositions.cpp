#include "units/UnitPositions.h"

namespace cd {

void UnitPositions::add(const UnitFix &fix)
{
    Held &h = m_positions[fix.unit];
    if (h.shown.last.isValid() && fix.info.timestamp() <= h.shown.last.timestamp())
        return; // older than what is shown: a late packet of a gateway
    h.recent << fix.info;
    while (h.recent.size() > 2 && h.recent.first().timestamp().secsTo(fix.info.timestamp()) > TrailSeconds)
        h.recent.removeFirst();
    if (fix.info.hasAttribute(QGeoPositionInfo::Direction))
        h.shown.heading = fix.info.attribute(QGeoPositionInfo::Direction);
    else if (h.shown.last.isValid() && h.shown.last.coordinate().distanceTo(fix.info.coordinate()) > 2)
        h.shown.heading = h.shown.last.coordinate().azimuthTo(fix.info.coordinate());
    h.shown.last = fix.info;
    h.shown.trail.clear();
    QDateTime previous;
    for (const auto &i : h.recent)
        if (!previous.isValid() || previous.secsTo(i.timestamp()) >= TrailStepSeconds) {
            h.shown.trail << i.coordinate();
            previous = i.timestamp();
        }
    if (previous != fix.info.timestamp())
        h.shown.trail << fix.info.coordinate();
}

const UnitPositions::Position *UnitPositions::position(const QString &unit) const
{
    const auto it = m_positions.find(unit);
    return it == m_positions.end() ? nullptr : &it->shown;
}

bool UnitPositions::isStale(const QString &unit, const QDateTime &now) const
{
    const Position *p = position(unit);
    return !p || p->last.timestamp().secsTo(now) > StaleSeconds;
}

} // namespace cd
