// Web Mercator against the slippy-map tile formula (x = (lon+180)/360·2^z,
// y = (1 − ln(tan φ + sec φ)/π)/2·2^z), point-in-county on the embedded Lishui map, the
// scale bar and marker hit-testing, and the binary form of the embedded outlines.
#include "SameRegions.h"
#include "geo/RegionMap.h"
#include "geo/ScaleBar.h"
#include "geo/WebMercator.h"

#include <QDataStream>
#include <QTest>

using cd::RegionMap;

class TestGeo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void projectsLikeTheTileFormula_data();
    void projectsLikeTheTileFormula();
    void latitudeIsClamped();
    void roundTrip_data();
    void roundTrip();
    void metresPerPixel();
    void countyOfAPoint_data();
    void countyOfAPoint();
    void everyLabelPointIsInItsCounty();
    void scaleBar_data();
    void scaleBar();
    void outlinesInBinaryFormReadBackWhole();
};

void TestGeo::projectsLikeTheTileFormula_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<int>("tileX");
    QTest::addColumn<int>("tileY");
    QTest::addColumn<double>("pixelX"); // at zoom 10
    QTest::addColumn<double>("pixelY");
    QTest::newRow("equator/Greenwich") << 0.0 << 0.0 << 512 << 512 << 131072.0 << 131072.0;
    QTest::newRow("丽水市区") << 28.4517 << 119.9229 << 853 << 427 << 218397.19083 << 109446.07349;
    QTest::newRow("北京") << 39.9042 << 116.4074 << 843 << 388 << 215837.28185 << 99333.25542;
}

void TestGeo::projectsLikeTheTileFormula()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(int, tileX);
    QFETCH(int, tileY);
    QFETCH(double, pixelX);
    QFETCH(double, pixelY);
    const cd::WebMercator m(10);
    const QPointF p = m.project(QGeoCoordinate(lat, lon));
    QCOMPARE(int(p.x() / 256), tileX);
    QCOMPARE(int(p.y() / 256), tileY);
    QVERIFY(std::abs(p.x() - pixelX) < 1e-3);
    QVERIFY(std::abs(p.y() - pixelY) < 1e-3);
}

void TestGeo::latitudeIsClamped()
{
    const cd::WebMercator m(0);
    QVERIFY(std::abs(m.project(QGeoCoordinate(cd::WebMercator::MaxLatitude, 0)).y()) < 1e-6);
    QVERIFY(std::abs(m.project(QGeoCoordinate(-cd::WebMercator::MaxLatitude, 0)).y() - 256.0) < 1e-6);
    QCOMPARE(m.project(QGeoCoordinate(89.9, 10)), m.project(QGeoCoordinate(cd::WebMercator::MaxLatitude, 10)));
    QCOMPARE(m.unproject(QPointF(0, -50)).latitude(), cd::WebMercator::MaxLatitude);
}

void TestGeo::roundTrip_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::newRow("丽水") << 28.4517 << 119.9229;
    QTest::newRow("south-west") << -33.86 << -70.6;
    QTest::newRow("near pole") << 85.0 << 179.9;
}

void TestGeo::roundTrip()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    const cd::WebMercator m(12);
    const auto back = m.unproject(m.project(QGeoCoordinate(lat, lon)));
    QVERIFY(std::abs(back.latitude() - lat) < 1e-9);
    QVERIFY(std::abs(back.longitude() - lon) < 1e-9);
}

void TestGeo::metresPerPixel()
{
    // 2π·6378137 / 256 = 156543.034 m at the equator, zoom 0; half of it at 60°.
    QVERIFY(std::abs(cd::WebMercator(0).metresPerPixel(0) - 156543.03393) < 1e-3);
    QVERIFY(std::abs(cd::WebMercator(12).metresPerPixel(0) - 156543.03393 / 4096) < 1e-6);
    QVERIFY(std::abs(cd::WebMercator(0).metresPerPixel(60) - 156543.03393 / 2) < 1e-3);
    const QGeoCircle ring(QGeoCoordinate(0, 0), 1000);
    QVERIFY(std::abs(cd::WebMercator(12).radiusPixels(ring) - 1000 / (156543.03393 / 4096)) < 1e-6);
}

void TestGeo::countyOfAPoint_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<QString>("county"); // empty: outside Lishui
    // County seats (government addresses), not the data's own label points.
    QTest::newRow("丽水市政府") << 28.4676 << 119.9229 << "莲都区";
    QTest::newRow("青田县城 鹤城街道") << 28.1392 << 120.2899 << "青田县";
    QTest::newRow("龙泉市区") << 28.0747 << 119.1415 << "龙泉市";
    QTest::newRow("缙云县城 五云街道") << 28.6592 << 120.0913 << "缙云县";
    QTest::newRow("遂昌县城 妙高街道") << 28.5925 << 119.2760 << "遂昌县";
    QTest::newRow("庆元县城 松源街道") << 27.6185 << 119.0628 << "庆元县";
    QTest::newRow("杭州") << 30.2741 << 120.1551 << "";
    QTest::newRow("衢州") << 28.9701 << 118.8593 << "";
    QTest::newRow("上海") << 31.2304 << 121.4737 << "";
}

void TestGeo::countyOfAPoint()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(QString, county);
    const auto *r = cd::RegionMap::lishuiCounties().regionAt(QGeoCoordinate(lat, lon));
    QCOMPARE(r ? r->name : QString(), county);
}

void TestGeo::everyLabelPointIsInItsCounty()
{
    const auto &map = cd::RegionMap::lishuiCounties();
    QCOMPARE(int(map.regions().size()), 9);
    for (const auto &r : map.regions()) {
        const auto *at = map.regionAt(r.label, 0);
        QVERIFY2(at && at->name == r.name, qPrintable(r.name));
    }
    const auto b = map.bounds();
    QVERIFY(b.topLeft().longitude() > 118.5 && b.bottomRight().longitude() < 120.6);
    QVERIFY(b.bottomRight().latitude() > 27.0 && b.topLeft().latitude() < 29.0);
}

void TestGeo::scaleBar_data()
{
    QTest::addColumn<double>("mpp");
    QTest::addColumn<double>("maxPixels");
    QTest::addColumn<double>("metres");
    QTest::addColumn<QString>("label");
    QTest::newRow("1 km") << 10.0 << 120.0 << 1000.0 << "1 km";
    QTest::newRow("200 m") << 3.0 << 120.0 << 200.0 << "200 m";
    QTest::newRow("5 km") << 50.0 << 120.0 << 5000.0 << "5 km";
    QTest::newRow("20 km") << 200.0 << 150.0 << 20000.0 << "20 km";
}

void TestGeo::scaleBar()
{
    QFETCH(double, mpp);
    QFETCH(double, maxPixels);
    QFETCH(double, metres);
    QFETCH(QString, label);
    const auto bar = cd::ScaleBar::choose(mpp, maxPixels);
    QCOMPARE(bar.metres, metres);
    QCOMPARE(bar.label, label);
    QVERIFY(bar.pixels <= maxPixels);
    QCOMPARE(bar.pixels, metres / mpp);
}

void TestGeo::outlinesInBinaryFormReadBackWhole()
{
    // A region with a hole (an enclave) and one of two polygons: written and read back, the
    // same names, labels, points and holes; bounds as the GeoJSON parse computes them.
    const QByteArray json = R"j({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"name":"甲","cp":[119.5,28.5]},"geometry":{"type":"Polygon","coordinates":[
            [[119.0,28.0],[120.0,28.0],[120.0,29.0],[119.0,29.0],[119.0,28.0]],
            [[119.4,28.4],[119.6,28.4],[119.6,28.6],[119.4,28.4]]]}},
        {"type":"Feature","properties":{"name":"乙"},"geometry":{"type":"MultiPolygon","coordinates":[
            [[[121.0,28.0],[121.5,28.0],[121.5,28.5],[121.0,28.0]]],
            [[[122.0,28.0],[122.5,28.0],[122.5,28.5],[122.0,28.0]]]]}}]})j";
    const RegionMap parsed = RegionMap::fromGeoJson(json, QStringLiteral("t.geojson")).value();
    const QByteArray binary = parsed.toBinary();
    const auto read = RegionMap::fromBinary(binary, QStringLiteral("t.cdgeo"));
    QVERIFY2(read, qPrintable(read.error()));
    sameRegions(read.value(), parsed);
    QCOMPARE(read->regions()[0].polygons[0].holesCount(), 1);
    QCOMPARE(read->regions()[0].polygons[0].holePath(0).size(), 4);
    QCOMPARE(read->regions()[1].polygons.size(), 2);
    QCOMPARE(read->regionAt(QGeoCoordinate(28.5, 119.5), 0), nullptr); // in the hole
    QCOMPARE(read->regionAt(QGeoCoordinate(28.2, 119.2), 0)->name, QStringLiteral("甲"));
    // Cut short anywhere, or with bytes after it: refused, naming the file; never half a map.
    for (const qsizetype cut : {qsizetype(10), binary.size() / 2, binary.size() - 1}) {
        const auto shortened = RegionMap::fromBinary(binary.first(cut), QStringLiteral("t.cdgeo"));
        QVERIFY2(!shortened && shortened.error().startsWith(QStringLiteral("t.cdgeo: not a whole CommandDesk outline file")),
                 qPrintable(QString::number(cut)));
    }
    QVERIFY(!RegionMap::fromBinary(binary + "x", QStringLiteral("t.cdgeo")));
    // Held to what a GeoJSON map must be, each refusal naming the region and what is wrong.
    auto written = [](const QString &name, double labelLat, quint32 points, double lat) {
        QByteArray data(RegionMap::BinaryMagic);
        QDataStream out(&data, QIODevice::Append);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32(1) << name << labelLat << 119.0 << quint32(1) << quint32(0) << points;
        for (quint32 i = 0; i < std::min<quint32>(points, 5); ++i)
            out << lat + 0.01 * i << 119.0 + 0.01 * i;
        return RegionMap::fromBinary(data, QStringLiteral("t.cdgeo"));
    };
    QVERIFY(written(QStringLiteral("丙"), 28.0, 5, 28.0));
    QCOMPARE(written(QString(), 28.0, 5, 28.0).error(), QStringLiteral("t.cdgeo: not a whole CommandDesk outline file: region 1 has no name"));
    QVERIFY(written(QStringLiteral("丙"), 28.0, 3, 28.0).error().endsWith(QStringLiteral("region 1 (丙): a polygon needs a ring of 4 or more points")));
    QVERIFY(written(QStringLiteral("丙"), 28.0, 5, 95.0).error().contains(QStringLiteral("is not a latitude and longitude")));
    QVERIFY(written(QStringLiteral("丙"), qQNaN(), 5, 28.0).error().contains(QStringLiteral("its label point")));
    // A count of a billion points in a file of a hundred bytes: refused before anything is reserved.
    QVERIFY(written(QStringLiteral("丙"), 28.0, 1'000'000'000, 28.0).error().endsWith(QStringLiteral("region 1 (丙): it is cut short")));
    QVERIFY(RegionMap::fromBinary(QByteArray("CDGEO2\n") + binary.mid(7), QStringLiteral("t.cdgeo")).error().contains(QStringLiteral("CDGEO1")));
}

QTEST_GUILESS_MAIN(TestGeo)
#include "tst_geo.moc"
