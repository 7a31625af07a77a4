// Reporting windows from the plan texts: 85号 4.1.3, 5.1.2(1), 5.2; 86号 3(1), 3(2), 4(1),
// 5.1(2); 59号 4.2/5.1. Anchors, due times and state transitions on a hand-moved clock.
#include "TestFacts.h"
#include "time/Clock.h"
#include "time/DeadlineEngine.h"
#include "time/DeadlineMonitor.h"
#include "time/ShanghaiTime.h"

#include <QSignalSpy>
#include <QTest>

namespace {

QDateTime at(const char *iso) { return cd::parseIsoWithOffset(QLatin1String(iso)).toUTC(); }

std::vector<cd::Deadline> deadlinesFor(const QByteArray &facts, const cd::Milestones &m, const QDateTime &now)
{
    const auto f = factsFrom(facts);
    return cd::DeadlineEngine(cd::WorkCalendar::builtin()).compute(cd::Grader(*testLibrary()).grade(f), f, m, now);
}

const cd::Deadline *find(const std::vector<cd::Deadline> &list, const QString &plan, const QString &window)
{
    for (const auto &d : list)
        if (d.planId == plan && d.window->id == window)
            return &d;
    return nullptr;
}

QStringList windows(const std::vector<cd::Deadline> &list, const QString &plan)
{
    QStringList out;
    for (const auto &d : list)
        if (d.planId == plan)
            out << d.window->clause + QLatin1Char(' ') + d.window->id;
    return out;
}

cd::Milestones reportedAt(const char *iso)
{
    cd::Milestones m;
    m.at.insert(QStringLiteral("reported"), at(iso));
    return m;
}

} // namespace

class TestDeadlines : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void massIncidentLevelTwoWindows();
    void massIncidentLevelThreeIsTimelyWithoutNumber();
    void prewarningWindowOnlyWhenRuledIn();
    void wageArrearsWindows();
    void urbanArrivalOnlyInUrbanArea();
    void conditionalWindowListedUntilRuledOut();
    void disposalReportTenWorkingDays();
    void resourceDisputeImmediate();
    void dueSoonBoundaries_data();
    void dueSoonBoundaries();
    void completionOnTimeAndLate();
    void futureCompletionInvisibleAtCursor();
    void monitorSignalsStateChanges();
};

void TestDeadlines::massIncidentLevelTwoWindows()
{
    // Ⅱ: 5.1.2(1) report to the city within 2 h; the city reports to the province within 2 h
    // of receiving it — a window that waits until the city has the report.
    auto m = reportedAt("2026-11-22T03:10:00+08:00");
    auto list = deadlinesFor(R"j({"participants":1200})j", m, at("2026-11-22T03:20:00+08:00"));
    const auto *toCity = find(list, QStringLiteral("mass-incident"), QStringLiteral("event-to-city"));
    QVERIFY(toCity);
    QCOMPARE(toCity->window->clause, QStringLiteral("5.1.2(1)"));
    QCOMPARE(cd::isoShanghai(toCity->due), QStringLiteral("2026-11-22T05:10:00+08:00"));
    QCOMPARE(toCity->state, cd::Deadline::State::Pending);
    const auto *toProvince = find(list, QStringLiteral("mass-incident"), QStringLiteral("city-to-province"));
    QCOMPARE(toProvince->state, cd::Deadline::State::Waiting);
    QVERIFY(!toProvince->due.isValid());
    QVERIFY(!find(list, QStringLiteral("mass-incident"), QStringLiteral("level3-to-city")));

    m.at.insert(QStringLiteral("report_sent:city"), at("2026-11-22T04:05:00+08:00"));
    list = deadlinesFor(R"j({"participants":1200})j", m, at("2026-11-22T04:10:00+08:00"));
    QCOMPARE(find(list, QStringLiteral("mass-incident"), QStringLiteral("event-to-city"))->state, cd::Deadline::State::Met);
    toProvince = find(list, QStringLiteral("mass-incident"), QStringLiteral("city-to-province"));
    QCOMPARE(cd::isoShanghai(toProvince->due), QStringLiteral("2026-11-22T06:05:00+08:00"));
    QCOMPARE(toProvince->state, cd::Deadline::State::Pending);
}

void TestDeadlines::massIncidentLevelThreeIsTimelyWithoutNumber()
{
    auto m = reportedAt("2026-11-22T03:10:00+08:00");
    auto list = deadlinesFor(R"j({"participants":300})j", m, at("2026-11-22T09:00:00+08:00"));
    const auto *w = find(list, QStringLiteral("mass-incident"), QStringLiteral("level3-to-city"));
    QVERIFY(w);
    QCOMPARE(w->window->clause, QStringLiteral("5.2"));
    QCOMPARE(w->window->kind, cd::ReportingWindow::Kind::Timely);
    QVERIFY(!w->due.isValid()); // "及时": no number is invented
    QCOMPARE(w->state, cd::Deadline::State::Open);
    QVERIFY(!find(list, QStringLiteral("mass-incident"), QStringLiteral("event-to-city")));
    m.at.insert(QStringLiteral("report_sent:city"), at("2026-11-22T05:00:00+08:00"));
    list = deadlinesFor(R"j({"participants":300})j", m, at("2026-11-22T09:00:00+08:00"));
    QCOMPARE(find(list, QStringLiteral("mass-incident"), QStringLiteral("level3-to-city"))->state, cd::Deadline::State::Met);
}

void TestDeadlines::prewarningWindowOnlyWhenRuledIn()
{
    // 85号 4.1.3 concerns pre-warning information that may become Ⅱ/Ⅰ: shown once an operator
    // rules the information to be such, then 2 h to the city.
    auto m = reportedAt("2026-11-22T03:10:00+08:00");
    auto list = deadlinesFor(R"j({"participants":300})j", m, at("2026-11-22T03:20:00+08:00"));
    QVERIFY(!find(list, QStringLiteral("mass-incident"), QStringLiteral("prewarning-to-city")));
    m.rulings.insert(QStringLiteral("prewarning_info"), true);
    list = deadlinesFor(R"j({"participants":300})j", m, at("2026-11-22T03:20:00+08:00"));
    const auto *w = find(list, QStringLiteral("mass-incident"), QStringLiteral("prewarning-to-city"));
    QVERIFY(w);
    QCOMPARE(w->window->clause, QStringLiteral("4.1.3"));
    QVERIFY(!w->conditional);
    QCOMPARE(cd::isoShanghai(w->due), QStringLiteral("2026-11-22T05:10:00+08:00"));
    // Information about a gathering still brewing (50 people, no level yet): 4.1.3 holds
    // once ruled in, though 85号 grades nothing.
    list = deadlinesFor(R"j({"participants":50})j", m, at("2026-11-22T03:20:00+08:00"));
    QVERIFY(find(list, QStringLiteral("mass-incident"), QStringLiteral("prewarning-to-city")));
    QVERIFY(!find(list, QStringLiteral("mass-incident"), QStringLiteral("level3-to-city")));
}

void TestDeadlines::wageArrearsWindows()
{
    // 3(1): 20 min to an initial judgment, 30 min to report to the leading group, both from
    // the office's receipt of the report.
    auto m = reportedAt("2026-11-22T03:10:00+08:00");
    const auto list = deadlinesFor(R"j({"cause":"wage_arrears","participants":60})j", m, at("2026-11-22T03:12:00+08:00"));
    QCOMPARE(cd::isoShanghai(find(list, QStringLiteral("wage-arrears"), QStringLiteral("initial-judgment"))->due),
             QStringLiteral("2026-11-22T03:30:00+08:00"));
    QCOMPARE(cd::isoShanghai(find(list, QStringLiteral("wage-arrears"), QStringLiteral("report-leading-group"))->due),
             QStringLiteral("2026-11-22T03:40:00+08:00"));
    // 3(2): 50 or more claimants → principal leaders on site: a requirement, no timer.
    const auto *leaders = find(list, QStringLiteral("wage-arrears"), QStringLiteral("principal-leaders"));
    QVERIFY(leaders);
    QCOMPARE(leaders->window->kind, cd::ReportingWindow::Kind::Requirement);
    QVERIFY(!leaders->due.isValid());
    const auto small = deadlinesFor(R"j({"cause":"wage_arrears","participants":49})j", m, at("2026-11-22T03:12:00+08:00"));
    QVERIFY(!find(small, QStringLiteral("wage-arrears"), QStringLiteral("principal-leaders")));
    // 5.1(2) waits for the end of disposal.
    QCOMPARE(find(list, QStringLiteral("wage-arrears"), QStringLiteral("disposal-report"))->state, cd::Deadline::State::Waiting);
}

void TestDeadlines::urbanArrivalOnlyInUrbanArea()
{
    auto m = reportedAt("2026-11-22T03:10:00+08:00");
    const auto rural = deadlinesFor(R"j({"cause":"wage_arrears","participants":40})j", m, at("2026-11-22T03:12:00+08:00"));
    QVERIFY(!find(rural, QStringLiteral("wage-arrears"), QStringLiteral("urban-arrival")));
    auto urban = deadlinesFor(R"j({"cause":"wage_arrears","participants":40,"urban":true})j", m, at("2026-11-22T03:12:00+08:00"));
    const auto *w = find(urban, QStringLiteral("wage-arrears"), QStringLiteral("urban-arrival"));
    QCOMPARE(w->state, cd::Deadline::State::Waiting); // anchored on the dispatch instruction
    QCOMPARE(w->window->anchor, QStringLiteral("dispatched"));
    m.at.insert(QStringLiteral("dispatched"), at("2026-11-22T03:20:00+08:00"));
    urban = deadlinesFor(R"j({"cause":"wage_arrears","participants":40,"urban":true})j", m, at("2026-11-22T03:25:00+08:00"));
    QCOMPARE(cd::isoShanghai(find(urban, QStringLiteral("wage-arrears"), QStringLiteral("urban-arrival"))->due),
             QStringLiteral("2026-11-22T03:50:00+08:00"));
}

void TestDeadlines::conditionalWindowListedUntilRuledOut()
{
    // 4(1) holds only when the scene could not settle the source arrears; 7 working days.
    auto m = reportedAt("2024-09-27T10:00:00+08:00");
    auto list = deadlinesFor(R"j({"cause":"wage_arrears","participants":40})j", m, at("2024-09-27T11:00:00+08:00"));
    const auto *w = find(list, QStringLiteral("wage-arrears"), QStringLiteral("source-arrears-investigation"));
    QVERIFY(w->conditional);
    QCOMPARE(w->window->rulingLabel, QStringLiteral("源头性欠薪案件不能当场处理"));
    // 7 working days after Friday 2024-09-27: 9-29(日) 9-30, then 10-8 … 10-12(六).
    QCOMPARE(cd::isoShanghai(w->due), QStringLiteral("2024-10-12T23:59:59+08:00"));
    QCOMPARE(w->state, cd::Deadline::State::Pending);

    m.rulings.insert(QStringLiteral("arrears_unsettled_on_site"), true);
    list = deadlinesFor(R"j({"cause":"wage_arrears","participants":40})j", m, at("2024-09-27T11:00:00+08:00"));
    QVERIFY(!find(list, QStringLiteral("wage-arrears"), QStringLiteral("source-arrears-investigation"))->conditional);

    m.rulings.insert(QStringLiteral("arrears_unsettled_on_site"), false);
    list = deadlinesFor(R"j({"cause":"wage_arrears","participants":40})j", m, at("2024-10-20T11:00:00+08:00"));
    QCOMPARE(find(list, QStringLiteral("wage-arrears"), QStringLiteral("source-arrears-investigation"))->state,
             cd::Deadline::State::RuledOut);
}

void TestDeadlines::disposalReportTenWorkingDays()
{
    // Disposal ended Friday 2024-09-27 18:00; 10 working days: 9-29, 9-30, 10-8 … 10-12(六),
    // 10-14, 10-15, 10-16.
    auto m = reportedAt("2024-09-27T08:00:00+08:00");
    m.at.insert(QStringLiteral("response_ended"), at("2024-09-27T18:00:00+08:00"));
    const auto list = deadlinesFor(R"j({"cause":"wage_arrears","participants":40})j", m, at("2024-09-28T09:00:00+08:00"));
    const auto *w = find(list, QStringLiteral("wage-arrears"), QStringLiteral("disposal-report"));
    QCOMPARE(w->window->clause, QStringLiteral("5.1(2)"));
    QCOMPARE(cd::isoShanghai(w->due), QStringLiteral("2024-10-16T23:59:59+08:00"));
    QVERIFY(w->covered);
    // Ended on 2026-12-28: the count runs into 2027, which no notice covers yet.
    m.at.insert(QStringLiteral("response_ended"), at("2026-12-28T18:00:00+08:00"));
    const auto late = deadlinesFor(R"j({"cause":"wage_arrears","participants":40})j", m, at("2026-12-28T19:00:00+08:00"));
    QVERIFY(!find(late, QStringLiteral("wage-arrears"), QStringLiteral("disposal-report"))->covered);
}

void TestDeadlines::resourceDisputeImmediate()
{
    auto m = reportedAt("2026-11-22T03:10:00+08:00");
    auto list = deadlinesFor(R"j({"cause":"resource_dispute","participants":60})j", m, at("2026-11-22T03:11:00+08:00"));
    QCOMPARE(windows(list, QStringLiteral("resource-dispute")),
             (QStringList{QStringLiteral("4.2 report-up"), QStringLiteral("5.1 report-iv")}));
    // Ⅱ (300 people): 5.1's Ⅰ/Ⅱ paragraph, straight to the province.
    list = deadlinesFor(R"j({"cause":"resource_dispute","participants":300})j", m, at("2026-11-22T03:11:00+08:00"));
    QCOMPARE(windows(list, QStringLiteral("resource-dispute")),
             (QStringList{QStringLiteral("4.2 report-up"), QStringLiteral("5.1 report-i-ii")}));
    for (const auto &d : list)
        if (d.planId == QLatin1String("resource-dispute")) {
            QCOMPARE(d.window->kind, cd::ReportingWindow::Kind::Immediate);
            QVERIFY(!d.due.isValid()); // "立即": no number
            QCOMPARE(d.state, cd::Deadline::State::Open);
        }
}

void TestDeadlines::dueSoonBoundaries_data()
{
    // 2 h window (85号 5.1.2(1)): 25 % is 30 min, so the last 10 min are "due soon".
    // 20 min window (86号 3(1)): 25 % is 5 min, shorter than 10 min.
    QTest::addColumn<QByteArray>("facts");
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("state");
    const QByteArray ii = R"j({"participants":1200})j";
    const QByteArray wa = R"j({"cause":"wage_arrears","participants":40})j";
    const QString mi = QStringLiteral("mass-incident"), w = QStringLiteral("wage-arrears");
    QTest::newRow("2h before anchor") << ii << mi << "event-to-city" << "2026-11-22T03:09:59+08:00" << "waiting";
    QTest::newRow("2h at anchor") << ii << mi << "event-to-city" << "2026-11-22T03:10:00+08:00" << "pending";
    QTest::newRow("2h 10m01s left") << ii << mi << "event-to-city" << "2026-11-22T04:59:59+08:00" << "pending";
    QTest::newRow("2h 10m left") << ii << mi << "event-to-city" << "2026-11-22T05:00:00+08:00" << "due_soon";
    QTest::newRow("2h at due") << ii << mi << "event-to-city" << "2026-11-22T05:10:00+08:00" << "due_soon";
    QTest::newRow("2h 1s over") << ii << mi << "event-to-city" << "2026-11-22T05:10:01+08:00" << "overdue";
    QTest::newRow("20m 5m01s left") << wa << w << "initial-judgment" << "2026-11-22T03:24:59+08:00" << "pending";
    QTest::newRow("20m 5m left") << wa << w << "initial-judgment" << "2026-11-22T03:25:00+08:00" << "due_soon";
    QTest::newRow("20m over") << wa << w << "initial-judgment" << "2026-11-22T03:30:01+08:00" << "overdue";
}

void TestDeadlines::dueSoonBoundaries()
{
    QFETCH(QByteArray, facts);
    QFETCH(QString, plan);
    QFETCH(QString, window);
    QFETCH(QString, now);
    QFETCH(QString, state);
    const auto list = deadlinesFor(facts, reportedAt("2026-11-22T03:10:00+08:00"), cd::parseIsoWithOffset(now));
    QCOMPARE(cd::deadlineStateName(find(list, plan, window)->state), state);
}

void TestDeadlines::completionOnTimeAndLate()
{
    auto m = reportedAt("2026-11-22T03:10:00+08:00");
    m.at.insert(QStringLiteral("initial_judgment"), at("2026-11-22T03:30:00+08:00")); // exactly at due
    m.at.insert(QStringLiteral("report_sent:leading_group"), at("2026-11-22T03:41:30+08:00")); // 90 s late
    const auto list = deadlinesFor(R"j({"cause":"wage_arrears","participants":40})j", m, at("2026-11-22T04:00:00+08:00"));
    QCOMPARE(find(list, QStringLiteral("wage-arrears"), QStringLiteral("initial-judgment"))->state, cd::Deadline::State::Met);
    const auto *late = find(list, QStringLiteral("wage-arrears"), QStringLiteral("report-leading-group"));
    QCOMPARE(late->state, cd::Deadline::State::MetLate);
    QCOMPARE(late->lateBySeconds(), 90);
}

void TestDeadlines::futureCompletionInvisibleAtCursor()
{
    // A replay cursor before the completion sees the window still running.
    auto m = reportedAt("2026-11-22T03:10:00+08:00");
    m.at.insert(QStringLiteral("initial_judgment"), at("2026-11-22T03:28:00+08:00"));
    const auto list = deadlinesFor(R"j({"cause":"wage_arrears","participants":40})j", m, at("2026-11-22T03:26:00+08:00"));
    QCOMPARE(find(list, QStringLiteral("wage-arrears"), QStringLiteral("initial-judgment"))->state, cd::Deadline::State::DueSoon);
}

void TestDeadlines::monitorSignalsStateChanges()
{
    cd::ManualClock clock(at("2026-11-22T03:10:00+08:00"));
    cd::Milestones m = reportedAt("2026-11-22T03:10:00+08:00");
    const auto facts = factsFrom(R"j({"cause":"wage_arrears","participants":40})j");
    const auto grading = cd::Grader(*testLibrary()).grade(facts);
    auto compute = [&](const QDateTime &now) {
        return cd::DeadlineEngine(cd::WorkCalendar::builtin()).compute(grading, facts, m, now);
    };
    cd::DeadlineMonitor monitor(clock, compute);
    QSignalSpy spy(&monitor, &cd::DeadlineMonitor::stateChanged);
    const QString key = QStringLiteral("wage-arrears/initial-judgment");

    clock.advance(14 * 60); // 03:24, 6 min left of 20
    QCOMPARE(spy.count(), 0);
    clock.advance(60); // 03:25, 5 min left: due soon
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0), (QVariantList{key, QStringLiteral("pending"), QStringLiteral("due_soon")}));
    clock.advance(5 * 60 + 1); // 03:30:01: overdue
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(2).toString(), QStringLiteral("overdue"));
    m.at.insert(QStringLiteral("initial_judgment"), at("2026-11-22T03:31:00+08:00"));
    clock.advance(60);
    QVERIFY(std::any_of(spy.begin(), spy.end(), [&](const QVariantList &args) {
        return args.at(0).toString() == key && args.at(2).toString() == QLatin1String("met_late");
    }));
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
