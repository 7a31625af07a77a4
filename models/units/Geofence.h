#pragma once

#include <QDateTime>
#include <QGeoCoordinate>
#include <QGeoPositionInfo>

#include <optional>

namespace cd {

// Arrival and departure of one unit at one site, from its fixes alone.
//
// A unit has arrived when its fixes stay within `radius` of the site for DwellSeconds or more;
// the arrival is dated at the first of those fixes (when it entered), and is known only once
// the dwell has passed. A pass-by that leaves within the dwell records nothing. Departure is
// the mirror image: the fixes stay outside for DwellSeconds, dated at the first fix outside,
// so GNSS jitter at the rim does not record a departure and a new arrival every few seconds.
class Geofence {
public:
    static constexpr double DefaultRadiusMetres = 300.0;
    static constexpr qint64 DwellSeconds = 30;

    struct Transition {
        enum class Kind { Arrived, Departed };
        Kind kind;
        QDateTime at;       // UTC, the first fix of the dwell
        QGeoCoordinate where;
    };

    Geofence(QGeoCoordinate site, double radiusMetres = DefaultRadiusMetres);
    // Fixes in time order; returns the transition this fix confirms, if any.
    std::optional<Transition> add(const QGeoPositionInfo &fix);
    bool onScene() const { return m_onScene; }
    double radius() const { return m_radius; }
    const QGeoCoordinate &site() const { return m_site; }
    bool inside(const QGeoCoordinate &c) const { return m_site.distanceTo(c) <= m_radius; }

private:
    QGeoCoordinate m_site;
    double m_radius;
    bool m_onScene = false;
    std::optional<QGeoPositionInfo> m_candidate; // first fix of a dwell not yet long enough
};

// ETA to a site from a unit's recent fixes:
//   straight-line distance × RoadFactor / recent speed.
// RoadFactor 1.4: roads are longer than the straight line (route-to-crow-fly ratios are about
// 1.2–1.4 in flat towns; Lishui's valleys push it to the top of that range). Recent speed: the
// distance along the fixes of the last RecentSeconds over their time. A unit slower than
// ParkedBelowMps (parked when dispatched, stopped at lights) is assumed to move off at
// AssumedSpeedMps (40 km/h, a car in the county's towns), so the ETA is never infinite.
class EtaEstimator {
public:
    static constexpr double RoadFactor = 1.4;
    static constexpr qint64 RecentSeconds = 60;
    static constexpr double ParkedBelowMps = 2.0;
    static constexpr double AssumedSpeedMps = 40.0 / 3.6;

    void add(const QGeoPositionInfo &fix);
    double recentSpeedMps() const;
    // Seconds to `site` from the last fix (0 within `radius`); nullopt before any fix.
    std::optional<qint64> etaSeconds(const QGeoCoordinate &site, double radius = 0) const;
    const QGeoPositionInfo *last() const { return m_recent.isEmpty() ? nullptr : &m_recent.last(); }
    // The same rule from a distance and a speed alone (the map, which keeps no fix history).
    static qint64 etaSeconds(double metres, double speedMps);

private:
    QList<QGeoPositionInfo> m_recent;
};

} // namespace cd
