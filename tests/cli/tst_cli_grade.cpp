// The CLI contract of `plans` and `grade`: JSON on stdout, exit codes, messages on stderr.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject planOf(const QJsonObject &grading, const QString &id)
{
    for (const auto &p : grading.value(QStringLiteral("plans")).toArray())
        if (p.toObject().value(QStringLiteral("plan")).toString() == id)
            return p.toObject();
    return {};
}

} // namespace

class TestCliGrade : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plansListsPlansAndCauses();
    void gradeFromFile();
    void gradeFromStdin();
    void badFacts_data();
    void badFacts();
    void usageErrors_data();
    void usageErrors();
    void brokenPlanFolderExitsThree();
};

void TestCliGrade::plansListsPlansAndCauses()
{
    const auto r = runCli({QStringLiteral("plans")});
    QCOMPARE(r.exitCode, 0);
    const auto plans = r.json().value(QStringLiteral("plans")).toArray();
    QCOMPARE(plans.size(), 4);
    QCOMPARE(plans.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("mass-incident"));
    QCOMPARE(plans.at(0).toObject().value(QStringLiteral("document")).toString(), QStringLiteral("丽政办发〔2020〕85号"));
    QVERIFY(!plans.at(0).toObject().value(QStringLiteral("title")).toString().isEmpty());
    QStringList causes;
    for (const auto &c : r.json().value(QStringLiteral("causes")).toArray())
        causes << c.toObject().value(QStringLiteral("id")).toString();
    for (const auto *c : {"wage_arrears", "resource_dispute", "other", "construction_payment", "medical_health"})
        QVERIFY2(causes.contains(QLatin1String(c)), c);
}

void TestCliGrade::gradeFromFile()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("facts.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"j({"reported_at":"2026-11-22T03:10:00+08:00","cause":"wage_arrears","participants":250,
               "injured":2,"blockage":{"kind":"urban_traffic","hours":1},"urban":true})j");
    f.close();
    const auto r = runCli({QStringLiteral("grade"), QStringLiteral("--facts"), f.fileName()});
    QCOMPARE(r.exitCode, 0);
    const auto mi = planOf(r.json(), QStringLiteral("mass-incident"));
    QCOMPARE(mi.value(QStringLiteral("applies")).toBool(), true);
    QCOMPARE(mi.value(QStringLiteral("level")).toString(), QStringLiteral("III"));
    QCOMPARE(mi.value(QStringLiteral("deciding_clause")).toString(), QStringLiteral("2.3(1)"));
    QCOMPARE(mi.value(QStringLiteral("matched_clauses")).toArray().toVariantList(),
             (QVariantList{QStringLiteral("2.3(1)"), QStringLiteral("2.3(4)")}));
    QVERIFY(mi.value(QStringLiteral("deadlines")).isArray());
    bool health = false;
    for (const auto &a : mi.value(QStringLiteral("agencies")).toArray()) {
        const auto o = a.toObject();
        for (const auto *key : {"name", "clause", "duty", "reason"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        if (o.value(QStringLiteral("name")).toString() == QStringLiteral("市卫生健康委"))
            health = o.value(QStringLiteral("reason")).toString() == QStringLiteral("condition:casualties");
    }
    QVERIFY(health);

    const auto wa = planOf(r.json(), QStringLiteral("wage-arrears"));
    QCOMPARE(wa.value(QStringLiteral("applies")).toBool(), true);
    QVERIFY(wa.value(QStringLiteral("level")).isNull());
    QCOMPARE(wa.value(QStringLiteral("deciding_clause")).toString(), QStringLiteral("1.4"));
    QCOMPARE(wa.value(QStringLiteral("document")).toString(), QStringLiteral("丽政办发〔2020〕86号"));

    const auto rd = planOf(r.json(), QStringLiteral("resource-dispute"));
    QCOMPARE(rd.value(QStringLiteral("applies")).toBool(), false);
    QVERIFY(rd.value(QStringLiteral("level")).isNull());
    QVERIFY(rd.value(QStringLiteral("deciding_clause")).isNull());
    QVERIFY(rd.value(QStringLiteral("agencies")).toArray().isEmpty());
}

void TestCliGrade::gradeFromStdin()
{
    const auto r = runCli({QStringLiteral("grade"), QStringLiteral("--facts"), QStringLiteral("-")},
                          R"j({"participants":5200})j");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(planOf(r.json(), QStringLiteral("mass-incident")).value(QStringLiteral("level")).toString(), QStringLiteral("I"));
    QCOMPARE(planOf(r.json(), QStringLiteral("sci-tech-support")).value(QStringLiteral("applies")).toBool(), true);
}

void TestCliGrade::badFacts_data()
{
    QTest::addColumn<QByteArray>("facts");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative") << QByteArray(R"j({"participants":-1})j") << "participants:";
    QTest::newRow("fraction") << QByteArray(R"j({"participants":12.5})j") << "participants:";
    QTest::newRow("absurd") << QByteArray(R"j({"deaths":20000000})j") << "deaths:";
    QTest::newRow("serious > injured") << QByteArray(R"j({"injured":1,"serious_injuries":2})j") << "serious_injuries:";
    QTest::newRow("cause") << QByteArray(R"j({"cause":"weather"})j") << "cause:";
    QTest::newRow("clause") << QByteArray(R"j({"asserted_clauses":["mass-incident:9.9"]})j") << "asserted_clauses[0]:";
    QTest::newRow("time") << QByteArray(R"j({"reported_at":"22/11/2026 03:10"})j") << "reported_at:";
    QTest::newRow("malformed") << QByteArray(R"j({"participants":)j") << "facts: malformed JSON";
    QTest::newRow("non-object") << QByteArray(R"j("800 people")j") << "facts: expected a JSON object";
}

void TestCliGrade::badFacts()
{
    QFETCH(QByteArray, facts);
    QFETCH(QString, field);
    const auto r = runCli({QStringLiteral("grade"), QStringLiteral("--facts"), QStringLiteral("-")}, facts);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY2(QString::fromUtf8(r.err).startsWith(QStringLiteral("commanddesk-cli: ") + field), r.err.constData());
}

void TestCliGrade::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{QStringLiteral("--lang"), QStringLiteral("en")} << "usage:";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "commanddesk-cli: unknown command";
    QTest::newRow("grade without facts") << QStringList{QStringLiteral("grade")} << "commanddesk-cli: grade: --facts: required";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("grade"), QStringLiteral("--fact"), QStringLiteral("x")}
                                    << "commanddesk-cli: grade: --fact: unknown option";
    QTest::newRow("missing file") << QStringList{QStringLiteral("grade"), QStringLiteral("--facts"), QStringLiteral("/nonexistent/f.json")}
                                  << "commanddesk-cli: /nonexistent/f.json: cannot open";
}

void TestCliGrade::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = runCli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).startsWith(message), r.err.constData());
}

void TestCliGrade::brokenPlanFolderExitsThree()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"j({"format": 1})j");
    f.close();
    const auto r = runCli({QStringLiteral("plans"), QStringLiteral("--plans"), dir.path()});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("bad.json: $.id: must be a non-empty string"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliGrade)
#include "tst_cli_grade.moc"
