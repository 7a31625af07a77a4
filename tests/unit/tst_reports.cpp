// Printed reports and exports, read back the way their readers do: pdftotext for the PDF,
// xmllint against the OASIS schema for CAP, bytes for CSV.
#include "JournalFixture.h"
#include "geo/RegionMap.h"
#include "drill/DrillRunner.h"
#include "report/AfterActionReport.h"
#include "report/CapExport.h"
#include "report/OfficialReport.h"
#include "report/SituationReport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString pdfText(const QString &pdf, int page = 0)
{
    QProcess p;
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    p.start(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The layout breaks long lines; for "does it say X" compare without whitespace.
QString flat(QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); }

struct Scenario {
    JournalFixture f;
    qint64 id = 0;
    explicit Scenario(const QByteArray &facts, bool exercise = false)
    {
        id = f.newIncident(facts, "2026-11-22T03:10:00+08:00", exercise);
        f.add(id, "assessment",
              R"j({"employer":"某建设有限公司","cause_analysis":"总包单位拖欠农民工工资约86万元","trend":"人数可能继续增加",
                   "measures":"人力社保、公安已到场","public_reaction":"网络少量转发","course":"上午聚集,中午堵路","result":"已垫付工资",
                   "impact":"影响较小"})j",
              "2026-11-22T03:40:00+08:00");
        f.add(id, "report_sent", R"j({"to":"leading_group"})j", "2026-11-22T03:38:00+08:00");
    }
    cd::IncidentState state() { return f.state(id); }
};

QString writeReport(const cd::IncidentState &s, cd::ReportKind kind, const QString &path, int *pages = nullptr)
{
    cd::ReportOptions o;
    o.kind = kind;
    o.preparedBy = QStringLiteral("值班员丙");
    const cd::SituationReport report(s, *testLibrary(), cd::RegionMap::lishuiCounties(), o);
    const auto r = report.writePdf(path);
    if (!r)
        qFatal("report: %s", qPrintable(r.error()));
    if (pages)
        *pages = r.value();
    return path;
}

} // namespace

class TestReports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() || QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty())
            QFAIL("pdftotext (poppler-utils) and xmllint (libxml2-utils) are needed: run packaging/install-deps.sh");
    }
    void initialReportHasEveryField();
    void disposalReportFields();
    void exerciseMarkedOnEveryPageLiveNowhere();
    void regeneratedReportIsIdentical();
    void capValidatesForEveryLevel_data();
    void capValidatesForEveryLevel();
    void capUpdateReferencesFirstAlert();
    void csvTimeline();
    void afterActionReportPrinted();
    void centreIssuerNumberAndContact();
};

// The centre's settings (report/issuer, numberPrefix, contact) reach the official report: its
// issuing body, its 发文字号 and its contact line; the internal record names the issuer too.
void TestReports::centreIssuerNumberAndContact()
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(QStringLiteral("commanddesk.conf"));
    {
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[report]\nissuer=青田县应急管理局\nnumberPrefix=青应指\ncontact=值班室 0578-0000000\n");
    }
    qputenv("COMMANDDESK_CENTRE_CONF", conf.toLocal8Bit());
    const auto o = cd::OfficialReportOptions::fromSettings();
    qunsetenv("COMMANDDESK_CENTRE_CONF");
    QCOMPARE(o.issuingBody, QStringLiteral("青田县应急管理局"));
    QCOMPARE(o.numberPrefix, QStringLiteral("青应指"));
    QCOMPARE(o.contact, QStringLiteral("值班室 0578-0000000"));
    QCOMPARE(cd::OfficialReport::formatNumber(o.numberPrefix, 2026, 12, false), QStringLiteral("青应指〔2026〕12号"));
    QCOMPARE(cd::OfficialReport::formatNumber(o.numberPrefix, 2026, 3, true), QStringLiteral("青应指演〔2026〕3号"));

    Scenario sc(R"j({"reported_at":"2026-11-22T03:10:00+08:00","cause":"wage_arrears","participants":60})j");
    cd::ReportOptions internal;
    internal.issuer = o.issuingBody;
    const QString html = cd::SituationReport(sc.state(), *testLibrary(), cd::RegionMap::lishuiCounties(), internal).html();
    QVERIFY(html.contains(QStringLiteral("青田县应急管理局")));
    QVERIFY(html.contains(QStringLiteral("内部工作记录")));
}

void TestReports::afterActionReportPrinted()
{
    JournalFixture f;
    const auto scenario = cd::Scenario::load(QStringLiteral(":/drills/wage-arrears-liandu.json"), *testLibrary()).value();
    cd::DrillRunner runner(scenario, *f.journal, f.clock, *testLibrary(), cd::WorkCalendar::builtin());
    const auto aa = runner.run({{25, QStringLiteral("A"), QStringLiteral("initial_judgment"), {}}}).value();
    QTemporaryDir dir;
    const auto doc = cd::AfterActionReport::document(aa);
    const auto pages = doc.writePdf(dir.filePath(QStringLiteral("aar.pdf")));
    QVERIFY(pages.ok());
    const QString text = flat(pdfText(dir.filePath(QStringLiteral("aar.pdf"))));
    QVERIFY(text.contains(QStringLiteral("莲都区某工地欠薪聚集、堵塞道路演练演练评估报告")));
    // Table cells wrap; check the row's pieces in order.
    const auto judgment = text.indexOf(QStringLiteral("86号3(1)领导小组办公室作出案情初"));
    QVERIFY2(judgment >= 0, qPrintable(text));
    QVERIFY(text.indexOf(QStringLiteral("03-1009:2003-1009:25逾期完成(逾期0:05:00)"), judgment) > judgment);
    const auto leadingGroup = text.indexOf(QStringLiteral("86号3(1)向领导小组报告03-1009:30—未完成"));
    QVERIFY(leadingGroup > judgment);
    QVERIFY(text.contains(QStringLiteral("级别Ⅲ级,适用预案85号、86号")));
    // The score with its scale and what it counts.
    const int percent = aa.value(QStringLiteral("score")).toObject().value(QStringLiteral("percent")).toInt();
    QVERIFY(text.contains(QStringLiteral("综合得分%1/100").arg(percent)));
    QVERIFY(text.contains(QStringLiteral("得分%1/100:计分的报告时限和应做动作中,按时完成计1分").arg(percent)));
    // An untimed window that ran and was not done reads 未完成, never "not due".
    QVERIFY(!text.contains(QStringLiteral("未到期或未起算")));
    for (int page = 1; page <= pages.value(); ++page)
        QVERIFY(flat(pdfText(dir.filePath(QStringLiteral("aar.pdf")), page)).contains(QStringLiteral("演练·非实战")));
}

void TestReports::initialReportHasEveryField()
{
    Scenario sc(R"j({"reported_at":"2026-11-22T03:10:00+08:00","cause":"wage_arrears","participants":260,"injured":2,
                    "county":"莲都区","location":{"lat":28.4553,"lon":119.9072}})j");
    QTemporaryDir dir;
    int pages = 0;
    const QString text = flat(pdfText(writeReport(sc.state(), cd::ReportKind::Initial, dir.filePath(QStringLiteral("r.pdf")), &pages)));
    // Header: issuing centre, kind, incident, prepared by, time in Beijing time.
    for (const QString &s : {QStringLiteral("丽水市应急指挥中心·首报·事件编号1"), QStringLiteral("填报人值班员丙"),
                             QStringLiteral("记录截至2026年11月22日03:40(北京时间)")})
        QVERIFY2(text.contains(s), qPrintable(s));
    // The plans with document numbers; level with the deciding clause and its text.
    QVERIFY(text.contains(QStringLiteral("丽政办发〔2020〕85号《丽水市大规模群体性事件应急预案》:Ⅲ级,依据85号2.3(1):参与人数在200人以上、1000人以下")));
    QVERIFY(text.contains(QStringLiteral("丽政办发〔2020〕86号")));
    // 85号 5.1.2(4) ①–⑥ and 86号 3(1) ①–⑤, each with its clause.
    for (const char *c : {"①", "②", "③", "④", "⑤", "⑥"})
        QVERIFY2(text.contains(QStringLiteral("(85号5.1.2(4)%1)").arg(QString::fromUtf8(c))), c);
    for (const char *c : {"①", "②", "③", "④", "⑤"})
        QVERIFY2(text.contains(QStringLiteral("(86号3(1)%1)").arg(QString::fromUtf8(c))), c);
    QVERIFY(text.contains(QStringLiteral("事件发生的时间、地点和现场情况")));
    QVERIFY(text.contains(QStringLiteral("参与人员约260人;死亡0人,受伤2人")));
    QVERIFY(text.contains(QStringLiteral("用人单位:某建设有限公司")));
    QVERIFY(text.contains(QStringLiteral("总包单位拖欠农民工工资约86万元")));
    QVERIFY(text.contains(QStringLiteral("网络少量转发")));
    // Duties, reporting windows, timeline, page numbers, checksum.
    QVERIFY(text.contains(QStringLiteral("市卫生健康委3.1.4(23)已分派")));
    QVERIFY2(text.contains(QStringLiteral("86号3(1)向领导小组报告11-2203:40:0011-2203:38:00按时完成")),
             qPrintable(text.mid(text.indexOf(QStringLiteral("向领导小组报告")) - 10, 60)));
    QVERIFY(text.contains(QStringLiteral("86号3(1)领导小组办公室作出案情初步判断11-2203:30:00—已超时,未完成")));
    QVERIFY(text.contains(QStringLiteral("事发地位置图")));
    QVERIFY(text.contains(QStringLiteral("第1页共%1页").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("第%1页共%1页").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("日志校验值(截至第3条)")));
}

void TestReports::disposalReportFields()
{
    Scenario sc(R"j({"cause":"wage_arrears","participants":80,"county":"莲都区"})j");
    QTemporaryDir dir;
    const QString text = flat(pdfText(writeReport(sc.state(), cd::ReportKind::Disposal, dir.filePath(QStringLiteral("d.pdf")))));
    QVERIFY(text.contains(QStringLiteral("处置报告内容(86号5.1(2))")));
    for (const QString &f : {QStringLiteral("发生突发群体性事件单位的基本情况(86号5.1(2))某建设有限公司"),
                             QStringLiteral("导致突发事件的原因(86号5.1(2))欠薪"), QStringLiteral("事态发展趋势(86号5.1(2))人数可能继续增加"),
                             QStringLiteral("处理经过(86号5.1(2))上午聚集,中午堵路"), QStringLiteral("处理结果(86号5.1(2))已垫付工资"),
                             QStringLiteral("社会影响评估(86号5.1(2))影响较小")})
        QVERIFY2(text.contains(f), qPrintable(f));
    QVERIFY(text.contains(QStringLiteral("关于测试事件的处置报告")));
}

void TestReports::exerciseMarkedOnEveryPageLiveNowhere()
{
    QTemporaryDir dir;
    const QByteArray facts = R"j({"cause":"wage_arrears","participants":260,"injured":1,"county":"莲都区","location":{"lat":28.45,"lon":119.91}})j";
    Scenario drill(facts, true);
    int pages = 0;
    const QString drillPdf = writeReport(drill.state(), cd::ReportKind::FollowUp, dir.filePath(QStringLiteral("drill.pdf")), &pages);
    QVERIFY(pages >= 2);
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(flat(pdfText(drillPdf, page)).contains(QStringLiteral("演练·非实战")), qPrintable(QString::number(page)));
    QVERIFY(flat(pdfText(drillPdf)).contains(QStringLiteral("续报(第1期)")));
    Scenario live(facts, false);
    const QString livePdf = writeReport(live.state(), cd::ReportKind::FollowUp, dir.filePath(QStringLiteral("live.pdf")));
    QVERIFY(!pdfText(livePdf).contains(QStringLiteral("演")));
}

void TestReports::regeneratedReportIsIdentical()
{
    Scenario sc(R"j({"cause":"resource_dispute","participants":350,"county":"青田县","location":{"lat":28.2,"lon":120.2}})j");
    QTemporaryDir dir;
    const auto s = sc.state();
    sc.f.clock.advance(3600); // later, same events: the same report
    const QString a = pdfText(writeReport(s, cd::ReportKind::Final, dir.filePath(QStringLiteral("a.pdf"))));
    const QString b = pdfText(writeReport(sc.state(), cd::ReportKind::Final, dir.filePath(QStringLiteral("b.pdf"))));
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, b);
    QVERIFY(flat(a).contains(QStringLiteral("终报")));
    QVERIFY(flat(a).contains(QStringLiteral("丽政办发〔2022〕59号")));
}

void TestReports::capValidatesForEveryLevel_data()
{
    QTest::addColumn<QByteArray>("facts");
    QTest::addColumn<bool>("exercise");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("status");
    // Ⅰ→Extreme, Ⅱ→Severe, Ⅲ→Moderate, Ⅳ→Minor (59号 is the plan with a Ⅳ), none→Unknown.
    QTest::newRow("I") << QByteArray(R"j({"participants":6000,"county":"莲都区","location":{"lat":28.45,"lon":119.91}})j") << false << "Extreme" << "Actual";
    QTest::newRow("II") << QByteArray(R"j({"participants":1200})j") << false << "Severe" << "Actual";
    QTest::newRow("III") << QByteArray(R"j({"participants":300,"county":"缙云县"})j") << false << "Moderate" << "Actual";
    QTest::newRow("IV") << QByteArray(R"j({"cause":"resource_dispute","participants":60,"county":"龙泉市"})j") << false << "Minor" << "Actual";
    QTest::newRow("none") << QByteArray(R"j({"participants":20})j") << false << "Unknown" << "Actual";
    QTest::newRow("drill III") << QByteArray(R"j({"participants":300})j") << true << "Moderate" << "Exercise";
}

void TestReports::capValidatesForEveryLevel()
{
    QFETCH(QByteArray, facts);
    QFETCH(bool, exercise);
    QFETCH(QString, severity);
    QFETCH(QString, status);
    JournalFixture f;
    const qint64 id = f.newIncident(facts, "2026-11-22T03:10:00+08:00", exercise);
    const QByteArray xml = cd::CapExport::alert(f.state(id), *testLibrary());
    QTemporaryDir dir;
    QFile out(dir.filePath(QStringLiteral("alert.xml")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(xml);
    out.close();
    QProcess lint;
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), QStringLiteral(CD_TEST_DATA "/CAP-v1.2.xsd"), out.fileName()});
    QVERIFY(lint.waitForFinished(30000));
    QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
    const QString text = QString::fromUtf8(xml);
    QVERIFY(text.contains(QStringLiteral("<severity>%1</severity>").arg(severity)));
    QVERIFY(text.contains(QStringLiteral("<status>%1</status>").arg(status)));
    QVERIFY(text.contains(QStringLiteral("<category>Security</category>")));
    QVERIFY(text.contains(QStringLiteral("<msgType>Alert</msgType>")));
    QVERIFY(text.contains(QStringLiteral("<sent>2026-11-22T03:10:00+08:00</sent>")));
    QVERIFY(text.contains(QStringLiteral("<valueName>GB/T 2260</valueName>")));
}

void TestReports::capUpdateReferencesFirstAlert()
{
    JournalFixture f;
    const qint64 id = f.newIncident(R"j({"participants":300,"county":"莲都区","location":{"lat":28.4553,"lon":119.9072}})j");
    f.add(id, "facts_updated", R"j({"facts":{"participants":1100}})j", "2026-11-22T04:00:00+08:00");
    const QString xml = QString::fromUtf8(cd::CapExport::alert(f.state(id), *testLibrary()));
    // The texts read as sentences: no empty ";;", no bare codes like "applies 1.4" or "III 2.3(1)".
    QVERIFY2(!xml.contains(QStringLiteral(";;")) && !xml.contains(QStringLiteral("applies")), qPrintable(xml));
    QVERIFY(!QRegularExpression(QStringLiteral("<value>I{1,3}V? ")).match(xml).hasMatch());
    QVERIFY2(xml.contains(QStringLiteral("按《丽水市大规模群体性事件应急预案》(丽政办发〔2020〕85号)第")), qPrintable(xml));
    QVERIFY(xml.contains(QStringLiteral("<msgType>Update</msgType>")));
    QVERIFY(xml.contains(QStringLiteral("<identifier>cn.lishui.commanddesk.1.2</identifier>")));
    QVERIFY(xml.contains(QStringLiteral("<references>commanddesk@lishui.gov.cn,cn.lishui.commanddesk.1.1,2026-11-22T03:10:00+08:00</references>")));
    QVERIFY(xml.contains(QStringLiteral("<areaDesc>浙江省丽水市莲都区</areaDesc>")));
    QVERIFY(xml.contains(QStringLiteral("<circle>28.45530,119.90720 2.0</circle>")));
    QVERIFY(xml.contains(QStringLiteral("<value>331102</value>")));
    QVERIFY(xml.contains(QStringLiteral("<severity>Severe</severity>")));
}

void TestReports::csvTimeline()
{
    Scenario sc(R"j({"cause":"wage_arrears","participants":80})j");
    sc.f.add(sc.id, "note", R"j({"text":"有人说:\"明天再来\", 并离开"})j", "2026-11-22T04:00:00+08:00");
    const QByteArray csv = cd::CsvExport::timeline(sc.state(), *testLibrary());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 4);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("序号,发生时间(北京时间),录入时间(北京时间),事件类型,事件,录入人,工作站,说明,已更正,内容(JSON)")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("1,2026-11-22 03:10:00,")));
    // The event in words beside its JSON.
    QVERIFY2(lines.at(4).contains(QStringLiteral(",\"有人说:\"\"明天再来\"\", 并离开\",否,")), qPrintable(lines.at(4)));
    // A payload with quotes and commas is one quoted cell with doubled quotes.
    QVERIFY(lines.at(4).contains(QStringLiteral("\"{\"\"text\"\":\"\"有人说:\\\"\"明天再来\\\"\", 并离开\"\"}\"")));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
