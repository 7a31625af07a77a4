// `commanddesk-cli import`: another register's history brought in as JSON lines (issue 13).
// Everything is checked first, with the line and field named, and nothing is written when any
// line is wrong; the events are marked as imported and never judged as late entries.
#include "CliRunner.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestCliImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_db = m_dir->filePath(QStringLiteral("cd.sqlite"));
    }
    void importsTwoIncidentsInOneGo();
    void badLineNamesLineAndFieldAndWritesNothing_data();
    void badLineNamesLineAndFieldAndWritesNothing();
    void oneImportHasOneEntryTime();

private:
    CliRun cli(const QStringList &args) { return runCli(args + QStringList{QStringLiteral("--db"), m_db}); }
    QString file(const char *name, const QByteArray &lines)
    {
        const QString path = m_dir->filePath(QLatin1String(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", name);
        f.write(lines);
        return path;
    }
    qint64 events() { return cli({QStringLiteral("verify")}).json().value(QStringLiteral("events")).toInteger(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

// Two incidents of 2024 from a county register, interleaved as such a register lists them.
const QByteArray Register =
    R"({"incident":"LD-2024-017","kind":"reported","event_time":"2024-05-01T09:30:00+08:00","actor":"莲都区值班室","payload":{"title":"某工地农民工聚集讨薪","exercise":false,"facts":{"cause":"wage_arrears","participants":40,"county":"莲都区"}}})"
    "\n"
    R"({"incident":"QT-2024-003","kind":"reported","event_time":"2024-05-02T14:00:00+08:00","payload":{"title":"某村土地纠纷聚集","facts":{"cause":"land_requisition","participants":120,"county":"青田县"}}})"
    "\n\n"
    R"({"incident":"LD-2024-017","kind":"facts_updated","event_time":"2024-05-01T10:05:00+08:00","actor":"莲都区值班室","payload":{"facts":{"participants":260}}})"
    "\n"
    // Three hours after the report: in the journal's own terms, long after the 20-minute window.
    R"({"incident":"LD-2024-017","kind":"report_sent","event_time":"2024-05-01T12:30:00+08:00","actor":"莲都区值班室","payload":{"to":"city"}})"
    "\n"
    R"({"incident":"QT-2024-003","kind":"note","event_time":"2024-05-02T15:00:00+08:00","payload":{"text":"已劝返"}})"
    "\n";

void TestCliImport::importsTwoIncidentsInOneGo()
{
    const auto r = cli({QStringLiteral("import"), QStringLiteral("--file"), file("register.jsonl", Register), QStringLiteral("--init")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("incidents")).toInt(), 2);
    QCOMPARE(r.json().value(QStringLiteral("events")).toInt(), 5);
    QCOMPARE(r.json().value(QStringLiteral("first_seq")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("last_seq")).toInt(), 5);
    // The list summaries are made here, not by the first desk to start: both incidents folded.
    QCOMPARE(r.json().value(QStringLiteral("summaries_refolded")).toInt(), 2);
    QCOMPARE(events(), 5);
    QCOMPARE(cli({QStringLiteral("verify")}).exitCode, 0);

    // Numbered by the journal in the order the file opens them; the facts merged.
    const auto first = cli({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("--id"), QStringLiteral("1")}).json();
    QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("某工地农民工聚集讨薪"));
    QCOMPARE(first.value(QStringLiteral("facts")).toObject().value(QStringLiteral("participants")).toInt(), 260);
    const auto second = cli({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("--id"), QStringLiteral("2")}).json();
    QCOMPARE(second.value(QStringLiteral("title")).toString(), QStringLiteral("某村土地纠纷聚集"));
    // Imported, by whom there, and never a late entry although entered years later.
    const QJsonArray list = first.value(QStringLiteral("events")).toArray();
    QCOMPARE(list.size(), 3);
    for (const auto &v : list) {
        const auto e = v.toObject();
        QVERIFY(e.value(QStringLiteral("imported")).toBool());
        QVERIFY2(!e.contains(QStringLiteral("backdated")), QJsonDocument(e).toJson().constData());
        QCOMPARE(e.value(QStringLiteral("payload")).toObject().value(QStringLiteral("imported_actor")).toString(), QStringLiteral("莲都区值班室"));
        QCOMPARE(e.value(QStringLiteral("payload")).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("import"));
    }
    QCOMPARE(list.at(2).toObject().value(QStringLiteral("event_time")).toString().left(16), QStringLiteral("2024-05-01T12:30"));

    // Saved: importing the register again folds only its two new incidents (#3, #4), not all four.
    const auto again = cli({QStringLiteral("import"), QStringLiteral("--file"), file("register.jsonl", Register)});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.json().value(QStringLiteral("first_seq")).toInt(), 6);
    QCOMPARE(again.json().value(QStringLiteral("summaries_refolded")).toInt(), 2);
}

void TestCliImport::badLineNamesLineAndFieldAndWritesNothing_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<QString>("expected");
    const QByteArray open =
        R"({"incident":"A","kind":"reported","event_time":"2024-05-01T09:30:00+08:00","payload":{"title":"聚集","facts":{"cause":"wage_arrears","participants":40,"injured":3}}})"
        "\n";
    QTest::newRow("not JSON") << open + "{\"incident\":\"A\",\n" << QStringLiteral("line 2: not JSON");
    QTest::newRow("time without offset")
        << open + R"({"incident":"A","kind":"note","event_time":"2024-05-01 10:00","payload":{"text":"x"}})" "\n"
        << QStringLiteral("line 2: event_time: must be an ISO 8601 time with its offset");
    QTest::newRow("not opened")
        << open + R"({"incident":"B","kind":"note","event_time":"2024-05-01T10:00:00+08:00","payload":{"text":"x"}})" "\n"
        << QStringLiteral("line 2: incident \"B\": its first line must be kind \"reported\"");
    QTest::newRow("unknown kind")
        << open + R"({"incident":"A","kind":"tea_break","event_time":"2024-05-01T10:00:00+08:00"})" "\n"
        << QStringLiteral("line 2: kind: unknown event kind \"tea_break\"");
    QTest::newRow("no title") << QByteArray(R"({"incident":"A","kind":"reported","event_time":"2024-05-01T09:30:00+08:00","payload":{"facts":{}}})" "\n")
                              << QStringLiteral("line 1: payload.title: required");
    // Checked against the facts before it, inside the journal: still named by its line.
    QTest::newRow("facts that do not add up")
        << open + "\n" + R"({"incident":"A","kind":"facts_updated","event_time":"2024-05-01T10:00:00+08:00","payload":{"facts":{"serious_injuries":5}}})" "\n"
        << QStringLiteral("line 3: payload.facts.serious_injuries: 5 is more than injured (3)");
    QTest::newRow("dated in the future")
        << open + R"({"incident":"A","kind":"note","event_time":"2099-01-01T00:00:00+08:00","payload":{"text":"x"}})" "\n"
        << QStringLiteral("line 2: at: ");
    // The journal appends an import in chunks of 10,000 within one transaction: a refusal in a
    // later chunk is named by its own line and takes the earlier chunks back with it.
    QByteArray many = open;
    for (int i = 0; i < 10500; ++i)
        many += R"({"incident":"A","kind":"note","event_time":"2024-05-01T10:00:00+08:00","payload":{"text":"x"}})" "\n";
    many += R"({"incident":"A","kind":"note","event_time":"2099-01-01T00:00:00+08:00","payload":{"text":"x"}})" "\n";
    QTest::newRow("refused past the first 10,000") << many << QStringLiteral("line 10502: at: ");
    QTest::newRow("one event, refused")
        << QByteArray(R"({"incident":"A","kind":"reported","event_time":"2099-01-01T09:30:00+08:00","payload":{"title":"聚集","facts":{"cause":"wage_arrears","participants":40}}})" "\n")
        << QStringLiteral("line 1: at: ");
    QTest::newRow("empty") << QByteArray("\n\n") << QStringLiteral("no events: the file is empty");
}

void TestCliImport::badLineNamesLineAndFieldAndWritesNothing()
{
    QFETCH(QByteArray, lines);
    QFETCH(QString, expected);
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--file"), file("good.jsonl", Register), QStringLiteral("--init")}).exitCode, 0);
    const auto r = cli({QStringLiteral("import"), QStringLiteral("--file"), file("bad.jsonl", lines)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("nothing was imported"), Qt::CaseInsensitive), r.err.constData());
    QCOMPARE(events(), 5); // the first import only
    QCOMPARE(cli({QStringLiteral("verify")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("list")}).json().value(QStringLiteral("incidents")).toArray().size(), 2);
}

void TestCliImport::oneImportHasOneEntryTime()
{
    // Written in chunks of 10,000, but entered as one act: every event of the import carries
    // the same entry time, so the journal does not show three imports where there was one.
    QByteArray lines =
        R"({"incident":"A","kind":"reported","event_time":"2024-05-01T09:30:00+08:00","payload":{"title":"聚集","facts":{"cause":"wage_arrears","participants":40}}})"
        "\n";
    for (int i = 0; i < 25000; ++i)
        lines += R"({"incident":"A","kind":"note","event_time":"2024-05-01T10:00:00+08:00","payload":{"text":"x"}})" "\n";
    const auto r = cli({QStringLiteral("import"), QStringLiteral("--file"), file("many.jsonl", lines), QStringLiteral("--init")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("events")).toInt(), 25001);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT entry_time) FROM events")) && q.next());
        QCOMPARE(q.value(0).toInt(), 25001);
        QCOMPARE(q.value(1).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
