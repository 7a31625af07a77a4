// `report`, `export-cap`, `export-csv` through the real binary.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestCliReports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_db = m_dir->filePath(QStringLiteral("cd.sqlite"));
        const auto r = runCli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--db"), m_db, QStringLiteral("--facts"),
                               QStringLiteral("-"), QStringLiteral("--exercise"), QStringLiteral("--at"), QStringLiteral("2026-11-22T03:10:00+08:00")},
                              R"j({"cause":"wage_arrears","participants":260,"county":"莲都区","location":{"lat":28.45,"lon":119.91}})j");
        QCOMPARE(r.exitCode, 0);
    }
    void reportWritesPdf()
    {
        const QString out = m_dir->filePath(QStringLiteral("r.pdf"));
        const auto r = runCli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), QStringLiteral("1"),
                               QStringLiteral("--kind"), QStringLiteral("initial"), QStringLiteral("--out"), out,
                               QStringLiteral("--prepared-by"), QStringLiteral("李四")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().value(QStringLiteral("pages")).toInt() >= 1);
        QCOMPARE(r.json().value(QStringLiteral("exercise")).toBool(), true);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }
    void issueTwiceThenList()
    {
        const auto issue = [this](const QString &kind, const QStringList &extra) {
            return runCli(QStringList{QStringLiteral("report"), QStringLiteral("issue"), QStringLiteral("--db"), m_db, QStringLiteral("--id"),
                                      QStringLiteral("1"), QStringLiteral("--kind"), kind, QStringLiteral("--signer"), QStringLiteral("王五"),
                                      QStringLiteral("--out"), m_dir->filePath(kind + QStringLiteral(".pdf"))} + extra);
        };
        auto r = issue(QStringLiteral("initial"), {QStringLiteral("--number"), QStringLiteral("12")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // One desk, one person: no sign-off yet and an account that may sign off (no accounts
        // here), so --signer signs it off and issues it, two events.
        QCOMPARE(r.json().value(QStringLiteral("signed_off_here")).toBool(), true);
        // Issued now (the CLI's clock): this year's drill sequence.
        const int year = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().year();
        QCOMPARE(r.json().value(QStringLiteral("doc_number")).toString(), QStringLiteral("丽应指演〔%1〕12号").arg(year));
        r = issue(QStringLiteral("followup"), {});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("serial")).toInt(), 13);
        const QString hash = r.json().value(QStringLiteral("sha256")).toString();
        QFile f(m_dir->filePath(QStringLiteral("followup.pdf")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()), hash);
        r = issue(QStringLiteral("final"), {QStringLiteral("--number"), QStringLiteral("12")});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("report"), QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = r.json().value(QStringLiteral("issued")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("sha256")).toString(), hash);
        QVERIFY(list.at(1).toObject().value(QStringLiteral("hash_ok")).toBool());
        QVERIFY(!list.at(1).toObject().contains(QStringLiteral("pdf_base64")));
    }
    // 签发 then 印发 as two commands; the issue takes the signer from the sign-off.
    void signOffThenIssue()
    {
        const QStringList common{QStringLiteral("--db"), m_db, QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--kind"),
                                 QStringLiteral("final")};
        const QString out = m_dir->filePath(QStringLiteral("final.pdf"));
        auto r = runCli(QStringList{QStringLiteral("report"), QStringLiteral("issue")} + common + QStringList{QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("has not been signed off") && r.err.contains("--signer"), r.err.constData());
        QVERIFY(!QFile::exists(out));
        r = runCli(QStringList{QStringLiteral("report"), QStringLiteral("signoff")} + common + QStringList{QStringLiteral("--signer"), QStringLiteral("李四")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("signer")).toString(), QStringLiteral("李四"));
        QCOMPARE(r.json().value(QStringLiteral("draft_sha256")).toString().size(), 64);
        // A different --signer than the sign-off's is refused; none takes the sign-off's.
        r = runCli(QStringList{QStringLiteral("report"), QStringLiteral("issue")} + common +
                   QStringList{QStringLiteral("--signer"), QStringLiteral("王五"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("signed off by 李四"), r.err.constData());
        r = runCli(QStringList{QStringLiteral("report"), QStringLiteral("issue")} + common + QStringList{QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("signer")).toString(), QStringLiteral("李四"));
        QCOMPARE(r.json().value(QStringLiteral("signed_off_here")).toBool(), false);
    }
    void reportBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("kind") << QStringList{QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("weekly"),
                                             QStringLiteral("--out"), QStringLiteral("@DIR@/x.pdf")}
                              << 2 << "commanddesk-cli: report: --kind: must be initial, followup, final or disposal";
        QTest::newRow("no incident") << QStringList{QStringLiteral("--id"), QStringLiteral("7"), QStringLiteral("--kind"), QStringLiteral("final"),
                                                    QStringLiteral("--out"), QStringLiteral("@DIR@/x.pdf")}
                                     << 2 << "commanddesk-cli: report: --id: no incident 7";
        QTest::newRow("before it happened") << QStringList{QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("final"),
                                                           QStringLiteral("--out"), QStringLiteral("@DIR@/x.pdf"), QStringLiteral("--at"),
                                                           QStringLiteral("2026-11-22T02:00:00+08:00")}
                                            << 2 << "commanddesk-cli: report: --at: incident 1 had not been reported yet";
        QTest::newRow("unwritable") << QStringList{QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("final"),
                                                   QStringLiteral("--out"), QStringLiteral("/nonexistent-dir/x.pdf")}
                                    << 2 << "commanddesk-cli: report: --out: /nonexistent-dir/x.pdf: the folder /nonexistent-dir does not exist";
    }
    void reportBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        args.replaceInStrings(QStringLiteral("@DIR@"), m_dir->path());
        const auto r = runCli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db} + args);
        QCOMPARE(r.exitCode, code);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).startsWith(message), r.err.constData());
    }
    void capAndCsv()
    {
        const QString xml = m_dir->filePath(QStringLiteral("a.xml")), csv = m_dir->filePath(QStringLiteral("t.csv"));
        auto r = runCli({QStringLiteral("export-cap"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), QStringLiteral("1"),
                         QStringLiteral("--out"), xml});
        QCOMPARE(r.exitCode, 0);
        QProcess lint;
        lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), QStringLiteral(CD_TEST_DATA "/CAP-v1.2.xsd"), xml});
        QVERIFY(lint.waitForFinished(30000));
        QCOMPARE(lint.exitCode(), 0);
        QFile x(xml);
        QVERIFY(x.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(x.readAll());
        QVERIFY(text.contains(QStringLiteral("<status>Exercise</status>")));
        QVERIFY(text.contains(QStringLiteral("<severity>Moderate</severity>")));
        r = runCli({QStringLiteral("export-csv"), QStringLiteral("--db"), m_db, QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--out"), csv});
        QCOMPARE(r.exitCode, 0);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QVERIFY(c.readAll().startsWith("\xEF\xBB\xBF序号,"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
