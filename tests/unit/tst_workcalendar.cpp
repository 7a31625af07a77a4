// Working days across Spring Festival and National Day. Expected dates are worked out by hand
// from the State Council General Office's holiday notices (国办发明电) for each year, e.g. 2024:
// 春节 2月10日至17日放假调休, 2月4日(星期日)、2月18日(星期日)上班; 国庆节 10月1日至7日, 9月29日
// (星期日)、10月12日(星期六)上班.
#include "time/CalendarStore.h"
#include "time/ShanghaiTime.h"
#include "time/WorkCalendar.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestWorkCalendar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addWorkingDays_data();
    void addWorkingDays();
    void dueIsEndOfLocalDay();
    void coverageBoundary();
    void rejectsBrokenCalendar_data();
    void rejectsBrokenCalendar();
    void importedNoticeCoversNextYear();
};

void TestWorkCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    // 2023 春节 1月21日至27日, 1月28日(六)、29日(日)上班.
    QTest::newRow("2023 SF eve +1") << QDate(2023, 1, 20) << 1 << QDate(2023, 1, 28);
    QTest::newRow("2023 SF eve +3") << QDate(2023, 1, 20) << 3 << QDate(2023, 1, 30);
    // 2023 国庆 9月29日至10月6日, 10月7日(六)、8日(日)上班.
    QTest::newRow("2023 ND +1") << QDate(2023, 9, 28) << 1 << QDate(2023, 10, 7);
    QTest::newRow("2023 ND +3") << QDate(2023, 9, 28) << 3 << QDate(2023, 10, 9);
    // 2024 春节: 2月9日(除夕, Friday) is a working day; 2月18日(日) is one too.
    QTest::newRow("2024 SF +1") << QDate(2024, 2, 8) << 1 << QDate(2024, 2, 9);
    QTest::newRow("2024 SF +2") << QDate(2024, 2, 8) << 2 << QDate(2024, 2, 18);
    QTest::newRow("2024 SF +3") << QDate(2024, 2, 8) << 3 << QDate(2024, 2, 19);
    QTest::newRow("2024 SF Sunday before") << QDate(2024, 2, 3) << 1 << QDate(2024, 2, 4);
    // 2024 国庆: 9月29日(日) and 10月12日(六) are working days.
    QTest::newRow("2024 ND Saturday before") << QDate(2024, 9, 28) << 1 << QDate(2024, 9, 29);
    QTest::newRow("2024 ND +1") << QDate(2024, 9, 30) << 1 << QDate(2024, 10, 8);
    QTest::newRow("2024 ND 7 days") << QDate(2024, 9, 27) << 7 << QDate(2024, 10, 12);
    // 2025 春节 1月28日至2月4日, 1月26日(日)、2月8日(六)上班.
    QTest::newRow("2025 SF +1") << QDate(2025, 1, 27) << 1 << QDate(2025, 2, 5);
    QTest::newRow("2025 SF 10 days") << QDate(2025, 1, 24) << 10 << QDate(2025, 2, 13);
    QTest::newRow("2025 SF Saturday after") << QDate(2025, 2, 7) << 1 << QDate(2025, 2, 8);
    // 2025 国庆 10月1日至8日, 9月28日(日)、10月11日(六)上班.
    QTest::newRow("2025 ND +1") << QDate(2025, 9, 30) << 1 << QDate(2025, 10, 9);
    QTest::newRow("2025 ND 7 days") << QDate(2025, 9, 26) << 7 << QDate(2025, 10, 13);
    // 2026 春节 2月15日至23日, 2月14日(六)、2月28日(六)上班; 元旦 1月1日至3日, 1月4日(日)上班.
    QTest::newRow("2026 SF +1") << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14);
    QTest::newRow("2026 SF +2") << QDate(2026, 2, 13) << 2 << QDate(2026, 2, 24);
    QTest::newRow("2026 New Year") << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 4);
    // 2026 国庆 10月1日至7日, 10月10日(六)上班.
    QTest::newRow("2026 ND +1") << QDate(2026, 9, 30) << 1 << QDate(2026, 10, 8);
    QTest::newRow("2026 ND +3") << QDate(2026, 9, 30) << 3 << QDate(2026, 10, 10);
    // An ordinary week: from a Sunday, 7 working days.
    QTest::newRow("2026-11 ordinary") << QDate(2026, 11, 22) << 7 << QDate(2026, 12, 1);
}

void TestWorkCalendar::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    const auto r = cd::WorkCalendar::builtin().addWorkingDays(from, n);
    QCOMPARE(r.date, expected);
    QVERIFY(r.covered);
}

void TestWorkCalendar::dueIsEndOfLocalDay()
{
    // 02:30 on 2024-10-08 in Shanghai is still 10-07 in UTC: the local date counts.
    const QDateTime t = cd::parseIsoWithOffset(QStringLiteral("2024-10-08T02:30:00+08:00"));
    const auto due = cd::WorkCalendar::builtin().dueWithinWorkingDays(t, 1);
    QCOMPARE(due.date, QDate(2024, 10, 9));
    QCOMPARE(cd::isoShanghai(due.due), QStringLiteral("2024-10-09T23:59:59+08:00"));
    QCOMPARE(due.due.toUTC().toString(Qt::ISODate), QStringLiteral("2024-10-09T15:59:59Z"));
}

void TestWorkCalendar::coverageBoundary()
{
    const auto &cal = cd::WorkCalendar::builtin();
    QCOMPARE(cal.firstYear(), 2004);
    QCOMPARE(cal.lastYear(), 2026);
    const auto inside = cal.addWorkingDays(QDate(2026, 12, 30), 1);
    QCOMPARE(inside.date, QDate(2026, 12, 31));
    QVERIFY(inside.covered);
    // 2027 has no notice yet: the Monday–Friday rule answers (2027-01-01 is a Friday), flagged.
    const auto outside = cal.addWorkingDays(QDate(2026, 12, 31), 1);
    QCOMPARE(outside.date, QDate(2027, 1, 1));
    QVERIFY(!outside.covered);
    const auto weekend = cal.addWorkingDays(QDate(2027, 1, 8), 1); // Friday → Monday
    QCOMPARE(weekend.date, QDate(2027, 1, 11));
    QVERIFY(!weekend.covered);
}

void TestWorkCalendar::rejectsBrokenCalendar_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("malformed") << QByteArray("{") << "x.json: $: malformed JSON";
    QTest::newRow("no coverage") << QByteArray(R"j({"holidays":[],"adjusted_workdays":[]})j") << "x.json: $.coverage:";
    QTest::newRow("bad date") << QByteArray(R"j({"coverage":{"first":"2027-01-01","last":"2027-10-07"},"holidays":[{"date":"2027-02-30"}],"adjusted_workdays":[]})j")
                              << "x.json: $.holidays[0].date: must be a date";
    QTest::newRow("outside years") << QByteArray(R"j({"coverage":{"first":"2027-01-01","last":"2027-10-07"},"holidays":[{"date":"2028-01-01"}],"adjusted_workdays":[]})j")
                                   << "x.json: $.holidays[0].date: 2028-01-01 lies outside";
    QTest::newRow("weekday workday") << QByteArray(R"j({"coverage":{"first":"2027-01-01","last":"2027-10-07"},"holidays":[],"adjusted_workdays":[{"date":"2027-02-03"}]})j")
                                     << "x.json: $.adjusted_workdays: 2027-02-03 is a weekday";
    QTest::newRow("both") << QByteArray(R"j({"coverage":{"first":"2027-01-01","last":"2027-10-07"},"holidays":[{"date":"2027-02-06"}],"adjusted_workdays":[{"date":"2027-02-06"}]})j")
                          << "x.json: $.adjusted_workdays: 2027-02-06 is listed both";
}

void TestWorkCalendar::rejectsBrokenCalendar()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto r = cd::WorkCalendar::fromJson(json, QStringLiteral("x.json"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(expected), qPrintable(r.error()));
}

void TestWorkCalendar::importedNoticeCoversNextYear()
{
    // A made-up notice for 2027 (test data, not the real one): 2027-01-01 off, Saturday
    // 2027-01-09 on, and the other statutory holidays (a notice without them is refused).
    // Once imported, 2027 counts as covered and follows the notice.
    QTemporaryDir data, source;
    QFile f(source.filePath(QStringLiteral("notice-2027.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray notice2027 = R"j({"source":"test notice","coverage":{"first":"2027-01-01","last":"2027-01-09"},
                 "holidays":[{"date":"2027-01-01","name_zh":"元旦"},
                             {"date":"2027-02-05","name_zh":"春节"},
                             {"date":"2027-02-06","name_zh":"春节"},
                             {"date":"2027-02-07","name_zh":"春节"},
                             {"date":"2027-02-08","name_zh":"春节"},
                             {"date":"2027-02-09","name_zh":"春节"},
                             {"date":"2027-02-10","name_zh":"春节"},
                             {"date":"2027-02-11","name_zh":"春节"},
                             {"date":"2027-02-12","name_zh":"春节"},
                             {"date":"2027-04-03","name_zh":"清明节"},
                             {"date":"2027-04-04","name_zh":"清明节"},
                             {"date":"2027-04-05","name_zh":"清明节"},
                             {"date":"2027-05-01","name_zh":"劳动节"},
                             {"date":"2027-05-02","name_zh":"劳动节"},
                             {"date":"2027-05-03","name_zh":"劳动节"},
                             {"date":"2027-05-04","name_zh":"劳动节"},
                             {"date":"2027-05-05","name_zh":"劳动节"},
                             {"date":"2027-06-09","name_zh":"端午节"},
                             {"date":"2027-06-10","name_zh":"端午节"},
                             {"date":"2027-06-11","name_zh":"端午节"},
                             {"date":"2027-09-15","name_zh":"中秋节"},
                             {"date":"2027-09-16","name_zh":"中秋节"},
                             {"date":"2027-09-17","name_zh":"中秋节"},
                             {"date":"2027-10-01","name_zh":"国庆节"},
                             {"date":"2027-10-02","name_zh":"国庆节"},
                             {"date":"2027-10-03","name_zh":"国庆节"},
                             {"date":"2027-10-04","name_zh":"国庆节"},
                             {"date":"2027-10-05","name_zh":"国庆节"},
                             {"date":"2027-10-06","name_zh":"国庆节"},
                             {"date":"2027-10-07","name_zh":"国庆节"}],
                 "adjusted_workdays":[{"date":"2027-01-09","name_zh":"元旦"}]})j";
    f.write(notice2027);
    f.close();
    const cd::CalendarStore store(data.filePath(QStringLiteral("calendar")));
    const auto stored = store.import(f.fileName());
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    const auto cal = store.load();
    QVERIFY(cal.ok());
    QCOMPARE(cal->lastYear(), 2027);
    const auto r = cal->addWorkingDays(QDate(2026, 12, 31), 1);
    QCOMPARE(r.date, QDate(2027, 1, 4)); // 1 Jan is off now; 2–3 Jan are the weekend
    QVERIFY(r.covered);
    QCOMPARE(cal->addWorkingDays(QDate(2027, 1, 8), 1).date, QDate(2027, 1, 9));
    // The embedded years are still there.
    QCOMPARE(cal->addWorkingDays(QDate(2024, 9, 30), 1).date, QDate(2024, 10, 8));

    // A broken file is refused and nothing is stored.
    QFile bad(source.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"coverage\": 1}");
    bad.close();
    QVERIFY(!store.import(bad.fileName()).ok());
    QCOMPARE(QDir(data.filePath(QStringLiteral("calendar"))).entryList(QDir::Files).size(), 1);

    // A notice for 2029 alone leaves 2028 uncovered: coverage is by year, not a range.
    QFile later(source.filePath(QStringLiteral("notice-2029.json")));
    QVERIFY(later.open(QIODevice::WriteOnly));
    later.write(QByteArray(notice2027)
                    .replace("2027", "2029")
                    .replace(R"j("adjusted_workdays":[{"date":"2029-01-09","name_zh":"元旦"}])j", R"j("adjusted_workdays":[])j"));
    later.close();
    const auto stored2029 = store.import(later.fileName());
    QVERIFY2(stored2029.ok(), qPrintable(stored2029.error()));
    const auto withGap = store.load().value();
    QVERIFY(withGap.covers(QDate(2027, 6, 1)));
    QVERIFY(!withGap.covers(QDate(2028, 6, 1)));
    QVERIFY(withGap.covers(QDate(2029, 6, 1)));
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
