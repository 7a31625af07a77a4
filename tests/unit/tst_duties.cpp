// Which member agencies an event involves, and why. Expected names and clauses are those of
// 85号 3.1.4, 86号 2.1/2.2/3(2), 59号 3.1.2 and 95号 2.3.
#include "TestFacts.h"

#include <QSet>
#include <QTest>

namespace {

const cd::AgencyAssignment *find(const cd::PlanAssessment &a, const QString &name, const QString &clause = {})
{
    for (const auto &g : a.agencies)
        if (g.name == name && (clause.isEmpty() || g.clause == clause))
            return &g;
    return nullptr;
}

} // namespace

class TestDuties : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void massIncidentReasons_data();
    void massIncidentReasons();
    void massIncidentKeepsPlanNumbering();
    void notApplicableMeansNoDuties();
    void wageArrearsMembersAndPrincipalLeaders();
    void resourceDisputeMembers();
    void sciTechMembers();
};

void TestDuties::massIncidentReasons_data()
{
    QTest::addColumn<QByteArray>("facts");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QString>("clause");
    QTest::addColumn<QString>("reason"); // empty: not involved

    const QByteArray crowd = R"j({"participants":300})j";
    QTest::newRow("police always") << crowd << "市公安局" << "3.1.4(10)" << "always";
    QTest::newRow("政法委 always") << crowd << "市委政法委" << "3.1.4(1)" << "always";
    QTest::newRow("no casualties, no 卫健委") << crowd << "市卫生健康委" << "3.1.4(23)" << "";
    QTest::newRow("casualties → 卫健委") << QByteArray(R"j({"participants":300,"injured":2})j") << "市卫生健康委"
                                         << "3.1.4(23)" << "condition:casualties";
    QTest::newRow("medical cause → 卫健委") << QByteArray(R"j({"participants":300,"cause":"medical_health"})j")
                                            << "市卫生健康委" << "3.1.4(23)" << "cause:medical_health";
    QTest::newRow("wages → 人力社保") << QByteArray(R"j({"participants":300,"cause":"wage_arrears"})j")
                                      << "市人力社保局" << "3.1.4(15)" << "cause:wage_arrears";
    QTest::newRow("工程款 → 建设局") << QByteArray(R"j({"participants":300,"cause":"construction_payment"})j")
                                     << "市建设局" << "3.1.4(18)" << "cause:construction_payment";
    QTest::newRow("no 工程款, no 建设局") << crowd << "市建设局" << "3.1.4(18)" << "";
    QTest::newRow("finance → 人行") << QByteArray(R"j({"participants":300,"cause":"finance"})j")
                                    << "人行丽水市中心支行" << "3.1.4(34)" << "cause:finance";
    QTest::newRow("fight → 武警") << QByteArray(R"j({"participants":300,"group_fight":true})j") << "武警丽水支队"
                                  << "3.1.4(37)" << "condition:violence";
    QTest::newRow("calm, no 武警") << crowd << "武警丽水支队" << "3.1.4(37)" << "";
    QTest::newRow("(40) never automatic") << QByteArray(R"j({"participants":6000,"deaths":12})j")
                                          << "其他市级有关部门和单位" << "3.1.4(40)" << "";
}

void TestDuties::massIncidentReasons()
{
    QFETCH(QByteArray, facts);
    QFETCH(QString, agency);
    QFETCH(QString, clause);
    QFETCH(QString, reason);
    const auto a = assessmentFor(facts, QStringLiteral("mass-incident"));
    QVERIFY(a.applies);
    const auto *g = find(a, agency);
    if (reason.isEmpty()) {
        QVERIFY2(!g, qPrintable(agency + QStringLiteral(" should not be involved")));
        return;
    }
    QVERIFY2(g, qPrintable(agency + QStringLiteral(" missing")));
    QCOMPARE(g->clause, clause);
    QCOMPARE(g->reason, reason);
    QVERIFY(!g->duty.isEmpty());
    QVERIFY(!g->reasonText.isEmpty());
}

void TestDuties::massIncidentKeepsPlanNumbering()
{
    // 3.1.4 numbers its members (1)…(40) but skips (33): 39 entries, none numbered (33).
    const auto *plan = testLibrary()->plan(QStringLiteral("mass-incident"));
    QCOMPARE(int(plan->agencies.size()), 39);
    QSet<QString> clauses;
    for (const auto &a : plan->agencies)
        clauses.insert(a.clause);
    QVERIFY(!clauses.contains(QStringLiteral("3.1.4(33)")));
    QVERIFY(clauses.contains(QStringLiteral("3.1.4(32)")));
    QVERIFY(clauses.contains(QStringLiteral("3.1.4(34)")));
    QVERIFY(clauses.contains(QStringLiteral("3.1.4(40)")));
    QCOMPARE(plan->agencies.front().name, QStringLiteral("市委政法委"));
    QCOMPARE(plan->agencies.back().clause, QStringLiteral("3.1.4(40)"));
}

void TestDuties::notApplicableMeansNoDuties()
{
    const auto a = assessmentFor(R"j({"participants":20})j", QStringLiteral("mass-incident"));
    QVERIFY(!a.applies);
    QVERIFY(a.agencies.empty());
}

void TestDuties::wageArrearsMembersAndPrincipalLeaders()
{
    const auto *plan = testLibrary()->plan(QStringLiteral("wage-arrears"));
    // 86号 2.1 names 21 member units; each appears among the plan's agencies.
    const QStringList members = QStringLiteral(
        "市委宣传部 市信访局 市发改委 市经信局 市公安局 市法院 市司法局 市财政局 市人力社保局 市自然资源局 市建设局 "
        "市交通运输局 市水利局 市商务局 市卫生健康委 市文广旅体局 市市场监管局 市国资委 市总工会 人行丽水市中心支行 "
        "市消防救援支队").split(QLatin1Char(' '));
    QCOMPARE(members.size(), 21);
    for (const auto &m : members)
        QVERIFY2(std::any_of(plan->agencies.begin(), plan->agencies.end(),
                             [&](const cd::Agency &a) { return a.name == m; }),
                 qPrintable(m));

    // 3(2): 50 or more claimants → the units' principal leaders on site.
    const auto at49 = assessmentFor(R"j({"cause":"wage_arrears","participants":49})j", plan->id);
    const auto at50 = assessmentFor(R"j({"cause":"wage_arrears","participants":50})j", plan->id);
    QVERIFY(at49.applies && at50.applies);
    QVERIFY(!std::any_of(at49.agencies.begin(), at49.agencies.end(),
                         [](const cd::AgencyAssignment &g) { return g.clause == QLatin1String("3(2)"); }));
    const auto leaders = std::find_if(at50.agencies.begin(), at50.agencies.end(),
                                      [](const cd::AgencyAssignment &g) { return g.clause == QLatin1String("3(2)"); });
    QVERIFY(leaders != at50.agencies.end());
    QCOMPARE(leaders->reason, QStringLiteral("condition:principal_leaders"));
    // 人力社保 leads (2.2(3), 3(4)); the office sits at 市人力社保局 (2.1).
    QVERIFY(find(at50, QStringLiteral("市人力社保局"), QStringLiteral("2.2(3)")));
    QVERIFY(find(at50, QStringLiteral("领导小组办公室(市人力社保局)"), QStringLiteral("2.2(2)")));
    QVERIFY(std::any_of(at50.command.begin(), at50.command.end(), [](const cd::Provision &p) {
        return p.clause == QLatin1String("3(4)") && p.text.contains(QStringLiteral("人力社保部门负责人担任"));
    }));
}

void TestDuties::resourceDisputeMembers()
{
    const auto *plan = testLibrary()->plan(QStringLiteral("resource-dispute"));
    // 3.1.2 (1)–(17), and its closing "其他市级有关单位" left to the commander.
    QCOMPARE(std::count_if(plan->agencies.begin(), plan->agencies.end(),
                           [](const cd::Agency &a) { return a.clause.startsWith(QStringLiteral("3.1.2(")); }),
             17);
    QCOMPARE(plan->agencies.back().name, QStringLiteral("其他市级有关单位"));
    QCOMPARE(plan->groups.size(), 6);
    // Who leads the on-site group depends on the level (3.3.1).
    const auto iv = assessmentFor(R"j({"cause":"resource_dispute","participants":60})j", plan->id);
    const auto iii = assessmentFor(R"j({"cause":"resource_dispute","participants":150})j", plan->id);
    const auto ii = assessmentFor(R"j({"cause":"resource_dispute","participants":350})j", plan->id);
    auto lead = [](const cd::PlanAssessment &a) {
        for (const auto &p : a.command)
            if (p.clause == QLatin1String("3.3.1"))
                return p.text;
        return QString();
    };
    QVERIFY(lead(iv).startsWith(QStringLiteral("发生一般")));
    QVERIFY(lead(iv).contains(QStringLiteral("事发地县(市、区)自然资源权属争议群体事件应急指挥部负责成立现场指挥小组")));
    QVERIFY(lead(iii).contains(QStringLiteral("市自然资源权属争议群体事件应急指挥部负责成立现场指挥小组")));
    QVERIFY(lead(ii).contains(QStringLiteral("省应急指挥部负责成立现场指挥小组")));
    QVERIFY(!find(iv, QStringLiteral("市卫生健康委")));
    const auto hurt = assessmentFor(R"j({"cause":"resource_dispute","participants":60,"injured":1})j", plan->id);
    QCOMPARE(find(hurt, QStringLiteral("市卫生健康委"))->reason, QStringLiteral("condition:casualties"));
}

void TestDuties::sciTechMembers()
{
    const auto a = assessmentFor(R"j({"participants":1500})j", QStringLiteral("sci-tech-support"));
    QVERIFY(a.applies);
    QVERIFY(find(a, QStringLiteral("市科技局"), QStringLiteral("2.3(一)")));
    for (const auto &carrier : {QStringLiteral("电信丽水分公司"), QStringLiteral("移动丽水分公司"), QStringLiteral("联通丽水分公司")})
        QCOMPARE(find(a, carrier)->clause, QStringLiteral("2.3(二十三)"));
    // Lead unit, office and the 24 member units of 2.3.
    QCOMPARE(int(a.agencies.size()), 2 + 25);
}

QTEST_GUILESS_MAIN(TestDuties)
#include "tst_duties.moc"
