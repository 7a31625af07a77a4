// Drills with scripted unit movements (issue 16): the units drive on the drill clock through
// the same pipeline as a live feed (NMEA → PositionFeed → track table → geofence → arrived),
// so a drill exercises arrival and the 86号 3(2) window, and the same scenario gives the same
// arrival times every time. Expected times: 10 m/s (36 km/h) from 3005 m is inside the 300 m
// fence after 271 s (295 m out); 100 km/h through a 600 m-wide fence stays 22 s: a pass-by.
#include "JournalFixture.h"
#include "drill/DrillController.h"
#include "drill/DrillRunner.h"
#include "items/IncidentStore.h"
#include "report/AfterActionReport.h"
#include "units/DemoUnits.h"
#include "units/Geofence.h"
#include "units/TrackStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QGeoCoordinate Scene(28.4553, 119.9072);

QByteArray scenarioJson()
{
    const QGeoCoordinate from = Scene.atDistanceAndAzimuth(3005, 180);
    const QGeoCoordinate before = Scene.atDistanceAndAzimuth(2000, 270), after = Scene.atDistanceAndAzimuth(2000, 90);
    auto pt = [](const QGeoCoordinate &c, int kmh) {
        QString s = QStringLiteral(R"({"lat":%1,"lon":%2)").arg(c.latitude(), 0, 'f', 9).arg(c.longitude(), 0, 'f', 9);
        return kmh ? QString(s + QStringLiteral(R"(,"speed_kmh":%1})").arg(kmh)) : QString(s + QLatin1Char('}'));
    };
    return QStringLiteral(R"j({"format":1,"id":"units-drill","title":"到场演练","start":"2026-03-10T09:00:00+08:00","duration_minutes":30,
      "injects":[{"id":"1","at_minutes":0,"synopsis":"讨薪聚集","kind":"new_incident","incident":"A","title":"莲都区某工地欠薪聚集",
                  "facts":{"cause":"wage_arrears","participants":60,"county":"莲都区","urban":true,"location":{"lat":%1,"lon":%2}},
                  "expects":[{"action":"arrived","within_minutes":30,"label":"领导到场(86号 3(2))"}]}],
      "movements":[{"unit":"LS-RS-01","depart_minutes":2,"route":[%3,%4]},
                   {"unit":"LS-GA-01","depart_minutes":2,"route":[%5,%6,%7]}]})j")
        .arg(Scene.latitude(), 0, 'f', 9)
        .arg(Scene.longitude(), 0, 'f', 9)
        .arg(pt(from, 0), pt(Scene, 36), pt(before, 0), pt(Scene, 100), pt(after, 100))
        .toUtf8();
}

struct UnitDrill {
    JournalFixture f;
    cd::Scenario s;
    QJsonObject result;
    qint64 incident = 0;
    UnitDrill()
    {
        QList<cd::NewEvent> roster;
        for (const cd::Unit &u : cd::DemoUnits::lishui().value())
            roster << cd::NewEvent{cd::CentreRegisterId, QStringLiteral("unit_added"), u.toPayload(), f.clock.now(), {}};
        if (!f.journal->appendBatch(roster))
            qFatal("roster");
        auto loaded = cd::Scenario::fromJson(scenarioJson(), QStringLiteral("units-drill.json"), *testLibrary());
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error()));
        s = loaded.value();
        const auto responses = cd::Scenario::responsesFromJson(
            R"j({"responses":[{"at_minutes":2,"incident":"A","kind":"dispatched","payload":{"units":["LS-RS-01","LS-GA-01"]}}]})j",
            QStringLiteral("r.json"), s, *testLibrary());
        if (!responses)
            qFatal("%s", qPrintable(responses.error()));
        f.clock.setNow(s.start);
        cd::DrillRunner runner(s, *f.journal, f.clock, *testLibrary(), cd::WorkCalendar::builtin());
        auto r = runner.run(responses.value());
        if (!r)
            qFatal("drill: %s", qPrintable(r.error()));
        result = r.value();
        incident = runner.incidentIds().value(QStringLiteral("A"));
    }
    QList<cd::StoredEvent> events(const QString &kind) const
    {
        QList<cd::StoredEvent> out;
        for (const cd::StoredEvent &e : f.journal->events(incident).value())
            if (e.kind == kind)
                out << e;
        return out;
    }
};

} // namespace

class TestDrillUnits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void movementArrivesThroughTheGeofence();
    void sameScenarioSameArrivals();
    void afterActionListsTheUnits();
    void deskDrillMovesUnitsOnItsClock();
    void badMovementIsNamed();
};

void TestDrillUnits::movementArrivesThroughTheGeofence()
{
    const UnitDrill d;
    QCOMPARE(d.s.movements.size(), 2);
    const auto arrived = d.events(QStringLiteral("arrived"));
    QCOMPARE(arrived.size(), 1); // the patrol car only passed by
    const QJsonObject p = arrived.first().payload();
    QCOMPARE(p.value(QStringLiteral("unit")).toString(), QStringLiteral("LS-RS-01"));
    QCOMPARE(p.value(QStringLiteral("source")).toString(), QStringLiteral("geofence"));
    QCOMPARE(p.value(QStringLiteral("leader")).toBool(), true);
    const QDateTime expected = d.s.at(2).addSecs(271);
    QCOMPARE(arrived.first().eventTime, expected);
    // Entered on the drill clock when the 30 s dwell had passed, not on the wall clock.
    QCOMPARE(arrived.first().entryTime, expected.addSecs(cd::Geofence::DwellSeconds));
    // The leader's arrival meets 86号 3(2): 30 minutes from the dispatch at minute 2.
    bool seen = false;
    for (const auto &w : d.result.value(QStringLiteral("deadlines")).toArray()) {
        const QJsonObject o = w.toObject();
        if (o.value(QStringLiteral("clause")).toString().contains(QStringLiteral("3(2)")) &&
            o.value(QStringLiteral("outcome")).toString() == QLatin1String("met")) {
            seen = true;
        }
    }
    QVERIFY2(seen, QJsonDocument(d.result.value(QStringLiteral("deadlines")).toArray()).toJson().constData());
    // The tracks are in the track table for replay: both units from minute 2 (the first fix) on.
    const auto track = cd::TrackStore(d.f.journal->store()).track(QStringLiteral("LS-RS-01"), d.s.start, d.s.end()).value();
    QCOMPARE(track.first().timestamp(), d.s.at(2));
    QVERIFY(track.size() > 300 + 271);
}

void TestDrillUnits::sameScenarioSameArrivals()
{
    const UnitDrill a, b;
    auto times = [](const UnitDrill &d) {
        QStringList out;
        for (const QString &kind : {QStringLiteral("arrived"), QStringLiteral("departed")})
            for (const cd::StoredEvent &e : d.events(kind))
                out << kind + QLatin1Char(' ') + e.eventTimeText + QLatin1Char(' ') + e.entryTimeText + QLatin1Char(' ') + QString::fromUtf8(e.payloadText);
        return out;
    };
    QVERIFY(!times(a).isEmpty());
    QCOMPARE(times(a), times(b));
    QCOMPARE(QJsonDocument(a.result).toJson(), QJsonDocument(b.result).toJson());
}

void TestDrillUnits::afterActionListsTheUnits()
{
    const UnitDrill d;
    const QJsonArray units = d.result.value(QStringLiteral("units")).toArray();
    QCOMPARE(units.size(), 2);
    const QJsonObject rs = units.at(0).toObject(), ga = units.at(1).toObject();
    QCOMPARE(rs.value(QStringLiteral("unit")).toString(), QStringLiteral("LS-RS-01"));
    QCOMPARE(rs.value(QStringLiteral("dispatched_at")).toString(), QStringLiteral("2026-03-10T09:02:00+08:00"));
    QCOMPARE(rs.value(QStringLiteral("arrived_at")).toString(), QStringLiteral("2026-03-10T09:06:31+08:00")); // 09:02 + 271 s
    QCOMPARE(rs.value(QStringLiteral("arrival_source")).toString(), QStringLiteral("geofence"));
    QCOMPARE(rs.value(QStringLiteral("leader")).toBool(), true);
    QCOMPARE(ga.value(QStringLiteral("unit")).toString(), QStringLiteral("LS-GA-01"));
    QVERIFY(ga.value(QStringLiteral("arrived_at")).isNull());
    const QString html = cd::AfterActionReport::document(d.result).html;
    QVERIFY(html.contains(QStringLiteral("处置力量派出与到场情况")));
    QVERIFY2(html.contains(QStringLiteral("<td>LS-RS-01(载领导,86号 3(2))</td><td>03-10 09:02</td><td>03-10 09:06</td><td>电子围栏</td>")), qPrintable(html));
    if (const QByteArray dir = qgetenv("CD_SHOT_DIR"); !dir.isEmpty()) {
        QFile out(QString::fromLocal8Bit(dir) + QStringLiteral("/after-action-units.html"));
        if (out.open(QIODevice::WriteOnly))
            out.write(html.toUtf8());
    }
}

void TestDrillUnits::deskDrillMovesUnitsOnItsClock()
{
    // The same scenario in the desk's drill mode: the director's clock, the operator dispatching.
    JournalFixture f;
    QList<cd::NewEvent> roster;
    for (const cd::Unit &u : cd::DemoUnits::lishui().value())
        roster << cd::NewEvent{cd::CentreRegisterId, QStringLiteral("unit_added"), u.toPayload(), f.clock.now(), {}};
    QVERIFY(f.journal->appendBatch(roster).ok());
    cd::IncidentStore store(testLibrary(), cd::WorkCalendar::builtin(), f.clock, *f.journal);
    QVERIFY(store.reload().ok());
    const cd::Scenario s = cd::Scenario::fromJson(scenarioJson(), QStringLiteral("units-drill.json"), *testLibrary()).value();
    cd::DrillController drill(store);
    QVERIFY(drill.start(s).ok());
    drill.pause();
    auto *clock = qobject_cast<cd::SimulatedClock *>(drill.clock());
    QVERIFY(clock);
    clock->jumpTo(s.at(2));
    QCOMPARE(int(store.incidents().size()), 1);
    const qint64 id = store.incidents().front()->id;
    QVERIFY(store.record(id, QStringLiteral("dispatched"), {{QStringLiteral("units"), QJsonArray{QStringLiteral("LS-RS-01")}}}).ok());
    clock->jumpTo(s.at(2).addSecs(320)); // past the arrival (271 s) and its 30 s dwell
    const cd::IncidentState *state = store.incident(id);
    QVERIFY(state->milestones.at.contains(QStringLiteral("arrived")));
    QCOMPARE(state->milestones.at.value(QStringLiteral("arrived")), s.at(2).addSecs(271));
    drill.stop();
}

void TestDrillUnits::badMovementIsNamed()
{
    const QByteArray json = R"j({"format":1,"id":"t","title":"t","start":"2026-03-10T09:00:00+08:00","duration_minutes":60,
        "injects":[{"id":"1","at_minutes":0,"synopsis":"x","kind":"new_incident","incident":"A","title":"t","facts":{}}],
        "movements":[{"unit":"LS-RS-01","depart_minutes":2,"route":[{"lat":28.4,"lon":119.9},{"lat":28.5,"lon":119.9}]}]})j";
    const auto s = cd::Scenario::fromJson(json, QStringLiteral("s.json"), *testLibrary());
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("s.json: movements[0].route[1].speed_kmh")), qPrintable(s.error()));
}

QTEST_MAIN(TestDrillUnits)
#include "tst_drillunits.moc"
