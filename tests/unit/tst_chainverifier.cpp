// verify()'s findings: the first sequence number that is actually wrong, for every tamper case
// of the audit (issue 12, items 2 and 3), on a real journal changed with raw SQL, and on the
// store-independent ChainVerifier fed by hand.
#include "JournalFixture.h"
#include "journal/ChainHash.h"
#include "journal/ChainVerifier.h"

#include <QProcess>
#include <QTest>

namespace {

// A forged row that links correctly to the row before it: what someone with the file and the
// (public) hashing rule can write.
QStringList forgeAfter(const QString &path, qint64 seq, const char *text)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
    db.setDatabaseName(path);
    if (!db.open())
        qFatal("forge open");
    cd::StoredEvent e;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT hash, incident_id FROM events WHERE seq = %1").arg(seq - 1));
        if (!q.next())
            qFatal("forge: no event %lld", static_cast<long long>(seq - 1));
        e.prevHash = q.value(0).toString();
        e.incidentId = q.value(1).toLongLong();
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("forge"));
    e.seq = seq;
    e.eventTimeText = QStringLiteral("2026-11-22T05:00:00.000Z");
    e.entryTimeText = e.eventTimeText;
    e.actor = QStringLiteral("值班员甲");
    e.workstation = QStringLiteral("desk-1");
    e.kind = QStringLiteral("note");
    e.payloadText = cd::ChainHash::canonicalPayload(QJsonObject{{QStringLiteral("text"), QString::fromUtf8(text)}});
    e.hash = cd::ChainHash::of(e);
    return {QStringLiteral("INSERT INTO events (seq, incident_id, event_time, entry_time, actor, workstation, kind, payload, "
                           "prev_hash, hash) VALUES (%1, %2, '%3', '%3', '%4', '%5', 'note', '%6', '%7', '%8')")
                .arg(e.seq).arg(e.incidentId).arg(e.eventTimeText, e.actor, e.workstation, QString::fromUtf8(e.payloadText), e.prevHash, e.hash)};
}

// A chain built by hand for the verifier alone: (incident, kind) per row.
QList<cd::StoredEvent> chain(const QList<std::pair<qint64, const char *>> &rows)
{
    QList<cd::StoredEvent> out;
    QString prev = cd::ChainHash::genesis();
    for (const auto &[incident, kind] : rows) {
        cd::StoredEvent e;
        e.seq = out.size() + 1;
        e.incidentId = incident;
        e.eventTimeText = QStringLiteral("2026-11-22T03:10:00.000Z");
        e.entryTimeText = e.eventTimeText;
        e.actor = QStringLiteral("a");
        e.kind = QLatin1String(kind);
        e.payloadText = "{}";
        e.prevHash = prev;
        e.hash = cd::ChainHash::of(e);
        prev = e.hash;
        out << e;
    }
    return out;
}

cd::ChainCheck run(const QList<cd::StoredEvent> &events, std::optional<cd::ChainHeadRecord> head, QList<qint64> incidents,
                   std::optional<cd::NotedHead> noted = {})
{
    cd::ChainVerifier v(std::move(head), std::move(incidents), std::move(noted));
    for (const auto &e : events)
        if (!v.add(e))
            break;
    return v.finish();
}

} // namespace

class TestChainVerifier : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tamperedJournal_data();
    void tamperedJournal();
    void cliReportsTheFirstBadSeq_data();
    void cliReportsTheFirstBadSeq();
    void incidentListRefusesAnEmptiedJournal();
    void expectHead();
    void verifierAlone();
    void notedHeadParsing();

private:
    // 50 events: incident 1 opened, then 49 notes.
    static void fifty(JournalFixture &f)
    {
        const qint64 id = f.newIncident(R"j({"participants":10})j");
        QList<cd::NewEvent> notes;
        for (int i = 2; i <= 50; ++i)
            notes << cd::NewEvent{id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QString::number(i)}},
                                  JournalFixture::at("2026-11-22T03:10:00+08:00"), f.author};
        QVERIFY(f.journal->appendBatch(notes).ok());
    }
};

const QString DropTriggers = QStringLiteral("DROP TRIGGER events_append_only_update;DROP TRIGGER events_append_only_delete");

void TestChainVerifier::tamperedJournal_data()
{
    QTest::addColumn<QString>("sql"); // ';'-separated; FORGE51 inserts a valid-looking row 51
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<qint64>("events");
    QTest::addColumn<QString>("problem");
    QTest::newRow("emptied, incidents remain") << DropTriggers + QStringLiteral(";DELETE FROM events;DELETE FROM chain_head") << qint64(1)
                                               << qint64(0) << "no events although 1 incident(s) exist";
    QTest::newRow("emptied, head kept") << DropTriggers + QStringLiteral(";DELETE FROM events") << qint64(1) << qint64(0)
                                        << "the newest events 1–50 are missing";
    QTest::newRow("forged row 51, head left at 50") << QStringLiteral("FORGE51") << qint64(51) << qint64(51)
                                                    << "event 51 lies beyond the chain head";
    QTest::newRow("head rolled back to 48") << QStringLiteral("UPDATE chain_head SET seq = 48, hash = (SELECT hash FROM events WHERE seq = 48)")
                                            << qint64(49) << qint64(49) << "event 49 lies beyond the chain head";
    QTest::newRow("head seq kept, hash of another row") << QStringLiteral("UPDATE chain_head SET hash = (SELECT hash FROM events WHERE seq = 12)")
                                                        << qint64(50) << qint64(50) << "event 50 does not match the chain head";
    QTest::newRow("newest two deleted, head kept") << DropTriggers + QStringLiteral(";DELETE FROM events WHERE seq >= 49") << qint64(49)
                                                   << qint64(48) << "the newest events 49–50 are missing";
    QTest::newRow("head row deleted") << QStringLiteral("DELETE FROM chain_head") << qint64(51) << qint64(50) << "the chain head record is missing";
    QTest::newRow("middle row deleted") << DropTriggers + QStringLiteral(";DELETE FROM events WHERE seq = 20") << qint64(20) << qint64(20)
                                        << "event 20 is missing";
    QTest::newRow("opening report deleted, rest re-linked") << QStringLiteral("INCIDENTLESS") << qint64(1) << qint64(1)
                                                            << "comes before the report that opened the incident";
}

void TestChainVerifier::tamperedJournal()
{
    QFETCH(QString, sql);
    QFETCH(qint64, firstBad);
    QFETCH(qint64, events);
    QFETCH(QString, problem);
    JournalFixture f;
    fifty(f);
    QVERIFY(f.journal->verify().value().intact);
    f.journal.reset();
    if (sql == QLatin1String("FORGE51")) {
        f.tamper(forgeAfter(f.path, 51, "伪造"));
    } else if (sql == QLatin1String("INCIDENTLESS")) {
        // Event 1 (the report) replaced by a valid-looking note: the chain links, the head matches
        // only if everything after is re-hashed, so forge a one-row journal.
        f.tamper(DropTriggers.split(QLatin1Char(';')) << QStringLiteral("DELETE FROM events") << QStringLiteral("DELETE FROM chain_head"));
        const auto forged = chain({{1, "note"}});
        f.tamper({QStringLiteral("INSERT INTO events VALUES (1, 1, '%1', '%1', 'a', '', 'note', '{}', '%2', '%3')")
                      .arg(forged[0].eventTimeText, forged[0].prevHash, forged[0].hash),
                  QStringLiteral("INSERT INTO chain_head VALUES (1, 1, '%1')").arg(forged[0].hash)});
    } else {
        f.tamper(sql.split(QLatin1Char(';')));
    }
    f.reopen();
    const auto check = f.journal->verify().value();
    QVERIFY(!check.intact);
    QCOMPARE(check.firstBadSeq, firstBad);
    QCOMPARE(check.events, events);
    QVERIFY2(check.problem.contains(problem), qPrintable(check.problem));
}

void TestChainVerifier::cliReportsTheFirstBadSeq_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("firstBad");
    QTest::newRow("emptied") << DropTriggers + QStringLiteral(";DELETE FROM events;DELETE FROM chain_head") << 1;
    QTest::newRow("forged 51") << QStringLiteral("FORGE51") << 51;
    QTest::newRow("head rolled back to 48") << QStringLiteral("UPDATE chain_head SET seq = 48, hash = (SELECT hash FROM events WHERE seq = 48)") << 49;
    QTest::newRow("head row deleted") << QStringLiteral("DELETE FROM chain_head") << 51;
}

void TestChainVerifier::cliReportsTheFirstBadSeq()
{
    QFETCH(QString, sql);
    QFETCH(int, firstBad);
    JournalFixture f;
    fifty(f);
    f.journal.reset();
    f.tamper(sql == QLatin1String("FORGE51") ? forgeAfter(f.path, 51, "伪造") : sql.split(QLatin1Char(';')));
    QProcess p;
    p.start(QStringLiteral(CD_CLI_PATH), {QStringLiteral("verify"), QStringLiteral("--db"), f.path});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 4);
    const auto out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QCOMPARE(out.value(QStringLiteral("intact")).toBool(true), false);
    QCOMPARE(out.value(QStringLiteral("first_bad_seq")).toInt(), firstBad);
    QVERIFY(p.readAllStandardError().contains(QStringLiteral("the journal chain is broken at event %1:").arg(firstBad).toUtf8()));
}

void TestChainVerifier::incidentListRefusesAnEmptiedJournal()
{
    JournalFixture f;
    f.newIncident(R"j({"participants":10})j");
    f.newIncident(R"j({"participants":20})j");
    f.journal.reset();
    f.tamper(DropTriggers.split(QLatin1Char(';')) << QStringLiteral("DELETE FROM events") << QStringLiteral("DELETE FROM chain_head"));
    QProcess p;
    p.start(QStringLiteral(CD_CLI_PATH), {QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--db"), f.path});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 4);
    QVERIFY(p.readAllStandardOutput().isEmpty()); // no incident 0 with an empty title
    QVERIFY(p.readAllStandardError().contains("incident 1 has lost the report that opened it"));
}

void TestChainVerifier::expectHead()
{
    JournalFixture f;
    fifty(f);
    const auto events = f.journal->events(1).value();
    const QString at30 = events.at(29).hash;
    const QString at45 = events.at(44).hash;
    auto verify = [&](const QString &noted) {
        QProcess p;
        p.start(QStringLiteral(CD_CLI_PATH), {QStringLiteral("verify"), QStringLiteral("--db"), f.path, QStringLiteral("--expect-head"), noted});
        p.waitForFinished(60000);
        return std::pair{p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object()};
    };
    // Noted on a report at event 30; 20 events were recorded since: that is no fault.
    auto [code, out] = verify(QStringLiteral("30:") + at30);
    QCOMPARE(code, 0);
    QCOMPARE(out.value(QStringLiteral("expected_head_seq")).toInt(), 30);
    std::tie(code, out) = verify(events.last().hash);
    QCOMPARE(code, 0);
    QCOMPARE(out.value(QStringLiteral("expected_head_seq")).toInt(), 50);
    QCOMPARE(verify(QStringLiteral("not-a-hash")).first, 2);

    // The tail from event 41 rewritten with a consistent chain and head: only the noted head shows it.
    f.journal.reset();
    QStringList sql = DropTriggers.split(QLatin1Char(';'));
    sql << QStringLiteral("DELETE FROM events WHERE seq >= 41");
    f.tamper(sql);
    for (int seq = 41; seq <= 50; ++seq)
        f.tamper(forgeAfter(f.path, seq, "改写"));
    f.tamper({QStringLiteral("UPDATE chain_head SET seq = 50, hash = (SELECT hash FROM events WHERE seq = 50)")});
    f.reopen();
    QVERIFY(f.journal->verify().value().intact); // without a noted head, undetectable
    std::tie(code, out) = verify(QStringLiteral("30:") + at30);
    QCOMPARE(code, 0); // events up to 30 are as noted
    std::tie(code, out) = verify(QStringLiteral("45:") + at45);
    QCOMPARE(code, 4);
    QCOMPARE(out.value(QStringLiteral("first_bad_seq")).toInt(), 45); // not the newest (50)
    std::tie(code, out) = verify(QStringLiteral("60:") + at45);
    QCOMPARE(code, 4);
    QCOMPARE(out.value(QStringLiteral("first_bad_seq")).toInt(), 51); // noted beyond the end: the rest is missing
    std::tie(code, out) = verify(at45);
    QCOMPARE(code, 4);
    QCOMPARE(out.value(QStringLiteral("first_bad_seq")).toInt(), 1); // a bare hash cannot say where
}

void TestChainVerifier::verifierAlone()
{
    // Incidents 1, 2, 3; incident 2's rows were removed and the rest renumbered and re-linked.
    const auto renumbered = chain({{1, "reported"}, {1, "note"}, {3, "reported"}, {1, "note"}, {3, "note"}});
    auto check = run(renumbered, cd::ChainHeadRecord{5, renumbered.last().hash}, {1, 2, 3});
    QVERIFY(!check.intact);
    QCOMPARE(check.firstBadSeq, 3); // where incident 3's report now stands
    QVERIFY2(check.problem.contains(QStringLiteral("incident(s) 2 have no events")), qPrintable(check.problem));
    // The newest incident's rows removed and the head moved back: one past the newest row.
    check = run(renumbered.first(2), cd::ChainHeadRecord{2, renumbered.at(1).hash}, {1, 3});
    QCOMPARE(check.firstBadSeq, 3);
    // An event of an incident that does not exist.
    check = run(renumbered, cd::ChainHeadRecord{5, renumbered.last().hash}, {1});
    QCOMPARE(check.firstBadSeq, 3);
    QVERIFY(check.problem.contains(QStringLiteral("incident 3, which does not exist")));
    // A second opening report.
    const auto twice = chain({{1, "reported"}, {1, "note"}, {1, "reported"}});
    check = run(twice, cd::ChainHeadRecord{3, twice.last().hash}, {1});
    QCOMPARE(check.firstBadSeq, 3);
    // Intact, and nothing at all is intact too.
    check = run(renumbered, cd::ChainHeadRecord{5, renumbered.last().hash}, {1, 3});
    QVERIFY(check.intact);
    QCOMPARE(check.events, 5);
    QCOMPARE(check.headHash, renumbered.last().hash);
    QVERIFY(run({}, std::nullopt, {}).intact);
    // Stops reading at the first break.
    cd::ChainVerifier v(cd::ChainHeadRecord{5, renumbered.last().hash}, {1, 3});
    auto altered = renumbered;
    altered[1].actor = QStringLiteral("someone else");
    QVERIFY(v.add(altered[0]));
    QVERIFY(!v.add(altered[1]));
    QVERIFY(!v.add(altered[2]));
    QCOMPARE(v.finish().firstBadSeq, 2);
}

void TestChainVerifier::notedHeadParsing()
{
    QString error;
    const QString h(64, QLatin1Char('A'));
    QCOMPARE(cd::NotedHead::parse(h, &error)->hash, h.toLower());
    QCOMPARE(cd::NotedHead::parse(QStringLiteral("37:") + h, &error)->seq, 37);
    QVERIFY(!cd::NotedHead::parse(QStringLiteral("0:") + h, &error));
    QVERIFY(!cd::NotedHead::parse(h.left(63), &error));
    QVERIFY(error.contains(QStringLiteral("64-digit")));
}

QTEST_GUILESS_MAIN(TestChainVerifier)
#include "tst_chainverifier.moc"
