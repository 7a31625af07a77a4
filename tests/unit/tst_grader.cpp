// Grading against the plan texts. Every expected level and clause below is read off the plan
// text (85号 2.1–2.3, 86号 1.4, 59号 2.1–2.4, 95号 1.3/3), applying "以上含本数，以下不含本数".
#include "TestFacts.h"

#include <QTest>

class TestGrader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void boundaries_data();
    void boundaries();
    void highestLevelWinsFirstClauseWithinLevel();
    void assertedQualitativeClause();
    void wageArrearsAndMassIncidentTogether();
    void sciTechFollowsOtherPlansLevel_data();
    void sciTechFollowsOtherPlansLevel();
    void resourceDisputeOnlyForItsCause();
    void raiseHintsNameTheNextThreshold();
};

void TestGrader::boundaries_data()
{
    QTest::addColumn<QByteArray>("facts");
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("level"); // empty: the plan does not apply
    QTest::addColumn<QString>("clause");

    const QString mi = QStringLiteral("mass-incident");
    // 85号: participants 200 / 1000 / 5000 (2.3(1), 2.2(1), 2.1(1)).
    QTest::newRow("85 199 people") << QByteArray(R"j({"participants":199})j") << mi << "" << "";
    QTest::newRow("85 200 people") << QByteArray(R"j({"participants":200})j") << mi << "III" << "2.3(1)";
    QTest::newRow("85 999 people") << QByteArray(R"j({"participants":999})j") << mi << "III" << "2.3(1)";
    QTest::newRow("85 1000 people") << QByteArray(R"j({"participants":1000})j") << mi << "II" << "2.2(1)";
    QTest::newRow("85 4999 people") << QByteArray(R"j({"participants":4999})j") << mi << "II" << "2.2(1)";
    QTest::newRow("85 5000 people") << QByteArray(R"j({"participants":5000})j") << mi << "I" << "2.1(1)";
    // Deaths 3 / 10 (2.3(4), 2.2(2), 2.1(5)).
    QTest::newRow("85 1 death") << QByteArray(R"j({"deaths":1})j") << mi << "III" << "2.3(4)";
    QTest::newRow("85 2 deaths") << QByteArray(R"j({"deaths":2})j") << mi << "III" << "2.3(4)";
    QTest::newRow("85 3 deaths") << QByteArray(R"j({"deaths":3})j") << mi << "II" << "2.2(2)";
    QTest::newRow("85 9 deaths") << QByteArray(R"j({"deaths":9})j") << mi << "II" << "2.2(2)";
    QTest::newRow("85 10 deaths") << QByteArray(R"j({"deaths":10})j") << mi << "I" << "2.1(5)";
    // Injured 10 / 30.
    QTest::newRow("85 0 injured") << QByteArray(R"j({"injured":0})j") << mi << "" << "";
    QTest::newRow("85 9 injured") << QByteArray(R"j({"injured":9})j") << mi << "III" << "2.3(4)";
    QTest::newRow("85 10 injured") << QByteArray(R"j({"injured":10})j") << mi << "II" << "2.2(2)";
    QTest::newRow("85 29 injured") << QByteArray(R"j({"injured":29})j") << mi << "II" << "2.2(2)";
    QTest::newRow("85 30 injured") << QByteArray(R"j({"injured":30})j") << mi << "I" << "2.1(5)";
    // Group fights: 200 / 500 participants (2.2(4), 2.1(7)).
    QTest::newRow("85 fight 199") << QByteArray(R"j({"participants":199,"group_fight":true})j") << mi << "" << "";
    QTest::newRow("85 fight 200") << QByteArray(R"j({"participants":200,"group_fight":true})j") << mi << "II" << "2.2(4)";
    QTest::newRow("85 fight 499") << QByteArray(R"j({"participants":499,"group_fight":true})j") << mi << "II" << "2.2(4)";
    QTest::newRow("85 fight 500") << QByteArray(R"j({"participants":500,"group_fight":true})j") << mi << "I" << "2.1(7)";
    QTest::newRow("85 no fight 500") << QByteArray(R"j({"participants":500})j") << mi << "III" << "2.3(1)";
    // Blockage 8 h, construction stoppage 24 h (2.1(4)).
    QTest::newRow("85 road 7.9h") << QByteArray(R"j({"participants":300,"blockage":{"kind":"national_road","hours":7.9}})j") << mi << "III" << "2.3(1)";
    QTest::newRow("85 road 8h") << QByteArray(R"j({"participants":300,"blockage":{"kind":"national_road","hours":8}})j") << mi << "I" << "2.1(4)";
    QTest::newRow("85 railway 8h") << QByteArray(R"j({"blockage":{"kind":"railway","hours":8}})j") << mi << "I" << "2.1(4)";
    QTest::newRow("85 urban 7.99h") << QByteArray(R"j({"blockage":{"kind":"urban_traffic","hours":7.99}})j") << mi << "" << "";
    QTest::newRow("85 stoppage 23.9h") << QByteArray(R"j({"construction_stoppage_hours":23.9})j") << mi << "" << "";
    QTest::newRow("85 stoppage 24h") << QByteArray(R"j({"construction_stoppage_hours":24})j") << mi << "I" << "2.1(4)";
    // Key site with extreme behaviour: 10 to under 100 (2.3(2)).
    QTest::newRow("85 key site 9") << QByteArray(R"j({"participants":9,"at_key_site":true,"extreme_behaviour":true})j") << mi << "" << "";
    QTest::newRow("85 key site 10") << QByteArray(R"j({"participants":10,"at_key_site":true,"extreme_behaviour":true})j") << mi << "III" << "2.3(2)";
    QTest::newRow("85 key site 99") << QByteArray(R"j({"participants":99,"at_key_site":true,"extreme_behaviour":true})j") << mi << "III" << "2.3(2)";
    QTest::newRow("85 key site 100") << QByteArray(R"j({"participants":100,"at_key_site":true,"extreme_behaviour":true})j") << mi << "" << "";
    QTest::newRow("85 key site calm") << QByteArray(R"j({"participants":50,"at_key_site":true})j") << mi << "" << "";

    // 86号 1.4: 市本级, 30 or more claimants, over wage arrears.
    const QString wa = QStringLiteral("wage-arrears");
    QTest::newRow("86 29") << QByteArray(R"j({"cause":"wage_arrears","participants":29})j") << wa << "" << "";
    QTest::newRow("86 30") << QByteArray(R"j({"cause":"wage_arrears","participants":30})j") << wa << "" << "1.4";
    QTest::newRow("86 30 莲都区") << QByteArray(R"j({"cause":"wage_arrears","participants":30,"county":"莲都区"})j") << wa << "" << "1.4";
    QTest::newRow("86 300 青田县") << QByteArray(R"j({"cause":"wage_arrears","participants":300,"county":"青田县"})j") << wa << "" << "";
    QTest::newRow("86 other cause") << QByteArray(R"j({"cause":"other","participants":300})j") << wa << "" << "";
    // Wages unpaid because 工程款 was unpaid (86号 2.2(4), 4(1)).
    QTest::newRow("86 工程款") << QByteArray(R"j({"cause":"construction_payment","participants":30})j") << wa << "" << "1.4";

    // 59号: participants 50 / 100 / 300 / 500; serious injuries 1 / 3 / 10 / 30; deaths 1 / 3.
    const QString rd = QStringLiteral("resource-dispute");
    auto rdRow = [&](const char *name, const char *json, const char *level, const char *clause) {
        QTest::newRow(name) << QByteArray(R"j({"cause":"resource_dispute",)j") + json + '}' << rd << level << clause;
    };
    rdRow("59 49", R"j("participants":49)j", "", "");
    rdRow("59 50", R"j("participants":50)j", "IV", "2.4(1)");
    rdRow("59 99", R"j("participants":99)j", "IV", "2.4(1)");
    rdRow("59 100", R"j("participants":100)j", "III", "2.3(1)");
    rdRow("59 299", R"j("participants":299)j", "III", "2.3(1)");
    rdRow("59 300", R"j("participants":300)j", "II", "2.2(1)");
    rdRow("59 499", R"j("participants":499)j", "II", "2.2(1)");
    rdRow("59 500", R"j("participants":500)j", "I", "2.1(1)");
    rdRow("59 injured not serious", R"j("injured":5)j", "", "");
    rdRow("59 serious 1", R"j("injured":1,"serious_injuries":1)j", "IV", "2.4(2)");
    rdRow("59 serious 2", R"j("injured":2,"serious_injuries":2)j", "IV", "2.4(2)");
    rdRow("59 serious 3", R"j("injured":3,"serious_injuries":3)j", "III", "2.3(2)");
    rdRow("59 serious 9", R"j("injured":9,"serious_injuries":9)j", "III", "2.3(2)");
    rdRow("59 serious 10", R"j("injured":10,"serious_injuries":10)j", "II", "2.2(2)");
    rdRow("59 serious 29", R"j("injured":29,"serious_injuries":29)j", "II", "2.2(2)");
    rdRow("59 serious 30", R"j("injured":30,"serious_injuries":30)j", "I", "2.1(2)");
    rdRow("59 1 death", R"j("deaths":1)j", "II", "2.2(2)");
    rdRow("59 2 deaths", R"j("deaths":2)j", "II", "2.2(2)");
    rdRow("59 3 deaths", R"j("deaths":3)j", "I", "2.1(2)");
}

void TestGrader::boundaries()
{
    QFETCH(QByteArray, facts);
    QFETCH(QString, plan);
    QFETCH(QString, level);
    QFETCH(QString, clause);
    const auto a = assessmentFor(facts, plan);
    QCOMPARE(a.applies, !clause.isEmpty());
    QCOMPARE(a.level ? cd::levelCode(*a.level) : QString(), level);
    QCOMPARE(a.decidingClause, clause);
    if (!clause.isEmpty())
        QVERIFY(a.matchedClauses.contains(clause));
}

void TestGrader::highestLevelWinsFirstClauseWithinLevel()
{
    // 5000 people and 10 deaths: both 2.1(1) and 2.1(5) hold; 2.1(1) comes first in the plan.
    const auto a = assessmentFor(R"j({"participants":5000,"deaths":10})j", QStringLiteral("mass-incident"));
    QCOMPARE(a.decidingClause, QStringLiteral("2.1(1)"));
    QCOMPARE(a.matchedClauses, (QStringList{QStringLiteral("2.1(1)"), QStringLiteral("2.1(5)")}));
    // 300 people with 12 injured: 2.2(2) (Ⅱ) beats 2.3(1) (Ⅲ), and both are listed.
    const auto b = assessmentFor(R"j({"participants":300,"injured":12})j", QStringLiteral("mass-incident"));
    QCOMPARE(cd::levelCode(*b.level), QStringLiteral("II"));
    QCOMPARE(b.decidingClause, QStringLiteral("2.2(2)"));
    QCOMPARE(b.matchedClauses, (QStringList{QStringLiteral("2.2(2)"), QStringLiteral("2.3(1)")}));
}

void TestGrader::assertedQualitativeClause()
{
    // 2.1(2) (冲击、围攻县级以上党政军机关) is the operator's judgement: asserted, not computed.
    const auto a = assessmentFor(R"j({"participants":60,"asserted_clauses":["mass-incident:2.1(2)"]})j",
                                 QStringLiteral("mass-incident"));
    QCOMPARE(cd::levelCode(*a.level), QStringLiteral("I"));
    QCOMPARE(a.decidingClause, QStringLiteral("2.1(2)"));
    QVERIFY(a.matches.front().asserted);
    // Asserting a lower clause never lowers a computed level.
    const auto b = assessmentFor(R"j({"participants":1200,"asserted_clauses":["mass-incident:2.3(3)"]})j",
                                 QStringLiteral("mass-incident"));
    QCOMPARE(cd::levelCode(*b.level), QStringLiteral("II"));
    QCOMPARE(b.matchedClauses, (QStringList{QStringLiteral("2.2(1)"), QStringLiteral("2.3(3)")}));
}

void TestGrader::wageArrearsAndMassIncidentTogether()
{
    // The issue's example: 250 workers block a road over unpaid wages.
    const QByteArray facts = R"j({"cause":"wage_arrears","participants":250,
                                 "blockage":{"kind":"urban_traffic","hours":2},"urban":true})j";
    const auto results = cd::Grader(*testLibrary()).grade(factsFrom(facts));
    QStringList applying;
    for (const auto &a : results)
        if (a.applies)
            applying << a.plan->id + QLatin1Char('=') + (a.level ? cd::levelCode(*a.level) : QStringLiteral("-"));
    QCOMPARE(applying, (QStringList{QStringLiteral("mass-incident=III"), QStringLiteral("wage-arrears=-")}));
}

void TestGrader::sciTechFollowsOtherPlansLevel_data()
{
    QTest::addColumn<QByteArray>("facts");
    QTest::addColumn<bool>("applies");
    QTest::newRow("85 III") << QByteArray(R"j({"participants":999})j") << false;
    QTest::newRow("85 II") << QByteArray(R"j({"participants":1000})j") << true;
    QTest::newRow("85 I") << QByteArray(R"j({"deaths":10})j") << true;
    QTest::newRow("59 III") << QByteArray(R"j({"cause":"resource_dispute","participants":120})j") << false;
    // 300 people over a land dispute: 59号 Ⅱ (2.2(1)) though 85号 is only Ⅲ.
    QTest::newRow("59 II") << QByteArray(R"j({"cause":"resource_dispute","participants":300})j") << true;
    QTest::newRow("nothing") << QByteArray(R"j({})j") << false;
}

void TestGrader::sciTechFollowsOtherPlansLevel()
{
    QFETCH(QByteArray, facts);
    QFETCH(bool, applies);
    const auto a = assessmentFor(facts, QStringLiteral("sci-tech-support"));
    QCOMPARE(a.applies, applies);
    QCOMPARE(a.level.has_value(), false); // 95号 has no levels of its own
    if (applies) {
        QCOMPARE(a.matchedClauses, (QStringList{QStringLiteral("1.3"), QStringLiteral("3")}));
        QCOMPARE(a.decidingClause, QStringLiteral("1.3"));
    }
}

void TestGrader::resourceDisputeOnlyForItsCause()
{
    const auto a = assessmentFor(R"j({"cause":"other","participants":600})j", QStringLiteral("resource-dispute"));
    QVERIFY(!a.inScope);
    QVERIFY(!a.applies);
    QVERIFY(a.matches.isEmpty());
}

void TestGrader::raiseHintsNameTheNextThreshold()
{
    // At 250 (Ⅲ by 2.3(1)), the next level is Ⅱ: 1000 participants (2.2(1)), 3 deaths or 10
    // injured (2.2(2)). 2.2(4) needs a group fight, which is not the case, so it is not offered.
    const auto a = assessmentFor(R"j({"participants":250})j", QStringLiteral("mass-incident"));
    QStringList hints;
    for (const auto &r : a.raises)
        hints << QStringLiteral("%1 %2 %3>=%4").arg(cd::levelCode(r.level), r.clause, r.fact).arg(r.threshold);
    QCOMPARE(hints, (QStringList{QStringLiteral("II 2.2(1) participants>=1000"), QStringLiteral("II 2.2(2) deaths>=3"),
                                 QStringLiteral("II 2.2(2) injured>=10")}));
    // With a group fight, 200 more people (500 in all) is not the next step: 2.2(4) already
    // holds at 250, so Ⅱ is the level and the hints are for Ⅰ.
    const auto b = assessmentFor(R"j({"participants":250,"group_fight":true})j", QStringLiteral("mass-incident"));
    QCOMPARE(cd::levelCode(*b.level), QStringLiteral("II"));
    QVERIFY(std::any_of(b.raises.begin(), b.raises.end(), [](const cd::LevelRaise &r) {
        return r.clause == QLatin1String("2.1(7)") && r.threshold == 500;
    }));
}

QTEST_GUILESS_MAIN(TestGrader)
#include "tst_grader.moc"
