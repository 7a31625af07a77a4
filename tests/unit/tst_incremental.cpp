// An append adds its event to the incident's state in place (IncidentState::extend) instead of
// refolding the whole incident (issue 13). The state reached that way must be exactly the
// state a full fold of the same events gives, whatever the events were; a correction, which
// rewrites history, takes the full fold.
#include "JournalFixture.h"
#include "journal/IncidentSummary.h"
#include "items/IncidentStore.h"
#include "journal/StateJson.h"

#include <QTest>

class TestIncremental : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyAppendMatchesAFullFold();
    void correctionRefoldsEverything();
    void extendRefusesWhatItCannotAdd();

private:
    static QJsonObject full(JournalFixture &f, qint64 id)
    {
        return cd::StateJson::incident(f.state(id), *testLibrary());
    }
};

void TestIncremental::everyAppendMatchesAFullFold()
{
    JournalFixture f;
    cd::IncidentStore store(testLibrary(), cd::WorkCalendar::builtin(), f.clock, *f.journal);
    QVERIFY(store.reload().ok());
    f.clock.setNow(JournalFixture::at("2026-11-22T03:10:00+08:00"));
    const qint64 id = store.createIncident(QStringLiteral("某工地欠薪聚集"),
                                           false, QJsonObject{{QStringLiteral("cause"), QStringLiteral("wage_arrears")},
                                                              {QStringLiteral("participants"), 40},
                                                              {QStringLiteral("county"), QStringLiteral("莲都区")}},
                                           {}).value();
    const cd::IncidentState *const before = store.incident(id);
    struct Step {
        const char *kind;
        QJsonObject payload;
    };
    const QList<Step> steps{
        {"verified", {}},
        {"initial_judgment", {}},
        // 120 people: 86号 1.4 moves the level, the duties and the windows with it.
        {"facts_updated", {{QStringLiteral("facts"), QJsonObject{{QStringLiteral("participants"), 120}}}}},
        {"report_sent", {{QStringLiteral("to"), QStringLiteral("city")}}},
        {"note", {{QStringLiteral("text"), QStringLiteral("现场情绪稳定")}}},
        {"dispatched", {}},
        {"facts_updated", {{QStringLiteral("facts"), QJsonObject{{QStringLiteral("injured"), 2}, {QStringLiteral("participants"), 300}}}}},
        {"arrived", {{QStringLiteral("principal"), true}}},
        {"response_ended", {}},
    };
    for (const auto &step : steps) {
        f.clock.advance(7 * 60);
        const auto r = store.record(id, QLatin1String(step.kind), step.payload);
        QVERIFY2(r.ok(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(step.kind), r.error())));
        QCOMPARE(store.incident(id), before); // extended in place, not replaced
        QCOMPARE(cd::StateJson::incident(*store.incident(id), *testLibrary()), full(f, id));
        // The list's summary, brought forward from the appended event alone, is the one a
        // full pass over the state gives.
        QVERIFY(store.summary(id) && *store.summary(id) == cd::IncidentSummary::of(*store.incident(id)));
    }
    // The duties the plans give after 300 people can be acknowledged like any other.
    const auto &duties = store.incident(id)->duties;
    QVERIFY(!duties.empty());
    f.clock.advance(60);
    QVERIFY(store.record(id, QStringLiteral("duty_acknowledged"),
                         {{QStringLiteral("plan"), duties.front().plan}, {QStringLiteral("agency"), duties.front().agency}})
                .ok());
    QCOMPARE(cd::StateJson::incident(*store.incident(id), *testLibrary()), full(f, id));
    QCOMPARE(store.incident(id)->duties.front().status, QStringLiteral("acknowledged"));
}

void TestIncremental::correctionRefoldsEverything()
{
    JournalFixture f;
    cd::IncidentStore store(testLibrary(), cd::WorkCalendar::builtin(), f.clock, *f.journal);
    QVERIFY(store.reload().ok());
    const qint64 id = store.createIncident(QStringLiteral("聚集"), false,
                                           QJsonObject{{QStringLiteral("cause"), QStringLiteral("wage_arrears")},
                                                       {QStringLiteral("participants"), 40}},
                                           {}).value();
    f.clock.advance(5 * 60);
    const qint64 wrong = store.record(id, QStringLiteral("facts_updated"),
                                      {{QStringLiteral("facts"), QJsonObject{{QStringLiteral("participants"), 400}}}}).value();
    QCOMPARE(store.incident(id)->facts.participants, 400);
    f.clock.advance(60);
    QVERIFY(store.record(id, QStringLiteral("correction"),
                         {{QStringLiteral("corrects"), wrong}, {QStringLiteral("reason"), QStringLiteral("误录：应为40人")}})
                .ok());
    QCOMPARE(store.incident(id)->facts.participants, 40); // withdrawn: the whole history refolded
    QVERIFY(store.incident(id)->voided.contains(wrong));
    QCOMPARE(cd::StateJson::incident(*store.incident(id), *testLibrary()), full(f, id));
}

void TestIncremental::extendRefusesWhatItCannotAdd()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"({"cause":"wage_arrears","participants":40})");
    const qint64 other = f.newIncident(R"({"cause":"wage_arrears","participants":10})");
    auto state = f.state(id);
    const auto snapshot = cd::StateJson::incident(state, *testLibrary());
    const cd::IncidentState::Inputs inputs{*testLibrary(), cd::WorkCalendar::builtin()};
    f.add(other, "note", R"({"text":"另一事件"})", "2026-11-22T03:11:00+08:00");
    // Another incident's event, an event already folded: refused, the state unchanged.
    QVERIFY(!state.extend(f.journal->events(other).value(), inputs, f.clock.now()));
    QVERIFY(!state.extend(f.journal->events(id).value(), inputs, f.clock.now()));
    QCOMPARE(cd::StateJson::incident(state, *testLibrary()), snapshot);
    // A state folded up to a replay cursor is never extended.
    auto atCursor = f.state(id, JournalFixture::at("2026-11-22T03:10:30+08:00"));
    f.add(id, "verified", "{}", "2026-11-22T03:12:00+08:00");
    QVERIFY(!atCursor.extend(f.journal->events(id, atCursor.events.last().seq).value(), inputs, f.clock.now()));
    QVERIFY(state.extend(f.journal->events(id, state.events.last().seq).value(), inputs, f.clock.now()));
    QCOMPARE(state.status, cd::IncidentStatus::Verified);
}

QTEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
