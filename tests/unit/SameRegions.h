#pragma once
// Shared by the tests of county maps (tst_geo, tst_units).
#include "geo/RegionMap.h"

#include <QTest>

// The same regions: names, labels, bounds, and every point of every perimeter and hole as the
// same doubles, not merely close ones (QCOMPARE of coordinates would allow a fuzzy match).
inline void sameRegions(const cd::RegionMap &built, const cd::RegionMap &now)
{
    QCOMPARE(built.regions().size(), now.regions().size());
    for (size_t r = 0; r < now.regions().size(); ++r) {
        QCOMPARE(built.regions()[r].name, now.regions()[r].name);
        const QGeoCoordinate &labelA = built.regions()[r].label, &labelB = now.regions()[r].label;
        QVERIFY(labelA.latitude() == labelB.latitude() && labelA.longitude() == labelB.longitude());
        QCOMPARE(built.regions()[r].bounds, now.regions()[r].bounds);
        QCOMPARE(built.regions()[r].polygons.size(), now.regions()[r].polygons.size());
        for (qsizetype p = 0; p < now.regions()[r].polygons.size(); ++p) {
            const QGeoPolygon &a = built.regions()[r].polygons[p], &b = now.regions()[r].polygons[p];
            QCOMPARE(a.holesCount(), b.holesCount());
            QList<QList<QGeoCoordinate>> ringsA{a.perimeter()}, ringsB{b.perimeter()};
            for (int h = 0; h < b.holesCount(); ++h) {
                ringsA << a.holePath(h);
                ringsB << b.holePath(h);
            }
            for (qsizetype k = 0; k < ringsB.size(); ++k) {
                QCOMPARE(ringsA[k].size(), ringsB[k].size());
                for (qsizetype i = 0; i < ringsB[k].size(); ++i)
                    QVERIFY(ringsA[k][i].latitude() == ringsB[k][i].latitude() && ringsA[k][i].longitude() == ringsB[k][i].longitude());
            }
        }
    }
}
