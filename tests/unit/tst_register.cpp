// The centre's register (CentreRegisterId): events that belong to the centre rather than to
// one incident share the journal's chain, verify and roles, and are never listed as incidents.
#include "JournalFixture.h"
#include "items/IncidentStore.h"
#include "journal/EventKinds.h"
#include "plan/PlanLibrary.h"

#include <QTest>

class TestRegister : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void registerEventsShareTheChain();
    void kindsKeepToTheirScope_data();
    void kindsKeepToTheirScope();
    void rosterNeedsAShiftLeader();
    void schema2FileMigratesUnchanged();
    void registerIsNotAnIncidentOnScreen();
};

namespace {
const QByteArray Unit = R"j({"unit":"LS-GA-01","agency":"市公安局","kind":"patrol_car","callsign":"丽公01"})j";
}

void TestRegister::registerEventsShareTheChain()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"participants":10})j");
    const qint64 seq = f.add(cd::CentreRegisterId, "unit_added", Unit, "2026-11-22T03:11:00+08:00");
    QCOMPARE(seq, 2); // the one chain: after the incident's report
    f.add(id, "note", R"j({"text":"续"})j", "2026-11-22T03:12:00+08:00");
    f.add(cd::CentreRegisterId, "note", R"j({"text":"交班:车辆2台检修"})j", "2026-11-22T03:13:00+08:00");

    const auto reg = f.journal->events(cd::CentreRegisterId).value();
    QCOMPARE(reg.size(), 2);
    QCOMPARE(reg[0].kind, QStringLiteral("unit_added"));
    QCOMPARE(reg[1].kind, QStringLiteral("note"));
    QCOMPARE(f.journal->events(id).value().size(), 2); // the incident keeps only its own

    // Not an incident: not listed, grouped or counted.
    const auto rows = f.journal->incidents().value();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].id, id);
    const auto grouped = f.journal->eventsByIncident().value();
    QCOMPARE(grouped.size(), 1);
    QCOMPARE(grouped[0].size(), 2);
    int visited = 0;
    QVERIFY(f.journal->forEachIncident([&](const QList<cd::StoredEvent> &events) {
        ++visited;
        QCOMPARE(events.first().incidentId, id);
    }).value());
    QCOMPARE(visited, 1);

    const auto check = f.journal->verify().value();
    QVERIFY2(check.intact, qPrintable(check.problem));
    QCOMPARE(check.events, 4);

    // Altering a register event breaks the chain like any other.
    f.tamper({QStringLiteral("DROP TRIGGER events_append_only_update"),
              QStringLiteral("UPDATE events SET payload = replace(payload, 'LS-GA-01', 'LS-GA-99') WHERE seq = 2")});
    f.reopen();
    const auto broken = f.journal->verify().value();
    QVERIFY(!broken.intact);
    QCOMPARE(broken.firstBadSeq, 2);
}

void TestRegister::kindsKeepToTheirScope_data()
{
    QTest::addColumn<bool>("inRegister");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("roster in an incident") << false << "unit_added" << Unit << "belongs to the centre's register, not to incident 1";
    QTest::newRow("retire in an incident") << false << "unit_retired" << QByteArray(R"j({"unit":"LS-GA-01"})j")
                                           << "belongs to the centre's register";
    QTest::newRow("incident kind in the register") << true << "initial_judgment" << QByteArray("{}")
                                                   << "belongs to an incident, not to the centre's register";
    QTest::newRow("dispatch in the register") << true << "dispatched" << QByteArray(R"j({"units":["LS-GA-01"]})j")
                                              << "belongs to an incident";
    QTest::newRow("note in the register") << true << "note" << QByteArray(R"j({"text":"x"})j") << "";
    QTest::newRow("roster in the register") << true << "unit_added" << Unit << "";
    QTest::newRow("roster without agency") << true << "unit_added" << QByteArray(R"j({"unit":"X","kind":"car"})j")
                                           << "payload.agency: required";
}

void TestRegister::kindsKeepToTheirScope()
{
    QFETCH(bool, inRegister);
    QFETCH(QString, kind);
    QFETCH(QByteArray, payload);
    QFETCH(QString, problem);
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"participants":10})j");
    const qint64 target = inRegister ? cd::CentreRegisterId : id;
    const auto r = f.journal->append({target, kind, QJsonDocument::fromJson(payload).object(), f.clock.now(), {}});
    if (problem.isEmpty()) {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error()));
    } else {
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(problem), qPrintable(r.error()));
        QCOMPARE(f.journal->verify().value().events, 1); // nothing written
    }
}

void TestRegister::rosterNeedsAShiftLeader()
{
    JournalFixture f;
    f.signInAs(QStringLiteral("duty"));
    const auto refused = f.journal->append({cd::CentreRegisterId, QStringLiteral("unit_added"), QJsonDocument::fromJson(Unit).object(), f.clock.now(), {}});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("may not record unit_added")), qPrintable(refused.error()));
    QCOMPARE(f.journal->lastFailure(), cd::StoreFailure::Refused);
    // A duty operator may still write a note in the register.
    QVERIFY(f.journal->append({cd::CentreRegisterId, QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("x")}}, f.clock.now(), {}}).ok());
    f.signInAs(QStringLiteral("leader"));
    QVERIFY(f.journal->append({cd::CentreRegisterId, QStringLiteral("unit_added"), QJsonDocument::fromJson(Unit).object(), f.clock.now(), {}}).ok());
    QVERIFY(cd::Roles::mayRecord(cd::Role::ShiftLeader, QStringLiteral("unit_retired")));
    QVERIFY(!cd::Roles::mayRecord(cd::Role::DutyOperator, QStringLiteral("unit_changed")));
}

void TestRegister::schema2FileMigratesUnchanged()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"participants":10})j");
    f.add(id, "note", R"j({"text":"旧文件"})j", "2026-11-22T03:12:00+08:00");
    const QString head = f.journal->verify().value().headHash;
    f.journal.reset();
    // The file as a schema-2 program left it: no register row, no fixes table.
    f.tamper({QStringLiteral("DELETE FROM incidents WHERE id = 0"), QStringLiteral("DROP TABLE unit_fixes"),
              QStringLiteral("PRAGMA user_version = 2")});
    {
        // Read-only, it opens as it is and verifies.
        cd::Journal::Options o;
        o.path = f.path;
        o.readOnly = true;
        auto ro = cd::Journal::open(o, f.clock, *testLibrary());
        QVERIFY2(ro.ok(), ro.ok() ? "" : qPrintable(ro.error()));
        QVERIFY(ro.value()->verify().value().intact);
        QVERIFY(!ro.value()->store().hasCentreRegister().value());
    }
    f.reopen(); // with write access: migrated forward
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
    db.setDatabaseName(f.path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM incidents WHERE id = 0), "
                                      "(SELECT count(*) FROM unit_fixes)")) && q.next());
        QCOMPARE(q.value(0).toInt(), cd::Journal::SchemaVersion);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toInt(), 0);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
    const auto check = f.journal->verify().value();
    QVERIFY(check.intact);
    QCOMPARE(check.headHash, head); // the events are untouched
    QCOMPARE(f.add(cd::CentreRegisterId, "unit_added", Unit, "2026-11-22T03:20:00+08:00"), 3);
    QCOMPARE(f.journal->incidents().value().size(), 1);
    // A new incident after the migration still numbers on from the old ones.
    QCOMPARE(f.newIncident(R"j({"participants":3})j", "2026-11-22T03:21:00+08:00"), id + 1);
}

void TestRegister::registerIsNotAnIncidentOnScreen()
{
    JournalFixture f;
    f.newIncident(R"j({"participants":10})j");
    cd::IncidentStore store(testLibrary(), cd::WorkCalendar::builtin(), f.clock, *f.journal);
    QVERIFY(store.reload().ok());
    QCOMPARE(int(store.incidents().size()), 1);
    const qint64 seq = f.add(cd::CentreRegisterId, "unit_added", Unit, "2026-11-22T03:11:00+08:00");
    QVERIFY(store.applyAppended(f.journal->eventsAfter(seq - 1).value()).ok());
    QCOMPARE(int(store.incidents().size()), 1);
    QVERIFY(!store.incident(cd::CentreRegisterId));
}

QTEST_GUILESS_MAIN(TestRegister)
#include "tst_register.moc"
