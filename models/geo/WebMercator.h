#pragma once

#include <QGeoCircle>
#include <QGeoCoordinate>
#include <QPointF>

namespace cd {

// Spherical Web Mercator (EPSG:3857) as map pixels: the world is a square of
// 256·2^zoom pixels, x to the east, y to the south, latitude clamped to ±85.05113°.
// The map scene uses one fixed zoom; the view's transform does the zooming.
class WebMercator {
public:
    static constexpr double MaxLatitude = 85.05112878;
    static constexpr double TileSize = 256.0;
    static constexpr double EarthRadius = 6378137.0; // metres, as EPSG:3857 defines it

    explicit WebMercator(double zoom = 12.0);

    double worldSize() const { return m_worldSize; }
    QPointF project(const QGeoCoordinate &c) const;
    QGeoCoordinate unproject(const QPointF &p) const;
    // Ground metres per map pixel at a latitude (Mercator stretches away from the equator).
    double metresPerPixel(double latitude) const;
    // Radius of a geofence circle in map pixels at its centre.
    double radiusPixels(const QGeoCircle &circle) const;

private:
    double m_worldSize;
};

} // namespace cd
