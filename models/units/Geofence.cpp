#include "units/Geofence.h"

#include <cmath>

namespace cd {

Geofence::Geofence(QGeoCoordinate site, double radiusMetres)
    : m_site(std::move(site))
    , m_radius(radiusMetres)
{
}

std::optional<Geofence::Transition> Geofence::add(const QGeoPositionInfo &fix)
{
    // On scene we watch for fixes outside; off scene for fixes inside.
    const bool wanted = m_onScene ? !inside(fix.coordinate()) : inside(fix.coordinate());
    if (!wanted) {
        m_candidate.reset(); // the dwell was broken
        return std::nullopt;
    }
    if (!m_candidate) {
        m_candidate = fix;
        return std::nullopt; // a dwell of 0 s is never enough (DwellSeconds > 0)
    }
    if (m_candidate->timestamp().secsTo(fix.timestamp()) < DwellSeconds)
        return std::nullopt;
    const Transition t{m_onScene ? Transition::Kind::Departed : Transition::Kind::Arrived, m_candidate->timestamp(),
                       m_candidate->coordinate()};
    m_onScene = !m_onScene;
    m_candidate.reset();
    return t;
}

void EtaEstimator::add(const QGeoPositionInfo &fix)
{
    m_recent << fix;
    // Keep what the recent speed needs, plus the fix just before it.
    while (m_recent.size() > 2 && m_recent.at(1).timestamp().secsTo(fix.timestamp()) > RecentSeconds)
        m_recent.removeFirst();
}

double EtaEstimator::recentSpeedMps() const
{
    if (m_recent.size() < 2) {
        if (!m_recent.isEmpty() && m_recent.last().hasAttribute(QGeoPositionInfo::GroundSpeed))
            return m_recent.last().attribute(QGeoPositionInfo::GroundSpeed);
        return 0;
    }
    double metres = 0;
    for (qsizetype i = 1; i < m_recent.size(); ++i)
        metres += m_recent.at(i - 1).coordinate().distanceTo(m_recent.at(i).coordinate());
    const double seconds = double(m_recent.first().timestamp().msecsTo(m_recent.last().timestamp())) / 1000.0;
    return seconds > 0 ? metres / seconds : 0;
}

qint64 EtaEstimator::etaSeconds(double metres, double speedMps)
{
    return qint64(std::llround(metres * RoadFactor / (speedMps < ParkedBelowMps ? AssumedSpeedMps : speedMps)));
}

std::optional<qint64> EtaEstimator::etaSeconds(const QGeoCoordinate &site, double radius) const
{
    if (m_recent.isEmpty() || !site.isValid())
        return std::nullopt;
    const double distance = m_recent.last().coordinate().distanceTo(site);
    if (distance <= radius)
        return 0;
    double speed = recentSpeedMps();
    if (speed < ParkedBelowMps)
        speed = AssumedSpeedMps;
    return qint64(std::llround(distance * RoadFactor / speed));
}

} // namespace cd
