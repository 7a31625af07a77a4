#pragma once

#include <QGeoCoordinate>
#include <QImage>
#include <QString>

namespace cd {

class RegionMap;

// A still map for printed reports: the county of the site filled, its neighbours around it,
// the site marked in the level's colour, names and a scale bar. Painted with QPainter only,
// so the headless CLI can print it.
class MapSnapshot {
public:
    static QImage render(const RegionMap &regions, const QString &county, const QGeoCoordinate &site, const QColor &markerColor,
                         QSize size);
};

} // namespace cd
