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
    static Result<RegionMap> loadFile(const QString &file);
    static const RegionMap &lishuiCounties(); // embedded, resources/geo/lishui-counties.geojson

    const std::vector<Region> &regions() const { return m_regions; }
    QGeoRectangle bounds() const;
    const Region *regionAt(const QGeoCoordinate &c, double snapMetres = 1500) const;
    bool contains(const QGeoCoordinate &c) const { return regionAt(c, 0) != nullptr; }

private:
    std::vector<Region> m_regions;
};

} // namespace cd
