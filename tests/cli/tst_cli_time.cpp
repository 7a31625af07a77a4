// `workdays`, `calendar` and the deadlines of `grade`, through the real binary.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestCliTime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void workdays_data();
    void workdays();
    void workdaysBadInput_data();
    void workdaysBadInput();
    void gradeFillsDeadlines();
    void gradeRejectsBadAnchor();
    void calendarImport();
};

void TestCliTime::workdays_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("add");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("covered");
    // 2025 国庆 10月1日至8日放假, 10月11日(六)上班 (国办发明电〔2024〕12号).
    QTest::newRow("2025 ND") << "2025-09-30" << "1" << "2025-10-09" << true;
    QTest::newRow("2025 ND +3") << "2025-09-30" << "3" << "2025-10-11" << true;
    QTest::newRow("past coverage") << "2026-12-31" << "1" << "2027-01-01" << false;
}

void TestCliTime::workdays()
{
    QFETCH(QString, from);
    QFETCH(QString, add);
    QFETCH(QString, date);
    QFETCH(bool, covered);
    QTemporaryDir empty;
    const auto r = runCli({QStringLiteral("workdays"), QStringLiteral("--from"), from, QStringLiteral("--add"), add,
                           QStringLiteral("--calendar-dir"), empty.path()});
    QCOMPARE(r.exitCode, 0);
    const auto o = r.json();
    QCOMPARE(o.value(QStringLiteral("from")).toString(), from);
    QCOMPARE(o.value(QStringLiteral("add")).toInt(), add.toInt());
    QCOMPARE(o.value(QStringLiteral("date")).toString(), date);
    QCOMPARE(o.value(QStringLiteral("due")).toString(), date + QStringLiteral("T23:59:59+08:00"));
    QCOMPARE(o.value(QStringLiteral("covered")).toBool(), covered);
}

void TestCliTime::workdaysBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--from"), QStringLiteral("2025-02-30"), QStringLiteral("--add"), QStringLiteral("1")}
                              << "commanddesk-cli: workdays: --from:";
    QTest::newRow("zero") << QStringList{QStringLiteral("--from"), QStringLiteral("2025-02-03"), QStringLiteral("--add"), QStringLiteral("0")}
                          << "commanddesk-cli: workdays: --add:";
    QTest::newRow("negative") << QStringList{QStringLiteral("--from"), QStringLiteral("2025-02-03"), QStringLiteral("--add"), QStringLiteral("-2")}
                              << "commanddesk-cli: workdays: --add:";
    QTest::newRow("missing add") << QStringList{QStringLiteral("--from"), QStringLiteral("2025-02-03")}
                                 << "commanddesk-cli: workdays: --add: required";
}

void TestCliTime::workdaysBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = runCli(QStringList{QStringLiteral("workdays")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).startsWith(message), r.err.constData());
}

void TestCliTime::gradeFillsDeadlines()
{
    const QByteArray facts = R"j({"reported_at":"2026-11-22T03:10:00+08:00","cause":"wage_arrears","participants":260,"urban":true})j";
    const auto r = runCli({QStringLiteral("grade"), QStringLiteral("--facts"), QStringLiteral("-"), QStringLiteral("--dispatched-at"),
                           QStringLiteral("2026-11-22T03:20:00+08:00"), QStringLiteral("--ended-at"), QStringLiteral("2026-11-23T18:00:00+08:00"),
                           QStringLiteral("--now"), QStringLiteral("2026-11-22T03:26:00+08:00")},
                          facts);
    QCOMPARE(r.exitCode, 0);
    QMap<QString, QJsonObject> byWindow;
    for (const auto &p : r.json().value(QStringLiteral("plans")).toArray())
        for (const auto &d : p.toObject().value(QStringLiteral("deadlines")).toArray())
            byWindow.insert(p.toObject().value(QStringLiteral("plan")).toString() + QLatin1Char('/') +
                                d.toObject().value(QStringLiteral("window")).toString(),
                            d.toObject());
    const auto judgment = byWindow.value(QStringLiteral("wage-arrears/initial-judgment"));
    for (const auto *key : {"clause", "action", "anchor", "due", "kind"})
        QVERIFY2(judgment.contains(QLatin1String(key)), key);
    QCOMPARE(judgment.value(QStringLiteral("clause")).toString(), QStringLiteral("3(1)"));
    QCOMPARE(judgment.value(QStringLiteral("anchor")).toString(), QStringLiteral("reported"));
    QCOMPARE(judgment.value(QStringLiteral("due")).toString(), QStringLiteral("2026-11-22T03:30:00+08:00"));
    QCOMPARE(judgment.value(QStringLiteral("kind")).toString(), QStringLiteral("minutes"));
    QCOMPARE(judgment.value(QStringLiteral("state")).toString(), QStringLiteral("due_soon"));
    QCOMPARE(byWindow.value(QStringLiteral("wage-arrears/urban-arrival")).value(QStringLiteral("due")).toString(),
             QStringLiteral("2026-11-22T03:50:00+08:00"));
    // Disposal ended Monday 2026-11-23: 10 working days → Monday 2026-12-07.
    QCOMPARE(byWindow.value(QStringLiteral("wage-arrears/disposal-report")).value(QStringLiteral("due")).toString(),
             QStringLiteral("2026-12-07T23:59:59+08:00"));
    QCOMPARE(byWindow.value(QStringLiteral("wage-arrears/principal-leaders")).value(QStringLiteral("kind")).toString(),
             QStringLiteral("requirement"));
    QVERIFY(byWindow.value(QStringLiteral("wage-arrears/principal-leaders")).value(QStringLiteral("due")).isNull());
    // 260 people: 85号 Ⅲ, so 5.2 "及时" with no number, and no 2-hour window.
    QVERIFY(byWindow.value(QStringLiteral("mass-incident/level3-to-city")).value(QStringLiteral("due")).isNull());
    QCOMPARE(byWindow.value(QStringLiteral("mass-incident/level3-to-city")).value(QStringLiteral("kind")).toString(),
             QStringLiteral("timely"));
    QVERIFY(!byWindow.contains(QStringLiteral("mass-incident/event-to-city")));
    const auto conditional = byWindow.value(QStringLiteral("wage-arrears/source-arrears-investigation"));
    QCOMPARE(conditional.value(QStringLiteral("condition")).toObject().value(QStringLiteral("confirmed")).toBool(), false);
}

void TestCliTime::gradeRejectsBadAnchor()
{
    const auto r = runCli({QStringLiteral("grade"), QStringLiteral("--facts"), QStringLiteral("-"), QStringLiteral("--dispatched-at"),
                           QStringLiteral("03:20")},
                          R"j({"participants":10})j");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith("commanddesk-cli: grade: --dispatched-at:"), r.err.constData());
}

void TestCliTime::calendarImport()
{
    QTemporaryDir store, src;
    QFile f(src.filePath(QStringLiteral("2027.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    // A plausible 2027 notice: every statutory holiday, 13 days off or more.
    QJsonArray holidays;
    const std::pair<const char *, std::pair<const char *, int>> breaks[] = {
        {"元旦", {"2027-01-01", 3}}, {"春节", {"2027-02-05", 8}}, {"清明节", {"2027-04-03", 3}}, {"劳动节", {"2027-05-01", 5}},
        {"端午节", {"2027-06-09", 3}}, {"中秋节", {"2027-09-15", 3}}, {"国庆节", {"2027-10-01", 7}}};
    for (const auto &[name, span] : breaks)
        for (int i = 0; i < span.second; ++i)
            holidays.append(QJsonObject{{QStringLiteral("date"), QDate::fromString(QLatin1String(span.first), Qt::ISODate).addDays(i).toString(Qt::ISODate)},
                                        {QStringLiteral("name_zh"), QString::fromUtf8(name)}});
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("source"), QStringLiteral("test")},
                                      {QStringLiteral("coverage"), QJsonObject{{QStringLiteral("first"), QStringLiteral("2027-01-01")},
                                                                               {QStringLiteral("last"), QStringLiteral("2027-10-07")}}},
                                      {QStringLiteral("holidays"), holidays},
                                      {QStringLiteral("adjusted_workdays"), QJsonArray()}})
                .toJson());
    f.close();
    const QStringList dirArgs{QStringLiteral("--calendar-dir"), store.path()};
    auto r = runCli(QStringList{QStringLiteral("calendar"), QStringLiteral("import"), f.fileName()} + dirArgs);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(QStringLiteral("last_year")).toInt(), 2027);
    r = runCli(QStringList{QStringLiteral("workdays"), QStringLiteral("--from"), QStringLiteral("2026-12-31"), QStringLiteral("--add"),
                           QStringLiteral("1")} + dirArgs);
    QCOMPARE(r.json().value(QStringLiteral("date")).toString(), QStringLiteral("2027-01-04"));
    QCOMPARE(r.json().value(QStringLiteral("covered")).toBool(), true);

    r = runCli(QStringList{QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("/nonexistent.json")} + dirArgs);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("/nonexistent.json: cannot open"));
}

QTEST_GUILESS_MAIN(TestCliTime)
#include "tst_cli_time.moc"
