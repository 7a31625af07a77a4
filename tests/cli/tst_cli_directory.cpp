// `commanddesk-cli directory` and `call` (issue 17): the demo directory of every member agency,
// export and re-import as CSV (round trip), a bad CSV naming line and field with nothing
// written, and calls: a reached one acknowledges the duty naming the person, an unanswered one
// does not.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestCliDirectory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void demoExportImportRoundTrip();
    void badCsvWritesNothing();
    void callsAcknowledgeOnlyWhenReached();

private:
    CliRun cli(const QStringList &args) { return runCli(args + QStringList{QStringLiteral("--db"), m_db}); }
    QString file(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(QLatin1String(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", name);
        f.write(bytes);
        return path;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    qint64 events()
    {
        return cli({QStringLiteral("verify")}).json().value(QStringLiteral("events")).toInteger();
    }
    QJsonObject duty(const QString &agency)
    {
        const auto shown = cli({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("--id"),
                                QStringLiteral("1")});
        for (const QJsonValue &d : shown.json().value(QStringLiteral("duties")).toArray())
            if (d.toObject().value(QStringLiteral("plan")).toString() == QLatin1String("wage-arrears") &&
                d.toObject().value(QStringLiteral("agency")).toString() == agency)
                return d.toObject();
        return {};
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliDirectory::init()
{
    m_dir.reset(new QTemporaryDir);
    m_db = m_dir->filePath(QStringLiteral("cd.sqlite"));
    const QString facts =
        file("facts.json", R"j({"cause":"wage_arrears","participants":40,"urban":true,"county":"莲都区"})j");
    const auto made = cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--init"),
                           QStringLiteral("--facts"), facts});
    QVERIFY2(made.exitCode == 0, made.err.constData());
}

void TestCliDirectory::demoExportImportRoundTrip()
{
    const auto empty = cli({QStringLiteral("directory"), QStringLiteral("list")});
    QCOMPARE(empty.json().value(QStringLiteral("missing")).toArray().size(),
             63); // every member agency of the four plans
    const auto demo = cli({QStringLiteral("directory"), QStringLiteral("import"), QStringLiteral("--demo")});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    QCOMPARE(demo.json().value(QStringLiteral("added")).toInt(), 63);
    const auto listed = cli({QStringLiteral("directory"), QStringLiteral("list")});
    QCOMPARE(listed.json().value(QStringLiteral("agencies")).toArray().size(), 63);
    QCOMPARE(listed.json().value(QStringLiteral("missing")).toArray().size(), 0);

    const QString out = m_dir->filePath(QStringLiteral("dir.csv"));
    const auto exported =
        cli({QStringLiteral("directory"), QStringLiteral("export"), QStringLiteral("--csv"), out});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QByteArray csv = read(out);
    QCOMPARE(csv.count('\n'), 64); // header and 63 agencies
    // Never over an existing file without --force.
    QCOMPARE(
        cli({QStringLiteral("directory"), QStringLiteral("export"), QStringLiteral("--csv"), out}).exitCode,
        2);

    // The file, edited in a spreadsheet (one number changed), imported into a fresh journal and
    // into this one: the fresh one exports the same bytes; this one records one change.
    QByteArray edited = csv;
    edited.replace("市公安局,0578-5550", "市公安局,0578-5559");
    QVERIFY(edited != csv);
    const QString editedPath = file("edited.csv", edited);
    const auto changed =
        cli({QStringLiteral("directory"), QStringLiteral("import"), QStringLiteral("--csv"), editedPath});
    QVERIFY2(changed.exitCode == 0, changed.err.constData());
    QCOMPARE(changed.json().value(QStringLiteral("changed")).toInt(), 1);
    QCOMPARE(changed.json().value(QStringLiteral("unchanged")).toInt(), 62);

    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    QCOMPARE(runCli({QStringLiteral("directory"), QStringLiteral("import"), QStringLiteral("--csv"),
                     editedPath, QStringLiteral("--db"), fresh, QStringLiteral("--init")})
                 .exitCode,
             0);
    const QString back = m_dir->filePath(QStringLiteral("back.csv"));
    QCOMPARE(runCli({QStringLiteral("directory"), QStringLiteral("export"), QStringLiteral("--csv"), back,
                     QStringLiteral("--db"), fresh})
                 .exitCode,
             0);
    QCOMPARE(read(back), edited);
}

void TestCliDirectory::badCsvWritesNothing()
{
    const qint64 before = events();
    const QString bad = file("bad.csv", "agency,duty_phone,liaison,liaison_mobile\n"
                                        "市公安局,0578-55500001,王示例,13555500001\n"
                                        "市信访局,0578-55500002,张示例,1355-call-me\n");
    const auto r = cli({QStringLiteral("directory"), QStringLiteral("import"), QStringLiteral("--csv"), bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QByteArray(bad.toUtf8() +
                                       ":3: column liaison_mobile: \"1355-call-me\" is not a phone number")),
             r.err.constData());
    QVERIFY2(r.err.contains("nothing was written"), r.err.constData());
    QCOMPARE(events(), before); // the good first row was not written either
    QCOMPARE(cli({QStringLiteral("directory"), QStringLiteral("list")})
                 .json()
                 .value(QStringLiteral("agencies"))
                 .toArray()
                 .size(),
             0);
}

void TestCliDirectory::callsAcknowledgeOnlyWhenReached()
{
    QCOMPARE(cli({QStringLiteral("directory"), QStringLiteral("import"), QStringLiteral("--demo")}).exitCode,
             0);
    const QString agency = QStringLiteral("市人力社保局");
    QCOMPARE(duty(agency).value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));

    // No answer on the first number the directory gives: recorded, the duty still waits.
    const auto missed =
        cli({QStringLiteral("call"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--agency"),
             agency, QStringLiteral("--outcome"), QStringLiteral("no_answer")});
    QVERIFY2(missed.exitCode == 0, missed.err.constData());
    QCOMPARE(missed.json().value(QStringLiteral("acknowledged")).toBool(), false);
    QVERIFY(missed.json()
                .value(QStringLiteral("number"))
                .toString()
                .startsWith(QLatin1String("0578-5550"))); // the duty phone first
    QCOMPARE(duty(agency).value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));

    // Reached without saying whom: refused, nothing written.
    const qint64 before = events();
    const auto nobody =
        cli({QStringLiteral("call"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--agency"),
             agency, QStringLiteral("--outcome"), QStringLiteral("reached")});
    QCOMPARE(nobody.exitCode, 2);
    QVERIFY2(nobody.err.contains("--person: required"), nobody.err.constData());
    QCOMPARE(events(), before);

    const auto reached =
        cli({QStringLiteral("call"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--agency"),
             agency, QStringLiteral("--outcome"), QStringLiteral("reached"), QStringLiteral("--person"),
             QStringLiteral("张示例"), QStringLiteral("--phone"), QStringLiteral("13555500015")});
    QVERIFY2(reached.exitCode == 0, reached.err.constData());
    QCOMPARE(reached.json().value(QStringLiteral("acknowledged")).toBool(), true);
    QCOMPARE(events(), before + 2); // the call and the acknowledgement
    const QJsonObject d = duty(agency);
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("acknowledged"));
    QCOMPARE(d.value(QStringLiteral("person")).toString(), QStringLiteral("张示例"));

    // An agency without a duty in this incident, and a bad outcome, name the option.
    const auto customs =
        cli({QStringLiteral("call"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--agency"),
             QStringLiteral("丽水海关"), QStringLiteral("--outcome"), QStringLiteral("busy")});
    QCOMPARE(customs.exitCode, 2);
    QVERIFY2(customs.err.contains("--agency: 丽水海关 has no duty in incident 1"), customs.err.constData());
    const auto odd =
        cli({QStringLiteral("call"), QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--agency"),
             agency, QStringLiteral("--outcome"), QStringLiteral("hung_up")});
    QCOMPARE(odd.exitCode, 2);
    QVERIFY2(odd.err.contains("--outcome: \"hung_up\""), odd.err.constData());
}

QTEST_GUILESS_MAIN(TestCliDirectory)
#include "tst_cli_directory.moc"
