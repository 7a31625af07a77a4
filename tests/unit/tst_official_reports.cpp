// Official reports (issue 14), read back the way their readers and auditors do: pdftotext and
// pdffonts on the PDF, the journal for what was issued.
#include "JournalFixture.h"
#include "geo/RegionMap.h"
#include "report/IssuedReports.h"
#include "report/OfficialReport.h"
#include "report/SituationReport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

QString flat(QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); }

QString save(const QByteArray &bytes, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

struct Incident {
    JournalFixture f;
    qint64 id = 0;
    explicit Incident(bool exercise = false)
    {
        id = f.newIncident(R"j({"reported_at":"2026-11-22T03:10:00+08:00","cause":"wage_arrears","participants":260,"injured":2,
                               "county":"莲都区","address":"南明山街道某建设工地门口","location":{"lat":28.4553,"lon":119.9072}})j",
                           "2026-11-22T03:10:00+08:00", exercise);
        f.add(id, "assessment",
              R"j({"employer":"某建设有限公司","cause_analysis":"总包单位拖欠农民工工资约86万元","trend":"人数可能继续增加",
                   "measures":"人力社保、公安已到场","public_reaction":"网络少量转发","result":"已垫付工资","impact":"影响较小"})j",
              "2026-11-22T03:40:00+08:00");
        f.add(id, "dispatched", R"j({"agency":"市人力社保局"})j", "2026-11-22T03:45:00+08:00");
        f.add(id, "arrived", R"j({"agency":"市人力社保局"})j", "2026-11-22T04:05:00+08:00");
        f.add(id, "response_ended", R"j({})j", "2026-11-22T09:30:00+08:00");
    }
    cd::IncidentState state() { return f.state(id); }
    // 签发 then 印发, as the room does it.
    Result<cd::IssuedReport> signAndIssue(const cd::OfficialReportOptions &o, int serial = 0, qint64 incident = 0)
    {
        const qint64 which = incident ? incident : id;
        const auto signedOff = cd::IssuedReports::signOff(*f.journal, f.state(which), *testLibrary(), o, f.clock.now());
        if (!signedOff)
            return Result<cd::IssuedReport>::failure(signedOff.error());
        return cd::IssuedReports::issue(*f.journal, f.state(which), *testLibrary(), o, f.clock.now(), serial);
    }
    cd::OfficialReportOptions options(cd::ReportKind kind)
    {
        cd::OfficialReportOptions o;
        o.kind = kind;
        o.preparedBy = QStringLiteral("值班员丙");
        o.contact = QStringLiteral("联系人：张三，电话：0578-0000000");
        o.signer = QStringLiteral("王五");
        return o;
    }
};

bool hasKangxiRadicals(const QString &text)
{
    for (const QChar c : text)
        if ((c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF) || (c.unicode() >= 0x2E80 && c.unicode() <= 0x2EFF))
            return true;
    return false;
}

// The left edge, in mm, of the first word that starts with `word` on page 1 (pdftotext -bbox).
double leftEdgeOf(const QString &pdf, const QString &word)
{
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                                                          QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    const QRegularExpression re(QStringLiteral("<word xMin=\"([0-9.]+)\"[^>]*>([^<]*)</word>"));
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(2).startsWith(word))
            return m.captured(1).toDouble() * 25.4 / 72;
    }
    return -1;
}

int embeddedCjkFaces(const QString &pdf)
{
    int n = 0;
    for (const QString &line : run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n')).mid(2)) {
        const QStringList cols = line.simplified().split(QLatin1Char(' '));
        // name, type (CID TrueType: 2 words), encoding, emb …
        if (cols.size() >= 6 && line.contains(QLatin1String("CID")) && cols.contains(QLatin1String("yes")))
            ++n;
    }
    return n;
}

} // namespace

class TestOfficialReports : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
            QFAIL("pdftotext and pdffonts (poppler-utils) are needed: run packaging/install-deps.sh");
    }

    void issuedLayout_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("title");
        QTest::newRow("首报") << int(cd::ReportKind::Initial) << QStringLiteral("关于测试事件的情况报告（首报）");
        QTest::newRow("续报") << int(cd::ReportKind::FollowUp) << QStringLiteral("关于测试事件的情况报告（续报第1期）");
        QTest::newRow("终报") << int(cd::ReportKind::Final) << QStringLiteral("关于测试事件的情况报告（终报）");
        QTest::newRow("处置报告") << int(cd::ReportKind::Disposal) << QStringLiteral("关于测试事件的处置报告");
    }
    void issuedLayout()
    {
        QFETCH(int, kind);
        QFETCH(QString, title);
        Incident inc;
        const auto issued = inc.signAndIssue(inc.options(cd::ReportKind(kind)));
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error()));
        QTemporaryDir dir;
        const QString pdf = save(issued.value().pdf, dir.filePath(QStringLiteral("r.pdf")));
        // A4, type area 28 mm from the left: 主送 starts at the left edge.
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)")).match(info).hasMatch(), qPrintable(info));
        const double left = leftEdgeOf(pdf, QStringLiteral("市"));
        QVERIFY2(std::abs(left - 28) <= 1.5, qPrintable(QString::number(left)));
        QVERIFY2(embeddedCjkFaces(pdf) >= 3, qPrintable(run(QStringLiteral("pdffonts"), {pdf})));
        const QString raw = pdfText(pdf);
        const QString text = flat(raw);
        QVERIFY2(text.contains(flat(title)), qPrintable(text.left(300)));
        for (const QString &s : {QStringLiteral("特此报告。"), QStringLiteral("签发人：王五"), QStringLiteral("丽应指〔2026〕1号"),
                                 QStringLiteral("内部"), QStringLiteral("2026年11月22日"), QStringLiteral("（联系人：张三，电话：0578-0000000）"),
                                 QStringLiteral("抄送："), QStringLiteral("丽水市应急指挥中心2026年11月22日印发")})
            QVERIFY2(text.contains(s), qPrintable(s));
        QVERIFY(raw.contains(QStringLiteral("— 1 —")));
        QVERIFY(!text.contains(QStringLiteral("未填写")));
        QVERIFY(!text.contains(QStringLiteral("85号")) && !text.contains(QStringLiteral("86号")) && !text.contains(QStringLiteral("5.1.2(4)")));
        QVERIFY(!text.contains(QStringLiteral("28.45")) && !text.contains(QStringLiteral("北纬")));
        QVERIFY(!text.contains(QStringLiteral("演练")));
        QVERIFY(!text.contains(QStringLiteral("草稿")));
        QVERIFY(!hasKangxiRadicals(raw));
        if (kind == int(cd::ReportKind::Disposal)) {
            QVERIFY(text.contains(QStringLiteral("市根治欠薪工作领导小组办公室：")));
            // 处理经过 from the journal, with times.
            QVERIFY2(text.contains(QStringLiteral("11月22日3时45分，指令市人力社保局赶赴现场")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("11月22日9时30分，应急响应结束")));
        } else {
            QVERIFY(text.contains(QStringLiteral("市委、市政府：")));
            QVERIFY(text.contains(QStringLiteral("丽水市莲都区南明山街道某建设工地门口")));
            QVERIFY(text.contains(QStringLiteral("网络少量转发")));
        }
        // The event holds the hash of exactly these bytes.
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(issued.value().pdf, QCryptographicHash::Sha256).toHex()), issued.value().sha256);
        QVERIFY(issued.value().hashMatches);
    }

    void draftSaysWhatIsMissing()
    {
        JournalFixture f;
        const qint64 id = f.newIncident(R"j({"cause":"wage_arrears","participants":260,"county":"莲都区"})j");
        cd::OfficialReportOptions o;
        o.kind = cd::ReportKind::Initial;
        o.issuedAt = f.clock.now();
        cd::OfficialReport draft(f.state(id), *testLibrary(), o);
        QVERIFY(draft.missing().contains(QStringLiteral("事件经过")));
        QVERIFY(draft.missing().contains(QStringLiteral("发展趋势分析预测")));
        QTemporaryDir dir;
        const QString pdf = save(draft.document().pdf(), dir.filePath(QStringLiteral("d.pdf")));
        const QString text = flat(pdfText(pdf));
        QVERIFY(text.contains(QStringLiteral("二、事件经过情况正在进一步核实中。")));
        QVERIFY(!text.contains(QStringLiteral("未填写")));
        QVERIFY(text.contains(QStringLiteral("草")));
        // An edit is an event; the draft is rebuilt from the journal alone.
        f.add(id, "report_edited", R"j({"report":"initial","section":"course","text":"上午聚集，中午堵路。"})j", "2026-11-22T03:20:00+08:00");
        cd::OfficialReport edited(f.state(id), *testLibrary(), o);
        QVERIFY(!edited.missing().contains(QStringLiteral("事件经过")));
        QVERIFY(flat(pdfText(save(edited.document().pdf(), dir.filePath(QStringLiteral("e.pdf"))))).contains(QStringLiteral("二、事件经过上午聚集，中午堵路。")));
    }

    void annexKeepsTheInternalRecord()
    {
        Incident inc;
        cd::ReportOptions o;
        o.kind = cd::ReportKind::Initial;
        const cd::IncidentState state = inc.state(); // the annex keeps a reference
        const cd::SituationReport annex(state, *testLibrary(), cd::RegionMap::lishuiCounties(), o);
        QTemporaryDir dir;
        const QString pdf = save(annex.document().pdf(), dir.filePath(QStringLiteral("a.pdf")));
        const QString text = flat(pdfText(pdf));
        QVERIFY(text.contains(QStringLiteral("内部工作记录")));
        QVERIFY(text.contains(QStringLiteral("(85号5.1.2(4)①)")));
        QVERIFY(text.contains(QStringLiteral("已分派")));
        QVERIFY(text.contains(QStringLiteral("日志校验值")));
        QVERIFY(text.contains(QStringLiteral("北纬28.4553")));
        QVERIFY(!hasKangxiRadicals(text));
        // Nothing recorded is said in words, never "(未填写)".
        QVERIFY(!text.contains(QStringLiteral("未填写")));
        QVERIFY2(text.contains(QStringLiteral("未录入：报告中此项写作“情况正在进一步核实中”")), qPrintable(text));
    }

    void numberedPerYearNeverReusedDrillsApart()
    {
        Incident inc;
        auto o = inc.options(cd::ReportKind::Initial);
        o.signer = QStringLiteral("王五");
        auto first = inc.signAndIssue(o, 12);
        QVERIFY(first.ok());
        QCOMPARE(first.value().docNumber, QStringLiteral("丽应指〔2026〕12号"));
        o.kind = cd::ReportKind::FollowUp;
        auto second = inc.signAndIssue(o);
        QVERIFY(second.ok());
        QCOMPARE(second.value().serial, 13);
        QCOMPARE(second.value().docNumber, QStringLiteral("丽应指〔2026〕13号"));
        auto reused = inc.signAndIssue(o, 12);
        QVERIFY(!reused.ok());
        QVERIFY(reused.error().contains(QStringLiteral("never reused")));
        // A drill in the same journal starts its own sequence and says so in the number.
        const qint64 drill = inc.f.newIncident(R"j({"cause":"wage_arrears","participants":260,"county":"莲都区"})j",
                                               "2026-11-22T05:00:00+08:00", true);
        auto d = inc.signAndIssue(o, 0, drill);
        QVERIFY(d.ok());
        QCOMPARE(d.value().docNumber, QStringLiteral("丽应指演〔2026〕1号"));
        QTemporaryDir dir;
        const QString pdf = save(d.value().pdf, dir.filePath(QStringLiteral("drill.pdf")));
        for (int page = 1; page <= d.value().pages; ++page)
            QVERIFY(flat(pdfText(pdf, page)).contains(QStringLiteral("演练")));
        const auto all = cd::IssuedReports::all(*inc.f.journal);
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 3);
    }

    void onlyLeadersSignOff()
    {
        Incident inc;
        inc.f.signInAs(QStringLiteral("duty"));
        auto o = inc.options(cd::ReportKind::Initial);
        o.signer = QStringLiteral("值班员乙");
        const auto refused = cd::IssuedReports::signOff(*inc.f.journal, inc.state(), *testLibrary(), o, inc.f.clock.now());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("shift_leader")), qPrintable(refused.error()));
        inc.f.signInAs(QStringLiteral("leader"));
        QVERIFY(cd::IssuedReports::signOff(*inc.f.journal, inc.state(), *testLibrary(), o, inc.f.clock.now()).ok());
        // The duty operator issues what the leader signed off.
        inc.f.signInAs(QStringLiteral("duty"));
        const auto issued = cd::IssuedReports::issue(*inc.f.journal, inc.state(), *testLibrary(), o, inc.f.clock.now());
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error()));
        QCOMPARE(issued.value().signer, QStringLiteral("值班员乙"));
    }

    // 签发 is its own step: issuing needs a sign-off of exactly the draft it prints.
    void issuingNeedsTheSignOffOfTheSameDraft()
    {
        Incident inc;
        auto o = inc.options(cd::ReportKind::Initial);
        auto r = cd::IssuedReports::issue(*inc.f.journal, inc.state(), *testLibrary(), o, inc.f.clock.now());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(QStringLiteral("sign-off:")) && r.error().contains(QStringLiteral("has not been signed off")), qPrintable(r.error()));
        o.signer = QStringLiteral("王五");
        const auto signedOff = cd::IssuedReports::signOff(*inc.f.journal, inc.state(), *testLibrary(), o, inc.f.clock.now());
        QVERIFY(signedOff.ok());
        const auto events = inc.f.journal->events(inc.id).value();
        QCOMPARE(events.last().kind, QStringLiteral("report_signed_off"));
        QCOMPARE(events.last().payload().value(QStringLiteral("signer")).toString(), QStringLiteral("王五"));
        QCOMPARE(events.last().payload().value(QStringLiteral("draft_sha256")).toString(),
                 cd::OfficialReport(inc.state(), *testLibrary(), o).draftDigest());
        QVERIFY2(events.last().actor.contains(inc.f.journal->account().login), qPrintable(events.last().actor)); // the signer's account
        // The draft changes after the sign-off: issuing is refused, saying why.
        inc.f.add(inc.id, "report_edited", R"j({"report":"initial","section":"course","text":"上午聚集，中午堵路。"})j", "2026-11-22T09:40:00+08:00");
        o.signer = QStringLiteral("别人"); // the name comes from the sign-off, never from the issuer
        r = cd::IssuedReports::issue(*inc.f.journal, inc.state(), *testLibrary(), o, inc.f.clock.now());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("changed after 王五 signed it off")), qPrintable(r.error()));
        // Signed off again, it issues, naming the sign-off it was issued under.
        o.signer = QStringLiteral("王五");
        const auto again = cd::IssuedReports::signOff(*inc.f.journal, inc.state(), *testLibrary(), o, inc.f.clock.now());
        QVERIFY(again.ok());
        o.signer.clear();
        r = cd::IssuedReports::issue(*inc.f.journal, inc.state(), *testLibrary(), o, inc.f.clock.now());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
        QCOMPARE(r.value().signer, QStringLiteral("王五"));
        const auto issuedEvent = inc.f.journal->events(inc.id).value().last();
        QCOMPARE(issuedEvent.payload().value(QStringLiteral("signed_off")).toInteger(), again.value().seq);
        QCOMPARE(issuedEvent.payload().value(QStringLiteral("draft_sha256")).toString(), again.value().digest);
        // One sign-off, one issue.
        r = cd::IssuedReports::issue(*inc.f.journal, inc.state(), *testLibrary(), o, inc.f.clock.now());
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QStringLiteral("has not been signed off")));
    }

    // The SQLite store itself refuses a serial already used in the year (under its write lock).
    void storeRefusesASerialTaken()
    {
        Incident inc;
        const auto first = inc.signAndIssue(inc.options(cd::ReportKind::Initial));
        QVERIFY(first.ok());
        const auto stored = inc.f.journal->events(inc.id).value().last();
        cd::NewEvent copy;
        copy.incidentId = inc.id;
        copy.kind = QStringLiteral("report_issued");
        copy.at = inc.f.clock.now();
        copy.payload = stored.payload();
        const auto r = inc.f.journal->append(copy);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String(cd::SerialTakenMarker)), qPrintable(r.error()));
        // The drill sequence is its own: the same serial in a drill is no clash.
        const qint64 drill = inc.f.newIncident(R"j({"cause":"wage_arrears","participants":260,"county":"莲都区"})j", "2026-11-22T05:00:00+08:00", true);
        copy.incidentId = drill;
        QVERIFY2(inc.f.journal->append(copy).ok(), "a drill's serial 1 beside a live serial 1");
    }

    // GB/T 9704-2012: the 版记 is on the last page and the last page is even; after a body that
    // fills an even page, a blank page and the 版记 page, neither numbered (7.5).
    void versionNoteOnAnEvenLastPage()
    {
        QTemporaryDir dir;
        bool sawAlone = false, sawBlank = false, sawSame = false;
        for (int n = 0; n <= 44; n += 1) {
            cd::OfficialDocument d;
            d.issuingBody = QStringLiteral("丽水市应急指挥中心");
            d.docNumber = QStringLiteral("丽应指〔2026〕1号");
            d.title = QStringLiteral("关于测试事件的情况报告");
            d.addressee = QStringLiteral("市委、市政府：");
            for (int i = 0; i < n; ++i)
                d.body << cd::OfficialDocument::Block{cd::OfficialDocument::Block::Kind::Paragraph, QStringLiteral("第%1段正文。").arg(i + 1)};
            d.date = QStringLiteral("2026年11月22日");
            d.note = QStringLiteral("联系人：张三");
            d.copiesTo = QStringLiteral("市级有关部门");
            d.printer = d.issuingBody;
            d.printDate = d.date;
            int pages = 0;
            const QString pdf = save(d.pdf(&pages), dir.filePath(QStringLiteral("n%1.pdf").arg(n)));
            const QString info = run(QStringLiteral("pdfinfo"), {pdf});
            QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))), qPrintable(info));
            QVERIFY2(pages % 2 == 0, qPrintable(QStringLiteral("%1 paragraphs: %2 pages").arg(n).arg(pages)));
            for (int page = 1; page <= pages; ++page) {
                const QString text = pdfText(pdf, page);
                const QString f = flat(text);
                QCOMPARE(f.contains(QStringLiteral("印发")), page == pages);
                const bool blank = f.isEmpty();
                if (blank) {
                    QCOMPARE(page, pages - 1); // only ever the page before the 版记 page
                    sawBlank = true;
                }
                const bool numbered = text.contains(QStringLiteral("— %1 —").arg(page));
                const bool afterBlank = page >= pages - 1 && flat(pdfText(pdf, pages - 1)).isEmpty();
                QVERIFY2(numbered != afterBlank, qPrintable(QStringLiteral("%1 paragraphs, page %2: numbered %3").arg(n).arg(page).arg(numbered)));
            }
            const QString last = flat(pdfText(pdf, pages));
            if (!last.contains(QStringLiteral("特此报告")) && !last.contains(QStringLiteral("正文")) && !last.contains(QStringLiteral("联系人")) &&
                !flat(pdfText(pdf, pages - 1)).isEmpty())
                sawAlone = true;
            if (last.contains(QStringLiteral("联系人")))
                sawSame = true;
        }
        QVERIFY(sawAlone); // the body ended on an odd page: the 版记 alone on the even page after it
        QVERIFY(sawBlank); // the body filled an even page: a blank page, then the 版记
        QVERIFY(sawSame);  // the body ended on an even page with room: the 版记 under it
    }

    // 一、 in 黑体, （一） in 楷体, 1. and （1） in 仿宋, where the plan's items have parts; no clause
    // citation anywhere in the body.
    void headingsBelowTheFirstLevel()
    {
        Incident inc;
        auto o = inc.options(cd::ReportKind::Initial);
        o.signer.clear(); // no 签发人 (楷体): the （一） headings alone bring 楷体 in
        o.draft = false;  // no 草稿 stamp across the text
        o.issuedAt = inc.f.clock.now();
        const cd::OfficialReport draft(inc.state(), *testLibrary(), o);
        QTemporaryDir dir;
        const QString pdf = save(draft.document().pdf(), dir.filePath(QStringLiteral("h.pdf")));
        const QString text = flat(pdfText(pdf));
        for (const QString &s : {QStringLiteral("一、基本情况"), QStringLiteral("（一）现场情况"), QStringLiteral("（二）人员伤亡事件造成2人受伤。"),
                                 QStringLiteral("（三）财产损失和破坏程度"), QStringLiteral("五、已采取的措施、效果及下一步工作（一）已采取的措施"),
                                 QStringLiteral("1.人力社保、公安已到场。"), QStringLiteral("2.有关单位赶赴现场处置："),
                                 QStringLiteral("（1）市人力社保局11月22日3时45分接到指令，4时5分到达现场。"),
                                 QStringLiteral("（二）处置效果"), QStringLiteral("（三）下一步工作")})
            QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" in ") + text));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\d+号\\d|[①②③④⑤⑥]|5\\.1\\.2|3\\(1\\)|5\\.1\\(2\\)"))));
        const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QStringLiteral("UKai")), qPrintable(fonts));
        QVERIFY2(fonts.contains(QStringLiteral("ZenHei")), qPrintable(fonts));
        QVERIFY2(fonts.contains(QStringLiteral("UMing")), qPrintable(fonts));
    }

    // The text for empty items is an event too: the journal alone rebuilds the same draft.
    void placeholderIsJournalled()
    {
        Incident inc;
        inc.f.add(inc.id, "report_edited", R"j({"report":"initial","section":"placeholder","text":"待核实后续报"})j", "2026-11-22T09:40:00+08:00");
        auto o = inc.options(cd::ReportKind::Initial);
        o.issuedAt = inc.f.clock.now();
        const cd::OfficialReport rebuilt(inc.state(), *testLibrary(), o);
        QCOMPARE(rebuilt.placeholder(), QStringLiteral("待核实后续报"));
        QTemporaryDir dir;
        const QString text = flat(pdfText(save(rebuilt.document().pdf(), dir.filePath(QStringLiteral("p.pdf")))));
        QVERIFY2(text.contains(QStringLiteral("二、事件经过待核实后续报。")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("情况正在进一步核实中")));
        // Another kind of report keeps the default; the annex says in words what was printed.
        o.kind = cd::ReportKind::Final;
        QCOMPARE(cd::OfficialReport(inc.state(), *testLibrary(), o).placeholder(), QStringLiteral("情况正在进一步核实中"));
        cd::ReportOptions internal;
        internal.kind = cd::ReportKind::Initial;
        const cd::IncidentState state = inc.state();
        const cd::SituationReport annex(state, *testLibrary(), cd::RegionMap::lishuiCounties(), internal);
        const QString annexText = flat(pdfText(save(annex.document().pdf(), dir.filePath(QStringLiteral("a.pdf")))));
        QVERIFY2(annexText.contains(QStringLiteral("未录入：报告中此项写作“待核实后续报”")), qPrintable(annexText));
        QVERIFY(!annexText.contains(QStringLiteral("未填写")));
    }

    void verifyCatchesAChangedStoredPdf()
    {
        Incident inc;
        auto o = inc.options(cd::ReportKind::Final);
        o.signer = QStringLiteral("王五");
        const auto issued = inc.signAndIssue(o);
        QVERIFY(issued.ok());
        QVERIFY(inc.f.journal->verify().value().intact);
        // Reprinting gives the same bytes.
        const auto again = cd::IssuedReports::all(*inc.f.journal);
        QCOMPARE(again.value().first().pdf, issued.value().pdf);
        // Someone swaps a few bytes of the stored PDF (same length, so it still decodes).
        inc.f.journal.reset();
        inc.f.tamper({QStringLiteral("DROP TRIGGER events_append_only_update"),
                      QStringLiteral("UPDATE events SET payload = replace(payload, substr(payload, instr(payload, 'pdf_base64') + 200, 8), 'AAAAAAAA') "
                                     "WHERE seq = %1").arg(issued.value().seq)});
        inc.f.reopen();
        const auto check = inc.f.journal->verify();
        QVERIFY(check.ok());
        QVERIFY(!check.value().intact);
        QCOMPARE(check.value().firstBadSeq, issued.value().seq);
        QVERIFY(!cd::IssuedReports::all(*inc.f.journal).value().first().hashMatches);
    }
};

QTEST_MAIN(TestOfficialReports)
#include "tst_official_reports.moc"
