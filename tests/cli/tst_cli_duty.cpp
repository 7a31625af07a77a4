// `commanddesk-cli roster|handover|dutylog` (issue 17): a month of shifts imported whole or not
// at all, the handover confirmed as a register event, and the duty log of a prepared day as
// JSON and as a PDF read back with pdftotext. Times: 86号 3(1), 20 and 30 minutes from the report.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestCliDuty : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void rosterImportWholeOrNothing();
    void handoverConfirmRecordsTheSummary();
    void dutylogOfAPreparedDay();

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
    void event(const char *id, const char *kind, const char *payload, const char *at)
    {
        const auto r = cli({QStringLiteral("incident"), QStringLiteral("event"), QStringLiteral("--id"), QLatin1String(id), QStringLiteral("--kind"),
                            QLatin1String(kind), QStringLiteral("--payload"), QString::fromUtf8(payload), QStringLiteral("--at"), QLatin1String(at),
                            QStringLiteral("--reason"), QStringLiteral("测试补录")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    qint64 events() { return cli({QStringLiteral("verify")}).json().value(QStringLiteral("events")).toInteger(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliDuty::init()
{
    m_dir.reset(new QTemporaryDir);
    m_db = m_dir->filePath(QStringLiteral("cd.sqlite"));
    const QString facts = file("facts.json", R"j({"cause":"wage_arrears","participants":40,"urban":true,"county":"莲都区"})j");
    auto made = cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--init"), QStringLiteral("--facts"), facts,
                     QStringLiteral("--title"), QStringLiteral("欠薪讨薪"), QStringLiteral("--at"), QStringLiteral("2026-11-22T09:00:00+08:00")});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    made = cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--facts"), facts, QStringLiteral("--exercise"),
                QStringLiteral("--title"), QStringLiteral("讨薪聚集"), QStringLiteral("--at"), QStringLiteral("2026-11-22T14:00:00+08:00")});
    QVERIFY2(made.exitCode == 0, made.err.constData());
}

void TestCliDuty::rosterImportWholeOrNothing()
{
    const QByteArray header = "date,shift,start,end,operators,leader\n";
    const auto bad = cli({QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--csv"),
                          file("bad.csv", header + "2026-11-01,白班,08:00,20:00,张三,王五\n2026-11-01,夜班,20:00,25:00,赵六,王五\n")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("bad.csv:3: column end: \"25:00\" is not a time of day (HH:mm) (nothing was written)"), bad.err.constData());
    QCOMPARE(events(), 2); // the two incidents' reports alone
    QByteArray month = header;
    for (int d = 1; d <= 30; ++d)
        month += QStringLiteral("2026-11-%1,白班,08:00,20:00,张三、李四,王五\n2026-11-%1,夜班,20:00,08:00,赵六,王五\n").arg(d, 2, 10, QLatin1Char('0')).toUtf8();
    const auto ok = cli({QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--csv"), file("nov.csv", month)});
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QCOMPARE(ok.json().value(QStringLiteral("scheduled")).toInt(), 60);
    QCOMPARE(ok.json().value(QStringLiteral("warnings")).toArray().size(), 0); // 王五 leads day and night: 20:00 ends one, starts the other
    QCOMPARE(events(), 62);
    const auto again = cli({QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--csv"), file("nov.csv", month)});
    QCOMPARE(again.json().value(QStringLiteral("unchanged")).toInt(), 60);
    const auto list = cli({QStringLiteral("roster"), QStringLiteral("list"), QStringLiteral("--month"), QStringLiteral("2026-11")});
    const QJsonArray shifts = list.json().value(QStringLiteral("shifts")).toArray();
    QCOMPARE(shifts.size(), 60);
    QCOMPARE(shifts.at(1).toObject().value(QStringLiteral("ends")).toString(), QStringLiteral("2026-11-02T08:00:00+08:00"));
    QCOMPARE(cli({QStringLiteral("roster"), QStringLiteral("list"), QStringLiteral("--month"), QStringLiteral("2026-12")}).json().value(QStringLiteral("shifts")).toArray().size(), 0);
    // 张三 on an extra evening shift while still on the day shift: imported, and said.
    const auto clash = cli({QStringLiteral("roster"), QStringLiteral("import"), QStringLiteral("--csv"),
                            file("extra.csv", header + "2026-11-05,加班,18:00,22:00,张三,孙七\n")});
    QVERIFY2(clash.exitCode == 0, clash.err.constData());
    QCOMPARE(clash.json().value(QStringLiteral("warnings")).toArray(),
             QJsonArray{QStringLiteral("2026-11-05 加班 overlaps 2026-11-05 白班 (张三)")});
    QVERIFY2(clash.err.contains("warning"), clash.err.constData());
    QCOMPARE(events(), 63);
}

void TestCliDuty::handoverConfirmRecordsTheSummary()
{
    event("1", "note", R"j({"text":"请下一班联系企业负责人","next_shift":true})j", "2026-11-22T09:30:00+08:00");
    const auto summary = cli({QStringLiteral("handover"), QStringLiteral("summary"), QStringLiteral("--json")});
    QVERIFY2(summary.exitCode == 0, summary.err.constData());
    const QJsonArray items = summary.json().value(QStringLiteral("items")).toArray();
    // Items: the live incident (the CLI hands over no drill), its duties, the overdue 3(1)
    // report, and the one note addressed to the next shift.
    QStringList notes;
    for (const auto &i : items)
        if (i.toString().startsWith(QStringLiteral("【留给下一班的备注】")))
            notes << i.toString();
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().contains(QStringLiteral("请下一班联系企业负责人")));
    // The alarms a desk would show: both 86号 3(1) windows of the live incident overdue (20 and
    // 30 minutes from the 09:00 report), in the order a desk lists them; none of the exercise.
    auto alarms = [](const QJsonArray &list) {
        QStringList out;
        for (const auto &i : list)
            if (i.toString().startsWith(QStringLiteral("【未确认的告警】")) && i.toString().contains(QStringLiteral("已超时")))
                out << i.toString();
        return out;
    };
    QCOMPARE(alarms(items), (QStringList{QStringLiteral("【未确认的告警】已超时 #1 欠薪讨薪 86号 3(1) 向领导小组报告,截止 11-22 09:30"),
                                         QStringLiteral("【未确认的告警】已超时 #1 欠薪讨薪 86号 3(1) 领导小组办公室作出案情初步判断,截止 11-22 09:20")}));
    for (const auto &i : items)
        QVERIFY2(!i.toString().contains(QStringLiteral("#2 ")), qPrintable(i.toString()));
    // One acknowledged at a desk (in the journal): no longer handed over as unacknowledged.
    event("1", "alarm_acknowledged", R"j({"alarm":"overdue","window":"wage-arrears/report-leading-group"})j", "2026-11-22T09:40:00+08:00");
    const QJsonArray acknowledged = cli({QStringLiteral("handover"), QStringLiteral("summary"), QStringLiteral("--json")}).json().value(QStringLiteral("items")).toArray();
    QCOMPARE(alarms(acknowledged), QStringList{QStringLiteral("【未确认的告警】已超时 #1 欠薪讨薪 86号 3(1) 领导小组办公室作出案情初步判断,截止 11-22 09:20")});
    // The account signed in cannot hand over to itself.
    const QString me = summary.json().value(QStringLiteral("outgoing")).toString(); // the default: the account signed in
    const auto self = cli({QStringLiteral("handover"), QStringLiteral("confirm"), QStringLiteral("--outgoing"), me});
    QCOMPARE(self.exitCode, 2);
    QVERIFY2(self.err.contains("is the account signed in"), self.err.constData());
    const auto confirmed = cli({QStringLiteral("handover"), QStringLiteral("confirm"), QStringLiteral("--outgoing"), QStringLiteral("张三"),
                                QStringLiteral("--remarks"), QStringLiteral("注意续报")});
    QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
    QCOMPARE(confirmed.json().value(QStringLiteral("items")).toInt(), acknowledged.size());
    // Handed over: the note is not listed again.
    const auto after = cli({QStringLiteral("handover"), QStringLiteral("summary"), QStringLiteral("--json")});
    QCOMPARE(after.json().value(QStringLiteral("items")).toArray().size(), acknowledged.size() - 1);
    QVERIFY(after.json().contains(QStringLiteral("last_handover_at")));
}

void TestCliDuty::dutylogOfAPreparedDay()
{
    event("1", "duty_acknowledged", R"j({"plan":"wage-arrears","agency":"市人力社保局"})j", "2026-11-22T09:05:00+08:00");
    event("1", "initial_judgment", "{}", "2026-11-22T09:10:00+08:00");
    event("1", "report_sent", R"j({"to":"leading_group","report":"initial"})j", "2026-11-22T09:45:00+08:00");
    event("2", "exercise_ended", R"j({"scenario":"wage-demo"})j", "2026-11-22T15:00:00+08:00");
    const auto json = cli({QStringLiteral("dutylog"), QStringLiteral("--date"), QStringLiteral("2026-11-22"), QStringLiteral("--json")});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject log = json.json();
    QCOMPARE(log.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-22T08:00:00+08:00"));
    QCOMPARE(log.value(QStringLiteral("windows_count")).toObject(),
             (QJsonObject{{QStringLiteral("met"), 1}, {QStringLiteral("late"), 1}, {QStringLiteral("missed"), 2}}));
    QCOMPARE(log.value(QStringLiteral("calls")).toArray().size(), 1);
    QCOMPARE(log.value(QStringLiteral("drills")).toArray().size(), 2);
    // Another start hour moves the day: from 20:00 the report at 09:00 is the day before's.
    const auto evening = cli({QStringLiteral("dutylog"), QStringLiteral("--date"), QStringLiteral("2026-11-22"), QStringLiteral("--start-hour"),
                              QStringLiteral("20"), QStringLiteral("--json")});
    QCOMPARE(evening.json().value(QStringLiteral("incidents")).toArray().size(), 0);

    const QString pdf = m_dir->filePath(QStringLiteral("log.pdf"));
    const auto written = cli({QStringLiteral("dutylog"), QStringLiteral("--date"), QStringLiteral("2026-11-22"), QStringLiteral("--out"), pdf});
    QVERIFY2(written.exitCode == 0, written.err.constData());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    for (const char *expected : {"值班日志", "接报 #1 欠薪讨薪,未定级,86号", "【演练】#2 讨薪聚集", "初报 报告领导小组",
                                 "按时 1 项,逾期完成 1 项,未按时完成 2 项", "确认职责 86号 市人力社保局", "演练结束"})
        QVERIFY2(out.contains(QString::fromUtf8(expected)), expected);
    // Exactly one of --out and --json; never over an existing file without --force.
    QCOMPARE(cli({QStringLiteral("dutylog"), QStringLiteral("--date"), QStringLiteral("2026-11-22")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("dutylog"), QStringLiteral("--out"), pdf}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("dutylog"), QStringLiteral("--date"), QStringLiteral("2026-11-31"), QStringLiteral("--json")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliDuty)
#include "tst_cli_duty.moc"
