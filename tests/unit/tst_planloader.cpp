// Plan files: the four builtin plans carry the clauses the plans define, and a broken file is
// refused whole with "<file>: <json path>: <problem>".
#include "plan/FactVocabulary.h"
#include "plan/PlanLibrary.h"
#include "plan/PlanLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A minimal valid plan, edited by each failure row.
QJsonObject minimalPlan()
{
    return QJsonDocument::fromJson(R"j({
      "format": 1, "id": "test-plan", "title": "测试预案", "document": "测试〔2026〕1号", "short_ref": "1号",
      "issuer": "测试", "issued": "2026-01-01",
      "scope": {"clause": "1.3", "text": "适用范围"},
      "levels": [{"level": "I", "name": "特别重大", "clause": "2.1",
                  "criteria": [{"clause": "2.1(1)", "text": "100人以上", "when": {"fact": "participants", "at_least": 100}}]}],
      "agencies": [{"name": "市公安局", "clause": "3(1)", "duty": "维持秩序", "involved": {"always": true}}]
    })j").object();
}

} // namespace

class TestPlanLoader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtinPlansLoad();
    void clausesNamedByThePlansArePresent();
    void minimalPlanLoads();
    void rejects_data();
    void rejects();
    void brokenOverrideFileIsNamedAndNothingLoads();
    void overrideReplacesBuiltinPlan();
};

void TestPlanLoader::builtinPlansLoad()
{
    const auto lib = cd::PlanLibrary::loadBuiltin();
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    QStringList ids;
    for (const auto &p : lib.value()->plans())
        ids << p.id + QLatin1Char(' ') + p.document;
    // 95号 activates on the others' levels, so it is graded last.
    QCOMPARE(ids, (QStringList{QStringLiteral("mass-incident 丽政办发〔2020〕85号"),
                               QStringLiteral("wage-arrears 丽政办发〔2020〕86号"),
                               QStringLiteral("resource-dispute 丽政办发〔2022〕59号"),
                               QStringLiteral("sci-tech-support 丽政办发〔2020〕95号")}));
}

void TestPlanLoader::clausesNamedByThePlansArePresent()
{
    const auto lib = cd::PlanLibrary::loadBuiltin().value();
    const auto *mi = lib->plan(QStringLiteral("mass-incident"));
    // 2.1 has ten criteria, 2.2 eight, 2.3 five.
    QCOMPARE(mi->levels.size(), size_t(3));
    QCOMPARE(mi->levels[0].criteria.size(), size_t(10));
    QCOMPARE(mi->levels[1].criteria.size(), size_t(8));
    QCOMPARE(mi->levels[2].criteria.size(), size_t(5));
    QVERIFY(mi->countingRule && mi->countingRule->text.contains(QStringLiteral("“以上”含本数,“以下”不含本数")));
    QCOMPARE(mi->prewarning.size() >= 4, true);
    QCOMPARE(mi->prewarning.first().clause, QStringLiteral("4.1.2(1)"));
    QStringList response;
    for (const auto &p : mi->response)
        response << p.clause;
    QVERIFY(response.contains(QStringLiteral("5.1.2")));
    QVERIFY(response.contains(QStringLiteral("5.2")));
    QStringList command;
    for (const auto &p : mi->command)
        command << p.clause;
    QCOMPARE(command, (QStringList{QStringLiteral("3.1.1"), QStringLiteral("3.1.2"), QStringLiteral("3.1.3"),
                                   QStringLiteral("3.2"), QStringLiteral("3.3")}));

    const auto *rd = lib->plan(QStringLiteral("resource-dispute"));
    QCOMPARE(rd->levels.size(), size_t(4));
    QCOMPARE(cd::levelCode(rd->levels.back().level), QStringLiteral("IV"));

    const auto *wa = lib->plan(QStringLiteral("wage-arrears"));
    QCOMPARE(wa->scope.clause, QStringLiteral("1.4"));
    QVERIFY(wa->scope.text.contains(QStringLiteral("30人以上")));
    QStringList waResponse;
    for (const auto &p : wa->response)
        waResponse << p.clause;
    for (const auto *c : {"3(1)", "3(2)", "3(3)", "3(4)", "3(5)", "4(1)", "4(7)", "5.1(2)"})
        QVERIFY2(waResponse.contains(QLatin1String(c)), c);

    const auto *st = lib->plan(QStringLiteral("sci-tech-support"));
    QVERIFY(st->activation.has_value());
    QVERIFY(!st->hasLevels());
}

void TestPlanLoader::minimalPlanLoads()
{
    const auto vocab = cd::FactVocabulary::loadBuiltin().value();
    const auto plan = cd::PlanLoader(vocab).loadJson(QJsonDocument(minimalPlan()).toJson(), QStringLiteral("t.json"));
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
}

void TestPlanLoader::rejects_data()
{
    QTest::addColumn<QString>("pointer"); // what to change, as "key=json"
    QTest::addColumn<QString>("expected");
    QTest::newRow("format") << R"j(format=2)j" << "t.json: $.format: must be 1";
    QTest::newRow("missing id") << R"j(id=null)j" << "t.json: $.id: must be a non-empty string";
    QTest::newRow("bad date") << R"j(issued="2026-13-01")j" << "t.json: $.issued: must be a date";
    QTest::newRow("unknown key") << R"j(colour="red")j" << "t.json: $.colour: unknown key";
    QTest::newRow("unknown fact")
        << R"j(levels=[{"level":"I","name":"x","clause":"2.1","criteria":[{"clause":"2.1(1)","text":"x","when":{"fact":"participant","at_least":1}}]}])j"
        << "t.json: $.levels[0].criteria[0].when.fact: unknown fact \"participant\"";
    QTest::newRow("negative threshold")
        << R"j(levels=[{"level":"I","name":"x","clause":"2.1","criteria":[{"clause":"2.1(1)","text":"x","when":{"fact":"deaths","at_least":-3}}]}])j"
        << "t.json: $.levels[0].criteria[0].when.at_least: must be a non-negative number";
    QTest::newRow("empty range")
        << R"j(levels=[{"level":"I","name":"x","clause":"2.1","criteria":[{"clause":"2.1(1)","text":"x","when":{"fact":"deaths","at_least":10,"below":3}}]}])j"
        << "t.json: $.levels[0].criteria[0].when: \"at_least\" must be smaller";
    QTest::newRow("levels out of order")
        << R"j(levels=[{"level":"II","name":"x","clause":"2.2","criteria":[{"clause":"2.2(1)","text":"x","assertable":true}]},{"level":"I","name":"y","clause":"2.1","criteria":[{"clause":"2.1(1)","text":"y","assertable":true}]}])j"
        << "t.json: $.levels[1].level: levels must be listed from the most severe";
    QTest::newRow("criterion without rule")
        << R"j(levels=[{"level":"I","name":"x","clause":"2.1","criteria":[{"clause":"2.1(1)","text":"x"}]}])j"
        << "t.json: $.levels[0].criteria[0]: a criterion needs";
    QTest::newRow("duplicate clause")
        << R"j(levels=[{"level":"I","name":"x","clause":"2.1","criteria":[{"clause":"2.1(1)","text":"x","assertable":true},{"clause":"2.1(1)","text":"y","assertable":true}]}])j"
        << "t.json: $.levels[0].criteria[1].clause: duplicate clause";
    QTest::newRow("unknown cause in duty")
        << R"j(agencies=[{"name":"a","clause":"1","duty":"d","involved":{"causes":["aliens"]}}])j"
        << "t.json: $.agencies[0].involved.causes[0]: unknown cause \"aliens\"";
    QTest::newRow("unknown condition in duty")
        << R"j(agencies=[{"name":"a","clause":"1","duty":"d","involved":{"conditions":["storm"]}}])j"
        << "t.json: $.agencies[0].involved.conditions[0]: unknown named condition";
    QTest::newRow("bad choice value") << R"j(scope={"clause":"1","text":"t","when":{"fact":"county","in":["杭州市"]}})j"
                                      << "t.json: $.scope.when.in[0]: \"杭州市\" is not a known value of county";
    QTest::newRow("typo in a condition")
        << R"j(levels=[{"level":"I","name":"x","clause":"2.1","criteria":[{"clause":"2.1(1)","text":"x","when":{"fact":"deaths","at_least":3,"belw":10}}]}])j"
        << "t.json: $.levels[0].criteria[0].when.belw: unknown key in a condition";
    QTest::newRow("no agencies") << R"j(agencies=[])j" << "t.json: $.agencies: a plan needs its member agencies";
}

void TestPlanLoader::rejects()
{
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    auto plan = minimalPlan();
    const auto key = pointer.section(QLatin1Char('='), 0, 0);
    const auto value = QJsonDocument::fromJson("[" + pointer.section(QLatin1Char('='), 1).toUtf8() + "]").array().at(0);
    plan.insert(key, value);
    const auto vocab = cd::FactVocabulary::loadBuiltin().value();
    const auto r = cd::PlanLoader(vocab).loadJson(QJsonDocument(plan).toJson(), QStringLiteral("t.json"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(expected), qPrintable(r.error()));
}

void TestPlanLoader::brokenOverrideFileIsNamedAndNothingLoads()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": 1, \"id\": \"x\",");
    f.close();
    const auto lib = cd::PlanLibrary::loadWithOverrides(dir.path());
    QVERIFY(!lib.ok());
    QVERIFY2(lib.error().startsWith(f.fileName() + QStringLiteral(": $: malformed JSON")), qPrintable(lib.error()));
}

void TestPlanLoader::overrideReplacesBuiltinPlan()
{
    // Next year's revision of a plan is a new file with the same id.
    QTemporaryDir dir;
    auto plan = minimalPlan();
    plan.insert(QStringLiteral("id"), QStringLiteral("wage-arrears"));
    plan.insert(QStringLiteral("document"), QStringLiteral("丽政办发〔2027〕1号"));
    QFile f(dir.filePath(QStringLiteral("wage-arrears-2027.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(plan).toJson());
    f.close();
    const auto lib = cd::PlanLibrary::loadWithOverrides(dir.path());
    QVERIFY2(lib.ok(), qPrintable(lib.error()));
    QCOMPARE(int(lib.value()->plans().size()), 4);
    QCOMPARE(lib.value()->plan(QStringLiteral("wage-arrears"))->document, QStringLiteral("丽政办发〔2027〕1号"));
}

QTEST_GUILESS_MAIN(TestPlanLoader)
#include "tst_planloader.moc"
