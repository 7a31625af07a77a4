// The duty office (issue 17, parts 2 and 3): the shift roster folded from the centre's
// register and imported as CSV, the handover summary of a prepared journal, and the daily duty
// log of a prepared day, read back from its PDF with pdftotext. Expected values come from the
// plan text (86号 3(1): initial judgment within 20 minutes, report to the leading group within
// 30 minutes of the report; 2.2: the 16 member agencies always involved), the calendar and the
// times the tests record.
#include "JournalFixture.h"
#include "duty/DutyLog.h"
#include "duty/DutyRoster.h"
#include "duty/HandoverSummary.h"
#include "duty/RosterCsv.h"
#include "journal/IncidentSummary.h"
#include "plan/PlanLibrary.h"
#include "time/WorkCalendar.h"
#include "journal/Roles.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>

using namespace cd;

namespace {

const char *const WageFacts = R"j({"cause":"wage_arrears","participants":40,"urban":true,"county":"莲都区"})j";

Shift shiftOf(const char *date, const char *name, const char *start, const char *end, QStringList ops, const char *leader)
{
    Shift s;
    s.date = QDate::fromString(QLatin1String(date), Qt::ISODate);
    s.name = QString::fromUtf8(name);
    s.start = QTime::fromString(QLatin1String(start), QStringLiteral("HH:mm"));
    s.end = QTime::fromString(QLatin1String(end), QStringLiteral("HH:mm"));
    s.operators = ops;
    s.leader = QString::fromUtf8(leader);
    return s;
}

QString pdfText(const QByteArray &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-"), QStringLiteral("-")});
    p.write(pdf);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// 86号 2.2 as the plan file lists it: the member agencies involved whatever the facts.
int alwaysInvolvedAgencies()
{
    const auto plan = QJsonDocument::fromJson(JournalFixture::bytes(QStringLiteral(CD_SOURCE_DIR "/resources/plans/wage-arrears.json"))).object();
    int n = 0;
    for (const auto &a : plan.value(QLatin1String("agencies")).toArray())
        n += a.toObject().value(QLatin1String("involved")).toObject().value(QLatin1String("always")).toBool();
    return n;
}

} // namespace

class TestDutyOffice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shiftHoursRunOverMidnight();
    void rosterIsAFoldOfTheRegister();
    void onlyShiftLeadersKeepTheRoster();
    void rosterCsvRoundTrip();
    void rosterCsvNamesLineAndColumn_data();
    void rosterCsvNamesLineAndColumn();
    void handoverSummaryListsExactlyTheOpenItems();
    void handoverIsARegisterEvent();
    void dutyLogOfAPreparedDay();
    void dutyLogDefaultDay();
    void dutyLogSkipsOnlyIncidentsThatCannotMatter();
};

void TestDutyOffice::shiftHoursRunOverMidnight()
{
    const Shift night = shiftOf("2026-11-22", "夜班", "20:00", "08:00", {QStringLiteral("赵六")}, "王五");
    QCOMPARE(night.begins(), JournalFixture::at("2026-11-22T20:00:00+08:00"));
    QCOMPARE(night.ends(), JournalFixture::at("2026-11-23T08:00:00+08:00"));
    QCOMPARE(night.hours(), QStringLiteral("20:00—次日08:00"));
    QVERIFY(night.covers(JournalFixture::at("2026-11-23T07:59:00+08:00")));
    QVERIFY(!night.covers(JournalFixture::at("2026-11-23T08:00:00+08:00")));
}

void TestDutyOffice::rosterIsAFoldOfTheRegister()
{
    JournalFixture f;
    const Shift day = shiftOf("2026-11-22", "白班", "08:00", "20:00", {QStringLiteral("张三"), QStringLiteral("李四")}, "王五");
    const Shift night = shiftOf("2026-11-22", "夜班", "20:00", "08:00", {QStringLiteral("赵六")}, "王五");
    for (const Shift &s : {day, night})
        QVERIFY(f.journal->append({CentreRegisterId, QStringLiteral("shift_scheduled"), DutyRoster::scheduling(s).value(), f.clock.now(), {}}));
    // Rescheduled: the night shift's operator changes; the roster keeps the later entry.
    Shift swapped = night;
    swapped.operators = {QStringLiteral("钱七")};
    QVERIFY(f.journal->append({CentreRegisterId, QStringLiteral("shift_scheduled"), swapped.toPayload(), f.clock.now(), {}}));
    DutyRoster roster = DutyRoster::fold(f.journal->events(CentreRegisterId).value());
    QCOMPARE(roster.shifts().size(), 2);
    QCOMPARE(roster.onDutyAt(JournalFixture::at("2026-11-22T12:00:00+08:00"))->people(), QStringLiteral("张三、李四(带班:王五)"));
    QCOMPARE(roster.onDutyAt(JournalFixture::at("2026-11-23T03:00:00+08:00"))->operators, QStringList{QStringLiteral("钱七")});
    QVERIFY(!roster.onDutyAt(JournalFixture::at("2026-11-22T07:00:00+08:00")));
    // Cancelled: gone from the roster, still in the journal.
    QVERIFY(f.journal->append({CentreRegisterId, QStringLiteral("shift_cancelled"), roster.cancellation(day.date, day.name).value(), f.clock.now(), {}}));
    roster = DutyRoster::fold(f.journal->events(CentreRegisterId).value());
    QCOMPARE(roster.shifts().size(), 1);
    QVERIFY(!roster.onDutyAt(JournalFixture::at("2026-11-22T12:00:00+08:00")));
    QVERIFY(!roster.cancellation(day.date, day.name)); // nothing left to cancel
    // A roster event is refused in an incident, and one without operators anywhere.
    const qint64 id = f.newIncident(WageFacts);
    QVERIFY(!f.journal->append({id, QStringLiteral("shift_scheduled"), day.toPayload(), f.clock.now(), {}}));
    QJsonObject noOne = day.toPayload();
    noOne.insert(QStringLiteral("operators"), QJsonArray());
    const auto refused = f.journal->append({CentreRegisterId, QStringLiteral("shift_scheduled"), noOne, f.clock.now(), {}});
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("payload.operators")), qPrintable(refused.error()));
}

void TestDutyOffice::onlyShiftLeadersKeepTheRoster()
{
    QVERIFY(!Roles::mayRecord(Role::DutyOperator, QStringLiteral("shift_scheduled")));
    QVERIFY(Roles::mayRecord(Role::ShiftLeader, QStringLiteral("shift_scheduled")));
    QVERIFY(Roles::mayRecord(Role::ShiftLeader, QStringLiteral("shift_cancelled")));
    QVERIFY(Roles::mayRecord(Role::DutyOperator, QStringLiteral("handover"))); // the incoming operator confirms
    QVERIFY(!Roles::mayRecord(Role::Observer, QStringLiteral("handover")));
}

void TestDutyOffice::rosterCsvRoundTrip()
{
    QList<Shift> month;
    for (int d = 1; d <= 30; ++d) {
        const QByteArray date = QDate(2026, 11, d).toString(Qt::ISODate).toLatin1();
        month << shiftOf(date.constData(), "白班", "08:00", "20:00", {QStringLiteral("张三"), QStringLiteral("李四")}, "王五")
              << shiftOf(date.constData(), "夜班", "20:00", "08:00", {QStringLiteral("赵六")}, "");
    }
    const auto parsed = RosterCsv::parse(RosterCsv::write(month), QStringLiteral("nov.csv"));
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed.value(), month);
    // Against a roster that has the first day already: 58 to schedule, 2 unchanged.
    JournalFixture f;
    for (const Shift &s : month.mid(0, 2))
        QVERIFY(f.journal->append({CentreRegisterId, QStringLiteral("shift_scheduled"), s.toPayload(), f.clock.now(), {}}));
    const auto plan = RosterCsv::plan(parsed.value(), DutyRoster::fold(f.journal->events(CentreRegisterId).value()));
    QCOMPARE(plan.scheduled.size(), 58);
    QCOMPARE(plan.unchanged, 2);
    // Operators may be separated by ; or / as a spreadsheet writes them.
    const auto mixed = RosterCsv::parse("date,shift,start,end,operators,leader\n2026-12-01,白班,08:00,20:00,张三;李四/孙八,王五\n", QStringLiteral("x.csv"));
    QCOMPARE(mixed->first().operators, (QStringList{QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("孙八")}));
}

void TestDutyOffice::rosterCsvNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    const QByteArray header = "date,shift,start,end,operators,leader\n";
    const QByteArray good = "2026-11-01,白班,08:00,20:00,张三,王五\n";
    QTest::newRow("bad date") << header + good + "2026-11-31,白班,08:00,20:00,张三,王五\n"
                              << "nov.csv:3: column date: \"2026-11-31\" is not a date (YYYY-MM-DD)";
    QTest::newRow("bad time") << header + good + "2026-11-02,夜班,20:00,8点,张三,\n" << "nov.csv:3: column end: \"8点\" is not a time of day (HH:mm)";
    QTest::newRow("no operator") << header + "# 十一月\n" + good + "2026-11-02,白班,08:00,20:00,,王五\n"
                                 << "nov.csv:4: column operators: required";
    QTest::newRow("twice") << header + good + good << "nov.csv:3: column shift: 2026-11-01 白班 appears already on line 2";
    QTest::newRow("unknown column") << QByteArray("date,shift,start,end,operators,phone\n") << "nov.csv:1: unknown column \"phone\"";
    QTest::newRow("missing column") << QByteArray("date,shift,start,end\n") << "nov.csv:1: the header has no column \"operators\"";
    QTest::newRow("field count") << header + "2026-11-01,白班,08:00,20:00,张三\n" << "nov.csv:2: 5 fields, the header has 6";
}

void TestDutyOffice::rosterCsvNamesLineAndColumn()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const auto parsed = RosterCsv::parse(csv, QStringLiteral("nov.csv"));
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().startsWith(message), qPrintable(parsed.error()));
}

void TestDutyOffice::handoverSummaryListsExactlyTheOpenItems()
{
    JournalFixture f;
    f.clock.setNow(JournalFixture::at("2026-11-22T01:00:00+08:00"));
    // A note for the next shift before the last handover: handed over already.
    f.add(CentreRegisterId, "note", R"j({"text":"旧交代","next_shift":true})j", "2026-11-22T02:00:00+08:00");
    f.add(CentreRegisterId, "handover", R"j({"outgoing":"值班员丙","remarks":"","items":[]})j", "2026-11-22T02:30:00+08:00");
    // Open, live: reported 03:10; initial judgment at 03:20 (86号 3(1), 20 min: met); the
    // report to the leading group (30 min) runs until 03:40. 市人力社保局 acknowledged.
    const qint64 open = f.newIncident(WageFacts, "2026-11-22T03:10:00+08:00");
    f.add(open, "initial_judgment", "{}", "2026-11-22T03:20:00+08:00");
    f.add(open, "duty_acknowledged", R"j({"plan":"wage-arrears","agency":"市人力社保局"})j", "2026-11-22T03:21:00+08:00");
    f.add(open, "note", R"j({"text":"企业负责人电话未接通,请下一班继续联系","next_shift":true})j", "2026-11-22T03:22:00+08:00");
    f.add(open, "note", R"j({"text":"现场秩序平稳"})j", "2026-11-22T03:23:00+08:00");
    f.add(CentreRegisterId, "note", R"j({"text":"明晨8时例会","next_shift":true})j", "2026-11-22T03:24:00+08:00");
    // Closed: nothing of it is handed over.
    const qint64 closed = f.newIncident(WageFacts, "2026-11-22T03:12:00+08:00");
    f.add(closed, "closed", "{}", "2026-11-22T03:25:00+08:00");
    const QDateTime now = JournalFixture::at("2026-11-22T03:30:00+08:00");
    f.clock.setNow(now);

    const IncidentState a = f.state(open, {}, now), b = f.state(closed, {}, now);
    Alarm alarm;
    alarm.kind = AlarmKind::DueSoon;
    alarm.incidentId = open;
    alarm.title = QStringLiteral("测试事件");
    alarm.clause = QStringLiteral("86号 3(1)");
    alarm.action = QStringLiteral("向领导小组报告");
    alarm.due = JournalFixture::at("2026-11-22T03:40:00+08:00");
    const auto summary = HandoverSummary::build({{&a, &b}, {alarm}, f.journal->events(CentreRegisterId).value(), now}, *testLibrary());

    using S = HandoverSummary::Section;
    const auto incidents = summary.section(S::OpenIncident);
    QCOMPARE(incidents.size(), 1);
    QCOMPARE(incidents.first().incidentId, open);
    // Its next window: the report to the leading group, due 30 minutes after 03:10.
    QVERIFY2(incidents.first().text.contains(QStringLiteral("下一时限:86号 3(1) 向领导小组报告,截止 11-22 03:40")), qPrintable(incidents.first().text));
    QCOMPARE(incidents.first().due, JournalFixture::at("2026-11-22T03:40:00+08:00"));

    const auto duties = summary.section(S::UnacknowledgedDuty);
    QCOMPARE(duties.size(), alwaysInvolvedAgencies() - 1); // all 16 of 86号 2.2 but the one acknowledged
    QCOMPARE(duties.size(), 15);
    QVERIFY(std::none_of(duties.begin(), duties.end(), [](const auto &i) { return i.text.endsWith(QStringLiteral("86号 2.2(3) 市人力社保局")); }));
    QVERIFY(std::any_of(duties.begin(), duties.end(), [](const auto &i) { return i.text.contains(QStringLiteral("86号 2.2(1) 市根治欠薪工作领导小组")); }));

    // Reports due: the leading group's (3(1)) running; the disposal report (5.1(2)) waits for
    // the end of the response, so it is not due yet.
    const auto reports = summary.section(S::ReportDue);
    QCOMPARE(reports.size(), 1);
    QVERIFY2(reports.first().text.contains(QStringLiteral("86号 3(1) 向领导小组报告")), qPrintable(reports.first().text));

    QCOMPARE(summary.section(S::Alarm).size(), 1);
    QVERIFY(summary.section(S::Alarm).first().text.contains(QStringLiteral("即将到期")));

    const auto notes = summary.section(S::Note);
    QCOMPARE(notes.size(), 2);
    QVERIFY(notes.at(0).text.contains(QStringLiteral("明晨8时例会")));
    QVERIFY(notes.at(1).text.contains(QStringLiteral("企业负责人电话未接通")));
    QCOMPARE(summary.lastHandoverAt(), JournalFixture::at("2026-11-22T02:30:00+08:00"));
    QCOMPARE(summary.lines().size(), 1 + 15 + 1 + 1 + 2);

    // The printout carries every section and the remarks.
    const QString text = pdfText(summary.document(QStringLiteral("丽水市应急指挥中心"), QStringLiteral("值班员甲"), QStringLiteral("注意3时40分时限")).pdf());
    for (const char *expected : {"交接班记录", "在办事件及下一报告时限(1项)", "尚未确认的职责(15项)", "待报送的报告(1项)", "未确认的告警(1项)",
                                 "留给下一班的备注(2项)", "注意3时40分时限", "交班人:值班员甲"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
}

void TestDutyOffice::handoverIsARegisterEvent()
{
    JournalFixture f;
    const qint64 open = f.newIncident(WageFacts, "2026-11-22T03:10:00+08:00");
    const IncidentState a = f.state(open);
    const auto summary = HandoverSummary::build({{&a}, {}, f.journal->events(CentreRegisterId).value(), f.clock.now()}, *testLibrary());
    f.signInAs(QStringLiteral("duty")); // the incoming operator confirms
    const auto seq = f.journal->append({CentreRegisterId, QStringLiteral("handover"), summary.payload(QStringLiteral("值班员甲"), QStringLiteral("无")), f.clock.now(), {}});
    QVERIFY2(seq, qPrintable(seq.error()));
    const StoredEvent e = f.journal->events(CentreRegisterId).value().last();
    QCOMPARE(e.kind, QStringLiteral("handover"));
    QCOMPARE(e.actor, QStringLiteral("值班员乙 (duty)")); // signed by the account signed in
    QCOMPARE(e.payload().value(QLatin1String("outgoing")).toString(), QStringLiteral("值班员甲"));
    QCOMPARE(e.payload().value(QLatin1String("items")).toArray().size(), summary.lines().size());
    // Not in an incident, and not without the outgoing operator.
    QVERIFY(!f.journal->append({open, QStringLiteral("handover"), summary.payload(QStringLiteral("值班员甲"), {}), f.clock.now(), {}}));
    QVERIFY(!f.journal->append({CentreRegisterId, QStringLiteral("handover"), summary.payload(QString(), {}), f.clock.now(), {}}));
}

void TestDutyOffice::dutyLogOfAPreparedDay()
{
    JournalFixture f;
    f.clock.setNow(JournalFixture::at("2026-11-21T07:00:00+08:00"));
    for (const Shift &s : {shiftOf("2026-11-21", "夜班", "20:00", "08:00", {QStringLiteral("孙八")}, "王五"),
                           shiftOf("2026-11-22", "白班", "08:00", "20:00", {QStringLiteral("张三"), QStringLiteral("李四")}, "王五"),
                           shiftOf("2026-11-22", "夜班", "20:00", "08:00", {QStringLiteral("赵六")}, "王五")})
        QVERIFY(f.journal->append({CentreRegisterId, QStringLiteral("shift_scheduled"), s.toPayload(), f.clock.now(), {}}));
    // The day before: not in the log.
    f.newIncident(WageFacts, "2026-11-21T10:00:00+08:00");
    // Live, 09:00: initial judgment 09:10 (due 09:20, met), report to the leading group 09:45
    // (due 09:30, late by 15 minutes), 市人力社保局 reached at 09:05.
    const qint64 live = f.newIncident(WageFacts, "2026-11-22T09:00:00+08:00");
    f.add(live, "duty_acknowledged", R"j({"plan":"wage-arrears","agency":"市人力社保局"})j", "2026-11-22T09:05:00+08:00");
    f.add(live, "initial_judgment", "{}", "2026-11-22T09:10:00+08:00");
    f.add(live, "report_sent", R"j({"to":"leading_group","report":"initial"})j", "2026-11-22T09:45:00+08:00");
    // Calls to 市公安局: no answer at 09:50, reached 刘警官 at 09:52 (its acknowledgement, via
    // the call, is not listed a second time).
    f.add(live, "agency_called", R"j({"plan":"wage-arrears","agency":"市公安局","number":"0578-5550001","outcome":"no_answer"})j",
          "2026-11-22T09:50:00+08:00");
    f.add(live, "agency_called", R"j({"plan":"wage-arrears","agency":"市公安局","number":"0578-5550001","outcome":"reached","person":"刘警官"})j",
          "2026-11-22T09:52:00+08:00");
    f.add(live, "duty_acknowledged", R"j({"plan":"wage-arrears","agency":"市公安局","person":"刘警官","via":"call","number":"0578-5550001"})j",
          "2026-11-22T09:52:00+08:00");
    // A drill at 14:00 where nothing was done: both 3(1) windows missed; ended at 15:00.
    const qint64 drill = f.newIncident(WageFacts, "2026-11-22T14:00:00+08:00", true);
    f.add(drill, "exercise_ended", R"j({"scenario":"wage-demo"})j", "2026-11-22T15:00:00+08:00");
    f.add(CentreRegisterId, "handover", R"j({"outgoing":"张三","remarks":"3(1)报告已补报","items":["【在办事件】#2"]})j", "2026-11-22T20:00:00+08:00");
    f.add(CentreRegisterId, "note", R"j({"text":"夜间无新增警情"})j", "2026-11-23T06:00:00+08:00");
    // The next day: not in the log.
    f.newIncident(WageFacts, "2026-11-23T09:00:00+08:00");

    const DutyLog log = DutyLog::build(QDate(2026, 11, 22), 8,
                                       {*testLibrary(), WorkCalendar::builtin(),
                                        [&](const auto &visit) { f.journal->forEachIncident(visit); }, f.journal->events(CentreRegisterId).value()});
    QCOMPARE(log.from(), JournalFixture::at("2026-11-22T08:00:00+08:00"));
    QCOMPARE(log.to(), JournalFixture::at("2026-11-23T08:00:00+08:00"));
    QCOMPARE(log.shifts().size(), 2); // the night of the 21st ended at 08:00, as the day began
    QCOMPARE(log.shifts().first().name, QStringLiteral("白班"));
    QCOMPARE(log.operators(), QStringList{QStringLiteral("值班员甲 (zhijia)")});
    QCOMPARE(log.incidents().size(), 2);
    QCOMPARE(log.incidents().at(0).incidentId, live);
    QVERIFY(!log.incidents().at(0).exercise);
    QCOMPARE(log.incidents().at(0).json.value(QLatin1String("plans")).toString(), QStringLiteral("86号"));
    QVERIFY(log.incidents().at(1).exercise);
    QCOMPARE(log.reports().size(), 1);
    QStringList calls;
    for (const auto &c : log.calls())
        calls << c.json.value(QLatin1String("kind")).toString();
    QCOMPARE(calls, (QStringList{QStringLiteral("duty_acknowledged"), QStringLiteral("agency_called"), QStringLiteral("agency_called")}));
    QCOMPARE(log.handovers().size(), 1);
    QCOMPARE(log.drills().size(), 2); // started and ended
    QCOMPARE(log.notes().size(), 1);
    const QJsonObject json = log.toJson();
    QCOMPARE(json.value(QLatin1String("windows_count")).toObject(),
             (QJsonObject{{QStringLiteral("met"), 1}, {QStringLiteral("late"), 1}, {QStringLiteral("missed"), 2}}));
    QStringList outcomes;
    for (const auto &w : json.value(QLatin1String("windows")).toArray())
        outcomes << QStringLiteral("%1 %2 %3").arg(w[QLatin1String("incident")].toInt()).arg(w[QLatin1String("due")].toString(), w[QLatin1String("outcome")].toString());
    QCOMPARE(outcomes, (QStringList{QStringLiteral("%1 2026-11-22T09:20:00+08:00 met").arg(live),
                                    QStringLiteral("%1 2026-11-22T09:30:00+08:00 late").arg(live),
                                    QStringLiteral("%1 2026-11-22T14:20:00+08:00 missed").arg(drill),
                                    QStringLiteral("%1 2026-11-22T14:30:00+08:00 missed").arg(drill)}));

    // The printed log, as a reader copies it out of the PDF.
    const QString text = pdfText(log.document(QStringLiteral("丽水市应急指挥中心")).pdf()).simplified();
    for (const QString &expected : {QStringLiteral("值班日志"), QStringLiteral("2026年11月22日 08:00 至 11月23日 08:00"),
                                    QStringLiteral("白班"), QStringLiteral("张三、李四"), QStringLiteral("20:00—次日08:00"),
                                    QStringLiteral("11-22 09:00 接报 #%1 测试事件,未定级,86号").arg(live),
                                    QStringLiteral("【演练】#%1 测试事件").arg(drill),
                                    QStringLiteral("按时 1 项,逾期完成 1 项,未按时完成 2 项"),
                                    QStringLiteral("86号 3(1) 向领导小组报告:截止 11-22 09:30,完成 11-22 09:45,逾期完成"),
                                    QStringLiteral("确认职责 86号 市人力社保局"),
                                    QStringLiteral("呼叫成员单位 86号 市公安局 0578-5550001 无人接听"),
                                    QStringLiteral("呼叫成员单位 86号 市公安局 0578-5550001 已接通:刘警官"),
                                    QStringLiteral("交班 张三,接班 值班员甲"),
                                    QStringLiteral("演练结束"), QStringLiteral("夜间无新增警情")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n--- in ---\n") + text));
    QVERIFY(!text.contains(QStringLiteral("孙八")));

    // The same day printed at 14:25, while it runs: the drill's 14:20 window is missed, its
    // 14:30 one is not yet due, and the heading says so.
    const DutyLog running = DutyLog::build(QDate(2026, 11, 22), 8,
                                           {*testLibrary(), WorkCalendar::builtin(),
                                            [&](const auto &visit) { f.journal->forEachIncident(visit); }, f.journal->events(CentreRegisterId).value(),
                                            JournalFixture::at("2026-11-22T14:25:00+08:00")});
    QCOMPARE(running.asOf(), JournalFixture::at("2026-11-22T14:25:00+08:00"));
    QCOMPARE(running.toJson().value(QLatin1String("windows_count")).toObject(),
             (QJsonObject{{QStringLiteral("met"), 1}, {QStringLiteral("late"), 1}, {QStringLiteral("missed"), 1}}));
    const QString runningText = pdfText(running.document(QStringLiteral("丽水市应急指挥中心")).pdf()).simplified();
    QVERIFY2(runningText.contains(QStringLiteral("（截至11月22日 14:25，本日未结束）")), qPrintable(runningText));
}

void TestDutyOffice::dutyLogDefaultDay()
{
    // Yesterday 08:00 to today 08:00: at 07:59 on the 23rd the day of the 22nd has not ended.
    QCOMPARE(DutyLog::lastCompleteDay(JournalFixture::at("2026-11-23T08:00:00+08:00"), 8), QDate(2026, 11, 22));
    QCOMPARE(DutyLog::lastCompleteDay(JournalFixture::at("2026-11-23T07:59:00+08:00"), 8), QDate(2026, 11, 21));
    QCOMPARE(DutyLog::lastCompleteDay(JournalFixture::at("2026-11-23T00:30:00+08:00"), 0), QDate(2026, 11, 22));
}


void TestDutyOffice::dutyLogSkipsOnlyIncidentsThatCannotMatter()
{
    // QuietDays must outlast every window of the plans on the real calendar: the longest
    // working-day window from any day the calendar covers, and every minute window.
    const WorkCalendar calendar = WorkCalendar::builtin();
    qint64 longestSeconds = 0;
    for (const Plan &plan : testLibrary()->plans())
        for (const ReportingWindow &w : plan.windows) {
            if (w.kind == ReportingWindow::Kind::Minutes)
                longestSeconds = std::max<qint64>(longestSeconds, qint64(w.amount) * 60);
            if (w.kind != ReportingWindow::Kind::WorkingDays)
                continue;
            for (QDate d(2004, 1, 1); d.year() <= 2026 && calendar.covers(d.addDays(60)); d = d.addDays(1)) {
                const QDateTime start = DutyLog::dayStart(d, 0);
                const auto due = calendar.dueWithinWorkingDays(start, w.amount);
                if (due.due.isValid())
                    longestSeconds = std::max(longestSeconds, start.secsTo(due.due));
            }
        }
    QVERIFY(longestSeconds > 7 * 86400); // the 7 and 10 working-day windows were found
    QVERIFY2(longestSeconds < qint64(DutyLog::QuietDays) * 86400, qPrintable(QString::number(longestSeconds / 86400.0)));

    // Hand-made summaries around the day 2026-11-22 08:00 → 11-23 08:00.
    const QDateTime from = JournalFixture::at("2026-11-22T08:00:00+08:00"), to = JournalFixture::at("2026-11-23T08:00:00+08:00");
    IncidentSummary s;
    s.reportedAt = JournalFixture::at("2026-11-01T10:00:00+08:00");
    s.lastEventAt = JournalFixture::at("2026-11-02T10:00:00+08:00");
    QVERIFY(DutyLog::mayConcern(s, from, to)); // quiet for 20 days: a 10 working-day window may fall due
    s.lastEventAt = from.addDays(-DutyLog::QuietDays - 1);
    QVERIFY(!DutyLog::mayConcern(s, from, to)); // quiet for longer than any window runs
    s.unfinishedWindows = 1;
    QVERIFY(DutyLog::mayConcern(s, from, to)); // but a window still open may be missed today
    s.unfinishedWindows = 0;
    s.lastEventAt = from.addSecs(60);
    QVERIFY(DutyLog::mayConcern(s, from, to)); // something happened in the day
    s.reportedAt = to;
    s.lastEventAt = to;
    QVERIFY(!DutyLog::mayConcern(s, from, to)); // reported after the day
}

QTEST_MAIN(TestDutyOffice)
#include "tst_dutyoffice.moc"
