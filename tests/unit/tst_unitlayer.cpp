// The units on the map (issue 16): call sign, heading, short trail, the stale look after two
// minutes without a fix, the agency filter, and the details on the marker. Saves a picture
// of the layer for a look (tst_unitlayer.png in the test's folder).
#include "geo/RegionMap.h"
#include "items/IncidentStore.h"
#include "journal/Journal.h"
#include "map/MapView.h"
#include "map/UnitLayer.h"
#include "map/UnitMapFeed.h"
#include "units/TrackStore.h"
#include "plan/PlanLibrary.h"
#include "time/Clock.h"
#include "time/WorkCalendar.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestUnitLayer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void positionsKeepTrailAndGoStale();
    void layerShowsUnitsAndFilters();
};

namespace {

UnitRoster roster()
{
    QList<StoredEvent> events;
    const QList<QJsonObject> units = {
        QJsonObject{{QStringLiteral("unit"), QStringLiteral("LS-GA-01")}, {QStringLiteral("callsign"), QStringLiteral("丽公巡01")},
                    {QStringLiteral("agency"), QStringLiteral("市公安局")}, {QStringLiteral("kind"), QStringLiteral("patrol_car")},
                    {QStringLiteral("crew"), QStringLiteral("王某某")}, {QStringLiteral("phone"), QStringLiteral("138-0000-0101")}},
        QJsonObject{{QStringLiteral("unit"), QStringLiteral("LS-120-01")}, {QStringLiteral("callsign"), QStringLiteral("丽急01")},
                    {QStringLiteral("agency"), QStringLiteral("市急救中心")}, {QStringLiteral("kind"), QStringLiteral("ambulance")}},
        QJsonObject{{QStringLiteral("unit"), QStringLiteral("LS-RS-01")}, {QStringLiteral("callsign"), QStringLiteral("人社工作组")},
                    {QStringLiteral("agency"), QStringLiteral("市人力社保局")}, {QStringLiteral("kind"), QStringLiteral("working_group")},
                    {QStringLiteral("leader"), true}}};
    for (const auto &u : units) {
        StoredEvent e;
        e.seq = events.size() + 1;
        e.kind = QStringLiteral("unit_added");
        e.payloadText = QJsonDocument(u).toJson(QJsonDocument::Compact);
        events << e;
    }
    return UnitRoster::fold(events);
}

const QDateTime T0(QDate(2026, 11, 21), QTime(19, 20), Qt::UTC);
const QGeoCoordinate Scene(28.4517, 119.9229);

} // namespace

void TestUnitLayer::positionsKeepTrailAndGoStale()
{
    UnitPositions p;
    for (int s = 0; s <= 300; ++s)
        p.add({QStringLiteral("A"), QGeoPositionInfo(Scene.atDistanceAndAzimuth(10.0 * s, 90), T0.addSecs(s))});
    const auto *a = p.position(QStringLiteral("A"));
    QVERIFY(a);
    // A 2-minute trail, a point every 10 s: 13 points from 120 s ago to now, heading east.
    QCOMPARE(a->trail.size(), 13);
    QVERIFY(qAbs(a->heading - 90) < 0.5);
    QVERIFY(qAbs(a->trail.first().distanceTo(a->trail.last()) - 1200) < 1);
    QVERIFY(!p.isStale(QStringLiteral("A"), T0.addSecs(300 + 120)));
    QVERIFY(p.isStale(QStringLiteral("A"), T0.addSecs(300 + 121)));
    QVERIFY(p.isStale(QStringLiteral("nobody"), T0));
    // An old fix arriving late does not move the unit back.
    p.add({QStringLiteral("A"), QGeoPositionInfo(Scene, T0.addSecs(10))});
    QVERIFY(p.position(QStringLiteral("A"))->last.coordinate().distanceTo(Scene) > 2900);
}

void TestUnitLayer::layerShowsUnitsAndFilters()
{
    const auto library = PlanLibrary::loadBuiltin().value();
    ManualClock clock(T0.addSecs(300));
    QTemporaryDir dir;
    Journal::Options o;
    o.path = dir.filePath(QStringLiteral("j.sqlite"));
    auto journal = Journal::open(o, clock, *library).value();
    IncidentStore store(library, WorkCalendar::builtin(), clock, *journal);
    MapView view(store, RegionMap::lishuiCounties());
    view.resize(900, 600);
    view.show();
    view.fitCity();

    UnitPositions positions;
    for (int s = 0; s <= 300; ++s) {
        positions.add({QStringLiteral("LS-GA-01"), QGeoPositionInfo(Scene.atDistanceAndAzimuth(4000 - 12.0 * s, 45), T0.addSecs(s))});
        positions.add({QStringLiteral("LS-RS-01"), QGeoPositionInfo(Scene.atDistanceAndAzimuth(6000 - 10.0 * s, 200), T0.addSecs(s))});
        if (s <= 100) // then silent: stale at 300 s
            positions.add({QStringLiteral("LS-120-01"), QGeoPositionInfo(Scene.atDistanceAndAzimuth(3000, 300 + s * 0.1), T0.addSecs(s))});
    }
    UnitLayer layer(*view.scene(), view.projection());
    layer.sync(roster(), positions, clock.now(), {{QStringLiteral("LS-GA-01"), QStringLiteral("任务:事件 #1,预计 4 分钟到达")}});
    QCOMPARE(layer.shownCount(), 3);
    QVERIFY(!layer.marker(QStringLiteral("LS-GA-01"))->isStale());
    QVERIFY(layer.marker(QStringLiteral("LS-120-01"))->isStale());
    // Drawn where the fix is, in the map's projection.
    const QPointF at = view.projection().project(positions.position(QStringLiteral("LS-GA-01"))->last.coordinate());
    QCOMPARE(layer.marker(QStringLiteral("LS-GA-01"))->pos(), at);
    const QString tip = layer.marker(QStringLiteral("LS-GA-01"))->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("王某某")) && tip.contains(QStringLiteral("138-0000-0101")) && tip.contains(QStringLiteral("事件 #1")), qPrintable(tip));
    QVERIFY(layer.marker(QStringLiteral("LS-RS-01"))->toolTip().contains(QStringLiteral("3(2)")));
    // Close in on the scene for the picture: three units about 2–6 km out, one of them stale.
    view.zoomBy(12);
    view.centerOn(view.projection().project(Scene));
    QApplication::processEvents();
    const QString png = QStringLiteral("tst_unitlayer.png");
    view.grab().save(png);
    // Only the police.
    layer.setAgencies({QStringLiteral("市公安局")});
    QCOMPARE(layer.shownCount(), 1);
    QVERIFY(layer.marker(QStringLiteral("LS-GA-01"))->isVisible());
    QVERIFY(!layer.marker(QStringLiteral("LS-RS-01"))->isVisible());
    layer.setAgencies({});
    QCOMPARE(layer.shownCount(), 3);

    // The window's feed: the roster from the register, the fixes from the track table.
    QVERIFY(journal->append({CentreRegisterId, QStringLiteral("unit_added"), roster().unit(QStringLiteral("LS-GA-01"))->toPayload(), clock.now(), {}}).ok());
    QList<UnitFix> fixes;
    for (int s = 240; s <= 300; ++s)
        fixes << UnitFix{QStringLiteral("LS-GA-01"), QGeoPositionInfo(Scene.atDistanceAndAzimuth(1000 - s, 45), T0.addSecs(s))};
    QVERIFY(TrackStore(journal->store()).append(fixes, QStringLiteral("test")).ok());
    // Dispatched to an incident at the scene: the task and its ETA with the marker.
    const qint64 id = journal->createIncident(QStringLiteral("测试"), false,
                                              QJsonObject{{QStringLiteral("participants"), 40},
                                                          {QStringLiteral("location"), QJsonObject{{QStringLiteral("lat"), Scene.latitude()},
                                                                                                  {QStringLiteral("lon"), Scene.longitude()}}}},
                                              clock.now()).value();
    QVERIFY(journal->append({id, QStringLiteral("dispatched"), {{QStringLiteral("units"), QJsonArray{QStringLiteral("LS-GA-01")}}}, clock.now(), {}}).ok());
    QGraphicsScene scene;
    UnitMapFeed feed(*journal, clock, scene, view.projection());
    feed.setSiteLookup([&](qint64 incident) { return incident == id ? Scene : QGeoCoordinate(); });
    feed.refresh();
    QCOMPARE(feed.layer().shownCount(), 1);
    // 700 m out, no speed in the stored fixes (so the assumed 40 km/h): 700 × 1.4 / 11.1 = 88 s,
    // shown rounded up as 2 min.
    const QString feedTip = feed.layer().marker(QStringLiteral("LS-GA-01"))->toolTip();
    QVERIFY2(feedTip.contains(QStringLiteral("#%1").arg(id)) && feedTip.contains(QStringLiteral("ETA 2 min")), qPrintable(feedTip));
    QVERIFY(!feed.layer().marker(QStringLiteral("LS-GA-01"))->isStale());
    QCOMPARE(feed.positions().position(QStringLiteral("LS-GA-01"))->trail.size(), 7); // 240 … 300 s, every 10 s
}

QTEST_MAIN(TestUnitLayer)
#include "tst_unitlayer.moc"
