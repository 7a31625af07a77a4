// Drills: scenario validation, deterministic runs, scoring against the plans' windows, and
// replay that reproduces the live state. Expected due times come from the plans: 86号 3(1)
// 20 and 30 minutes from the report, 3(2) 30 minutes from the dispatch instruction.
#include "JournalFixture.h"
#include "drill/DrillRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString WageDrill = QStringLiteral(":/drills/wage-arrears-liandu.json");

cd::Scenario scenario(const QString &file = WageDrill)
{
    auto s = cd::Scenario::load(file, *testLibrary());
    if (!s)
        qFatal("%s", qPrintable(s.error()));
    return s.value();
}

cd::ScriptedResponse resp(int at, const char *kind, const QByteArray &payload = "{}")
{
    return {at, QStringLiteral("A"), QLatin1String(kind), QJsonDocument::fromJson(payload).object()};
}

struct Run {
    JournalFixture f;
    cd::Scenario s;
    QJsonObject result;
    QHash<QString, qint64> ids;
    Run(const QList<cd::ScriptedResponse> &responses, const QString &file = WageDrill, const std::function<void(Run &)> &step = {})
        : s(scenario(file))
    {
        f.clock.setNow(s.start);
        cd::DrillRunner runner(s, *f.journal, f.clock, *testLibrary(), cd::WorkCalendar::builtin());
        auto r = runner.run(responses, [&] {
            ids = runner.incidentIds();
            if (step)
                step(*this);
        });
        if (!r)
            qFatal("drill: %s", qPrintable(r.error()));
        result = r.value();
        ids = runner.incidentIds();
    }
    QJsonObject window(const QString &id) const
    {
        for (const auto &d : result.value(QStringLiteral("deadlines")).toArray())
            if (d.toObject().value(QStringLiteral("window")).toString() == id)
                return d.toObject();
        return {};
    }
};

} // namespace

class TestDrill : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shippedScenariosLoad();
    void rejectsBrokenScenarios_data();
    void rejectsBrokenScenarios();
    void twoRunsGiveTheSameResult();
    void noResponsesMissesEveryDueWindow();
    void timelyResponsesMeetEveryWindow();
    void lateResponsesAreLateByTheRightAmount();
    void replayReproducesTheLiveState();
};

void TestDrill::shippedScenariosLoad()
{
    QCOMPARE(cd::Scenario::shipped().size(), 3);
    const auto wage = scenario();
    QCOMPARE(wage.injects.first().facts.value(QStringLiteral("participants")).toInt(), 40);
    QCOMPARE(wage.injects.first().facts.value(QStringLiteral("county")).toString(), QStringLiteral("莲都区"));
    // Grows to 260 claimants, blocks a road, 2 injured.
    JournalFixture f;
    const auto s = scenario(QStringLiteral(":/drills/mass-gathering.json"));
    QVERIFY(std::any_of(s.injects.begin(), s.injects.end(), [](const cd::Inject &i) { return i.facts.value(QStringLiteral("participants")).toInt() > 5000; }));
    const auto land = scenario(QStringLiteral(":/drills/land-dispute-qingtian.json"));
    QCOMPARE(land.injects.first().facts.value(QStringLiteral("county")).toString(), QStringLiteral("青田县"));
    QCOMPARE(land.injects.first().facts.value(QStringLiteral("cause")).toString(), QStringLiteral("resource_dispute"));
}

void TestDrill::rejectsBrokenScenarios_data()
{
    QTest::addColumn<QByteArray>("injects");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative count")
        << QByteArray(R"j([{"id":"1","at_minutes":0,"synopsis":"x","kind":"new_incident","incident":"A","title":"t","facts":{"participants":10}},
                          {"id":"2","at_minutes":5,"synopsis":"y","kind":"facts_updated","incident":"A","facts":{"participants":-4}}])j")
        << "s.json: injects[1] (id 2).facts: participants: must not be negative";
    QTest::newRow("serious above injured, over time")
        << QByteArray(R"j([{"id":"1","at_minutes":0,"synopsis":"x","kind":"new_incident","incident":"A","title":"t","facts":{"injured":2}},
                          {"id":"2","at_minutes":5,"synopsis":"y","kind":"facts_updated","incident":"A","facts":{"serious_injuries":3}}])j")
        << "s.json: injects[1] (id 2).facts: serious_injuries: 3 is more than injured (2)";
    QTest::newRow("update before creation")
        << QByteArray(R"j([{"id":"1","at_minutes":0,"synopsis":"x","kind":"facts_updated","incident":"B","facts":{}}])j")
        << "s.json: injects[0] (id 1).incident: incident \"B\" has no earlier new_incident inject";
    QTest::newRow("past the end")
        << QByteArray(R"j([{"id":"1","at_minutes":61,"synopsis":"x","kind":"new_incident","incident":"A","title":"t","facts":{}}])j")
        << "s.json: injects[0] (id 1).at_minutes: must be whole minutes from 0 to 60";
    QTest::newRow("unknown action")
        << QByteArray(R"j([{"id":"1","at_minutes":0,"synopsis":"x","kind":"new_incident","incident":"A","title":"t","facts":{},
                            "expects":[{"action":"make_tea","within_minutes":5}]}])j")
        << "s.json: injects[0] (id 1).expects[0].action: \"make_tea\" is neither a milestone nor an event kind";
    QTest::newRow("update earlier than its incident")
        << QByteArray(R"j([{"id":"1","at_minutes":10,"synopsis":"x","kind":"new_incident","incident":"A","title":"t","facts":{}},
                          {"id":"2","at_minutes":5,"synopsis":"y","kind":"facts_updated","incident":"A","facts":{"participants":9}}])j")
        << "s.json: injects[1] (id 2).incident: incident \"A\" has no earlier new_incident inject";
    QTest::newRow("unknown kind")
        << QByteArray(R"j([{"id":"1","at_minutes":0,"synopsis":"x","kind":"earthquake","incident":"A"}])j")
        << "s.json: injects[0] (id 1).kind: must be new_incident, facts_updated or message";
}

void TestDrill::rejectsBrokenScenarios()
{
    QFETCH(QByteArray, injects);
    QFETCH(QString, message);
    const QByteArray json = R"j({"format":1,"id":"t","title":"t","start":"2026-03-10T09:00:00+08:00","duration_minutes":60,"injects":)j" + injects + "}";
    const auto s = cd::Scenario::fromJson(json, QStringLiteral("s.json"), *testLibrary());
    QVERIFY(!s.ok());
    QVERIFY2(s.error().startsWith(message), qPrintable(s.error()));
}

void TestDrill::twoRunsGiveTheSameResult()
{
    const QList<cd::ScriptedResponse> responses{resp(5, "initial_judgment"), resp(50, "report_sent", R"j({"to":"city"})j")};
    const Run a(responses), b(responses);
    QCOMPARE(QJsonDocument(a.result).toJson(), QJsonDocument(b.result).toJson());
}

void TestDrill::noResponsesMissesEveryDueWindow()
{
    const Run run({});
    int missed = 0;
    const QDateTime end = run.s.end();
    for (const auto &d : run.result.value(QStringLiteral("deadlines")).toArray()) {
        const auto o = d.toObject();
        const QDateTime due = cd::parseIsoWithOffset(o.value(QStringLiteral("due")).toString());
        if (due.isValid() && due <= end) {
            QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("missed"));
            ++missed;
        } else {
            QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("open"));
        }
    }
    QCOMPARE(missed, 2); // 86号 3(1): 09:20 and 09:30
    QCOMPARE(run.window(QStringLiteral("initial-judgment")).value(QStringLiteral("due")).toString(), QStringLiteral("2026-03-10T09:20:00+08:00"));
    // 4(1) falls due after the drill: 7 working days after Tuesday 10 March → Thursday 19 March.
    QCOMPARE(run.window(QStringLiteral("source-arrears-investigation")).value(QStringLiteral("due")).toString(),
             QStringLiteral("2026-03-19T23:59:59+08:00"));
    for (const auto &a : run.result.value(QStringLiteral("actions")).toArray())
        QCOMPARE(a.toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("not_done"));
    QCOMPARE(run.result.value(QStringLiteral("score")).toObject().value(QStringLiteral("percent")).toInt(), 0);
}

void TestDrill::timelyResponsesMeetEveryWindow()
{
    const Run run({resp(5, "initial_judgment"), resp(10, "report_sent", R"j({"to":"leading_group"})j"), resp(26, "dispatched"),
                   resp(45, "arrived"), resp(46, "arrived", R"j({"principal":true})j"), resp(50, "report_sent", R"j({"to":"city"})j"),
                   resp(60, "duty_acknowledged", R"j({"plan":"mass-incident","agency":"市卫生健康委"})j"), resp(100, "investigation_completed"),
                   resp(155, "response_ended"), resp(175, "report_sent", R"j({"to":"wage_office"})j")});
    for (const auto &d : run.result.value(QStringLiteral("deadlines")).toArray()) {
        const auto o = d.toObject();
        QVERIFY2(o.value(QStringLiteral("outcome")).toString() == QLatin1String("met") ||
                     (o.value(QStringLiteral("outcome")).toString() == QLatin1String("open") && o.value(QStringLiteral("completed_at")).isNull()),
                 QJsonDocument(o).toJson().constData());
        QVERIFY(o.value(QStringLiteral("outcome")).toString() != QLatin1String("missed"));
    }
    // 3(2): the dispatch at 09:26 opens the 30-minute urban window, met at 09:45.
    QCOMPARE(run.window(QStringLiteral("urban-arrival")).value(QStringLiteral("due")).toString(), QStringLiteral("2026-03-10T09:56:00+08:00"));
    QCOMPARE(run.window(QStringLiteral("urban-arrival")).value(QStringLiteral("outcome")).toString(), QStringLiteral("met"));
    QCOMPARE(run.window(QStringLiteral("disposal-report")).value(QStringLiteral("outcome")).toString(), QStringLiteral("met"));
    for (const auto &a : run.result.value(QStringLiteral("actions")).toArray())
        QVERIFY2(a.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("done"), QJsonDocument(a.toObject()).toJson().constData());
    QCOMPARE(run.result.value(QStringLiteral("score")).toObject().value(QStringLiteral("percent")).toInt(), 100);
}

void TestDrill::lateResponsesAreLateByTheRightAmount()
{
    // Judgment at 09:25 (due 09:20): 5 min late; leading group at 09:40 (due 09:30): 10 min late.
    const Run run({resp(25, "initial_judgment"), resp(40, "report_sent", R"j({"to":"leading_group"})j")});
    QCOMPARE(run.window(QStringLiteral("initial-judgment")).value(QStringLiteral("outcome")).toString(), QStringLiteral("late"));
    QCOMPARE(run.window(QStringLiteral("initial-judgment")).value(QStringLiteral("late_by_seconds")).toInt(), 300);
    QCOMPARE(run.window(QStringLiteral("report-leading-group")).value(QStringLiteral("late_by_seconds")).toInt(), 600);
    QJsonObject judgment;
    for (const auto &a : run.result.value(QStringLiteral("actions")).toArray())
        if (a.toObject().value(QStringLiteral("action")).toString() == QLatin1String("initial_judgment"))
            judgment = a.toObject();
    QCOMPARE(judgment.value(QStringLiteral("outcome")).toString(), QStringLiteral("late"));
    QCOMPARE(judgment.value(QStringLiteral("late_by_seconds")).toInt(), 300);
    const auto score = run.result.value(QStringLiteral("score")).toObject();
    QCOMPARE(score.value(QStringLiteral("windows")).toObject().value(QStringLiteral("late")).toInt(), 2);
}

void TestDrill::replayReproducesTheLiveState()
{
    QList<std::pair<QDateTime, QString>> live;
    const Run run({resp(5, "initial_judgment"), resp(26, "dispatched"), resp(60, "duty_acknowledged", R"j({"plan":"mass-incident","agency":"市公安局"})j")},
                  WageDrill, [&live](Run &r) {
                      // The dashboard's view at this moment: every event so far, evaluated now.
                      const qint64 id = r.ids.value(QStringLiteral("A"));
                      const auto state = cd::IncidentState::fold(r.f.journal->events(id).value(), {*testLibrary(), cd::WorkCalendar::builtin()},
                                                                 {}, r.f.clock.now());
                      live << std::pair{r.f.clock.now(), cd::StateDigest::of(state, *testLibrary())};
                  });
    QVERIFY(live.size() >= 8);
    const auto events = run.f.journal->events(run.ids.value(QStringLiteral("A"))).value();
    QSet<QString> distinct;
    for (const auto &[t, digest] : live) {
        const auto replayed = cd::IncidentState::fold(events, {*testLibrary(), cd::WorkCalendar::builtin()}, t, t);
        QCOMPARE(cd::StateDigest::of(replayed, *testLibrary()), digest);
        distinct.insert(digest);
    }
    QVERIFY(distinct.size() >= 5); // the state really changed along the way
}

QTEST_GUILESS_MAIN(TestDrill)
#include "tst_drill.moc"
