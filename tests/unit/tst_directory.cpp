// The duty office's directory and calls (issue 17): the member agencies of the four plans in a
// directory kept as centre-register events, CSV round trip and bad rows, calls that acknowledge
// duties (or do not), the liaison's limits, the calls in the report's internal annex, and the
// alarm for a duty left unacknowledged past the centre's limit, on a hand-moved clock.
#include "JournalFixture.h"
#include "alarm/AlarmCenter.h"
#include "directory/AgencyDirectory.h"
#include "directory/DemoDirectory.h"
#include "directory/DirectoryCsv.h"
#include "directory/DutyCalls.h"
#include "geo/RegionMap.h"
#include "items/IncidentStore.h"
#include "journal/EventKinds.h"
#include "report/SituationReport.h"

#include <QSet>
#include <QTest>

using namespace cd;

namespace {

// 40 workers of one employer at the city's seat: 86号 (wage arrears, no levels) applies.
const QByteArray WageArrears40 =
    R"({"cause":"wage_arrears","participants":40,"county":"莲都区","urban":true,"location":{"lat":28.4553,"lon":119.9072}})";

AgencyContact police()
{
    AgencyContact c;
    c.agency = QStringLiteral("市公安局");
    c.dutyPhone = QStringLiteral("0578-55500001");
    c.fax = QStringLiteral("0578-55510001");
    c.liaison = QStringLiteral("王示例");
    c.liaisonMobile = QStringLiteral("13555500001");
    c.deputy = QStringLiteral("李示例");
    c.deputyMobile = QStringLiteral("13555510001");
    c.otherPhones = {QStringLiteral("0578-55520001"), QStringLiteral("0578-55520002转8")};
    c.callOrder = {QStringLiteral("liaison"), QStringLiteral("other")};
    c.notes = QStringLiteral("夜间先打联络员手机, \"示例\"");
    c.demo = true;
    return c;
}

bool sameContact(const AgencyContact &a, const AgencyContact &b)
{
    return a.agency == b.agency && a.dutyPhone == b.dutyPhone && a.fax == b.fax && a.liaison == b.liaison &&
           a.liaisonMobile == b.liaisonMobile && a.deputy == b.deputy && a.deputyMobile == b.deputyMobile &&
           a.otherPhones == b.otherPhones && a.callOrder == b.callOrder && a.notes == b.notes &&
           a.demo == b.demo;
}

const DutyState *duty(const IncidentState &s, const QString &plan, const QString &agency)
{
    for (const auto &d : s.duties)
        if (d.plan == plan && d.agency == agency)
            return &d;
    return nullptr;
}

int count(const IncidentState &s, const char *kind)
{
    return int(std::count_if(s.events.cbegin(), s.events.cend(),
                             [kind](const StoredEvent &e) { return e.kind == QLatin1String(kind); }));
}

} // namespace

class TestDirectory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyMemberAgencyOfTheFourPlans()
    {
        // The plans name 39 (85号), 24 (86号), 18 (59号) and 27 (95号) agencies, 63 distinct
        // names among them (counted in resources/plans/*.json).
        const QStringList agencies = AgencyDirectory::planAgencies(*testLibrary());
        QCOMPARE(agencies.size(), 63);
        QCOMPARE(QSet<QString>(agencies.cbegin(), agencies.cend()).size(), 63);
        for (const Plan &p : testLibrary()->plans())
            for (const Agency &a : p.agencies)
                QVERIFY2(agencies.contains(a.name), qPrintable(a.name));
        const auto demo = DemoDirectory::fromPlans(*testLibrary());
        QCOMPARE(demo.size(), 63);
        for (const AgencyContact &c : demo) {
            QVERIFY(c.demo);
            QVERIFY(c.dutyPhone.startsWith(QLatin1String("0578-5550")));
            QVERIFY(c.notes.contains(QStringLiteral("示例")));
            QVERIFY2(AgencyDirectory().addition(c),
                     qPrintable(c.agency)); // each passes the directory's own checks
        }
        QCOMPARE(AgencyDirectory::membership(*testLibrary(), QStringLiteral("市人力社保局"))
                     .contains(QStringLiteral("86号 2.2(3)")),
                 true);
    }

    void dialOrderFollowsTheEntry()
    {
        const auto order = police().dialOrder();
        QStringList numbers;
        for (const auto &n : order)
            numbers << n.number;
        // liaison, then the other numbers in their order, then the slots left out (duty, deputy).
        QCOMPARE(numbers, (QStringList{QStringLiteral("13555500001"), QStringLiteral("0578-55520001"),
                                       QStringLiteral("0578-55520002转8"), QStringLiteral("0578-55500001"),
                                       QStringLiteral("13555510001")}));
        QCOMPARE(order.first().whom, QStringLiteral("王示例"));
        AgencyContact plain;
        plain.agency = QStringLiteral("市信访局");
        plain.dutyPhone = QStringLiteral("0578-55500002");
        plain.fax = QStringLiteral("0578-55510002"); // a fax is never dialled
        QCOMPARE(plain.dialOrder().size(), 1);
    }

    void keptAsCentreRegisterEvents()
    {
        JournalFixture f;
        const AgencyContact c = police();
        const auto added = AgencyDirectory().addition(c);
        QVERIFY(added);
        QVERIFY(f.journal->append(
            {CentreRegisterId, QStringLiteral("contact_added"), added.value(), f.clock.now(), {}}));
        // Not in an incident: the kind belongs to the centre's register.
        const qint64 id = f.newIncident(WageArrears40);
        const auto wrong =
            f.journal->append({id, QStringLiteral("contact_added"), added.value(), f.clock.now(), {}});
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(QStringLiteral("centre's register")), qPrintable(wrong.error()));

        AgencyDirectory d = AgencyDirectory::fold(f.journal->events(CentreRegisterId).value());
        QVERIFY(sameContact(*d.contact(c.agency), c));
        AgencyContact changed = c;
        changed.dutyPhone = QStringLiteral("0578-55509999");
        const auto change = d.change(changed);
        QVERIFY(change && change->has_value());
        QCOMPARE(change->value().keys(),
                 (QStringList{QStringLiteral("agency"), QStringLiteral("duty_phone")})); // only what differs
        QVERIFY(f.journal->append(
            {CentreRegisterId, QStringLiteral("contact_changed"), change->value(), f.clock.now(), {}}));
        d = AgencyDirectory::fold(f.journal->events(CentreRegisterId).value());
        QCOMPARE(d.contact(c.agency)->dutyPhone, QStringLiteral("0578-55509999"));
        QCOMPARE(d.contact(c.agency)->liaison, QStringLiteral("王示例"));
        QVERIFY(!d.addition(c)); // already there
        // An observer may not change the directory.
        f.signInAs(QStringLiteral("watcher"));
        QVERIFY(!f.journal->append(
            {CentreRegisterId, QStringLiteral("contact_changed"), change->value(), f.clock.now(), {}}));
    }

    void csvRoundTrip()
    {
        QList<AgencyContact> contacts{police()}; // quotes, commas, several numbers, an order
        for (const AgencyContact &c : DemoDirectory::fromPlans(*testLibrary()))
            if (c.agency != police().agency)
                contacts << c;
        const QByteArray csv = DirectoryCsv::write(contacts);
        const auto back = DirectoryCsv::parse(csv, QStringLiteral("dir.csv"));
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->size(), contacts.size());
        for (qsizetype i = 0; i < contacts.size(); ++i)
            QVERIFY2(sameContact(back->at(i), contacts.at(i)), qPrintable(contacts.at(i).agency));
        // Through the journal and out again: the same bytes.
        JournalFixture f;
        const auto plan = DirectoryCsv::plan(back.value(), AgencyDirectory());
        QVERIFY(plan);
        QCOMPARE(plan->added.size(), contacts.size());
        QList<NewEvent> events;
        for (const auto &p : plan->added)
            events << NewEvent{CentreRegisterId, QStringLiteral("contact_added"), p, f.clock.now(), {}};
        QVERIFY(f.journal->appendBatch(events));
        const auto folded = AgencyDirectory::fold(f.journal->events(CentreRegisterId).value());
        QCOMPARE(DirectoryCsv::write(folded.all()), csv);
        // Importing the same file again changes nothing.
        const auto again = DirectoryCsv::plan(back.value(), folded);
        QCOMPARE(again->added.size() + again->changed.size(), 0);
        QCOMPARE(again->unchanged, int(contacts.size()));
    }

    void badRowsNameLineAndField_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        const QByteArray header = "agency,duty_phone,fax,liaison,liaison_mobile,call_order\n";
        const QByteArray good = "市公安局,0578-55500001,,王示例,13555500001,\n";
        QTest::newRow("bad number") << header + good + "市信访局,call me,,,,\n"
                                    << QStringLiteral(
                                           "dir.csv:3: column duty_phone: \"call me\" is not a phone number");
        QTest::newRow("bad order") << header + good + "市信访局,0578-55500002,,,,duty;pager\n"
                                   << QStringLiteral("dir.csv:3: column call_order: \"pager\" is not one of");
        QTest::newRow("no number") << header + "市信访局,,0578-55510002,张示例,,\n"
                                   << QStringLiteral("dir.csv:2: column duty_phone: required");
        QTest::newRow("twice") << header + good + "\n# comment\n" + good
                               << QStringLiteral(
                                      "dir.csv:5: column agency: 市公安局 appears already on line 2");
        QTest::newRow("fields") << header + "市信访局,0578-55500002\n"
                                << QStringLiteral("dir.csv:2: 2 fields, the header has 6");
        QTest::newRow("column") << QByteArray("agency,phone\n")
                                << QStringLiteral("dir.csv:1: unknown column \"phone\"");
        QTest::newRow("demo flag") << QByteArray("agency,duty_phone,demo\n市信访局,0578-55500002,maybe\n")
                                   << QStringLiteral("dir.csv:2: column demo: \"maybe\"");
        QTest::newRow("quote") << header + "\"市信访局,0578-55500002,,,,\n"
                               << QStringLiteral("dir.csv:2: a quoted field is not closed");
    }
    void badRowsNameLineAndField()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        const auto parsed = DirectoryCsv::parse(csv, QStringLiteral("dir.csv"));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().startsWith(error), qPrintable(parsed.error()));
    }

    void reachedCallAcknowledgesWithThePersonsName()
    {
        JournalFixture f;
        const qint64 id = f.newIncident(WageArrears40);
        IncidentState s = f.state(id);
        const DutyState *d = duty(s, QStringLiteral("wage-arrears"), QStringLiteral("市人力社保局"));
        QVERIFY(d);
        QCOMPARE(d->status, QStringLiteral("assigned"));
        f.enteredAt(JournalFixture::at("2026-11-22T03:20:00+08:00"));
        DutyCall call{QStringLiteral("wage-arrears"),
                      QStringLiteral("市人力社保局"),
                      QStringLiteral("0578-55500003"),
                      CallOutcome::Reached,
                      QStringLiteral("张示例"),
                      QString(),
                      JournalFixture::at("2026-11-22T03:18:00+08:00")};
        const auto events = DutyCalls::events(s, call);
        QVERIFY2(events, qPrintable(events.error()));
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(0).kind, QStringLiteral("agency_called"));
        QCOMPARE(events->at(1).kind, QStringLiteral("duty_acknowledged"));
        QVERIFY(f.journal->appendBatch(events.value()));
        s = f.state(id);
        d = duty(s, QStringLiteral("wage-arrears"), QStringLiteral("市人力社保局"));
        QCOMPARE(d->status, QStringLiteral("acknowledged"));
        QCOMPARE(d->person, QStringLiteral("张示例"));
        QVERIFY2(d->by.startsWith(QStringLiteral("值班员甲")),
                 qPrintable(d->by)); // the operator who made the call signs it
        QCOMPARE(d->at, JournalFixture::at("2026-11-22T03:18:00+08:00"));
        QCOMPARE(EventKinds::describe(s.events.last(), *testLibrary()),
                 QStringLiteral("86号 市人力社保局 电话确认:张示例"));
        QCOMPARE(EventKinds::describe(s.events.at(s.events.size() - 2), *testLibrary()),
                 QStringLiteral("86号 市人力社保局 0578-55500003 已接通:张示例"));
        // A second reached call records the call, not a second acknowledgement.
        QCOMPARE(DutyCalls::events(s, call)->size(), 1);
        // A reached call must say whom it reached.
        call.person.clear();
        const auto nobody = DutyCalls::events(s, call);
        QVERIFY(!nobody);
        QVERIFY(nobody.error().startsWith(QStringLiteral("person: required")));
        // And the journal refuses such a payload from anywhere else too.
        QVERIFY(!f.journal->append({id,
                                    QStringLiteral("agency_called"),
                                    {{QStringLiteral("plan"), QStringLiteral("wage-arrears")},
                                     {QStringLiteral("agency"), QStringLiteral("市人力社保局")},
                                     {QStringLiteral("number"), QStringLiteral("1")},
                                     {QStringLiteral("outcome"), QStringLiteral("reached")}},
                                    f.clock.now(),
                                    {}}));
    }

    void unansweredCallsDoNotAcknowledge()
    {
        JournalFixture f;
        const qint64 id = f.newIncident(WageArrears40);
        f.enteredAt(JournalFixture::at("2026-11-22T03:30:00+08:00"));
        const QString agency = QStringLiteral("市公安局");
        for (const CallOutcome o : {CallOutcome::NoAnswer, CallOutcome::Busy, CallOutcome::MessageLeft}) {
            const auto events = DutyCalls::events(
                f.state(id), {QStringLiteral("wage-arrears"), agency, QStringLiteral("0578-55500001"), o,
                              o == CallOutcome::MessageLeft ? QStringLiteral("值班员小赵") : QString(),
                              QString(), f.clock.now()});
            QVERIFY2(events, qPrintable(events.error()));
            QCOMPARE(events->size(), 1);
            QVERIFY(f.journal->appendBatch(events.value()));
        }
        const IncidentState s = f.state(id);
        QCOMPARE(duty(s, QStringLiteral("wage-arrears"), agency)->status, QStringLiteral("assigned"));
        QCOMPARE(count(s, "agency_called"), 3);
        QCOMPARE(count(s, "duty_acknowledged"), 0);
        const auto calls = DutyCalls::logged(s);
        QCOMPARE(calls.size(), 3);
        QCOMPARE(calls.at(0).outcome, CallOutcome::NoAnswer);
        QCOMPARE(calls.at(2).person, QStringLiteral("值班员小赵"));
        // Calling about a duty the incident does not have is refused, naming the agency.
        const auto none = DutyCalls::events(s, {QStringLiteral("wage-arrears"),
                                                QStringLiteral("丽水海关"),
                                                QStringLiteral("1"),
                                                CallOutcome::Busy,
                                                {},
                                                {},
                                                f.clock.now()});
        QVERIFY(!none);
        QVERIFY(none.error().startsWith(QStringLiteral("agency: 丽水海关 has no duty")));

        // The annex of the situation report lists the failed attempts.
        const SituationReport report(s, *testLibrary(), RegionMap::lishuiCounties(), ReportOptions{});
        const QString html = report.html();
        QVERIFY(html.contains(QStringLiteral("成员单位电话联络记录")));
        QCOMPARE(html.count(QStringLiteral("<td>无人接听</td>")), 1);
        QCOMPARE(html.count(QStringLiteral("<td>占线</td>")), 1);
        QVERIFY(html.contains(QStringLiteral("<td>已留言</td><td>值班员小赵</td>")));
    }

    void liaisonCallsOnlyForTheirOwnAgency()
    {
        JournalFixture f;
        const qint64 id = f.newIncident(WageArrears40);
        f.signInAs(QStringLiteral("police")); // 公安联络员, liaison of 市公安局
        const IncidentState s = f.state(id);
        auto own = DutyCalls::events(s, {QStringLiteral("wage-arrears"),
                                         QStringLiteral("市公安局"),
                                         QStringLiteral("0578-55500001"),
                                         CallOutcome::Reached,
                                         QStringLiteral("刘示例"),
                                         {},
                                         f.clock.now()});
        QVERIFY(f.journal->appendBatch(own.value()));
        auto other = DutyCalls::events(s, {QStringLiteral("wage-arrears"),
                                           QStringLiteral("市人力社保局"),
                                           QStringLiteral("0578-55500003"),
                                           CallOutcome::NoAnswer,
                                           {},
                                           {},
                                           f.clock.now()});
        const auto refused = f.journal->appendBatch(other.value());
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("市公安局")), qPrintable(refused.error()));
        QCOMPARE(duty(f.state(id), QStringLiteral("wage-arrears"), QStringLiteral("市公安局"))->status,
                 QStringLiteral("acknowledged"));
    }

    void unacknowledgedDutyAlarmsAfterItsTime()
    {
        JournalFixture f;
        IncidentStore store(testLibrary(), WorkCalendar::builtin(), f.clock, *f.journal);
        QVERIFY(store.reload());
        AlarmCenter alarms(store);
        AlarmSettings settings;
        settings.ackLimits = {15, 30};
        alarms.setSettings(settings);
        const QDateTime reported = f.clock.now();
        const auto id = store.createIncident(QStringLiteral("欠薪聚集"), false,
                                             QJsonDocument::fromJson(WageArrears40).object(), reported);
        QVERIFY(id);
        auto dutyAlarm = [&]() -> const Alarm * {
            for (const Alarm &a : alarms.queue())
                if (a.kind == AlarmKind::DutyUnacknowledged &&
                    a.windowKey == QLatin1String("duty_ack/wage-arrears"))
                    return &a;
            return nullptr;
        };
        // 86号 has no levels, so its duties get the 30 minutes of "other levels".
        f.clock.setNow(reported.addSecs(29 * 60 + 59));
        alarms.scan();
        QVERIFY(!dutyAlarm());
        f.clock.setNow(reported.addSecs(30 * 60));
        alarms.scan();
        QVERIFY(dutyAlarm());
        QCOMPARE(dutyAlarm()->due, reported.addSecs(30 * 60));
        QVERIFY(dutyAlarm()->action.contains(QStringLiteral("超过30分钟未确认职责")));
        QVERIFY(dutyAlarm()->action.contains(QStringLiteral("市人力社保局")));
        // Acknowledging the alarm is recorded and it does not come back on the next scan.
        QVERIFY(alarms.acknowledge(dutyAlarm()->serial));
        alarms.scan();
        QVERIFY(!dutyAlarm());
        const auto &events = store.incident(id.value())->events;
        QCOMPARE(events.last().payload().value(QLatin1String("alarm")).toString(),
                 QStringLiteral("duty_unacknowledged"));
    }

    void ackLimitByLevel_data()
    {
        QTest::addColumn<QByteArray>("facts");
        QTest::addColumn<QString>("declared"); // a level declared 10 minutes after the report, or none
        QTest::addColumn<int>("dueAfterReportMinutes");
        // 85号 2.2(1): 1000 people or more is Ⅱ级 → duty/ackMinutesMajor (15).
        QTest::newRow("85 II by 2.2(1)") << QByteArray(R"({"participants":1000,"county":"莲都区"})") << QString() << 15;
        // 85号 2.3(1): 200 people is Ⅲ级 → duty/ackMinutesOther (30).
        QTest::newRow("85 III by 2.3(1)") << QByteArray(R"({"participants":200,"county":"莲都区"})") << QString() << 30;
        // Declared Ⅰ at +10 min: the declared level counts, and the duties run from the declaration.
        QTest::newRow("85 III declared I") << QByteArray(R"({"participants":200,"county":"莲都区"})") << QStringLiteral("I") << 10 + 15;
    }
    void ackLimitByLevel()
    {
        QFETCH(QByteArray, facts);
        QFETCH(QString, declared);
        QFETCH(int, dueAfterReportMinutes);
        JournalFixture f;
        const QDateTime reported = f.clock.now();
        const qint64 id = f.newIncident(facts);
        if (!declared.isEmpty())
            f.add(id, "level_declared", QStringLiteral(R"({"plan":"mass-incident","level":"%1"})").arg(declared).toUtf8(),
                  "2026-11-22T03:20:00+08:00");
        const IncidentState s = f.state(id);
        const DutyState *police = duty(s, QStringLiteral("mass-incident"), QStringLiteral("市公安局"));
        QVERIFY(police);
        const AckLimits limits{15, 30};
        auto lateAt = [&](int minutes) {
            const auto late = DutyCalls::overdueAcknowledgements(s, reported.addSecs(qint64(minutes) * 60), limits);
            return std::any_of(late.cbegin(), late.cend(), [](const UnacknowledgedDuty &d) {
                return d.plan == QLatin1String("mass-incident") && d.agency == QStringLiteral("市公安局");
            });
        };
        QVERIFY(!lateAt(dueAfterReportMinutes - 1));
        QVERIFY(lateAt(dueAfterReportMinutes));
    }

    void everyDutyAcknowledgedRaisesNothing()
    {
        JournalFixture f;
        IncidentStore store(testLibrary(), WorkCalendar::builtin(), f.clock, *f.journal);
        QVERIFY(store.reload());
        AlarmCenter alarms(store);
        const QDateTime reported = f.clock.now();
        const qint64 id = store
                              .createIncident(QStringLiteral("欠薪聚集"), false,
                                              QJsonDocument::fromJson(WageArrears40).object(), reported)
                              .value();
        // Acknowledge every duty of the incident by a reached call, 10 minutes in.
        f.clock.setNow(reported.addSecs(600));
        const std::vector<DutyState> duties = store.incident(id)->duties; // each call refolds the incident
        for (const DutyState &d : duties) {
            const auto events = DutyCalls::events(*store.incident(id), {d.plan,
                                                                        d.agency,
                                                                        QStringLiteral("0578-55500001"),
                                                                        CallOutcome::Reached,
                                                                        QStringLiteral("值班员"),
                                                                        {},
                                                                        f.clock.now()});
            QVERIFY(store.recordBatch(id, events.value()));
        }
        f.clock.setNow(reported.addSecs(3 * 3600));
        alarms.scan();
        QVERIFY(std::none_of(alarms.queue().cbegin(), alarms.queue().cend(),
                             [](const Alarm &a) { return a.kind == AlarmKind::DutyUnacknowledged; }));
        QVERIFY(DutyCalls::overdueAcknowledgements(*store.incident(id), f.clock.now(), {}).isEmpty());
    }
};

QTEST_MAIN(TestDirectory)
#include "tst_directory.moc"
