// The journal: append-only storage with a hash chain, the fold, corrections, cursor folds,
// tampering and the faults an operator may meet.
#include "JournalFixture.h"
#include "items/IncidentStore.h"

#include "journal/ChainHash.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

class TestJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void schemaAndPragmas();
    void appendsChainAndReadBack();
    void unreachableServerRefusesAtOnce();
    void databaseRefusesUpdateAndDelete();
    void rejectsBadEvents_data();
    void rejectsBadEvents();
    void foldFactsUpdatesRegrade();
    void foldDutiesAndLifecycle();
    void correctionVoidsOrReplaces();
    void cursorFoldSeesOnlyThePast();
    void deadlinesFromEvents();
    void batchIsAllOrNothing();
    void everyEventIsAttributable();
    void factsUpdatesAreCheckedMerged();
    void correctionsOnlyOfEarlierEventsOfTheIncident();
    void completionBeforeTheAnchorDoesNotCount();
    void replayCursorHidesIncidentsNotYetReported();
    void tamper_data();
    void tamper();
    void refusesUnreadableFiles_data();
    void refusesUnreadableFiles();
    void fullDiskLosesNothing();
    void opensAfterACheckpointCutShort();
    void hashLayoutIsTheDocumentedOne();
    void journalsWrittenByEarlierBuildsStillVerify();
};

void TestJournal::schemaAndPragmas()
{
    JournalFixture f;
    f.newIncident(R"j({"participants":10})j");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
    db.setDatabaseName(f.path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), (SELECT application_id FROM "
                                  "pragma_application_id), (SELECT journal_mode FROM pragma_journal_mode)")) && q.next());
    QCOMPARE(q.value(0).toInt(), cd::Journal::SchemaVersion);
    QCOMPARE(q.value(1).toInt(), cd::Journal::ApplicationId);
    QCOMPARE(q.value(2).toString(), QStringLiteral("wal"));
    q.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
}

void TestJournal::appendsChainAndReadBack()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"cause":"wage_arrears","participants":260,"county":"莲都区"})j");
    QCOMPARE(id, 1);
    f.clock.advance(120);
    QCOMPARE(f.add(id, "initial_judgment", "{}", "2026-11-22T03:11:00+08:00"), 2); // happened a minute before its entry
    QCOMPARE(f.add(id, "note", R"j({"text":"现场约260人,情绪稳定"})j", "2026-11-22T03:12:00+08:00"), 3);
    const auto events = f.journal->events(id).value();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].kind, QStringLiteral("reported"));
    QCOMPARE(events[1].prevHash, events[0].hash);
    QCOMPARE(events[2].prevHash, events[1].hash);
    QCOMPARE(events[1].eventTime, JournalFixture::at("2026-11-22T03:11:00+08:00"));
    QCOMPARE(events[1].entryTime, JournalFixture::at("2026-11-22T03:12:00+08:00")); // from the clock
    QCOMPARE(events[2].actor, QStringLiteral("值班员甲 (zhijia)")); // the signed-in account, name and login
    QCOMPARE(events[2].workstation, QStringLiteral("desk-1"));
    QCOMPARE(events[2].payload().value(QStringLiteral("text")).toString(), QStringLiteral("现场约260人,情绪稳定"));
    const auto check = f.journal->verify().value();
    QVERIFY(check.intact);
    QCOMPARE(check.events, 3);
    QCOMPARE(check.headHash, events[2].hash);
    // A second incident continues the same chain.
    const qint64 other = f.newIncident(R"j({"participants":5})j");
    QCOMPARE(f.journal->events(other).value().front().seq, 4);
    QCOMPARE(f.journal->events(other).value().front().prevHash, events[2].hash);
}

void TestJournal::unreachableServerRefusesAtOnce()
{
    // The desk's watcher says the shared server does not answer: the desk's own writes and
    // event reads fail at once with the offline words, nothing written, until it answers again.
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"cause":"wage_arrears","participants":80})j");
    f.journal->setServerUnreachable(QStringLiteral("the server did not answer within 3 s"));
    QVERIFY(f.journal->serverUnreachable());
    const auto refused = f.journal->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}},
                                            f.clock.now(), f.author});
    QVERIFY(!refused.ok());
    QCOMPARE(f.journal->lastFailure(), cd::StoreFailure::Offline);
    QVERIFY2(refused.error().contains(QStringLiteral("(offline): the server did not answer within 3 s. Nothing was written")),
             qPrintable(refused.error()));
    QVERIFY(!f.journal->createIncident(QStringLiteral("新"), false, QJsonObject{{QStringLiteral("participants"), 5}}, f.clock.now()).ok());
    QVERIFY(!f.journal->events(id).ok());
    QCOMPARE(f.journal->verify().value().events, 1);

    f.journal->setServerUnreachable(std::nullopt);
    QVERIFY(f.journal->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}, f.clock.now(), f.author}).ok());
    QCOMPARE(f.journal->events(id).value().size(), 2);
}

void TestJournal::databaseRefusesUpdateAndDelete()
{
    JournalFixture f;
    f.newIncident(R"j({"participants":10})j");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    db.setDatabaseName(f.path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE events SET actor = 'x'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM events")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QVERIFY(f.journal->verify().value().intact);
}

void TestJournal::rejectsBadEvents_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<qint64>("incident");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << "lunch" << QByteArray("{}") << qint64(1) << "kind: unknown event kind";
    QTest::newRow("report to nobody") << "report_sent" << QByteArray(R"j({"to":"mars"})j") << qint64(1) << "payload.to: must be one of";
    QTest::newRow("duty of unknown plan") << "duty_acknowledged" << QByteArray(R"j({"plan":"flood","agency":"x"})j") << qint64(1)
                                          << "payload.plan: unknown plan";
    QTest::newRow("bad level") << "level_declared" << QByteArray(R"j({"plan":"mass-incident","level":"V"})j") << qint64(1)
                               << "payload.level:";
    QTest::newRow("negative facts") << "facts_updated" << QByteArray(R"j({"facts":{"participants":-3}})j") << qint64(1)
                                    << "payload.facts.participants: must not be negative";
    QTest::newRow("no such incident") << "note" << QByteArray(R"j({"text":"x"})j") << qint64(99) << "id: no incident 99";
    QTest::newRow("second reported") << "reported" << QByteArray("{}") << qint64(1) << "kind: \"reported\" opens an incident";
    QTest::newRow("correction without reason") << "correction" << QByteArray(R"j({"corrects":1})j") << qint64(1) << "payload.reason:";
}

void TestJournal::rejectsBadEvents()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, payload);
    QFETCH(qint64, incident);
    QFETCH(QString, message);
    JournalFixture f;
    f.newIncident(R"j({"participants":10})j");
    const auto r = f.journal->append({incident, kind, QJsonDocument::fromJson(payload).object(), f.clock.now(), f.author});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(message), qPrintable(r.error()));
    QCOMPARE(f.journal->verify().value().events, 1); // nothing was written
}

void TestJournal::foldFactsUpdatesRegrade()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"reported_at":"2026-11-22T03:10:00+08:00","cause":"wage_arrears","participants":260})j");
    auto s = f.state(id);
    QCOMPARE(s.title, QStringLiteral("测试事件"));
    QCOMPARE(s.facts.participants, 260);
    QCOMPARE(cd::levelCode(*s.grading.front().level), QStringLiteral("III"));
    // Only the changed fields are sent; the others stay.
    f.add(id, "facts_updated", R"j({"facts":{"participants":1200,"injured":2}})j", "2026-11-22T04:00:00+08:00");
    s = f.state(id);
    QCOMPARE(s.facts.participants, 1200);
    QCOMPARE(s.facts.injured, 2);
    QCOMPARE(s.facts.cause, QStringLiteral("wage_arrears"));
    QCOMPARE(cd::levelCode(*s.grading.front().level), QStringLiteral("II"));
    QCOMPARE(s.grading.front().decidingClause, QStringLiteral("2.2(1)"));
    QCOMPARE(s.reportedAt, JournalFixture::at("2026-11-22T03:10:00+08:00"));
}

void TestJournal::foldDutiesAndLifecycle()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"participants":300,"injured":1})j");
    auto s = f.state(id);
    QCOMPARE(s.status, cd::IncidentStatus::Reported);
    auto duty = [&s](const QString &agency) {
        return *std::find_if(s.duties.begin(), s.duties.end(), [&](const cd::DutyState &d) { return d.agency == agency; });
    };
    QCOMPARE(duty(QStringLiteral("市卫生健康委")).status, QStringLiteral("assigned"));
    f.add(id, "verified", "{}", "2026-11-22T03:15:00+08:00");
    f.add(id, "duty_acknowledged", R"j({"plan":"mass-incident","agency":"市卫生健康委"})j", "2026-11-22T03:16:00+08:00");
    f.add(id, "dispatched", R"j({"units":["市公安局"]})j", "2026-11-22T03:20:00+08:00");
    s = f.state(id);
    QCOMPARE(s.status, cd::IncidentStatus::Responding);
    QCOMPARE(duty(QStringLiteral("市卫生健康委")).status, QStringLiteral("acknowledged"));
    QCOMPARE(duty(QStringLiteral("市卫生健康委")).by, QStringLiteral("值班员甲 (zhijia)"));
    QCOMPARE(duty(QStringLiteral("市卫生健康委")).at, JournalFixture::at("2026-11-22T03:16:00+08:00"));
    f.add(id, "duty_done", R"j({"plan":"mass-incident","agency":"市卫生健康委"})j", "2026-11-22T05:00:00+08:00");
    // A duty the plan leaves to the commander, assigned by hand.
    f.add(id, "duty_assigned", R"j({"plan":"mass-incident","agency":"其他市级有关部门和单位","clause":"3.1.4(40)"})j",
          "2026-11-22T05:01:00+08:00");
    f.add(id, "response_ended", "{}", "2026-11-22T09:00:00+08:00");
    s = f.state(id);
    QCOMPARE(s.status, cd::IncidentStatus::ResponseEnded);
    QCOMPARE(duty(QStringLiteral("市卫生健康委")).status, QStringLiteral("done"));
    QCOMPARE(duty(QStringLiteral("其他市级有关部门和单位")).clause, QStringLiteral("3.1.4(40)"));
    f.add(id, "closed", "{}", "2026-11-23T09:00:00+08:00");
    QCOMPARE(f.state(id).status, cd::IncidentStatus::Closed);
    f.add(id, "report_sent", R"j({"to":"wage_office"})j", "2026-11-30T09:00:00+08:00");
    QCOMPARE(f.state(id).status, cd::IncidentStatus::PostReportSubmitted);
}

void TestJournal::correctionVoidsOrReplaces()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"participants":300})j");
    const qint64 wrong = f.add(id, "facts_updated", R"j({"facts":{"participants":3000}})j", "2026-11-22T03:30:00+08:00");
    QCOMPARE(cd::levelCode(*f.state(id).grading.front().level), QStringLiteral("II"));
    // Typed 3000 for 300: withdraw it. The wrong event stays in the journal, marked voided.
    f.add(id, "correction", QByteArrayLiteral(R"j({"corrects":)j") + QByteArray::number(wrong) + R"j(,"reason":"多输一个0"})j",
          "2026-11-22T03:31:00+08:00");
    auto s = f.state(id);
    QCOMPARE(s.facts.participants, 300);
    QCOMPARE(cd::levelCode(*s.grading.front().level), QStringLiteral("III"));
    QVERIFY(s.voided.contains(wrong));
    QCOMPARE(s.events.size(), 3);
    // Replace instead: the corrected content takes the place of the original.
    const qint64 late = f.add(id, "report_sent", R"j({"to":"county"})j", "2026-11-22T04:00:00+08:00");
    f.add(id, "correction",
          QByteArrayLiteral(R"j({"corrects":)j") + QByteArray::number(late) +
              R"j(,"reason":"报送对象记错","replacement":{"kind":"report_sent","payload":{"to":"city"}}})j",
          "2026-11-22T04:05:00+08:00");
    s = f.state(id);
    QCOMPARE(s.milestones.at.value(QStringLiteral("report_sent:city")), JournalFixture::at("2026-11-22T04:00:00+08:00"));
    QVERIFY(!s.milestones.at.contains(QStringLiteral("report_sent:county")));
    QVERIFY(f.journal->verify().value().intact);
}

void TestJournal::cursorFoldSeesOnlyThePast()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"reported_at":"2026-11-22T03:10:00+08:00","participants":300})j");
    f.add(id, "facts_updated", R"j({"facts":{"participants":1500}})j", "2026-11-22T04:00:00+08:00");
    f.add(id, "facts_updated", R"j({"facts":{"participants":6000}})j", "2026-11-22T05:00:00+08:00");
    auto levelAt = [&](const char *t) { return cd::levelCode(*f.state(id, JournalFixture::at(t)).grading.front().level); };
    QCOMPARE(levelAt("2026-11-22T03:59:59+08:00"), QStringLiteral("III"));
    QCOMPARE(levelAt("2026-11-22T04:00:00+08:00"), QStringLiteral("II"));
    QCOMPARE(levelAt("2026-11-22T05:30:00+08:00"), QStringLiteral("I"));
    QCOMPARE(f.state(id, JournalFixture::at("2026-11-22T04:30:00+08:00")).events.size(), 2);
}

void TestJournal::deadlinesFromEvents()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"reported_at":"2026-11-22T03:10:00+08:00","participants":1200})j");
    f.add(id, "report_sent", R"j({"to":"city"})j", "2026-11-22T04:50:00+08:00");
    const auto s = f.state(id, {}, JournalFixture::at("2026-11-22T05:00:00+08:00"));
    auto find = [&s](const QString &w) {
        return *std::find_if(s.deadlines.begin(), s.deadlines.end(), [&](const cd::Deadline &d) { return d.window->id == w; });
    };
    QCOMPARE(find(QStringLiteral("event-to-city")).state, cd::Deadline::State::Met);
    QCOMPARE(cd::isoShanghai(find(QStringLiteral("city-to-province")).due), QStringLiteral("2026-11-22T06:50:00+08:00"));
}

void TestJournal::batchIsAllOrNothing()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"participants":10})j");
    QList<cd::NewEvent> batch;
    for (int i = 0; i < 50; ++i)
        batch << cd::NewEvent{id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QString::number(i)}}, f.clock.now(), f.author};
    QCOMPARE(f.journal->appendBatch(batch).value().size(), 50);
    batch.append(cd::NewEvent{id, QStringLiteral("note"), QJsonObject{}, f.clock.now(), f.author}); // invalid: no text
    const auto r = f.journal->appendBatch(batch);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(QStringLiteral("event 51 of 51: payload.text")), qPrintable(r.error()));
    QCOMPARE(f.journal->events(id).value().size(), 51); // the failed batch left nothing
    QVERIFY(f.journal->verify().value().intact);
}

void TestJournal::everyEventIsAttributable()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"participants":10})j");
    // Whatever name the caller passes, the journal signs with the account signed in to it and
    // this workstation: an actor can no longer be typed in.
    const auto ok = f.journal->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}},
                                       f.clock.now(), {QStringLiteral("冒名者"), QStringLiteral("elsewhere")}});
    QVERIFY2(ok.ok(), qPrintable(ok.error()));
    QCOMPARE(f.journal->events(id).value().last().actor, QStringLiteral("值班员甲 (zhijia)"));
    QCOMPARE(f.journal->events(id).value().last().workstation, QStringLiteral("desk-1"));
    // A journal with accounts and nobody signed in records nothing.
    cd::Journal::Options o;
    o.path = f.path;
    auto anonymous = cd::Journal::open(o, f.clock, *testLibrary()).value();
    QVERIFY(anonymous->needsSignIn());
    const auto refused = anonymous->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}},
                                            f.clock.now(), {}});
    QVERIFY(!refused.ok());
    QCOMPARE(anonymous->lastFailure(), cd::StoreFailure::Refused);
    QVERIFY2(refused.error().contains(QStringLiteral("sign in first")), qPrintable(refused.error()));
    QCOMPARE(f.journal->events(id).value().size(), 2);
}

void TestJournal::factsUpdatesAreCheckedMerged()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"reported_at":"2026-11-22T03:10:00+08:00","participants":300,"injured":10,
                                        "asserted_clauses":["mass-incident:2.3(3)"]})j");
    // Only the serious injuries change: valid with the 10 injured already recorded.
    f.add(id, "facts_updated", R"j({"facts":{"serious_injuries":3}})j", "2026-11-22T03:20:00+08:00");
    QCOMPARE(f.state(id).facts.seriousInjuries, 3);
    // Fewer injured than serious injuries: refused, naming the field, nothing written.
    const auto r = f.journal->append({id, QStringLiteral("facts_updated"),
                                      QJsonObject{{QStringLiteral("facts"), QJsonObject{{QStringLiteral("injured"), 1}, {QStringLiteral("deaths"), 2}}}},
                                      f.clock.now(), f.author});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(QStringLiteral("payload.facts.serious_injuries: 3 is more than injured (1)")), qPrintable(r.error()));
    QCOMPARE(f.state(id).facts.deaths, 0);
    // null clears a field; a corrected reported_at moves the windows' anchor.
    f.add(id, "facts_updated", R"j({"facts":{"asserted_clauses":null,"reported_at":"2026-11-22T03:00:00+08:00"}})j", "2026-11-22T03:25:00+08:00");
    const auto s = f.state(id);
    QVERIFY(s.facts.assertedClauses.isEmpty());
    QCOMPARE(s.milestones.at.value(QStringLiteral("reported")), JournalFixture::at("2026-11-22T03:00:00+08:00"));
    QCOMPARE(s.reportedAt, JournalFixture::at("2026-11-22T03:00:00+08:00"));
}

void TestJournal::correctionsOnlyOfEarlierEventsOfTheIncident()
{
    JournalFixture f;
    const qint64 a = f.newIncident(R"j({"participants":300})j");
    const qint64 b = f.newIncident(R"j({"participants":30})j");
    const qint64 note = f.add(b, "note", R"j({"text":"x"})j", "2026-11-22T03:20:00+08:00");
    auto correct = [&](qint64 incident, qint64 target) {
        return f.journal->append({incident, QStringLiteral("correction"),
                                  QJsonObject{{QStringLiteral("corrects"), target}, {QStringLiteral("reason"), QStringLiteral("r")}}, f.clock.now(), f.author});
    };
    QVERIFY(correct(a, note).error().startsWith(QStringLiteral("payload.corrects: event 3 is not an event of incident 1")));
    QVERIFY(correct(a, 99).error().startsWith(QStringLiteral("payload.corrects: event 99 is not an event of incident 1")));
    QVERIFY(correct(a, 1).error().contains(QStringLiteral("the report that opened the incident cannot be withdrawn")));
    const auto first = correct(b, note);
    QVERIFY(first.ok());
    QVERIFY(correct(b, first.value()).error().contains(QStringLiteral("a correction cannot be corrected")));
}

void TestJournal::completionBeforeTheAnchorDoesNotCount()
{
    // 86号 5.1(2): the disposal report runs from the end of disposal; a report to the wage
    // office before that does not meet it, nor does it make a closed incident "submitted".
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"reported_at":"2026-11-23T09:00:00+08:00","cause":"wage_arrears","participants":40})j",
                                    "2026-11-23T09:00:00+08:00");
    f.add(id, "report_sent", R"j({"to":"wage_office"})j", "2026-11-23T10:00:00+08:00");
    f.add(id, "response_ended", "{}", "2026-11-23T12:00:00+08:00");
    f.add(id, "closed", "{}", "2026-11-23T13:00:00+08:00");
    auto s = f.state(id, {}, JournalFixture::at("2026-11-23T14:00:00+08:00"));
    auto disposal = std::find_if(s.deadlines.begin(), s.deadlines.end(), [](const cd::Deadline &d) { return d.window->id == QLatin1String("disposal-report"); });
    QCOMPARE(disposal->state, cd::Deadline::State::Pending);
    QCOMPARE(s.status, cd::IncidentStatus::Closed);
    f.add(id, "report_sent", R"j({"to":"wage_office"})j", "2026-11-24T10:00:00+08:00");
    s = f.state(id, {}, JournalFixture::at("2026-11-24T11:00:00+08:00"));
    disposal = std::find_if(s.deadlines.begin(), s.deadlines.end(), [](const cd::Deadline &d) { return d.window->id == QLatin1String("disposal-report"); });
    QCOMPARE(disposal->state, cd::Deadline::State::Met);
    QCOMPARE(disposal->completedAt, JournalFixture::at("2026-11-24T10:00:00+08:00"));
    QCOMPARE(s.status, cd::IncidentStatus::PostReportSubmitted);
}

void TestJournal::replayCursorHidesIncidentsNotYetReported()
{
    JournalFixture f;
    const qint64 first = f.newIncident(R"j({"participants":300})j", "2026-11-22T03:10:00+08:00");
    const qint64 second = f.newIncident(R"j({"participants":30})j", "2026-11-22T05:00:00+08:00");
    cd::ManualClock cursor(JournalFixture::at("2026-11-22T04:00:00+08:00"), cd::Clock::Mode::Replay);
    cd::IncidentStore store(testLibrary(), cd::WorkCalendar::builtin(), cursor, *f.journal);
    QVERIFY(store.reload().ok());
    QCOMPARE(int(store.incidents().size()), 1);
    QVERIFY(store.incident(first));
    QVERIFY(!store.incident(second));
    cursor.setNow(JournalFixture::at("2026-11-22T05:30:00+08:00")); // the store refolds at the new cursor
    QCOMPARE(int(store.incidents().size()), 2);
    QVERIFY(store.incident(second));
    QVERIFY(!store.record(first, QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("x")}}).ok());
}

void TestJournal::tamper_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<qint64>("firstBad");
    const QString drop = QStringLiteral("DROP TRIGGER events_append_only_update;DROP TRIGGER events_append_only_delete");
    QTest::newRow("edit payload") << (drop.split(QLatin1Char(';')) << QStringLiteral("UPDATE events SET payload = '{\"text\":\"改过\"}' WHERE seq = 3"))
                                  << qint64(3);
    QTest::newRow("edit time") << (drop.split(QLatin1Char(';')) << QStringLiteral("UPDATE events SET event_time = '2026-11-21T00:00:00.000Z' WHERE seq = 2"))
                               << qint64(2);
    QTest::newRow("delete middle") << (drop.split(QLatin1Char(';')) << QStringLiteral("DELETE FROM events WHERE seq = 2")) << qint64(2);
    QTest::newRow("delete newest") << (drop.split(QLatin1Char(';')) << QStringLiteral("DELETE FROM events WHERE seq = 4")) << qint64(4);
    QTest::newRow("reorder") << (drop.split(QLatin1Char(';'))
                                 << QStringLiteral("UPDATE events SET seq = 100 WHERE seq = 2") << QStringLiteral("UPDATE events SET seq = 2 WHERE seq = 3")
                                 << QStringLiteral("UPDATE events SET seq = 3 WHERE seq = 100"))
                             << qint64(2);
}

void TestJournal::tamper()
{
    QFETCH(QStringList, sql);
    QFETCH(qint64, firstBad);
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"participants":10})j");
    f.add(id, "note", R"j({"text":"一"})j", "2026-11-22T03:11:00+08:00");
    f.add(id, "note", R"j({"text":"二"})j", "2026-11-22T03:12:00+08:00");
    f.add(id, "note", R"j({"text":"三"})j", "2026-11-22T03:13:00+08:00");
    QVERIFY(f.journal->verify().value().intact);
    f.journal.reset();
    f.tamper(sql);
    f.reopen();
    const auto check = f.journal->verify().value();
    QVERIFY(!check.intact);
    QCOMPARE(check.firstBadSeq, firstBad);
    QVERIFY(!check.problem.isEmpty());
}

void TestJournal::refusesUnreadableFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("garbage") << "garbage" << "is not a CommandDesk database";
    QTest::newRow("damaged sqlite") << "damaged" << "is damaged or is not a database";
    QTest::newRow("newer schema") << "newer" << "was written by a newer CommandDesk (journal schema 99";
    QTest::newRow("other program") << "foreign" << "is an SQLite database of another program";
    // In WAL mode, as every journal is: closed cleanly, the file has no -wal or -shm, and
    // refusing it must not leave any.
    QTest::newRow("newer schema, WAL") << "newer wal" << "was written by a newer CommandDesk (journal schema 99";
    QTest::newRow("other program, WAL") << "foreign wal" << "is an SQLite database of another program";
}

void TestJournal::refusesUnreadableFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.sqlite"));
    if (kind == QLatin1String("garbage") || kind == QLatin1String("damaged")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray data = kind == QLatin1String("garbage") ? QByteArray("这不是数据库 this is a shift log\n").repeated(200)
                                                            : QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(8192, '\xab');
        file.write(data);
    } else {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            if (kind.endsWith(QLatin1String(" wal")))
                QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
            if (kind.startsWith(QLatin1String("newer"))) {
                QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(cd::Journal::ApplicationId)));
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("make"));
    }
    const QByteArray before = JournalFixture::bytes(path);
    cd::ManualClock clock(QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    cd::Journal::Options o;
    o.path = path;
    const auto j = cd::Journal::open(o, clock, *testLibrary());
    QVERIFY(!j.ok());
    QVERIFY2(j.error().contains(message), qPrintable(j.error()));
    QVERIFY2(j.error().startsWith(QFileInfo(path).absoluteFilePath()), qPrintable(j.error()));
    QCOMPARE(JournalFixture::bytes(path), before); // never touched
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
}

void TestJournal::fullDiskLosesNothing()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"participants":10})j");
    // Cap the file at its current size plus a little, then write until it is full.
    f.reopen(12);
    QString error;
    int written = 0;
    for (int i = 0; i < 2000 && error.isEmpty(); ++i) {
        const auto r = f.journal->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QString(400, QChar(0x4E00 + i % 100))}},
                                          f.clock.now(), f.author});
        if (r)
            ++written;
        else
            error = r.error();
    }
    QVERIFY2(error.contains(QStringLiteral("the disk is full")), qPrintable(error));
    QVERIFY(error.startsWith(f.path));
    QVERIFY(written > 0);
    const auto check = f.journal->verify().value();
    QVERIFY(check.intact);
    QCOMPARE(check.events, 1 + written); // every acknowledged append is there, the failed one is not
}

void TestJournal::opensAfterACheckpointCutShort()
{
    // A desk killed, or the power cut, while SQLite copies the WAL back into the main file
    // leaves a main file whose first pages are new and the rest old; the WAL still holds every
    // page, and a reader that goes through it sees the journal whole (tst_journal_process hit
    // this about once in 15 runs of 25 kills). Made here: the checkpoint cut after page 1,
    // which already counts the pages the file grew by.
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"participants":10})j");
    f.journal.reset(); // the last connection checkpoints: the main file holds everything
    const QByteArray before = JournalFixture::bytes(f.path);
    f.reopen();
    const int notes = 300;
    for (int i = 0; i < notes; ++i)
        f.add(id, "note", QStringLiteral(R"j({"text":"现场情况第%1次通报:秩序平稳,人数%2"})j").arg(i).arg(100 + i).toUtf8(), "2026-11-22T03:40:00+08:00");
    const QByteArray wal = JournalFixture::bytes(f.path + QStringLiteral("-wal"));
    f.journal.reset();
    const QByteArray after = JournalFixture::bytes(f.path);
    QVERIFY(!wal.isEmpty());
    const int pageSize = (quint8(after.at(16)) << 8) | quint8(after.at(17)); // the header's page size
    QCOMPARE(pageSize, (quint8(before.at(16)) << 8) | quint8(before.at(17)));
    QVERIFY2(after.size() > before.size() + pageSize, "the notes grew the file");
    auto write = [](const QString &file, const QByteArray &data) {
        QFile out(file);
        return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(data) == data.size();
    };
    QVERIFY(write(f.path, after.left(pageSize) + before.mid(pageSize)));
    QVERIFY(write(f.path + QStringLiteral("-wal"), wal));
    QFile::remove(f.path + QStringLiteral("-shm")); // gone with the killed process's memory map
    cd::Journal::Options o;
    o.path = f.path;
    auto j = cd::Journal::open(o, f.clock, *testLibrary());
    QVERIFY2(j.ok(), qPrintable(j.error()));
    const auto check = j.value()->verify().value();
    QVERIFY2(check.intact, qPrintable(check.problem));
    QCOMPARE(check.events, 1 + notes);
    QCOMPARE(j.value()->events(id).value().size(), qsizetype(1 + notes));
}

void TestJournal::hashLayoutIsTheDocumentedOne()
{
    // Every stored field, "<bytes>:<text>\n", in column order, chained by prev_hash; computed
    // here with Qt's own SHA-256, independent of the libcrypto path the journal uses.
    cd::StoredEvent e;
    e.seq = 42;
    e.incidentId = 7;
    e.eventTimeText = QStringLiteral("2026-11-22T03:11:00.000Z");
    e.entryTimeText = QStringLiteral("2026-11-22T03:12:00.250Z");
    e.actor = QStringLiteral("值班员甲 (zhijia)");
    e.workstation = QStringLiteral("desk-1");
    e.kind = QStringLiteral("note");
    e.payloadText = QByteArrayLiteral(R"({"text":"现场约260人,情绪稳定 🚓"})");
    e.prevHash = QString(64, QLatin1Char('a'));
    QByteArray input;
    for (const QByteArray &field : {QByteArray("42"), QByteArray("7"), e.eventTimeText.toUtf8(), e.entryTimeText.toUtf8(),
                                    e.actor.toUtf8(), e.workstation.toUtf8(), e.kind.toUtf8(), e.payloadText, e.prevHash.toUtf8()})
        input += QByteArray::number(field.size()) + ':' + field + '\n';
    QCOMPARE(cd::ChainHash::of(e), QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(cd::ChainHash::timeText(JournalFixture::at("2026-11-22T11:12:00.250+08:00")), e.entryTimeText);
}

void TestJournal::journalsWrittenByEarlierBuildsStillVerify()
{
    // Written by the build of 2026-11-25 (QCryptographicHash, QtSql); head as it printed it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(CD_SOURCE_DIR "/tests/data/journals/schema2-qtsha-2026-11-25.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    cd::ManualClock clock(JournalFixture::at("2026-11-26T09:00:00+08:00"));
    cd::Journal::Options o;
    o.path = path;
    auto journal = cd::Journal::open(o, clock, *testLibrary()).value();
    const auto check = journal->verify().value();
    QVERIFY2(check.intact, qPrintable(check.problem));
    QCOMPARE(check.events, 6);
    QCOMPARE(check.headHash, QStringLiteral("ad0c3c7b908cf3e367f7d6b14f20b2c40930a7174914cb89e002e30d9e4b4ec1"));
    for (qint64 id : {1, 2})
        for (const auto &e : journal->events(id).value())
            QCOMPARE(cd::ChainHash::of(e), e.hash);
    // And the chain goes on from it with the new hashing.
    const auto seq = journal->append({1, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("续接旧台账")}},
                                      clock.now(), {}});
    QVERIFY2(seq, qPrintable(seq.error()));
    QCOMPARE(seq.value(), 7);
    QVERIFY(journal->verify().value().intact);
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
