// Bad facts are refused with a message that names the field.
#include "TestFacts.h"

#include <QTest>

class TestFactsParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rejects_data();
    void rejects();
    void defaults();
    void acceptsFullContract();
};

void TestFactsParser::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messageStart");
    QTest::newRow("malformed") << QByteArray("{\"participants\": 12") << "facts: malformed JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "facts: expected a JSON object";
    QTest::newRow("negative") << QByteArray(R"j({"participants":-5})j") << "participants: must not be negative";
    QTest::newRow("fraction") << QByteArray(R"j({"deaths":1.5})j") << "deaths: must be a whole number";
    QTest::newRow("string count") << QByteArray(R"j({"injured":"ten"})j") << "injured: must be a whole number";
    QTest::newRow("absurd") << QByteArray(R"j({"participants":10000001})j") << "participants: 10000001 is not a plausible";
    QTest::newRow("serious > injured") << QByteArray(R"j({"injured":2,"serious_injuries":3})j") << "serious_injuries: 3 is more than injured";
    QTest::newRow("unknown cause") << QByteArray(R"j({"cause":"aliens"})j") << "cause: unknown cause \"aliens\"";
    QTest::newRow("unknown field") << QByteArray(R"j({"partcipants":5})j") << "partcipants: unknown field";
    QTest::newRow("bad time") << QByteArray(R"j({"reported_at":"yesterday"})j") << "reported_at: must be an ISO 8601";
    QTest::newRow("time without offset") << QByteArray(R"j({"reported_at":"2026-11-22T03:10:00"})j") << "reported_at:";
    QTest::newRow("bad blockage kind") << QByteArray(R"j({"blockage":{"kind":"canal","hours":2}})j") << "blockage.kind: must be one of";
    QTest::newRow("negative hours") << QByteArray(R"j({"blockage":{"kind":"railway","hours":-1}})j") << "blockage.hours: must not be negative";
    QTest::newRow("flag not bool") << QByteArray(R"j({"group_fight":"yes"})j") << "group_fight: must be true or false";
    QTest::newRow("unknown county") << QByteArray(R"j({"county":"杭州市"})j") << "county: unknown county";
    QTest::newRow("bad location") << QByteArray(R"j({"location":{"lat":128,"lon":119}})j") << "location:";
    QTest::newRow("unknown plan") << QByteArray(R"j({"asserted_clauses":["flood:1.1"]})j") << "asserted_clauses[0]: unknown plan";
    QTest::newRow("unknown clause") << QByteArray(R"j({"asserted_clauses":["mass-incident:2.9(1)"]})j") << "asserted_clauses[0]: unknown clause";
    QTest::newRow("computed clause") << QByteArray(R"j({"asserted_clauses":["mass-incident:2.1(1)"]})j") << "asserted_clauses[0]: 85号 2.1(1) is decided";
    QTest::newRow("clause without plan") << QByteArray(R"j({"asserted_clauses":["2.1(2)"]})j") << "asserted_clauses[0]:";
}

void TestFactsParser::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messageStart);
    const auto r = cd::FactsParser(*testLibrary()).parse(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(messageStart), qPrintable(r.error()));
}

void TestFactsParser::defaults()
{
    // Missing numbers are 0, a missing county is 市本级, a missing cause is "other".
    const auto f = factsFrom("{}");
    QCOMPARE(f.participants, 0);
    QCOMPARE(f.deaths, 0);
    QCOMPARE(f.county, QStringLiteral("市本级"));
    QCOMPARE(f.cause, QStringLiteral("other"));
    QVERIFY(!f.reportedAt.isValid());
}

void TestFactsParser::acceptsFullContract()
{
    const auto f = factsFrom(R"j({"reported_at":"2026-11-22T03:10:00+08:00","cause":"wage_arrears","participants":800,
        "deaths":0,"injured":3,"serious_injuries":1,"group_fight":false,"at_key_site":true,"extreme_behaviour":true,
        "blockage":{"kind":"urban_traffic","hours":1.5},"construction_stoppage_hours":0,"urban":true,"county":"莲都区",
        "location":{"lat":28.4517,"lon":119.9229},"asserted_clauses":["mass-incident:2.3(3)"]})j");
    QCOMPARE(f.reportedAt.toUTC(), QDateTime(QDate(2026, 11, 21), QTime(19, 10), Qt::UTC));
    QCOMPARE(f.participants, 800);
    QCOMPARE(f.blockageKind, QStringLiteral("urban_traffic"));
    QCOMPARE(f.blockageHours, 1.5);
    QCOMPARE(f.county, QStringLiteral("莲都区"));
    QVERIFY(f.isAsserted(QStringLiteral("mass-incident"), QStringLiteral("2.3(3)")));
    QCOMPARE(f.location.latitude(), 28.4517);
}

QTEST_GUILESS_MAIN(TestFactsParser)
#include "tst_factsparser.moc"
