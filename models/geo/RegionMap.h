#pragma once

#include "core/Result.h"

#include <QGeoCoordinate>
#include <QGeoPolygon>
#include <QGeoRectangle>
#include <QList>
#include <QString>

#include <vector>

namespace cd {

// A county (or any named area) from GeoJSON: its polygons (with holes) and label point.
struct Region {
    QString name;
    QGeoCoordinate label;
    QList<QGeoPolygon> polygons;
    QGeoRectangle bounds;
};

// The county map: loads GeoJSON FeatureCollections (Polygon and MultiPolygon features with
// properties.name and optional properties.cp label point) and answers "which county is this
// point in". Simplified boundaries leave slivers between neighbours, so a point in none of
// them is given to the nearest county within `snapMetres`.
class RegionMap {
public:
    static Result<RegionMap> fromGeoJson(const QByteArray &json, const QString &fileNameForMessages);
    // GeoJSON, or the binary form toBinary() writes (by its first bytes).
    static Result<RegionMap> loadFile(const QString &file);
    static const RegionMap &lishuiCounties(); // embedded, from resources/geo/lishui-counties.geojson

    // The embedded outlines are stored in this form, made at build time from the converted
    // GeoJSON (cd_geo_wgs84): read back, it gives the very regions fromGeoJson gave, without
    // parsing 80 kB of JSON numbers at each start (2 ms of the desk's first frame).
    static constexpr const char *BinaryMagic = "CDGEO1\n";
    QByteArray toBinary() const;
    static Result<RegionMap> fromBinary(const QByteArray &data, const QString &fileNameForMessages);

    const std::vector<Region> &regions() const { return m_regions; }
    QGeoRectangle bounds() const;
    const Region *regionAt(const QGeoCoordinate &c, double snapMetres = 1500) const;
    bool contains(const QGeoCoordinate &c) const { return regionAt(c, 0) != nullptr; }

private:
    std::vector<Region> m_regions;
};

} // namespace cd
