#include "geo/ChinaCoordinates.h"

#include <cmath>
#include <numbers>

namespace cd::ChinaCoordinates {
namespace {

constexpr double A = 6378245.0;              // Krasovsky 1940 semi-major axis
constexpr double Ee = 0.00669342162296594323; // its first eccentricity squared
constexpr double Pi = std::numbers::pi;

double offsetLat(double x, double y)
{
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::fabs(x));
    r += (20.0 * std::sin(6.0 * x * Pi) + 20.0 * std::sin(2.0 * x * Pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * Pi) + 40.0 * std::sin(y / 3.0 * Pi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * Pi) + 320.0 * std::sin(y * Pi / 30.0)) * 2.0 / 3.0;
    return r;
}

double offsetLon(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::fabs(x));
    r += (20.0 * std::sin(6.0 * x * Pi) + 20.0 * std::sin(2.0 * x * Pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * Pi) + 40.0 * std::sin(x / 3.0 * Pi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * Pi) + 300.0 * std::sin(x / 30.0 * Pi)) * 2.0 / 3.0;
    return r;
}

// (dlat, dlon) in degrees that GCJ-02 adds at this WGS-84 point.
std::pair<double, double> delta(double lat, double lon)
{
    double dLat = offsetLat(lon - 105.0, lat - 35.0);
    double dLon = offsetLon(lon - 105.0, lat - 35.0);
    const double radLat = lat / 180.0 * Pi;
    double magic = std::sin(radLat);
    magic = 1 - Ee * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((A * (1 - Ee)) / (magic * sqrtMagic) * Pi);
    dLon = (dLon * 180.0) / (A / sqrtMagic * std::cos(radLat) * Pi);
    return {dLat, dLon};
}

bool outside(double lat, double lon) { return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271; }

} // namespace

bool outsideChina(const QGeoCoordinate &c) { return outside(c.latitude(), c.longitude()); }

QGeoCoordinate wgs84ToGcj02(const QGeoCoordinate &wgs)
{
    if (!wgs.isValid() || outsideChina(wgs))
        return wgs;
    const auto [dLat, dLon] = delta(wgs.latitude(), wgs.longitude());
    return QGeoCoordinate(wgs.latitude() + dLat, wgs.longitude() + dLon);
}

QGeoCoordinate gcj02ToWgs84(const QGeoCoordinate &gcj)
{
    if (!gcj.isValid() || outsideChina(gcj))
        return gcj;
    // Find w with forward(w) = gcj: start at gcj and correct by the residual. The offset
    // changes slowly (a few hundred metres over hundreds of km), so this converges fast.
    // Plain doubles here: the county outlines convert thousands of points at every start-up.
    const double gLat = gcj.latitude(), gLon = gcj.longitude();
    double lat = gLat;
    double lon = gLon;
    for (int i = 0; i < 30; ++i) {
        // The forward transform leaves points outside China as they are.
        const auto [dLat, dLon] = outside(lat, lon) ? std::pair(0.0, 0.0) : delta(lat, lon);
        const double eLat = lat + dLat - gLat;
        const double eLon = lon + dLon - gLon;
        lat -= eLat;
        lon -= eLon;
        if (std::fabs(eLat) < 1e-9 && std::fabs(eLon) < 1e-9)
            break;
    }
    return QGeoCoordinate(lat, lon);
}

} // namespace cd::ChinaCoordinates
