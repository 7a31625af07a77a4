#include "geo/WebMercator.h"

#include <algorithm>
#include <cmath>

namespace cd {

WebMercator::WebMercator(double zoom)
    : m_worldSize(TileSize * std::pow(2.0, zoom))
{
}

QPointF WebMercator::project(const QGeoCoordinate &c) const
{
    const double lat = std::clamp(c.latitude(), -MaxLatitude, MaxLatitude);
    const double x = (c.longitude() + 180.0) / 360.0;
    const double s = std::sin(lat * M_PI / 180.0);
    const double y = 0.5 - std::log((1.0 + s) / (1.0 - s)) / (4.0 * M_PI);
    return {x * m_worldSize, y * m_worldSize};
}

QGeoCoordinate WebMercator::unproject(const QPointF &p) const
{
    const double x = p.x() / m_worldSize - 0.5;
    const double y = 0.5 - p.y() / m_worldSize;
    const double lat = 90.0 - 360.0 * std::atan(std::exp(-y * 2.0 * M_PI)) / M_PI;
    return QGeoCoordinate(std::clamp(lat, -MaxLatitude, MaxLatitude), 360.0 * x);
}

double WebMercator::metresPerPixel(double latitude) const
{
    return std::cos(latitude * M_PI / 180.0) * 2.0 * M_PI * EarthRadius / m_worldSize;
}

double WebMercator::radiusPixels(const QGeoCircle &circle) const
{
    return circle.radius() / metresPerPixel(circle.center().latitude());
}

} // namespace cd
