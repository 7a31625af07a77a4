// `commanddesk-cli units`: the roster (add, list, CSV import whole or not at all, the demo),
// dispatch naming units, and `units track` replaying a recorded NMEA log through the position
// pipeline (issue 16). Expected values of the logs: tests/data/nmea/expected.json, written by
// tests/data/nmea/make_logs.py.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestCliUnits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void addListAndImport();
    void badCsvWritesNothing();
    void trackRecordsTheGeofencedArrival_data();
    void trackRecordsTheGeofencedArrival();

private:
    CliRun cli(const QStringList &args) { return runCli(args + QStringList{QStringLiteral("--db"), m_db}); }
    QString file(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(QLatin1String(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", name);
        f.write(bytes);
        return path;
    }
    qint64 events() { return cli({QStringLiteral("verify")}).json().value(QStringLiteral("events")).toInteger(); }
    static QJsonObject expected(const QString &log)
    {
        QFile f(QStringLiteral(CD_TEST_DATA "/nmea/expected.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("expected.json");
        return QJsonDocument::fromJson(f.readAll()).object().value(log).toObject();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliUnits::init()
{
    m_dir.reset(new QTemporaryDir);
    m_db = m_dir->filePath(QStringLiteral("cd.sqlite"));
    const QString facts = file("facts.json", R"j({"cause":"wage_arrears","participants":40,"urban":true,"county":"莲都区","location":{"lat":28.4517,"lon":119.9229}})j");
    const auto made = cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--init"), QStringLiteral("--facts"), facts,
                           QStringLiteral("--at"), QStringLiteral("2026-11-22T03:10:00+08:00")});
    QVERIFY2(made.exitCode == 0, made.err.constData());
}

void TestCliUnits::addListAndImport()
{
    const auto added = cli({QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("--unit"), QStringLiteral("LS-RS-01"),
                            QStringLiteral("--agency"), QStringLiteral("市人力社保局"), QStringLiteral("--kind"), QStringLiteral("leader_car"),
                            QStringLiteral("--callsign"), QStringLiteral("人社领导"), QStringLiteral("--leader")});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(added.json().value(QStringLiteral("seq")).toInteger(), 2);
    const auto twice = cli({QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("--unit"), QStringLiteral("LS-RS-01"),
                            QStringLiteral("--agency"), QStringLiteral("x"), QStringLiteral("--kind"), QStringLiteral("y")});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY2(twice.err.contains("--unit: LS-RS-01 is already in the roster"), twice.err.constData());
    const auto demo = cli({QStringLiteral("units"), QStringLiteral("import"), QStringLiteral("--demo")});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    // The demo has LS-RS-01 too, with another kind and callsign: changed, not added twice.
    QCOMPARE(demo.json().value(QStringLiteral("changed")).toInt(), 1);
    const int demoAdded = demo.json().value(QStringLiteral("added")).toInt();
    QVERIFY(demoAdded >= 10);
    const auto list = cli({QStringLiteral("units"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray units = list.json().value(QStringLiteral("units")).toArray();
    QCOMPARE(units.size(), demoAdded + 1);
    QCOMPARE(units.first().toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("LS-RS-01"));
    QCOMPARE(units.first().toObject().value(QStringLiteral("leader")).toBool(), true);
    QCOMPARE(units.last().toObject().value(QStringLiteral("demo")).toBool(), true);
    // Importing the demo again changes nothing.
    const auto again = cli({QStringLiteral("units"), QStringLiteral("import"), QStringLiteral("--demo")});
    QCOMPARE(again.json().value(QStringLiteral("added")).toInt() + again.json().value(QStringLiteral("changed")).toInt(), 0);
    // The roster is not an incident.
    QCOMPARE(cli({QStringLiteral("incident"), QStringLiteral("list")}).json().value(QStringLiteral("incidents")).toArray().size(), 1);
    QCOMPARE(cli({QStringLiteral("verify")}).json().value(QStringLiteral("intact")).toBool(), true);
}

void TestCliUnits::badCsvWritesNothing()
{
    const qint64 before = events();
    const QString csv = file("units.csv", "unit,callsign,agency,kind,crew,phone,leader\n"
                                          "A-1,甲,市公安局,patrol_car,,,0\n"
                                          "A-2,乙,,ambulance,,,0\n");
    const auto r = cli({QStringLiteral("units"), QStringLiteral("import"), QStringLiteral("--csv"), csv});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(":3: column agency: required"), r.err.constData());
    QVERIFY2(r.err.contains("nothing was written"), r.err.constData());
    QCOMPARE(events(), before); // not even the good first line
    QCOMPARE(cli({QStringLiteral("units"), QStringLiteral("list")}).json().value(QStringLiteral("units")).toArray().size(), 0);
}

void TestCliUnits::trackRecordsTheGeofencedArrival_data()
{
    QTest::addColumn<QString>("log");
    QTest::addColumn<QString>("window"); // the 86号 3(2) window after the replay
    QTest::newRow("on time") << "approach-ontime.nmea" << "met";
    QTest::newRow("late") << "approach-late.nmea" << "met_late";
    QTest::newRow("pass-by") << "passby.nmea" << "overdue";
}

void TestCliUnits::trackRecordsTheGeofencedArrival()
{
    QFETCH(QString, log);
    QFETCH(QString, window);
    QVERIFY(cli({QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("--unit"), QStringLiteral("LS-RS-01"), QStringLiteral("--agency"),
                 QStringLiteral("市人力社保局"), QStringLiteral("--kind"), QStringLiteral("working_group"), QStringLiteral("--leader")})
                .exitCode == 0);
    const auto dispatched = cli({QStringLiteral("units"), QStringLiteral("dispatch"), QStringLiteral("--id"), QStringLiteral("1"),
                                 QStringLiteral("--unit"), QStringLiteral("LS-RS-01"), QStringLiteral("--at"),
                                 QStringLiteral("2026-11-22T03:20:00+08:00"), QStringLiteral("--reason"), QStringLiteral("测试:补录派出时间")});
    QVERIFY2(dispatched.exitCode == 0, dispatched.err.constData());
    const QString nmea = QStringLiteral(CD_TEST_DATA "/nmea/") + log;
    const QStringList track{QStringLiteral("units"), QStringLiteral("track"), QStringLiteral("--id"), QStringLiteral("1"),
                            QStringLiteral("--unit"), QStringLiteral("LS-RS-01"), QStringLiteral("--nmea"), nmea};
    const auto r = cli(track);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject out = r.json();
    const QJsonObject e = expected(log);
    QCOMPARE(out.value(QStringLiteral("unit")).toString(), QStringLiteral("LS-RS-01"));
    QCOMPARE(out.value(QStringLiteral("fixes")).toInt(), e.value(QStringLiteral("fixes")).toInt());
    QCOMPARE(out.value(QStringLiteral("dropped")).toInt(), e.value(QStringLiteral("dropped")).toInt());
    QCOMPARE(out.value(QStringLiteral("arrived_at")), e.value(QStringLiteral("arrived_at"))); // ISO, or null for the pass-by
    if (e.contains(QStringLiteral("eta_s_at_dispatch")))
        QVERIFY(qAbs(out.value(QStringLiteral("eta_s_at_dispatch")).toInt() - e.value(QStringLiteral("eta_s_at_dispatch")).toInt()) <= 1);
    // The window of 86号 3(2), judged by the geofenced arrival as the GUI would show it.
    const QJsonObject shown = cli({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("--id"), QStringLiteral("1")}).json();
    QJsonObject urban;
    for (const QJsonValue &d : shown.value(QStringLiteral("deadlines")).toArray())
        if (d.toObject().value(QStringLiteral("window")).toString() == QLatin1String("urban-arrival"))
            urban = d.toObject();
    QCOMPARE(urban.value(QStringLiteral("clause")).toString(), QStringLiteral("3(2)"));
    QCOMPARE(urban.value(QStringLiteral("state")).toString(), window);
    QCOMPARE(urban.value(QStringLiteral("completed_at")), e.value(QStringLiteral("arrived_at")));
    const QJsonObject unit = shown.value(QStringLiteral("units")).toArray().first().toObject();
    if (e.value(QStringLiteral("arrived_at")).isNull())
        QVERIFY(!unit.contains(QStringLiteral("arrived_at")));
    else
        QCOMPARE(unit.value(QStringLiteral("arrived_at")), e.value(QStringLiteral("arrived_at")));
    // Replaying the same log again records nothing new.
    const qint64 before = events();
    QCOMPARE(cli(track).exitCode, 0);
    QCOMPARE(events(), before);
}

QTEST_GUILESS_MAIN(TestCliUnits)
#include "tst_cli_units.moc"
