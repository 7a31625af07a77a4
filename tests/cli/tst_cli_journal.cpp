// The journal's CLI contract: incident new/event/show/list and verify.
#include "CliRunner.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCliJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { m_dir.reset(new QTemporaryDir); m_db = m_dir->filePath(QStringLiteral("cd.sqlite")); }
    void lifecycleThroughTheCli();
    void exerciseFlagAndList();
    void badInput_data();
    void badInput();
    void verifyCatchesTampering();
    void lateEntriesNeedAReason();
    void futureEntriesAreRefused();
    void exerciseInjectStaysInDrills();

private:
    QStringList db() const { return {QStringLiteral("--db"), m_db}; }
    QJsonObject ok(const QStringList &args, const QByteArray &in = {})
    {
        const auto r = runCli(args + db(), in);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return r.exitCode == 0 ? r.json() : QJsonObject();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliJournal::lifecycleThroughTheCli()
{
    const auto created = ok({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-"),
                             QStringLiteral("--title"), QStringLiteral("某工地欠薪聚集"), QStringLiteral("--at"),
                             QStringLiteral("2026-11-22T03:10:00+08:00")},
                            R"j({"reported_at":"2026-11-22T03:10:00+08:00","cause":"wage_arrears","participants":260,"county":"莲都区","urban":true})j");
    QCOMPARE(created.value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(created.value(QStringLiteral("title")).toString(), QStringLiteral("某工地欠薪聚集"));
    QCOMPARE(created.value(QStringLiteral("level")).toString(), QStringLiteral("III"));

    // Accounts: the first (made by whoever holds the new file) administers; 张三 records.
    QVERIFY(!ok({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("admin"),
                 QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-stdin")}, "pw\n").isEmpty());
    QVERIFY(!ok({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--name"),
                 QStringLiteral("zhangsan"), QStringLiteral("--display"), QStringLiteral("张三"), QStringLiteral("--role"),
                 QStringLiteral("duty_operator"), QStringLiteral("--password-stdin")}, "pw\n").isEmpty());
    auto event = [&](const char *kind, const char *payload, const char *at) {
        return ok({QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--kind"),
                   QLatin1String(kind), QStringLiteral("--payload"), QString::fromUtf8(payload), QStringLiteral("--at"), QLatin1String(at),
                   QStringLiteral("--user"), QStringLiteral("zhangsan"), QStringLiteral("--reason"), QStringLiteral("按值班记录补录")})
            .value(QStringLiteral("seq"))
            .toInt();
    };
    QCOMPARE(event("initial_judgment", "{}", "2026-11-22T03:25:00+08:00"), 2);
    QCOMPARE(event("report_sent", R"j({"to":"leading_group"})j", "2026-11-22T03:45:00+08:00"), 3);
    QCOMPARE(event("facts_updated", R"j({"facts":{"participants":1100}})j", "2026-11-22T04:00:00+08:00"), 4);
    QCOMPARE(event("duty_acknowledged", R"j({"plan":"mass-incident","agency":"市公安局"})j", "2026-11-22T04:01:00+08:00"), 5);

    // At 03:50 the incident was Ⅲ, the 20-min window met, the 30-min one met late.
    const auto early = ok({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("--id"), QStringLiteral("1"),
                           QStringLiteral("--at"), QStringLiteral("2026-11-22T03:50:00+08:00")});
    QCOMPARE(early.value(QStringLiteral("level")).toString(), QStringLiteral("III"));
    QCOMPARE(early.value(QStringLiteral("events")).toArray().size(), 3);
    QMap<QString, QString> states;
    for (const auto &d : early.value(QStringLiteral("deadlines")).toArray())
        states.insert(d.toObject().value(QStringLiteral("window")).toString(), d.toObject().value(QStringLiteral("state")).toString());
    QCOMPARE(states.value(QStringLiteral("initial-judgment")), QStringLiteral("met"));
    QCOMPARE(states.value(QStringLiteral("report-leading-group")), QStringLiteral("met_late"));

    const auto now = ok({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("--id"), QStringLiteral("1"),
                         QStringLiteral("--at"), QStringLiteral("2026-11-22T04:30:00+08:00")});
    QCOMPARE(now.value(QStringLiteral("level")).toString(), QStringLiteral("II"));
    const auto events = now.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 5);
    const auto last = events.last().toObject();
    for (const auto *key : {"seq", "kind", "event_time", "entry_time", "actor", "workstation", "payload", "hash"})
        QVERIFY2(last.contains(QLatin1String(key)), key);
    QCOMPARE(last.value(QStringLiteral("actor")).toString(), QStringLiteral("张三 (zhangsan)"));
    QCOMPARE(last.value(QStringLiteral("event_time")).toString(), QStringLiteral("2026-11-22T04:01:00+08:00"));
    bool police = false;
    for (const auto &d : now.value(QStringLiteral("duties")).toArray())
        if (d.toObject().value(QStringLiteral("agency")).toString() == QStringLiteral("市公安局") &&
            d.toObject().value(QStringLiteral("plan")).toString() == QStringLiteral("mass-incident"))
            police = d.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("acknowledged") &&
                     d.toObject().value(QStringLiteral("by")).toString() == QStringLiteral("张三 (zhangsan)");
    QVERIFY(police);

    const auto v = ok({QStringLiteral("verify")});
    QCOMPARE(v.value(QStringLiteral("intact")).toBool(), true);
    QCOMPARE(v.value(QStringLiteral("events")).toInt(), 5);
    QCOMPARE(v.value(QStringLiteral("head")).toString(), last.value(QStringLiteral("hash")).toString());
}

void TestCliJournal::exerciseFlagAndList()
{
    ok({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-")}, R"j({"participants":300})j");
    ok({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-"), QStringLiteral("--exercise")},
       R"j({"cause":"resource_dispute","participants":120,"county":"青田县"})j");
    const auto list = ok({QStringLiteral("incident"), QStringLiteral("list")}).value(QStringLiteral("incidents")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("exercise")).toBool(), false);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("exercise")).toBool(), true);
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("county")).toString(), QStringLiteral("青田县"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("level")).toString(), QStringLiteral("III"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("plans")).toArray().at(0).toString(), QStringLiteral("resource-dispute"));
}

void TestCliJournal::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--id"), QStringLiteral("1"),
                                                QStringLiteral("--kind"), QStringLiteral("lunch")}
                                  << 2 << "commanddesk-cli: kind: unknown event kind";
    QTest::newRow("bad payload") << QStringList{QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--id"), QStringLiteral("1"),
                                               QStringLiteral("--kind"), QStringLiteral("note"), QStringLiteral("--payload"), QStringLiteral("[1]")}
                                 << 2 << "commanddesk-cli: incident event: --payload: must be a JSON object";
    QTest::newRow("no such incident") << QStringList{QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("--id"), QStringLiteral("9")}
                                      << 2 << "commanddesk-cli: incident show: --id: no incident 9";
    QTest::newRow("bad facts") << QStringList{QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-")}
                               << 2 << "commanddesk-cli: payload.facts.deaths: must not be negative";
    QTest::newRow("bad time") << QStringList{QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--id"), QStringLiteral("1"),
                                            QStringLiteral("--kind"), QStringLiteral("note"), QStringLiteral("--at"), QStringLiteral("now")}
                              << 2 << "commanddesk-cli: incident event: --at:";
}

void TestCliJournal::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    ok({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-")}, R"j({"participants":30})j");
    const auto r = runCli(args + db(), R"j({"deaths":-1})j");
    QCOMPARE(r.exitCode, code);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).startsWith(message), r.err.constData());
}

void TestCliJournal::verifyCatchesTampering()
{
    ok({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-")}, R"j({"participants":30})j");
    for (int i = 0; i < 3; ++i)
        ok({QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--kind"),
            QStringLiteral("note"), QStringLiteral("--payload"), QStringLiteral("{\"text\":\"n%1\"}").arg(i)});
    const QJsonObject verified = ok({QStringLiteral("verify")});
    const QString head = verified.value(QStringLiteral("head")).toString();
    // A head noted elsewhere that differs is reported too.
    auto r = runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--expect-head"), QString(64, QLatin1Char('f'))} + db());
    QCOMPARE(r.exitCode, 4);
    // SEQ:HASH, as printed in expect_head: still true after the journal grew (a backup's check).
    const QString noted = verified.value(QStringLiteral("expect_head")).toString();
    QCOMPARE(noted, QStringLiteral("4:") + head);
    ok({QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--kind"),
        QStringLiteral("note"), QStringLiteral("--payload"), QStringLiteral("{\"text\":\"later\"}")});
    ok({QStringLiteral("verify"), QStringLiteral("--expect-head"), noted});
    r = runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--expect-head"), QStringLiteral("3:") + head} + db());
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.json().value(QStringLiteral("first_bad_seq")).toInt(), 3);
    r = runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--expect-head"), QStringLiteral("9:") + head} + db());
    QCOMPARE(r.exitCode, 4);
    r = runCli(QStringList{QStringLiteral("verify"), QStringLiteral("--expect-head"), QStringLiteral("x:") + head} + db());
    QCOMPARE(r.exitCode, 2);
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("evil"));
        sql.setDatabaseName(m_db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_append_only_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE events SET actor = 'someone else' WHERE seq = 3")));
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("evil"));
    r = runCli(QStringList{QStringLiteral("verify")} + db());
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.json().value(QStringLiteral("intact")).toBool(), false);
    QCOMPARE(r.json().value(QStringLiteral("first_bad_seq")).toInt(), 3);
    QVERIFY2(r.err.contains("the journal chain is broken at event 3"), r.err.constData());
    QVERIFY(!head.isEmpty());
}

namespace {
QString iso(const QDateTime &t) { return t.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate); }
} // namespace

void TestCliJournal::lateEntriesNeedAReason()
{
    // Reported two days ago; the report to the leading group, "sent" 5 minutes after, typed in now.
    const QDateTime reported = QDateTime::currentDateTimeUtc().addDays(-2);
    QVERIFY(!ok({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-"), QStringLiteral("--at"), iso(reported)},
                QStringLiteral(R"j({"reported_at":"%1","cause":"wage_arrears","participants":80})j").arg(iso(reported)).toUtf8())
                 .isEmpty());
    const QStringList event{QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--id"), QStringLiteral("1"),
                            QStringLiteral("--kind"), QStringLiteral("report_sent"), QStringLiteral("--payload"),
                            QStringLiteral(R"j({"to":"leading_group"})j"), QStringLiteral("--at"), iso(reported.addSecs(300))};
    auto r = runCli(event + db());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith("commanddesk-cli: incident event: --reason: required: the event happened 1 d 23 h 55 min"), r.err.constData());
    QVERIFY(r.err.contains("(nothing was written)"));
    QCOMPARE(ok({QStringLiteral("verify")}).value(QStringLiteral("events")).toInt(), 1);
    QCOMPARE(runCli(event + db() + QStringList{QStringLiteral("--reason"), QStringLiteral(" ")}).exitCode, 2);

    QCOMPARE(ok(event + QStringList{QStringLiteral("--reason"), QStringLiteral("电话报告,事后补录")}).value(QStringLiteral("seq")).toInt(), 2);
    auto check = [](const QJsonObject &incident) {
        const auto e = incident.value(QStringLiteral("events")).toArray().last().toObject();
        QCOMPARE(e.value(QStringLiteral("backdated")).toBool(), true);
        QVERIFY(qAbs(e.value(QStringLiteral("entry_delay_s")).toInteger() - (2 * 86400 - 300)) < 120);
        QCOMPARE(e.value(QStringLiteral("reason")).toString(), QStringLiteral("电话报告,事后补录"));
        QVERIFY(!incident.value(QStringLiteral("events")).toArray().first().toObject().contains(QStringLiteral("backdated")));
        bool seen = false;
        for (const auto &d : incident.value(QStringLiteral("deadlines")).toArray()) {
            const auto o = d.toObject();
            if (o.value(QStringLiteral("window")).toString() != QLatin1String("report-leading-group"))
                continue;
            seen = true;
            QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("met"));
            QCOMPARE(o.value(QStringLiteral("backdated")).toBool(), true);
        }
        QVERIFY(seen);
    };
    check(ok({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("--id"), QStringLiteral("1")}));
    check(ok({QStringLiteral("replay"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--at"), iso(reported.addSecs(3600))})
              .value(QStringLiteral("state")).toObject());
    // Within the tolerance no reason is needed, and nothing is marked.
    QVERIFY(!ok({QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--kind"),
                 QStringLiteral("note"), QStringLiteral("--payload"), QStringLiteral(R"j({"text":"x"})j"), QStringLiteral("--at"),
                 iso(QDateTime::currentDateTimeUtc().addSecs(-240))}).isEmpty());
}

void TestCliJournal::futureEntriesAreRefused()
{
    ok({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-")}, R"j({"participants":30})j");
    const auto r = runCli(QStringList{QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--id"), QStringLiteral("1"),
                                      QStringLiteral("--kind"), QStringLiteral("closed"), QStringLiteral("--at"),
                                      QStringLiteral("9999-12-31T00:00:00+08:00")} + db());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("an event cannot be recorded before it happens"), r.err.constData());
    const auto list = ok({QStringLiteral("incident"), QStringLiteral("list")}).value(QStringLiteral("incidents")).toArray();
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("reported"));
    QCOMPARE(ok({QStringLiteral("verify")}).value(QStringLiteral("events")).toInt(), 1);
}

void TestCliJournal::exerciseInjectStaysInDrills()
{
    ok({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-")}, R"j({"participants":30})j");
    ok({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), QStringLiteral("-"), QStringLiteral("--exercise")},
       R"j({"participants":30})j");
    const QStringList inject{QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--kind"), QStringLiteral("exercise_inject"),
                             QStringLiteral("--payload"), QStringLiteral(R"j({"text":"导调"})j"), QStringLiteral("--id")};
    const auto r = runCli(inject + QStringList{QStringLiteral("1")} + db());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("commanddesk-cli: kind: \"exercise_inject\" belongs to drills"), r.err.constData());
    QCOMPARE(ok(inject + QStringList{QStringLiteral("2")}).value(QStringLiteral("seq")).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestCliJournal)
#include "tst_cli_journal.moc"
