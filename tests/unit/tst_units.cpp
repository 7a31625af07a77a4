// Responding units (issue 16): roster, CSV, NMEA sentences, the position feed, coordinates,
// geofence, ETA, tracks, dispatch and re-tasking, and the 86号 3(2) window met or late by a
// geofenced arrival. Expected values of the recorded logs come from tests/data/nmea/make_logs.py
// (expected.json), computed there in Python, independently of the C++ pipeline.
#include "JournalFixture.h"
#include "SameRegions.h"
#include "journal/EventKinds.h"
#include "geo/ChinaCoordinates.h"
#include "geo/RegionMap.h"
#include "units/Geofence.h"
#include "units/NmeaSentence.h"
#include "units/PositionFeed.h"
#include "units/TrackStore.h"
#include "units/UnitCsv.h"
#include "units/UnitRoster.h"
#include "units/UnitTasks.h"
#include "units/UnitTracker.h"
#include "drill/UnitMovements.h"
#include "units/ArrivalOutlook.h"
#include "units/DemoUnits.h"
#include "units/NmeaUnitSource.h"
#include "report/SituationReport.h"
#include "items/IncidentStore.h"
#include "items/IncidentTableModels.h"

#include <QBuffer>
#include <QSignalSpy>

#include <QJsonArray>
#include <QTest>

using namespace cd;

namespace {

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(CD_TEST_DATA "/nmea/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

QJsonObject expected(const QString &log)
{
    return QJsonDocument::fromJson(readData(QStringLiteral("expected.json"))).object().value(log).toObject();
}

QDateTime isoTime(const QJsonValue &v) { return parseIsoWithOffset(v.toString()).toUTC(); }

const QGeoCoordinate Scene(28.4517, 119.9229); // make_logs.py SITE
const char *const UrbanFacts = R"j({"cause":"wage_arrears","participants":40,"urban":true,"county":"莲都区","location":{"lat":28.4517,"lon":119.9229}})j";
const char *const DispatchAt = "2026-11-22T03:20:00+08:00";

Unit leaderCar()
{
    Unit u;
    u.id = QStringLiteral("LS-RS-01");
    u.callsign = QStringLiteral("人社工作组");
    u.agency = QStringLiteral("市人力社保局");
    u.kind = QStringLiteral("working_group");
    u.leader = true;
    return u;
}

Unit patrolCar()
{
    Unit u;
    u.id = QStringLiteral("LS-GA-01");
    u.callsign = QStringLiteral("丽公巡01");
    u.agency = QStringLiteral("市公安局");
    u.kind = QStringLiteral("patrol_car");
    return u;
}

const Deadline *window(const IncidentState &s, const char *id)
{
    for (const auto &d : s.deadlines)
        if (d.planId == QLatin1String("wage-arrears") && d.window->id == QLatin1String(id))
            return &d;
    return nullptr;
}

} // namespace

class TestUnits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rosterFoldsTheRegister();
    void csvNamesLineAndColumn_data();
    void csvNamesLineAndColumn();
    void demoRosterIsMarked();
    void nmeaSentences_data();
    void nmeaSentences();
    void recordedLogCountsAndDropsBadSentences();
    void multiplexedFeedByUnitTag();
    void impossibleJumpThenNewTruth();
    void gcj02ConversionAgainstKnownPoints();
    void countyMapIsConvertedOnLoad();
    void arrivalIsFirstFixThatStays();
    void passByRecordsNothing();
    void departureAfterDwellOutside();
    void etaFromRecentSpeed();
    void urbanWindowMetOrLateByGeofence_data();
    void urbanWindowMetOrLateByGeofence();
    void patrolCarDoesNotMeetTheLeadersWindow();
    void etaTurnsTheWindowDueSoonEarly();
    void dispatchAndRetask();
    void unitTasksCatchUpInSlices();
    void tracksKeptAndPruned();
    void drillMovementIsDeterministicAndArrives();
    void qtPositioningSourceFeedsFixes();
};

void TestUnits::rosterFoldsTheRegister()
{
    JournalFixture f;
    UnitRoster roster;
    const auto added = roster.addition(leaderCar());
    QVERIFY(added.ok());
    f.add(CentreRegisterId, "unit_added", QJsonDocument(added.value()).toJson(), "2026-11-22T03:10:00+08:00");
    f.add(CentreRegisterId, "unit_added", QJsonDocument(patrolCar().toPayload()).toJson(), "2026-11-22T03:10:00+08:00");
    roster = UnitRoster::fold(f.journal->events(CentreRegisterId).value());
    QCOMPARE(roster.active().size(), 2);
    QVERIFY(!roster.addition(patrolCar()).ok()); // already there
    Unit moved = *roster.unit(QStringLiteral("LS-GA-01"));
    moved.phone = QStringLiteral("138-0000-0101");
    const auto change = roster.change(moved).value();
    QVERIFY(change.has_value());
    QCOMPARE(change->keys(), (QStringList{QStringLiteral("phone"), QStringLiteral("unit")}));
    const qint64 changed = f.add(CentreRegisterId, "unit_changed", QJsonDocument(*change).toJson(), "2026-11-22T03:11:00+08:00");
    f.add(CentreRegisterId, "unit_retired", R"j({"unit":"LS-RS-01"})j", "2026-11-22T03:12:00+08:00");
    roster = UnitRoster::fold(f.journal->events(CentreRegisterId).value());
    QCOMPARE(roster.unit(QStringLiteral("LS-GA-01"))->phone, QStringLiteral("138-0000-0101"));
    QVERIFY(roster.unit(QStringLiteral("LS-RS-01"))->retired);
    QCOMPARE(roster.active().size(), 1);
    // A correction withdraws the change: the fold shows the unit as it was.
    f.add(CentreRegisterId, "correction", QStringLiteral(R"j({"corrects":%1,"reason":"号码登记错"})j").arg(changed).toUtf8(), "2026-11-22T03:13:00+08:00");
    roster = UnitRoster::fold(f.journal->events(CentreRegisterId).value());
    QVERIFY(roster.unit(QStringLiteral("LS-GA-01"))->phone.isEmpty());
    QVERIFY(f.journal->verify().value().intact);
}

void TestUnits::csvNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("problem"); // empty: fine
    const QByteArray header = "unit,callsign,agency,kind,crew,phone,leader\n";
    QTest::newRow("fine") << header + "A-1,甲,市公安局,patrol_car,两人,138,0\nA-2,乙,市急救中心,ambulance,,,是\n" << "";
    QTest::newRow("missing agency") << header + "A-1,甲,市公安局,patrol_car,,,0\nA-2,乙,,ambulance,,,0\n"
                                    << "units.csv:3: column agency: required";
    QTest::newRow("bad leader") << header + "A-1,甲,市公安局,patrol_car,,,maybe\n" << "units.csv:2: column leader: \"maybe\"";
    QTest::newRow("bad id") << header + "A 1,甲,市公安局,patrol_car,,,0\n" << "units.csv:2: column unit: \"A 1\" is not a unit id";
    QTest::newRow("twice") << header + "A-1,甲,市公安局,car,,,0\n# note\nA-1,乙,市公安局,car,,,0\n"
                           << "units.csv:4: column unit: A-1 appears already on line 2";
    QTest::newRow("field count") << header + "A-1,甲,市公安局\n" << "units.csv:2: 3 fields, the header has 7";
    QTest::newRow("unknown column") << QByteArray("unit,agency,kind,colour\n") << "units.csv:1: unknown column \"colour\"";
    QTest::newRow("no kind column") << QByteArray("unit,agency\nA,B\n") << "units.csv:1: the header has no column \"kind\"";
    QTest::newRow("quotes") << header + "A-1,\"甲,一\",市公安局,car,,,0\n" << "";
    QTest::newRow("open quote") << header + "A-1,\"甲,市公安局,car,,,0\n" << "units.csv:2: a quoted field is not closed";
}

void TestUnits::csvNamesLineAndColumn()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, problem);
    const auto units = UnitCsv::parse(csv, QStringLiteral("units.csv"));
    if (problem.isEmpty()) {
        QVERIFY2(units.ok(), units.ok() ? "" : qPrintable(units.error()));
        QVERIFY(!units->isEmpty());
    } else {
        QVERIFY(!units.ok());
        QVERIFY2(units.error().startsWith(problem), qPrintable(units.error()));
    }
}

void TestUnits::demoRosterIsMarked()
{
    const auto units = DemoUnits::lishui();
    QVERIFY2(units.ok(), units.ok() ? "" : qPrintable(units.error()));
    QVERIFY(units->size() >= 10);
    bool leader = false;
    for (const Unit &u : units.value()) {
        QVERIFY(u.demo);
        QVERIFY(u.toPayload().value(QStringLiteral("demo")).toBool());
        leader |= u.leader;
    }
    QVERIFY(leader); // the demo can show 86号 3(2)
}

void TestUnits::nmeaSentences_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("type");
    // A GPRMC from a receiver manual's example, checksum recomputed by hand: 4807.038 N = 48.1173°.
    const QByteArray body = "GPRMC,123519.00,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W";
    QTest::newRow("rmc") << QByteArray("$" + body + "*" + NmeaSentence::checksum(body)) << int(NmeaSentence::Type::Rmc);
    QTest::newRow("rmc lower-case checksum") << QByteArray("$" + body + "*" + NmeaSentence::checksum(body).toLower()) << int(NmeaSentence::Type::Rmc);
    QTest::newRow("bad checksum") << QByteArray("$" + body + "*00") << int(NmeaSentence::Type::BadChecksum);
    QTest::newRow("no checksum") << QByteArray("$" + body) << int(NmeaSentence::Type::Malformed);
    QTest::newRow("torn") << QByteArray("$GPRMC,1235") << int(NmeaSentence::Type::Malformed);
    QTest::newRow("empty") << QByteArray("") << int(NmeaSentence::Type::Malformed);
    QTest::newRow("binary") << QByteArray("\x01\xff\x00$GPRMC*00", 12) << int(NmeaSentence::Type::Malformed);
    const QByteArray badLat = "GPRMC,123519.00,A,4867.038,N,01131.000,E,022.4,084.4,230394,003.1,W";
    QTest::newRow("minutes over 60") << QByteArray("$" + badLat + "*" + NmeaSentence::checksum(badLat)) << int(NmeaSentence::Type::Malformed);
    // A time field torn into a huge number of seconds (found by fuzz_nmea: it overflowed an int).
    const QByteArray hugeSeconds = "GPRMC,12355555555555.5,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W";
    QTest::newRow("seconds overflow") << QByteArray("$" + hugeSeconds + "*" + NmeaSentence::checksum(hugeSeconds)) << int(NmeaSentence::Type::Malformed);
    const QByteArray sixtySeconds = "GPRMC,123560.00,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W";
    QTest::newRow("60 seconds") << QByteArray("$" + sixtySeconds + "*" + NmeaSentence::checksum(sixtySeconds)) << int(NmeaSentence::Type::Malformed);
    const QByteArray voidFix = "GPRMC,123519.00,V,,,,,,,230394,,";
    QTest::newRow("void") << QByteArray("$" + voidFix + "*" + NmeaSentence::checksum(voidFix)) << int(NmeaSentence::Type::NoFix);
    const QByteArray tag = "PCDU,LS-RS-01";
    QTest::newRow("tag") << QByteArray("$" + tag + "*" + NmeaSentence::checksum(tag)) << int(NmeaSentence::Type::UnitTag);
    const QByteArray badTag = "PCDU,LS RS";
    QTest::newRow("bad tag") << QByteArray("$" + badTag + "*" + NmeaSentence::checksum(badTag)) << int(NmeaSentence::Type::Malformed);
    const QByteArray gsv = "GPGSV,1,1,01,03,03,111,00";
    QTest::newRow("other") << QByteArray("$" + gsv + "*" + NmeaSentence::checksum(gsv)) << int(NmeaSentence::Type::Other);
}

void TestUnits::nmeaSentences()
{
    QFETCH(QByteArray, line);
    QFETCH(int, type);
    const NmeaSentence s = NmeaSentence::parse(line);
    QCOMPARE(int(s.type), type);
    if (s.type == NmeaSentence::Type::Rmc) {
        QCOMPARE(s.latitude, 48.0 + 7.038 / 60.0);
        QCOMPARE(s.longitude, 11.0 + 31.0 / 60.0);
        QCOMPARE(s.utcDate, QDate(1994, 3, 23)); // ddmmyy: 94 is 1994 (GPS began in 1980)
        QCOMPARE(s.utcTime, QTime(12, 35, 19));
        QVERIFY(qAbs(*s.speedMps - 22.4 * 1852 / 3600) < 1e-9);
        QCOMPARE(*s.courseDeg, 84.4);
    }
    if (s.type == NmeaSentence::Type::UnitTag)
        QCOMPARE(s.unit, QStringLiteral("LS-RS-01"));
}

void TestUnits::recordedLogCountsAndDropsBadSentences()
{
    const QJsonObject e = expected(QStringLiteral("approach-ontime.nmea"));
    PositionFeed feed(QStringLiteral("LS-RS-01"));
    const auto fixes = feed.addData(readData(QStringLiteral("approach-ontime.nmea")));
    QCOMPARE(fixes.size(), e.value(QStringLiteral("fixes")).toInt());
    const auto &c = feed.countersOf(QStringLiteral("LS-RS-01"));
    QCOMPARE(c.fixes, e.value(QStringLiteral("fixes")).toInt());
    QCOMPARE(c.dropped(), e.value(QStringLiteral("dropped")).toInt());
    const QJsonObject by = e.value(QStringLiteral("dropped_by_reason")).toObject();
    QCOMPARE(c.badChecksum, by.value(QStringLiteral("checksum")).toInt());
    QCOMPARE(c.malformed, by.value(QStringLiteral("malformed")).toInt());
    QCOMPARE(c.impossibleJump, by.value(QStringLiteral("impossible_jump")).toInt());
    QCOMPARE(c.noFix, by.value(QStringLiteral("no_fix")).toInt());
    // Fixes are in time order, one a second, with speed and course from the RMC.
    for (qsizetype i = 1; i < fixes.size(); ++i)
        QCOMPARE(fixes[i - 1].info.timestamp().secsTo(fixes[i].info.timestamp()), 1);
    QCOMPARE(fixes.first().info.timestamp(), isoTime(QJsonValue(QString::fromLatin1(DispatchAt))));
    QVERIFY(fixes.last().info.hasAttribute(QGeoPositionInfo::GroundSpeed));
}

void TestUnits::multiplexedFeedByUnitTag()
{
    const QJsonObject e = expected(QStringLiteral("multiplexed.nmea"));
    PositionFeed feed;
    QHash<QString, int> perUnit;
    for (const UnitFix &f : feed.addData(readData(QStringLiteral("multiplexed.nmea"))))
        ++perUnit[f.unit];
    const QJsonObject units = e.value(QStringLiteral("units")).toObject();
    QCOMPARE(perUnit.size(), units.size());
    for (auto it = units.begin(); it != units.end(); ++it)
        QCOMPARE(perUnit.value(it.key()), it.value().toObject().value(QStringLiteral("fixes")).toInt());
    QCOMPARE(feed.counters().untagged, e.value(QStringLiteral("untagged")).toInt());
    // A feed of one unit skips the other unit's sentences without counting them as bad.
    // A position before any tag in a tagged log belongs to nobody, also when only one unit is read.
    PositionFeed one(QStringLiteral("LS-GA-01"), PositionFeed::Tagging::Tagged);
    QCOMPARE(one.addData(readData(QStringLiteral("multiplexed.nmea"))).size(), perUnit.value(QStringLiteral("LS-GA-01")));
    QCOMPARE(one.countersOf(QStringLiteral("LS-GA-01")).dropped(), 0);
    QCOMPARE(one.counters().untagged, 1);
    QCOMPARE(PositionFeed::taggingOf(readData(QStringLiteral("multiplexed.nmea"))), PositionFeed::Tagging::Tagged);
    QCOMPARE(PositionFeed::taggingOf(readData(QStringLiteral("passby.nmea"))), PositionFeed::Tagging::Untagged);
}

void TestUnits::impossibleJumpThenNewTruth()
{
    auto rmcAt = [](int second, double lat) {
        const QByteArray body = QStringLiteral("GPRMC,1920%1.00,A,%2,N,11955.374000,E,0.0,0.0,211126,,,A")
                                    .arg(second, 2, 10, QLatin1Char('0'))
                                    .arg(QStringLiteral("%1%2").arg(int(lat)).arg((lat - int(lat)) * 60, 9, 'f', 6, QLatin1Char('0')))
                                    .toLatin1();
        return QByteArray("$" + body + "*" + NmeaSentence::checksum(body));
    };
    PositionFeed feed(QStringLiteral("X"));
    QCOMPARE(feed.addLine(rmcAt(0, 28.45)).size(), 1);
    QCOMPARE(feed.addLine(rmcAt(1, 28.9)).size(), 0);  // 50 km in a second: dropped
    QCOMPARE(feed.addLine(rmcAt(2, 28.4501)).size(), 1); // back where it was: fine
    // The first fix was the wrong one: three agreeing fixes far away become the truth.
    QCOMPARE(feed.addLine(rmcAt(3, 29.0)).size(), 0);
    QCOMPARE(feed.addLine(rmcAt(4, 29.0001)).size(), 0);
    QCOMPARE(feed.addLine(rmcAt(5, 29.0002)).size(), 1);
    QCOMPARE(feed.countersOf(QStringLiteral("X")).impossibleJump, 3);
}

void TestUnits::gcj02ConversionAgainstKnownPoints()
{
    // Expected GCJ-02 values from the published formula evaluated in Python (double precision),
    // for the Lishui scene and Longquan's seat: offsets of about 380 m S / 430 m E and 350 m S /
    // 500 m E, "a few hundred metres" as the data's README says.
    struct Known {
        QGeoCoordinate wgs;
        QGeoCoordinate gcj;
    } known[] = {{QGeoCoordinate(28.4517, 119.9229), QGeoCoordinate(28.448289343, 119.927303583)},
                 {QGeoCoordinate(28.0743, 119.1416), QGeoCoordinate(28.071181072, 119.146685892)},
                 {QGeoCoordinate(39.90923, 116.397428), QGeoCoordinate(39.910633506, 116.403671626)}};
    for (const auto &k : known) {
        const QGeoCoordinate g = ChinaCoordinates::wgs84ToGcj02(k.wgs);
        QVERIFY2(qAbs(g.latitude() - k.gcj.latitude()) < 2e-9 && qAbs(g.longitude() - k.gcj.longitude()) < 2e-9,
                 qPrintable(g.toString(QGeoCoordinate::Degrees)));
        const QGeoCoordinate back = ChinaCoordinates::gcj02ToWgs84(k.gcj);
        QVERIFY2(back.distanceTo(k.wgs) < 0.05, qPrintable(QString::number(back.distanceTo(k.wgs)))); // under 5 cm
        QVERIFY(k.wgs.distanceTo(k.gcj) > 300 && k.wgs.distanceTo(k.gcj) < 800);
    }
    // A grid over Lishui: the inverse undoes the forward transform to a centimetre.
    for (double lat = 27.5; lat <= 28.9; lat += 0.1)
        for (double lon = 118.7; lon <= 120.5; lon += 0.1) {
            const QGeoCoordinate w(lat, lon);
            QVERIFY(ChinaCoordinates::gcj02ToWgs84(ChinaCoordinates::wgs84ToGcj02(w)).distanceTo(w) < 0.01);
        }
    // Outside China nothing moves (Tokyo, east of the box).
    const QGeoCoordinate tokyo(35.6812, 139.7671);
    QCOMPARE(ChinaCoordinates::wgs84ToGcj02(tokyo), tokyo);
}

void TestUnits::countyMapIsConvertedOnLoad()
{
    const QByteArray gcj = R"j({"type":"FeatureCollection","datum":"GCJ-02","features":[{"type":"Feature",
        "properties":{"name":"测试区","cp":[119.927303583,28.448289343]},
        "geometry":{"type":"Polygon","coordinates":[[[119.9,28.4],[120.0,28.4],[120.0,28.5],[119.9,28.5],[119.9,28.4]]]}}]})j";
    const auto map = RegionMap::fromGeoJson(gcj, QStringLiteral("t.geojson"));
    QVERIFY(map.ok());
    QVERIFY(map->regions().front().label.distanceTo(Scene) < 0.05); // the label point, back in WGS-84
    QByteArray wgs = gcj;
    wgs.replace("GCJ-02", "WGS-84");
    QVERIFY(RegionMap::fromGeoJson(wgs, QStringLiteral("t.geojson"))->regions().front().label.distanceTo(Scene) > 300);
    QByteArray other = gcj;
    other.replace("GCJ-02", "BD-09");
    QVERIFY(RegionMap::fromGeoJson(other, QStringLiteral("t.geojson")).error().contains(QStringLiteral("$.datum")));
    // The published county maps are GCJ-02 (they say so); the embedded ones were converted at
    // build time and stored in RegionMap's binary form, and are exactly what converting the
    // published ones now gives.
    for (const char *name : {"lishui-counties", "quzhou-counties"}) {
        const QString published = QStringLiteral(CD_SOURCE_DIR "/resources/geo/%1.geojson").arg(QLatin1String(name));
        QFile source(published);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(source.readAll()).object().value(QStringLiteral("datum")).toString(), QStringLiteral("GCJ-02"));
        const QString embedded = QStringLiteral(":/geo/%1.cdgeo").arg(QLatin1String(name));
        QFile f(embedded);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith(RegionMap::BinaryMagic));
        const RegionMap now = RegionMap::loadFile(published).value(), built = RegionMap::loadFile(embedded).value();
        sameRegions(built, now);
    }
    QCOMPARE(RegionMap::lishuiCounties().regionAt(Scene)->name, QStringLiteral("莲都区"));
}

void TestUnits::arrivalIsFirstFixThatStays()
{
    for (const char *log : {"approach-ontime.nmea", "approach-late.nmea"}) {
        const QJsonObject e = expected(QLatin1String(log));
        PositionFeed feed(QStringLiteral("LS-RS-01"));
        Geofence fence(Scene, 300);
        std::optional<Geofence::Transition> arrival;
        for (const UnitFix &f : feed.addData(readData(QLatin1String(log))))
            if (auto t = fence.add(f.info); t && !arrival)
                arrival = t;
        QVERIFY(arrival);
        QCOMPARE(int(arrival->kind), int(Geofence::Transition::Kind::Arrived));
        QCOMPARE(arrival->at, isoTime(e.value(QStringLiteral("arrived_at"))));
        QVERIFY(fence.onScene());
    }
}

void TestUnits::passByRecordsNothing()
{
    const QJsonObject e = expected(QStringLiteral("passby.nmea"));
    QVERIFY(e.value(QStringLiteral("seconds_inside")).toDouble() > 0); // it did cross the radius …
    QVERIFY(e.value(QStringLiteral("seconds_inside")).toDouble() < Geofence::DwellSeconds); // … for less than the dwell
    PositionFeed feed(QStringLiteral("LS-GA-01"));
    Geofence fence(Scene, 300);
    int transitions = 0;
    for (const UnitFix &f : feed.addData(readData(QStringLiteral("passby.nmea"))))
        transitions += fence.add(f.info).has_value();
    QCOMPARE(transitions, 0);
    QVERIFY(!fence.onScene());
}

void TestUnits::departureAfterDwellOutside()
{
    Geofence fence(Scene, 300);
    const QDateTime t0 = isoTime(QJsonValue(QString::fromLatin1(DispatchAt)));
    auto at = [&](int s, double metresNorth) {
        return QGeoPositionInfo(Scene.atDistanceAndAzimuth(metresNorth, 0), t0.addSecs(s));
    };
    QVERIFY(!fence.add(at(0, 100)));
    QCOMPARE(fence.add(at(30, 100))->at, t0);
    QVERIFY(!fence.add(at(40, 400)));  // out for 10 s: jitter, not a departure
    QVERIFY(!fence.add(at(45, 100)));
    QVERIFY(!fence.add(at(60, 400)));
    const auto left = fence.add(at(95, 900));
    QVERIFY(left);
    QCOMPARE(int(left->kind), int(Geofence::Transition::Kind::Departed));
    QCOMPARE(left->at, t0.addSecs(60)); // the first fix outside
}

void TestUnits::etaFromRecentSpeed()
{
    EtaEstimator eta;
    QVERIFY(!eta.etaSeconds(Scene));
    const QDateTime t0 = isoTime(QJsonValue(QString::fromLatin1(DispatchAt)));
    // Parked 5 km away: the assumed 40 km/h. 5000 × 1.4 / (40/3.6) = 630 s.
    QGeoPositionInfo parked(Scene.atDistanceAndAzimuth(5000, 45), t0);
    parked.setAttribute(QGeoPositionInfo::GroundSpeed, 0);
    eta.add(parked);
    QCOMPARE(*eta.etaSeconds(Scene), 630);
    // Then 10 m/s towards the scene for 60 s: 4400 m × 1.4 / 10 = 616 s.
    for (int s = 1; s <= 60; ++s)
        eta.add(QGeoPositionInfo(Scene.atDistanceAndAzimuth(5000 - 10 * s, 45), t0.addSecs(s)));
    QVERIFY(qAbs(eta.recentSpeedMps() - 10.0) < 0.01);
    QVERIFY(qAbs(*eta.etaSeconds(Scene) - 616) <= 1);
    QCOMPARE(*eta.etaSeconds(Scene, 5000), 0); // inside the radius
    // The recorded logs: the ETA at dispatch as make_logs.py computed it.
    for (const char *log : {"approach-ontime.nmea", "approach-late.nmea"}) {
        PositionFeed feed(QStringLiteral("LS-RS-01"));
        EtaEstimator e;
        e.add(feed.addData(readData(QLatin1String(log))).first().info);
        QVERIFY(qAbs(*e.etaSeconds(Scene, 300) - expected(QLatin1String(log)).value(QStringLiteral("eta_s_at_dispatch")).toInt()) <= 1);
    }
}

void TestUnits::urbanWindowMetOrLateByGeofence_data()
{
    QTest::addColumn<QString>("log");
    QTest::addColumn<int>("state");
    QTest::newRow("on time") << "approach-ontime.nmea" << int(Deadline::State::Met);
    QTest::newRow("late") << "approach-late.nmea" << int(Deadline::State::MetLate);
}

void TestUnits::urbanWindowMetOrLateByGeofence()
{
    QFETCH(QString, log);
    QFETCH(int, state);
    JournalFixture f;
    const qint64 id = f.newIncident(UrbanFacts, "2026-11-22T03:10:00+08:00");
    f.add(CentreRegisterId, "unit_added", QJsonDocument(leaderCar().toPayload()).toJson(), "2026-11-22T03:11:00+08:00");
    f.add(id, "dispatched", R"j({"units":["LS-RS-01"]})j", DispatchAt);
    // 86号 3(2): due 30 minutes after the dispatch.
    const Deadline *before = window(f.state(id), "urban-arrival");
    QVERIFY(before);
    QCOMPARE(before->due, JournalFixture::at("2026-11-22T03:50:00+08:00"));
    QCOMPARE(before->completedAt, QDateTime());

    const auto roster = UnitRoster::fold(f.journal->events(CentreRegisterId).value());
    UnitTracker tracker(*f.journal, *roster.unit(QStringLiteral("LS-RS-01")), id, f.state(id).facts.location,
                        f.state(id).geofenceRadiusMetres, JournalFixture::at(DispatchAt));
    PositionFeed feed(QStringLiteral("LS-RS-01"));
    for (const UnitFix &fix : feed.addData(readData(log))) {
        f.enteredAt(fix.info.timestamp()); // live: each fix is processed as it comes
        QVERIFY(tracker.add(fix.info).ok());
    }
    const QDateTime arrived = isoTime(expected(log).value(QStringLiteral("arrived_at")));
    QCOMPARE(*tracker.arrivedAt(), arrived);
    const IncidentState s = f.state(id);
    const Deadline *w = window(s, "urban-arrival");
    QCOMPARE(int(w->state), state);
    QCOMPARE(w->completedAt, arrived);
    QCOMPARE(w->completedEntryDelay, 0); // recorded live, 30 s after it entered: not a late entry
    // The event says what decided it.
    const StoredEvent &e = s.events.last();
    QCOMPARE(e.kind, QStringLiteral("arrived"));
    QCOMPARE(e.payload().value(QStringLiteral("source")).toString(), QStringLiteral("geofence"));
    QCOMPARE(e.payload().value(QStringLiteral("leader")).toBool(), true);
    QCOMPARE(s.units.size(), size_t(1));
    QCOMPARE(s.units.front().arrivedAt, arrived);
    QCOMPARE(s.units.front().arrivalSource, QStringLiteral("geofence"));
    // The ETA at dispatch as make_logs.py computed it.
    QVERIFY(qAbs(*tracker.etaAtDispatch() - expected(log).value(QStringLiteral("eta_s_at_dispatch")).toInt()) <= 1);
    // The report's internal record lists the unit, its dispatch and its geofenced arrival.
    const QString html = SituationReport(s, *testLibrary(), RegionMap::lishuiCounties(), ReportOptions{}).html();
    const QString iso = expected(log).value(QStringLiteral("arrived_at")).toString(); // 2026-11-22T03:28:06+08:00
    QVERIFY(html.contains(QStringLiteral("处置力量派出与到场情况")));
    QVERIFY2(html.contains(QStringLiteral("<td>LS-RS-01(载领导,86号 3(2))</td><td>11-22 03:20:00</td><td>%1 %2</td><td>电子围栏</td>")
                               .arg(iso.mid(5, 5), iso.mid(11, 8))),
             qPrintable(html.mid(html.indexOf(QStringLiteral("处置力量")), 600)));
}

void TestUnits::patrolCarDoesNotMeetTheLeadersWindow()
{
    JournalFixture f;
    const qint64 id = f.newIncident(UrbanFacts, "2026-11-22T03:10:00+08:00");
    f.add(id, "dispatched", R"j({"units":["LS-GA-01"]})j", DispatchAt);
    UnitTracker tracker(*f.journal, patrolCar(), id, Scene, 300, JournalFixture::at(DispatchAt));
    PositionFeed feed(QStringLiteral("LS-GA-01"));
    for (const UnitFix &fix : feed.addData(readData(QStringLiteral("approach-ontime.nmea")))) {
        f.enteredAt(fix.info.timestamp());
        QVERIFY(tracker.add(fix.info).ok());
    }
    QVERIFY(tracker.arrivedAt());
    const Deadline *w = window(f.state(id), "urban-arrival");
    QCOMPARE(w->completedAt, QDateTime()); // 86号 3(2) asks for the leaders, not a patrol car
    QCOMPARE(f.state(id).units.front().arrivedAt, *tracker.arrivedAt());
    // An arrival marked by hand without a unit still counts, as before (source: operator).
    f.add(id, "arrived", R"j({"source":"operator"})j", "2026-11-22T03:40:00+08:00");
    QCOMPARE(window(f.state(id), "urban-arrival")->completedAt, JournalFixture::at("2026-11-22T03:40:00+08:00"));
}

void TestUnits::etaTurnsTheWindowDueSoonEarly()
{
    JournalFixture f;
    const qint64 id = f.newIncident(UrbanFacts, "2026-11-22T03:10:00+08:00");
    f.add(id, "dispatched", R"j({"units":["LS-RS-01","LS-GA-01"]})j", DispatchAt);
    const QDateTime now = JournalFixture::at("2026-11-22T03:25:00+08:00"); // 25 min left of 30: pending
    f.enteredAt(now);
    const IncidentState s = f.state(id, {}, now);
    const Deadline *w = window(s, "urban-arrival");
    QCOMPARE(deadlineStateAt(*w, now), Deadline::State::Pending);
    const QSet<QString> leaders{QStringLiteral("LS-RS-01")};
    // 20 minutes away: arrives 03:45, before the 03:50 due time.
    auto outlook = ArrivalOutlook::of(*w, s, leaders, {{QStringLiteral("LS-RS-01"), 1200}, {QStringLiteral("LS-GA-01"), 60}}, now);
    QVERIFY(outlook);
    QCOMPARE(outlook->unit, QStringLiteral("LS-RS-01")); // the patrol car's 1 min does not count: no leader
    QCOMPARE(outlook->expectedAt, JournalFixture::at("2026-11-22T03:45:00+08:00"));
    QVERIFY(!outlook->passesDue);
    QCOMPARE(ArrivalOutlook::stateWith(*w, outlook, now), Deadline::State::Pending);
    // 26 minutes away: 03:51, past the due time — due soon now, 25 minutes early.
    outlook = ArrivalOutlook::of(*w, s, leaders, {{QStringLiteral("LS-RS-01"), 26 * 60}}, now);
    QVERIFY(outlook->passesDue);
    QCOMPARE(ArrivalOutlook::stateWith(*w, outlook, now), Deadline::State::DueSoon);
    // No ETA: nothing to say.
    QVERIFY(!ArrivalOutlook::of(*w, s, leaders, {}, now));

    // The reporting windows table shows it as the operator sees it (the map's unit feed gives
    // the ETAs): due soon with the reason, and back to running when the ETA comes within time.
    cd::IncidentStore store(testLibrary(), cd::WorkCalendar::builtin(), f.clock, *f.journal);
    QVERIFY(store.reload().ok());
    store.select(id);
    cd::DeadlineModel table(store);
    QHash<QString, qint64> etas{{QStringLiteral("LS-RS-01"), 26 * 60}};
    table.setArrivals({[&etas](qint64) { return etas; }, [&leaders] { return leaders; }});
    auto rowOf = [&table] {
        for (int r = 0; r < table.rowCount(); ++r)
            if (table.index(r, 0).data(cd::DeadlineModel::KeyRole).toString().contains(QStringLiteral("urban-arrival")))
                return r;
        return -1;
    };
    QVERIFY(rowOf() >= 0);
    QCOMPARE(table.stateAt(rowOf()), Deadline::State::DueSoon);
    QVERIFY2(table.index(rowOf(), cd::DeadlineModel::State).data().toString().endsWith(QStringLiteral("(预计到达晚于时限)")),
             qPrintable(table.index(rowOf(), cd::DeadlineModel::State).data().toString()));
    etas[QStringLiteral("LS-RS-01")] = 1200;
    table.setArrivals({[&etas](qint64) { return etas; }, [&leaders] { return leaders; }});
    QCOMPARE(table.stateAt(rowOf()), Deadline::State::Pending);
    QVERIFY(!table.index(rowOf(), cd::DeadlineModel::State).data().toString().contains(QStringLiteral("预计到达")));
}

void TestUnits::dispatchAndRetask()
{
    JournalFixture f;
    const qint64 a = f.newIncident(UrbanFacts, "2026-11-22T03:10:00+08:00");
    const qint64 b = f.newIncident(R"j({"cause":"wage_arrears","participants":12,"county":"青田县"})j", "2026-11-22T03:15:00+08:00");
    for (const Unit &u : {leaderCar(), patrolCar()})
        f.add(CentreRegisterId, "unit_added", QJsonDocument(u.toPayload()).toJson(), "2026-11-22T03:15:00+08:00");
    const auto roster = UnitRoster::fold(f.journal->events(CentreRegisterId).value());
    auto tasks = UnitTasks::load(*f.journal).value();
    const auto first = tasks.dispatch(a, {QStringLiteral("LS-RS-01"), QStringLiteral("LS-GA-01")}, roster);
    QVERIFY(first.ok());
    QVERIFY(!first->contains(QStringLiteral("retasked_from")));
    f.add(a, "dispatched", QJsonDocument(first.value()).toJson(), DispatchAt);
    tasks = UnitTasks::load(*f.journal).value();
    auto kept = UnitTasks::load(*f.journal).value();
    QCOMPARE(tasks.assignment(QStringLiteral("LS-GA-01"))->incidentId, a);
    QCOMPARE(int(tasks.assignment(QStringLiteral("LS-GA-01"))->status()), int(UnitAssignment::Status::EnRoute));
    // Re-tasked to b: the dispatch says where it came from, and its task is now b.
    const auto second = tasks.dispatch(b, {QStringLiteral("LS-GA-01")}, roster);
    QCOMPARE(second->value(QStringLiteral("retasked_from")).toObject().value(QStringLiteral("LS-GA-01")).toInteger(), a);
    f.add(b, "dispatched", QJsonDocument(second.value()).toJson(), "2026-11-22T03:25:00+08:00");
    // The map's feed keeps one UnitTasks and catches up (it was loaded before the re-task,
    // with a note between): the same answer as a fresh load.
    f.add(a, "note", R"j({"text":"现场平稳"})j", "2026-11-22T03:26:00+08:00");
    QVERIFY(kept.catchUp(*f.journal).ok());
    QVERIFY(kept.catchUp(*f.journal).ok()); // nothing new: nothing changes
    tasks = UnitTasks::load(*f.journal).value();
    QCOMPARE(tasks.assignment(QStringLiteral("LS-GA-01"))->incidentId, b);
    QCOMPARE(tasks.assignment(QStringLiteral("LS-RS-01"))->incidentId, a);
    QCOMPARE(kept.assignment(QStringLiteral("LS-GA-01"))->incidentId, b);
    // On the timeline, in words: the units named, not the payload's keys.
    const auto eventsOfA = f.journal->events(a).value();
    const auto dispatchedA = std::find_if(eventsOfA.cbegin(), eventsOfA.cend(), [](const StoredEvent &e) { return e.kind == QLatin1String("dispatched"); });
    QCOMPARE(EventKinds::describe(*dispatchedA, *testLibrary()), QStringLiteral("处置力量:LS-RS-01、LS-GA-01"));
    // Unknown units and names twice are refused, naming the unit.
    QVERIFY(tasks.dispatch(a, {QStringLiteral("NOPE")}, roster).error().contains(QStringLiteral("NOPE is not in the roster")));
    QVERIFY(tasks.dispatch(a, {QStringLiteral("LS-RS-01"), QStringLiteral("LS-RS-01")}, roster).error().contains(QStringLiteral("named twice")));
    // A dispatch with a malformed unit list is refused by the journal itself.
    QVERIFY(!f.journal->append({a, QStringLiteral("dispatched"), {{QStringLiteral("units"), QStringLiteral("LS-RS-01")}}, f.clock.now(), {}}).ok());
}

void TestUnits::unitTasksCatchUpInSlices()
{
    JournalFixture f;
    const qint64 a = f.newIncident(UrbanFacts, "2026-11-22T03:10:00+08:00");
    for (const Unit &u : {leaderCar(), patrolCar()})
        f.add(CentreRegisterId, "unit_added", QJsonDocument(u.toPayload()).toJson(), "2026-11-22T03:15:00+08:00");
    f.add(a, "dispatched", R"j({"units":["LS-RS-01","LS-GA-01"]})j", DispatchAt);
    f.add(a, "note", R"j({"text":"途中"})j", "2026-11-22T03:21:00+08:00");
    const qint64 arrived = f.add(a, "arrived", R"j({"unit":"LS-GA-01","source":"gnss"})j", "2026-11-22T03:30:00+08:00");
    f.add(a, "departed", R"j({"unit":"LS-GA-01","source":"gnss"})j", "2026-11-22T03:50:00+08:00");
    const qint64 head = f.journal->store().headSeq().value();
    auto seqs = [](const QList<StoredEvent> &events) {
        QList<qint64> out;
        for (const auto &e : events)
            out << e.seq;
        return out;
    };
    // The units' work: the same events as picking the three kinds out of the whole journal.
    const auto work = f.journal->store().unitWorkBetween(0, head).value();
    QCOMPARE(work.size(), 3);
    QList<StoredEvent> byKind = f.journal->store().eventsAfter(0).value();
    byKind.removeIf([](const StoredEvent &e) {
        return !QStringList{QStringLiteral("dispatched"), QStringLiteral("arrived"), QStringLiteral("departed")}.contains(e.kind);
    });
    QCOMPARE(seqs(work), seqs(byKind));
    QCOMPARE(seqs(f.journal->store().unitWorkBetween(work.first().seq, head).value()), seqs(work.mid(1)));
    // Caught up a range of the journal at a time: up to the arrival first (the head not
    // reached), then the rest; the same tasks as one catch-up.
    UnitTasks sliced;
    QCOMPARE(sliced.catchUp(*f.journal, arrived).value(), false);
    QCOMPARE(sliced.assignment(QStringLiteral("LS-GA-01"))->status(), UnitAssignment::Status::OnScene);
    QCOMPARE(sliced.catchUp(*f.journal, arrived).value(), true);
    QCOMPARE(sliced.assignment(QStringLiteral("LS-GA-01"))->status(), UnitAssignment::Status::Left);
    QCOMPARE(sliced.assignment(QStringLiteral("LS-RS-01"))->status(), UnitAssignment::Status::EnRoute);
    QCOMPARE(sliced.catchUp(*f.journal, arrived).value(), true); // nothing new
    const auto whole = UnitTasks::load(*f.journal).value();
    for (const QString &unit : {QStringLiteral("LS-GA-01"), QStringLiteral("LS-RS-01")})
        QCOMPARE(sliced.assignment(unit)->status(), whole.assignment(unit)->status());
}

void TestUnits::tracksKeptAndPruned()
{
    JournalFixture f;
    const QString head = f.journal->verify().value().headHash;
    PositionFeed feed(QStringLiteral("LS-RS-01"));
    const auto fixes = feed.addData(readData(QStringLiteral("approach-ontime.nmea")));
    TrackStore tracks(f.journal->store());
    QCOMPARE(tracks.append(fixes, QStringLiteral("test")).value(), int(fixes.size()));
    const QDateTime t0 = fixes.first().info.timestamp();
    const auto minute = tracks.track(QStringLiteral("LS-RS-01"), t0, t0.addSecs(59)).value();
    QCOMPARE(minute.size(), 60);
    QCOMPARE(minute.first().coordinate().latitude(), fixes.first().info.coordinate().latitude());
    QCOMPARE(f.journal->verify().value().headHash, head); // positions are not journal events
    QCOMPARE(tracks.pruneBefore(t0.addSecs(100)).value(), 100);
    QCOMPARE(tracks.track(QStringLiteral("LS-RS-01"), t0, t0.addDays(1)).value().size(), int(fixes.size()) - 100);
    QCOMPARE(tracks.applyRetention(t0.addDays(TrackStore::RetentionDays + 1)).value(), int(fixes.size()) - 100);
}

void TestUnits::drillMovementIsDeterministicAndArrives()
{
    const QGeoCoordinate start = Scene.atDistanceAndAzimuth(5005, 180);
    const QByteArray scenario = QStringLiteral(R"j({"movements":[
        {"unit":"LS-RS-01","depart_minutes":10,"route":[{"lat":%1,"lon":%2},{"lat":28.4517,"lon":119.9229,"speed_kmh":36}]},
        {"unit":"LS-GA-01","depart_minutes":0,"route":[{"lat":28.40,"lon":119.90},{"lat":28.41,"lon":119.91,"speed_kmh":50},
                                                         {"lat":28.42,"lon":119.90,"speed_kmh":30}]}]})j")
                                   .arg(start.latitude(), 0, 'f', 9).arg(start.longitude(), 0, 'f', 9).toUtf8();
    const auto movements = UnitMovements::fromScenarioJson(scenario, QStringLiteral("drill.json"));
    QVERIFY2(movements.ok(), movements.ok() ? "" : qPrintable(movements.error()));
    const QDateTime t0 = JournalFixture::at("2026-03-10T09:00:00+08:00");
    const QByteArray log = UnitMovements::nmea(movements.value(), t0);
    QCOMPARE(UnitMovements::nmea(movements.value(), t0), log); // the same drill, the same feed
    PositionFeed feed; // multiplexed, through the same pipeline as a gateway
    Geofence fence(Scene, 300);
    std::optional<Geofence::Transition> arrival;
    int rsFixes = 0;
    for (const UnitFix &f : feed.addData(log)) {
        if (f.unit != QLatin1String("LS-RS-01"))
            continue;
        ++rsFixes;
        if (auto t = fence.add(f.info); t && !arrival)
            arrival = t;
    }
    QCOMPARE(feed.counters().dropped(), 0);
    // 10 m/s from 5005 m: inside 300 m after 471 s (5005 − 4710 = 295 m), 10 minutes into the drill.
    QVERIFY(arrival);
    QCOMPARE(arrival->at, t0.addSecs(600 + 471));
    QCOMPARE(rsFixes, 1 + 500 + 1 + 5 * 60); // departure, 500 s on the way, the last point, 5 minutes there
    // Bad scripts are named by file and field.
    QVERIFY(UnitMovements::fromScenarioJson(R"j({"movements":[{"unit":"X","depart_minutes":1,"route":[{"lat":1,"lon":2}]}]})j",
                                            QStringLiteral("d.json")).error().contains(QStringLiteral("d.json: movements[0].route: at least two points")));
    QVERIFY(UnitMovements::fromScenarioJson(R"j({"movements":[{"unit":"X","depart_minutes":1,"route":[{"lat":1,"lon":2},{"lat":1,"lon":3}]}]})j",
                                            QStringLiteral("d.json")).error().contains(QStringLiteral("route[1].speed_kmh")));
}

void TestUnits::qtPositioningSourceFeedsFixes()
{
    // Four seconds of a recorded log replayed by QNmeaPositionInfoSource (simulation mode, at
    // the pace of its timestamps), the third fix 50 km off.
    auto line = [](int second, double lat) {
        const QByteArray body = QStringLiteral("GPRMC,1920%1.00,A,%2,N,11955.374000,E,10.0,0.0,211126,,,A")
                                    .arg(second, 2, 10, QLatin1Char('0'))
                                    .arg(QStringLiteral("%1%2").arg(int(lat)).arg((lat - int(lat)) * 60, 9, 'f', 6, QLatin1Char('0')))
                                    .toLatin1();
        return QByteArray("$" + body + "*" + NmeaSentence::checksum(body) + "\r\n");
    };
    auto *buffer = new QBuffer;
    buffer->setData(line(0, 28.45) + line(1, 28.45005) + line(2, 28.9) + line(3, 28.45015) + line(4, 28.4502));
    QVERIFY(buffer->open(QIODevice::ReadOnly));
    NmeaUnitSource source(QStringLiteral("LS-RS-01"), buffer, true);
    QSignalSpy spy(&source, &NmeaUnitSource::fix);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(source.dropped() == 1 && spy.size() >= 3, 10000);
    const auto first = spy.at(0).at(0).value<UnitFix>();
    QCOMPARE(first.unit, QStringLiteral("LS-RS-01"));
    QVERIFY(qAbs(first.info.coordinate().latitude() - 28.45) < 1e-6);
    QCOMPARE(first.info.timestamp(), QDateTime(QDate(2026, 11, 21), QTime(19, 20, 0), Qt::UTC));
    QVERIFY(!NmeaUnitSource::open(QStringLiteral("x"), QStringLiteral("ftp:nowhere")).ok());
    QVERIFY(NmeaUnitSource::open(QStringLiteral("x"), QStringLiteral("log:/nonexistent.nmea")).error().contains(QStringLiteral("cannot open")));
}

QTEST_MAIN(TestUnits) // a GUI application: the report paints with fonts
#include "tst_units.moc"
