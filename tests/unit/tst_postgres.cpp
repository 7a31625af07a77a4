// The shared journal on a real PostgreSQL 15 server that this test starts itself: one chain
// under concurrent appenders, roles enforced by the server, live notifications, the summaries
// and db copy both ways. (A server that goes away or stops answering: tst_pgconnection.)
#include "PgRoomTest.h"
#include "items/IncidentStore.h"
#include "journal/SummaryProjection.h"
#include "journal/ChainHash.h"
#include "journal/JournalWatcher.h"
#include "journal/PostgresJournalStore.h"
#include "report/IssuedReports.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QTest>

#include <atomic>

class TestPostgres : public PgRoomTest {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startServer(); }
    void initIsIdempotentAndRefusesForeignDatabases();
    void serverLinksTheSameChainAsTheClient();
    void concurrentAppendersKeepOneChain_data();
    void concurrentAppendersKeepOneChain();
    void observerInsertRefusedByServer();
    void actorCannotBeForged();
    void liaisonOnlyTouchesOwnAgency();
    void onlyLeadersIssueReportsAtTheServer();
    void concurrentIssuersNeverShareANumber();
    void centreRegisterAtTheServer();
    void notificationReachesSecondSessionAndItsFold();
    void dbCopyBothWaysVerifies();
    void summaryProjectionOnTheServer();
    void appendAndFlushInOneRoundTrip();
};

void TestPostgres::initIsIdempotentAndRefusesForeignDatabases()
{
    QVERIFY(m_pg->createDatabase(QStringLiteral("idem")));
    const QString uri = m_pg->uri(QStringLiteral("idem"));
    // Before init: a clear word, not a crash or a half-made schema.
    auto r = runCli({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--db"), uri});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("has no CommandDesk journal yet") && r.err.contains("db init"), r.err.constData());
    r = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), uri});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("schema")).toString(), QStringLiteral("created"));
    r = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), uri});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("schema")).toString(), QStringLiteral("up to date"));
    QVERIFY(r.err.isEmpty()); // no NOTICE chatter
    // Another program's database is left alone.
    QVERIFY(m_pg->createDatabase(QStringLiteral("foreign")));
    QVERIFY(m_pg->superuserExec(QStringLiteral("CREATE TABLE invoices (id int)"), QStringLiteral("foreign")));
    r = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), m_pg->uri(QStringLiteral("foreign"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("another program"), r.err.constData());
    // A password in the URI is refused: it would show in `ps`.
    r = runCli({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--db"),
                QStringLiteral("postgresql://postgres:secret@/idem?host=") + m_pg->socketDir()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("password") && !r.err.contains("secret"), r.err.constData());
}

void TestPostgres::serverLinksTheSameChainAsTheClient()
{
    const QString uri = room(QStringLiteral("chain"));
    auto journal = open(uri, QStringLiteral("duty"));
    QCOMPARE(journal->account().role, cd::Role::DutyOperator);
    const qint64 id = journal->createIncident(QStringLiteral("某工地欠薪聚集"), false,
                                              QJsonObject{{QStringLiteral("cause"), QStringLiteral("wage_arrears")},
                                                          {QStringLiteral("participants"), 260}},
                                              JournalFixture::at("2026-11-22T03:10:00+08:00")).value();
    // Dated ten minutes after the journal's clock: refused on this store too (EntryTimeRule).
    const auto future = journal->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("现场约260人，情绪稳定")}},
                                         JournalFixture::at("2026-11-22T03:20:00+08:00"), {}});
    QVERIFY(!future.ok());
    QVERIFY2(future.error().contains(QStringLiteral("before it happens")), qPrintable(future.error()));
    QVERIFY(journal->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("现场约260人，情绪稳定")}},
                             JournalFixture::at("2026-11-22T03:10:00+08:00"), {}}).ok());
    const auto events = journal->events(id).value();
    QCOMPARE(events.size(), 2);
    // The server's sha256 over the same length-prefixed fields is the client's ChainHash.
    for (const auto &e : events)
        QCOMPARE(cd::ChainHash::of(e), e.hash);
    QCOMPARE(events[1].prevHash, events[0].hash);
    QCOMPARE(events[1].actor, QStringLiteral("值班员甲 (duty)"));
    QCOMPARE(events[1].workstation, QStringLiteral("desk-duty"));
    QVERIFY(journal->verify().value().intact);
    // The same verify through the CLI.
    const auto r = runCli({QStringLiteral("verify"), QStringLiteral("--db"), uri, QStringLiteral("--user"), QStringLiteral("watcher")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("events")).toInt(), 2);
}

void TestPostgres::concurrentAppendersKeepOneChain_data()
{
    QTest::addColumn<int>("writers");
    QTest::addColumn<int>("each");
    QTest::newRow("two") << 2 << 40;
    QTest::newRow("twenty") << 20 << 10;
}

void TestPostgres::concurrentAppendersKeepOneChain()
{
    QFETCH(int, writers);
    QFETCH(int, each);
    const QString uri = room(QStringLiteral("concurrent%1").arg(writers));
    const qint64 id = open(uri, QStringLiteral("duty"))->createIncident(QStringLiteral("并发"), false, QJsonObject{{QStringLiteral("participants"), 10}},
                                                                      m_clock.now()).value();
    std::atomic<int> failures{0};
    std::vector<std::unique_ptr<QThread>> threads; // QThread: the driver's notifier needs one
    QList<QList<qint64>> acked(writers);
    for (int w = 0; w < writers; ++w)
        threads.emplace_back(QThread::create([&, w] {
            cd::SystemClock clock;
            cd::Journal::Options o;
            o.path = uri;
            o.user = w % 2 ? QStringLiteral("duty") : QStringLiteral("leader");
            o.workstation = QStringLiteral("desk-%1").arg(w);
            auto journal = cd::Journal::open(o, clock, *testLibrary());
            if (!journal) {
                ++failures;
                return;
            }
            for (int i = 0; i < each; ++i) {
                const auto seq = journal.value()->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("%1/%2").arg(w).arg(i)}},
                                                          clock.now(), {}});
                if (seq)
                    acked[w] << seq.value();
                else
                    ++failures;
            }
        }));
    for (auto &t : threads)
        t->start();
    for (auto &t : threads)
        t->wait();
    QCOMPARE(failures.load(), 0);
    auto reader = open(uri, QStringLiteral("watcher"));
    const auto check = reader->verify().value();
    QVERIFY2(check.intact, qPrintable(check.problem));
    QCOMPARE(check.events, qint64(writers * each + 1)); // no gap, no fork, nothing lost
    QSet<qint64> all;
    for (const auto &list : acked)
        for (qint64 s : list)
            QVERIFY2(!all.contains(s), "two appends acknowledged with one sequence number");
    for (const auto &list : acked)
        for (qint64 s : list)
            all.insert(s);
    QCOMPARE(all.size(), writers * each);
}

void TestPostgres::observerInsertRefusedByServer()
{
    const QString uri = room(QStringLiteral("observer"));
    auto duty = open(uri, QStringLiteral("duty"));
    const qint64 id = duty->createIncident(QStringLiteral("观察"), false, QJsonObject{{QStringLiteral("participants"), 10}}, m_clock.now()).value();
    {
        QSqlDatabase db = raw(QStringLiteral("observer"), QStringLiteral("observer"), QStringLiteral("watcher"));
        QSqlQuery q(db);
        // Reading is allowed.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Writing is refused by the server itself, by table and by function.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO events VALUES (2, %1, 'x', 'x', 'x', 'x', 'note', '{}', 'x', 'x')").arg(id)));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM cd_append(%1, 'note', '2026-11-21T19:10:00.000Z', 'x', '{\"text\":\"x\"}')").arg(id)));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("observer"));
    // Through our client the refusal names the roles that may, with exit code 5.
    const auto r = runCli({QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--db"), uri, QStringLiteral("--user"),
                           QStringLiteral("watcher"), QStringLiteral("--id"), QString::number(id), QStringLiteral("--kind"), QStringLiteral("note"),
                           QStringLiteral("--payload"), QStringLiteral(R"({"text":"x"})")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("observer"), r.err.constData());
    QCOMPARE(duty->verify().value().events, 1);
}

void TestPostgres::actorCannotBeForged()
{
    const QString uri = room(QStringLiteral("forge"));
    auto duty = open(uri, QStringLiteral("duty"));
    const qint64 id = duty->createIncident(QStringLiteral("冒名"), false, QJsonObject{{QStringLiteral("participants"), 10}}, m_clock.now()).value();
    {
        // A client that skips our checks and talks SQL as the duty operator.
        QSqlDatabase db = raw(QStringLiteral("forger"), QStringLiteral("forge"), QStringLiteral("duty"));
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO events VALUES (2, %1, '2026-11-21T19:10:00.000Z', '2026-11-21T19:10:00.000Z', "
                                       "'指挥长丙 (chief)', 'x', 'closed', '{}', 'x', 'x')").arg(id)));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!q.exec(QStringLiteral("UPDATE chain_head SET seq = 0")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE events SET actor = 'someone'")));
        // Its own role may not close the incident, whatever it sends.
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM cd_append(%1, 'closed', '2026-11-21T19:10:00.000Z', 'x', '{}')").arg(id)));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        // What it may record is signed by the server with its own account, not a name it chose.
        QVERIFY2(q.exec(QStringLiteral("SELECT out_actor FROM cd_append(%1, 'note', '2026-11-21T19:10:00.000Z', 'x', '{\"text\":\"x\"}')").arg(id)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("值班员甲 (duty)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forger"));
    QVERIFY(duty->verify().value().intact);
}

void TestPostgres::liaisonOnlyTouchesOwnAgency()
{
    const QString uri = room(QStringLiteral("liaison"));
    const qint64 id = open(uri, QStringLiteral("duty"))->createIncident(QStringLiteral("联络"), false, QJsonObject{{QStringLiteral("participants"), 300}},
                                                                      m_clock.now()).value();
    {
        QSqlDatabase db = raw(QStringLiteral("liaison"), QStringLiteral("liaison"), QStringLiteral("police"));
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM cd_append(%1, 'duty_acknowledged', '2026-11-21T19:12:00.000Z', 'x', "
                                       "'{\"agency\":\"市人力社保局\",\"plan\":\"mass-incident\"}')").arg(id)));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY2(q.lastError().databaseText().contains(QStringLiteral("市公安局")), qPrintable(q.lastError().databaseText()));
        QVERIFY2(q.exec(QStringLiteral("SELECT * FROM cd_append(%1, 'duty_acknowledged', '2026-11-21T19:12:00.000Z', 'x', "
                                       "'{\"agency\":\"市公安局\",\"plan\":\"mass-incident\"}')").arg(id)),
                 qPrintable(q.lastError().text()));
        // A call about a duty (issue 17) is bound the same way at the server, and a liaison keeps
        // no directory.
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM cd_append(%1, 'agency_called', '2026-11-21T19:12:00.000Z', 'x', "
                                       "'{\"agency\":\"市人力社保局\",\"plan\":\"mass-incident\",\"number\":\"1\",\"outcome\":\"busy\"}')").arg(id)));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY2(q.exec(QStringLiteral("SELECT * FROM cd_append(%1, 'agency_called', '2026-11-21T19:12:00.000Z', 'x', "
                                       "'{\"agency\":\"市公安局\",\"plan\":\"mass-incident\",\"number\":\"1\",\"outcome\":\"busy\"}')").arg(id)),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM cd_append(0, 'contact_added', '2026-11-21T19:12:00.000Z', 'x', "
                                       "'{\"agency\":\"市公安局\",\"duty_phone\":\"0578-55500001\"}')")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("liaison"));
}

void TestPostgres::onlyLeadersIssueReportsAtTheServer()
{
    const QString uri = room(QStringLiteral("issue"));
    const qint64 id = open(uri, QStringLiteral("duty"))->createIncident(QStringLiteral("签发"), false, QJsonObject{{QStringLiteral("participants"), 300}},
                                                                      m_clock.now()).value();
    const QString signOff = QStringLiteral("{\"report\":\"initial\",\"number\":1,\"title\":\"t\",\"signer\":\"王五\",\"draft_sha256\":\"%1\"}")
                                .arg(QString(64, QLatin1Char('a')));
    {
        // A duty operator talking SQL past our client: the server refuses the sign-off (签发),
        // and an issue that names no sign-off of its draft.
        QSqlDatabase db = raw(QStringLiteral("issuer"), QStringLiteral("issue"), QStringLiteral("duty"));
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM cd_append(%1, 'report_signed_off', '2026-11-21T19:12:00.000Z', 'x', '%2')").arg(id).arg(signOff)));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM cd_append(%1, 'report_issued', '2026-11-21T19:12:00.000Z', 'x', '{}')").arg(id)));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("sign-off")), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("issuer"));
    {
        // A shift leader may sign off (the payload is checked by the client, the role by the
        // server; issuing itself, which paints a PDF, is tested below and in tst_official_reports).
        QSqlDatabase db = raw(QStringLiteral("leader-issuer"), QStringLiteral("issue"), QStringLiteral("leader"));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SELECT * FROM cd_append(%1, 'report_signed_off', '2026-11-21T19:12:00.000Z', 'x', '%2')").arg(id).arg(signOff)),
                 qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("leader-issuer"));
}

// Two desks issuing at the same moment: each 发文字号 once, per year, drills apart. The server
// refuses a serial already used (under the chain head's lock); the desk that lost takes the next.
void TestPostgres::concurrentIssuersNeverShareANumber()
{
    const QString uri = room(QStringLiteral("numbers"));
    constexpr int Desks = 2, Each = 3;
    auto leader = open(uri, QStringLiteral("leader"));
    QList<QList<qint64>> incidents(Desks);
    QList<qint64> drills;
    cd::OfficialReportOptions o;
    o.kind = cd::ReportKind::Initial;
    o.signer = QStringLiteral("王五");
    for (int d = 0; d < Desks; ++d)
        for (int i = 0; i < Each; ++i) {
            const bool drill = i == Each - 1; // one drill report per desk, in the same race
            const qint64 id = leader->createIncident(QStringLiteral("并发印发%1-%2").arg(d).arg(i), drill,
                                                     QJsonObject{{QStringLiteral("participants"), 60}}, m_clock.now()).value();
            const auto state = cd::IncidentState::fold(leader->events(id).value(), {*testLibrary(), cd::WorkCalendar::builtin()}, {}, m_clock.now());
            QVERIFY(cd::IssuedReports::signOff(*leader, state, *testLibrary(), o, m_clock.now()).ok());
            incidents[d] << id;
            if (drill)
                drills << id;
        }
    std::atomic<int> failures{0};
    QStringList problems(Desks);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int d = 0; d < Desks; ++d)
        threads.emplace_back(QThread::create([&, d] {
            cd::Journal::Options jo;
            jo.path = uri;
            jo.user = d ? QStringLiteral("duty") : QStringLiteral("chief"); // anyone may issue what was signed off
            jo.workstation = QStringLiteral("issuing-desk-%1").arg(d);
            auto journal = cd::Journal::open(jo, m_clock, *testLibrary());
            if (!journal) {
                ++failures;
                return;
            }
            for (qint64 id : incidents[d]) {
                const auto state = cd::IncidentState::fold(journal.value()->events(id).value(), {*testLibrary(), cd::WorkCalendar::builtin()}, {},
                                                           m_clock.now());
                const auto issued = cd::IssuedReports::issue(*journal.value(), state, *testLibrary(), o, m_clock.now());
                if (!issued) {
                    ++failures;
                    problems[d] += issued.error();
                }
            }
        }));
    for (auto &t : threads)
        t->start();
    for (auto &t : threads)
        t->wait();
    QVERIFY2(failures.load() == 0, qPrintable(problems.join(QLatin1Char('\n'))));
    auto reader = open(uri, QStringLiteral("watcher"));
    QVERIFY(reader->verify().value().intact);
    const auto issued = cd::IssuedReports::all(*reader).value();
    QCOMPARE(issued.size(), Desks * Each);
    QList<int> live, drill;
    for (const auto &r : issued) {
        QVERIFY(r.hashMatches);
        QCOMPARE(r.year, 2026);
        (r.exercise ? drill : live) << r.serial;
        QVERIFY(r.docNumber.contains(r.exercise ? QStringLiteral("演〔2026〕") : QStringLiteral("指〔2026〕")));
    }
    std::sort(live.begin(), live.end());
    std::sort(drill.begin(), drill.end());
    QCOMPARE(live, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(drill, (QList<int>{1, 2}));
    // And past the client: a serial already used is refused by the server itself.
    QSqlDatabase db = raw(QStringLiteral("dup"), QStringLiteral("numbers"), QStringLiteral("chief"));
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT incident_id, payload FROM events WHERE kind = 'report_issued' ORDER BY seq LIMIT 1")) && q.next());
        const qint64 incident = q.value(0).toLongLong();
        QString payload = q.value(1).toString();
        QSqlQuery dup(db);
        dup.prepare(QStringLiteral("SELECT * FROM cd_append(?, 'report_issued', '2026-11-21T19:12:00.000Z', 'x', ?)"));
        dup.addBindValue(incident);
        dup.addBindValue(payload);
        QVERIFY(!dup.exec());
        QCOMPARE(dup.lastError().nativeErrorCode(), QStringLiteral("23505"));
        QVERIFY2(dup.lastError().text().contains(QLatin1String(cd::SerialTakenMarker)), qPrintable(dup.lastError().text()));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("dup"));
}

void TestPostgres::centreRegisterAtTheServer()
{
    const QString uri = room(QStringLiteral("register"));
    const qint64 id = open(uri, QStringLiteral("duty"))->createIncident(QStringLiteral("登记簿"), false, QJsonObject{{QStringLiteral("participants"), 30}},
                                                                      m_clock.now()).value();
    const QJsonObject unit{{QStringLiteral("unit"), QStringLiteral("LS-GA-01")}, {QStringLiteral("agency"), QStringLiteral("市公安局")},
                           {QStringLiteral("kind"), QStringLiteral("patrol_car")}};
    // The roster goes into the register (id 0), kept by a shift leader; the same chain verifies.
    auto leader = open(uri, QStringLiteral("leader"));
    QVERIFY(leader->append({cd::CentreRegisterId, QStringLiteral("unit_added"), unit, m_clock.now(), {}}).ok());
    QCOMPARE(leader->events(cd::CentreRegisterId).value().size(), 1);
    QCOMPARE(leader->incidents().value().size(), 1); // the register is not an incident
    // The duty office's kinds (issue 17) are register kinds at the server too: the shift
    // leader schedules a shift, the incoming duty operator records the handover.
    const QJsonObject shift{{QStringLiteral("date"), QStringLiteral("2026-11-22")}, {QStringLiteral("shift"), QStringLiteral("夜班")},
                            {QStringLiteral("start"), QStringLiteral("20:00")}, {QStringLiteral("end"), QStringLiteral("08:00")},
                            {QStringLiteral("operators"), QJsonArray{QStringLiteral("赵六")}}};
    { auto r = leader->append({cd::CentreRegisterId, QStringLiteral("shift_scheduled"), shift, m_clock.now(), {}}); QVERIFY2(r.ok(), qPrintable(r.error())); }
    const QJsonObject handover{{QStringLiteral("outgoing"), QStringLiteral("带班领导")}, {QStringLiteral("remarks"), QString()},
                               {QStringLiteral("items"), QJsonArray()}};
    QVERIFY(open(uri, QStringLiteral("duty"))->append({cd::CentreRegisterId, QStringLiteral("handover"), handover, m_clock.now(), {}}).ok());
    QVERIFY(!open(uri, QStringLiteral("duty"))->append({cd::CentreRegisterId, QStringLiteral("shift_scheduled"), shift, m_clock.now(), {}}).ok());
    QCOMPARE(leader->events(cd::CentreRegisterId).value().size(), 3);
    QVERIFY(leader->verify().value().intact);
    {
        // Past the client: a duty operator may not add units, and nobody may put a roster event
        // into an incident or an incident's event into the register.
        QSqlDatabase db = raw(QStringLiteral("reg-duty"), QStringLiteral("register"), QStringLiteral("duty"));
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM cd_append(0, 'unit_added', '2026-11-21T19:12:00.000Z', 'x', '{}')")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM cd_append(0, 'shift_cancelled', '2026-11-21T19:12:00.000Z', 'x', '{}')")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reg-duty"));
    {
        QSqlDatabase db = raw(QStringLiteral("reg-leader"), QStringLiteral("register"), QStringLiteral("leader"));
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM cd_append(%1, 'unit_added', '2026-11-21T19:12:00.000Z', 'x', '{}')").arg(id)));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("centre's register")), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM cd_append(0, 'initial_judgment', '2026-11-21T19:12:00.000Z', 'x', '{}')")));
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM cd_append(%1, 'handover', '2026-11-21T19:12:00.000Z', 'x', '{}')").arg(id)));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("centre's register")), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM cd_append(0, 'note', '2026-11-21T19:12:00.000Z', 'x', '{\"text\":\"交班\"}')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reg-leader"));
    // The directory (issue 17) is kept in the register by the duty office itself, and refused in an incident.
    auto duty = open(uri, QStringLiteral("duty"));
    const QJsonObject contact{{QStringLiteral("agency"), QStringLiteral("市公安局")}, {QStringLiteral("duty_phone"), QStringLiteral("0578-55500001")}};
    QVERIFY(duty->append({cd::CentreRegisterId, QStringLiteral("contact_added"), contact, m_clock.now(), {}}).ok());
    QVERIFY(!duty->append({id, QStringLiteral("contact_added"), contact, m_clock.now(), {}}).ok());
    // A schema-1 journal (no register row, no kind_scopes, no unit_fixes) is refused by the
    // program until db init upgrades it; its events are kept as they are.
    const QString oldUri = room(QStringLiteral("schema1"));
    const qint64 oldId = open(oldUri, QStringLiteral("duty"))->createIncident(QStringLiteral("旧库"), false, QJsonObject{{QStringLiteral("participants"), 30}},
                                                                            m_clock.now()).value();
    QVERIFY(m_pg->superuserExec(QStringLiteral("DROP TABLE kind_scopes; DROP TABLE unit_fixes; DELETE FROM incidents WHERE id = 0; "
                                               "UPDATE schema_info SET version = 1"), QStringLiteral("schema1")));
    cd::Journal::Options o;
    o.path = oldUri;
    o.user = QStringLiteral("leader");
    const auto old = cd::Journal::open(o, m_clock, *testLibrary());
    QVERIFY(!old.ok());
    QVERIFY2(old.error().contains(QStringLiteral("db init")), qPrintable(old.error()));
    const auto init = runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), oldUri});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QCOMPARE(init.json().value(QStringLiteral("schema")).toString(), QStringLiteral("upgraded to schema 2"));
    auto upgraded = open(oldUri, QStringLiteral("leader"));
    QVERIFY(upgraded->verify().value().intact);
    QCOMPARE(upgraded->events(oldId).value().size(), 1);
    QVERIFY(upgraded->append({cd::CentreRegisterId, QStringLiteral("unit_added"), unit, m_clock.now(), {}}).ok());
    // Server rules from before a kind was added (as a room set up before the duty office):
    // refused at open naming the kind, not at an operator's first call; db init adds it.
    QVERIFY(m_pg->superuserExec(QStringLiteral("DELETE FROM kind_scopes WHERE kind = 'agency_called'; "
                                               "DELETE FROM kind_roles WHERE kind = 'agency_called'"), QStringLiteral("schema1")));
    upgraded.reset();
    const auto stale = cd::Journal::open(o, m_clock, *testLibrary());
    QVERIFY(!stale.ok());
    QVERIFY2(stale.error().contains(QStringLiteral("agency_called")) && stale.error().contains(QStringLiteral("db init")),
             qPrintable(stale.error()));
    QVERIFY(runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), oldUri}).exitCode == 0);
    QVERIFY(cd::Journal::open(o, m_clock, *testLibrary()).ok());
}

void TestPostgres::notificationReachesSecondSessionAndItsFold()
{
    const QString uri = room(QStringLiteral("notify"));
    auto a = open(uri, QStringLiteral("duty"));
    // Workstation B: its own journal connection, its store, its watcher.
    auto bJournal = open(uri, QStringLiteral("leader"));
    cd::IncidentStore b(testLibrary(), cd::WorkCalendar::builtin(), m_clock, *bJournal);
    QVERIFY(b.reload().ok());
    auto location = cd::StoreLocation::parse(uri).value();
    location.user = QStringLiteral("leader");
    cd::JournalWatcher watcher({location, {}, -1, 250});
    QObject::connect(&watcher, &cd::JournalWatcher::appended, &b, [&b](const QList<cd::StoredEvent> &events) { (void)b.applyAppended(events); });
    QVERIFY(!watcher.start());
    QSignalSpy added(&b, &cd::IncidentStore::incidentAdded);
    QSignalSpy changed(&b, &cd::IncidentStore::incidentChanged);
    QElapsedTimer t;
    t.start();
    const qint64 id = a->createIncident(QStringLiteral("通知"), false, QJsonObject{{QStringLiteral("cause"), QStringLiteral("wage_arrears")},
                                                                                  {QStringLiteral("participants"), 260}}, m_clock.now()).value();
    QVERIFY(added.wait(1000));
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(added.first().first().toLongLong(), id);
    QVERIFY(b.incident(id));
    QCOMPARE(b.incident(id)->title, QStringLiteral("通知"));
    // A later event refolds just that incident on B.
    QVERIFY(a->append({id, QStringLiteral("facts_updated"), QJsonObject{{QStringLiteral("facts"), QJsonObject{{QStringLiteral("participants"), 1200}}}},
                       m_clock.now(), {}}).ok());
    QVERIFY(changed.wait(1000));
    QCOMPARE(b.incident(id)->events.size(), 2);
    QCOMPARE(b.incident(id)->events.last().kind, QStringLiteral("facts_updated"));
}

void TestPostgres::dbCopyBothWaysVerifies()
{
    // A desk's file with some history…
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(runCli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--db"), file, QStringLiteral("--facts"), QStringLiteral("-")},
                        R"({"cause":"wage_arrears","participants":250})").exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--db"), file, QStringLiteral("--id"), QStringLiteral("2"),
                     QStringLiteral("--kind"), QStringLiteral("note"), QStringLiteral("--payload"), QStringLiteral(R"({"text":"已到场"})")}).exitCode, 0);
    const auto source = runCli({QStringLiteral("verify"), QStringLiteral("--db"), file}).json();
    // … into the shared server (the owner copies rows as they are), and back into a new file.
    QVERIFY(m_pg->createDatabase(QStringLiteral("copied")));
    const QString uri = m_pg->uri(QStringLiteral("copied"));
    QCOMPARE(runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), uri}).exitCode, 0);
    auto r = runCli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), uri});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("events")).toInt(), 4);
    QCOMPARE(r.json().value(QStringLiteral("head")).toString(), source.value(QStringLiteral("head")).toString());
    QVERIFY(r.json().value(QStringLiteral("verified")).toBool());
    // A second copy into the same journal is refused, nothing doubled.
    r = runCli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), uri});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("already holds a journal"), r.err.constData());
    // New incidents on the server continue the copied ids and chain.
    room(QStringLiteral("unused")); // creates the accounts cluster-wide (roles) and their passwords
    QVERIFY(m_pg->superuserExec(QStringLiteral("SELECT cd_user_add('duty', '值班员甲', 'duty_operator', '', NULL)"), QStringLiteral("copied")) ||
            m_pg->problem().contains(QStringLiteral("duplicate")));
    auto duty = open(uri, QStringLiteral("duty"));
    QCOMPARE(duty->createIncident(QStringLiteral("续"), false, QJsonObject{{QStringLiteral("participants"), 10}}, m_clock.now()).value(), 4);
    QVERIFY(duty->verify().value().intact);
    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    r = runCli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), uri, QStringLiteral("--to"), back});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("events")).toInt(), 5);
    QVERIFY(r.json().value(QStringLiteral("verified")).toBool());
    // The server's logins cannot come along (their passwords are the server's): counted and said.
    QVERIFY(r.json().value(QStringLiteral("accounts_not_copied")).toInt() >= 1);
    QVERIFY2(r.err.contains("user add"), r.err.constData());
    const auto backCheck = runCli({QStringLiteral("verify"), QStringLiteral("--db"), back}).json();
    QCOMPARE(backCheck.value(QStringLiteral("head")).toString(), duty->verify().value().headHash);
    // Into an existing file: refused, the file untouched.
    r = runCli({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), uri, QStringLiteral("--to"), file});
    QCOMPARE(r.exitCode, 2);
}

void TestPostgres::summaryProjectionOnTheServer()
{
    // The same two tables as in SQLite; on the server `db init` makes them and lets writers
    // keep them, so a duty operator's desk saves what it folded and the next start refolds
    // only what changed.
    const QString uri = room(QStringLiteral("summaries"));
    auto journal = open(uri, QStringLiteral("duty"));
    const qint64 a = journal->createIncident(QStringLiteral("讨薪聚集"), false,
                                             QJsonObject{{QStringLiteral("cause"), QStringLiteral("wage_arrears")},
                                                         {QStringLiteral("participants"), 260}},
                                             JournalFixture::at("2026-11-22T03:10:00+08:00")).value();
    const qint64 b = journal->createIncident(QStringLiteral("征地纠纷"), false, QJsonObject{{QStringLiteral("participants"), 30}},
                                             JournalFixture::at("2026-11-22T03:10:00+08:00")).value();
    const cd::IncidentState::Inputs inputs{*testLibrary(), cd::WorkCalendar::builtin()};
    auto fold = [&](const QList<cd::StoredEvent> &events) { return cd::IncidentState::fold(events, inputs, {}, m_clock.now()); };
    auto first = cd::SummaryProjection::load(journal->store(), QStringLiteral("k"), fold);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY(first->rebuilt);
    QCOMPARE(first->summaries.size(), 2);
    for (const auto &s : first->summaries)
        QVERIFY(s == cd::IncidentSummary::of(fold(journal->events(s.id).value())));
    QVERIFY(journal->append({a, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("现场平稳")}},
                             JournalFixture::at("2026-11-22T03:10:00+08:00"), {}}).ok());
    auto second = cd::SummaryProjection::load(journal->store(), QStringLiteral("k"), fold);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QVERIFY2(first->notSaved.isEmpty(), qPrintable(first->notSaved));
    QVERIFY(!second->rebuilt);
    QCOMPARE(second->refolded, 1); // only the incident with the new note
    QCOMPARE(second->summaries.size(), 2);
    QCOMPARE(second->summaries.at(0).lastSeq, journal->events(a).value().last().seq);
    QVERIFY(second->summaries.at(1) == cd::IncidentSummary::of(fold(journal->events(b).value())));
}

// A single append and its flush travel together (PostgresPipeline, libpq's pipeline mode on the
// QPSQL connection). The answers must be the same as two statements would give: the event as
// the server linked it, a refusal worded as before, the connection left usable for QtSql; and a
// server whose db init predates cd_flush() still gets durable appends the old way.
void TestPostgres::appendAndFlushInOneRoundTrip()
{
    const QString uri = room(QStringLiteral("pipeline"));
    auto duty = open(uri, QStringLiteral("duty"));
    const qint64 id = duty->createIncident(QStringLiteral("管道"), false, QJsonObject{{QStringLiteral("participants"), 10}}, m_clock.now()).value();
    const auto seq = duty->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("第一条")}}, m_clock.now(), {}});
    QVERIFY2(seq, qPrintable(seq.error()));
    const auto events = duty->events(id); // a QtSql read right after, on the same connection
    QVERIFY2(events, qPrintable(events.error()));
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->last().seq, seq.value());
    QCOMPARE(events->last().actor, QStringLiteral("值班员甲 (duty)"));
    QCOMPARE(events->last().prevHash, events->first().hash);

    // Refused by the server inside the pipeline (its rules here stricter than the client's: the
    // duty operator's right to notes taken away): the server's own sentence, the failure kind,
    // nothing written, and the connection fit for the next append.
    QVERIFY(m_pg->superuserExec(QStringLiteral("DELETE FROM kind_roles WHERE kind = 'note' AND role = 'duty_operator'"), QStringLiteral("pipeline")));
    const auto refused = duty->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("拒绝")}}, m_clock.now(), {}});
    QVERIFY(!refused);
    QCOMPARE(duty->lastFailure(), cd::StoreFailure::Refused);
    // One line in the shape the Chinese desk translates (ui/ProblemText): no "ERROR:", no
    // CONTEXT lines naming the PL/pgSQL function, no "(42501)".
    static const QRegularExpression shape(QStringLiteral("^refused by \\S+: the role duty_operator may not record note; needed: [a-z_, ]+\\. "
                                                         "Nothing was written\\.$"));
    QVERIFY2(shape.match(refused.error()).hasMatch(), qPrintable(refused.error()));
    QCOMPARE(duty->verify().value().events, 2);
    QVERIFY(m_pg->superuserExec(QStringLiteral("INSERT INTO kind_roles VALUES ('note', 'duty_operator', false)"), QStringLiteral("pipeline")));
    const auto after = duty->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("第二条")}}, m_clock.now(), {}});
    QVERIFY2(after, qPrintable(after.error()));
    QCOMPARE(after.value(), seq.value() + 1);

    // The flush refused after the append committed (its grant taken away while the desk runs):
    // the desk is told the event was recorded and must not be entered again, not that nothing
    // was written; the next append flushes the two-statement way.
    QVERIFY(m_pg->superuserExec(QStringLiteral("REVOKE EXECUTE ON FUNCTION cd_flush() FROM commanddesk_reader"), QStringLiteral("pipeline")));
    const auto unconfirmed = duty->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("未确认")}}, m_clock.now(), {}});
    QVERIFY(!unconfirmed);
    QVERIFY2(unconfirmed.error().contains(QStringLiteral("recorded up to event %1").arg(after.value() + 1)) &&
                 unconfirmed.error().contains(QStringLiteral("do not enter it again")) && !unconfirmed.error().contains(QStringLiteral("Nothing was written")),
             qPrintable(unconfirmed.error()));
    QCOMPARE(duty->events(id).value().last().seq, after.value() + 1);
    const auto flushedOldWay = duty->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("旧法")}}, m_clock.now(), {}});
    QVERIFY2(flushedOldWay, qPrintable(flushedOldWay.error()));
    QCOMPARE(flushedOldWay.value(), after.value() + 2);

    // A server set up by an older db init, without cd_flush(): appends are flushed as before.
    QVERIFY(m_pg->superuserExec(QStringLiteral("DROP FUNCTION cd_flush()"), QStringLiteral("pipeline")));
    auto older = open(uri, QStringLiteral("leader"));
    const auto third = older->append({id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("第三条")}}, m_clock.now(), {}});
    QVERIFY2(third, qPrintable(third.error()));
    QCOMPARE(third.value(), after.value() + 3);
    const auto check = older->verify();
    QVERIFY(check && check->intact);
    QCOMPARE(check->events, 6);
}

QTEST_MAIN(TestPostgres) // a QGuiApplication: issuing paints the PDF
#include "tst_postgres.moc"
