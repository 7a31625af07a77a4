#include "report/OfficialReport.h"

#include "settings/CentreSettings.h"

#include "items/Presentation.h"
#include "journal/IncidentState.h"
#include "plan/FactVocabulary.h"
#include "plan/PlanLibrary.h"
#include "time/ShanghaiTime.h"

#include <QSettings>

namespace cd {
namespace {

const QString Sentence = QStringLiteral("。");

// "11月22日3时10分" as official texts write a time.
QString when(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime s = toShanghai(t);
    return QStringLiteral("%1月%2日%3时%4分").arg(s.date().month()).arg(s.date().day()).arg(s.time().hour()).arg(s.time().minute());
}

// 成文日期: "2026年11月23日", Arabic numerals, no leading zeros (GB/T 9704-2012 7.3.5.1).
QString dateText(const QDateTime &t)
{
    const QDate d = shanghaiDate(t);
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString sentence(QString text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return text;
    static const QString ends = QStringLiteral("。！？；…");
    if (!ends.contains(text.back()))
        text += Sentence;
    return text;
}

bool applies(const IncidentState &s, const char *plan)
{
    for (const auto &g : s.grading)
        if (g.applies && g.plan->id == QLatin1String(plan))
            return true;
    return false;
}

} // namespace

OfficialReportOptions OfficialReportOptions::fromSettings()
{
    // The centre's settings file, then the user's own (CentreSettings); empty keeps the default.
    OfficialReportOptions o;
    const auto centre = CentreSettings::load();
    auto pick = [&centre](const char *key, const QString &fallback) {
        const QString v = centre.text(QLatin1String(key)).trimmed();
        return v.isEmpty() ? fallback : v;
    };
    o.issuingBody = pick("report/issuer", o.issuingBody);
    o.numberPrefix = pick("report/numberPrefix", o.numberPrefix);
    o.contact = pick("report/contact", o.contact);
    o.classification = QSettings().value(QStringLiteral("report/classification"), o.classification).toString();
    return o;
}

OfficialReport::OfficialReport(const IncidentState &state, const PlanLibrary &library, OfficialReportOptions options)
    : m_stateCopy(std::make_shared<const IncidentState>(state))
    , m_state(*m_stateCopy)
    , m_library(library)
    , m_options(std::move(options))
{
    m_number = m_options.number > 0 ? m_options.number : m_state.followUpsSent + 1;
    build();
}

QString OfficialReport::formatNumber(const QString &prefix, int year, int serial, bool exercise)
{
    return QStringLiteral("%1%2〔%3〕%4号").arg(prefix, exercise ? QStringLiteral("演") : QString()).arg(year).arg(serial);
}

QString OfficialReport::title() const
{
    switch (m_options.kind) {
    case ReportKind::Initial:
        return QStringLiteral("关于%1的情况报告（首报）").arg(m_state.title);
    case ReportKind::FollowUp:
        return QStringLiteral("关于%1的情况报告（续报第%2期）").arg(m_state.title).arg(m_number);
    case ReportKind::Final:
        return QStringLiteral("关于%1的情况报告（终报）").arg(m_state.title);
    case ReportKind::Disposal:
        return QStringLiteral("关于%1的处置报告").arg(m_state.title);
    }
    return {};
}

QString OfficialReport::addressee() const
{
    // 86号 5.1(2): the disposal report goes to the city's wage office; 86号 3(1): the situation
    // reports of a wage case to the leading group; 85号 5.1.2(1) and the other plans: the city.
    if (m_options.kind == ReportKind::Disposal)
        return QStringLiteral("市根治欠薪工作领导小组办公室：");
    if (applies(m_state, "wage-arrears") && !applies(m_state, "mass-incident"))
        return QStringLiteral("市根治欠薪工作领导小组：");
    return QStringLiteral("市委、市政府：");
}

QString OfficialReport::copiesTo() const
{
    QStringList to;
    if (m_options.kind != ReportKind::Disposal && applies(m_state, "wage-arrears") && applies(m_state, "mass-incident"))
        to << QStringLiteral("市根治欠薪工作领导小组");
    to << QStringLiteral("市级有关部门"); // 85号 5.1.2(1): 同时通报各市级有关部门和县(市、区)政府
    const QString county = m_state.facts.county;
    if (!county.isEmpty() && county != QLatin1String("市本级"))
        to << county + QStringLiteral("人民政府");
    return to.join(QStringLiteral("，"));
}

QString OfficialReport::urgency() const
{
    const auto level = Presentation::highestLevel(m_state);
    if (level && (*level == Level::I || *level == Level::II))
        return QStringLiteral("特急");
    if (m_options.kind == ReportKind::Initial || m_options.kind == ReportKind::FollowUp)
        return QStringLiteral("加急");
    return {};
}

QString OfficialReport::place() const
{
    const Facts &f = m_state.facts;
    QString county = f.county == QLatin1String("市本级") ? QString() : f.county;
    QString where = QStringLiteral("丽水市") + county;
    if (!f.address.isEmpty())
        where = f.address.startsWith(QStringLiteral("丽水")) ? f.address
                : (!county.isEmpty() && f.address.startsWith(county)) ? QStringLiteral("丽水市") + f.address
                                                                        : where + f.address;
    return where;
}

QString OfficialReport::courseFromJournal(const IncidentState &state, const PlanLibrary &library)
{
    QStringList steps;
    for (const auto &e : state.events) {
        if (state.voided.contains(e.seq))
            continue;
        const auto p = e.payload();
        const QString t = when(e.eventTime);
        const Plan *plan = library.plan(p.value(QLatin1String("plan")).toString());
        const QString planName = plan ? QStringLiteral("《%1》").arg(plan->title) : QString();
        const QString level = levelFromString(p.value(QLatin1String("level")).toString())
                                  ? levelNumeral(*levelFromString(p.value(QLatin1String("level")).toString()))
                                  : QString();
        const QString agency = p.value(QLatin1String("agency")).toString();
        if (e.kind == QLatin1String("reported"))
            steps << QStringLiteral("%1，接到事件报告").arg(t);
        else if (e.kind == QLatin1String("verified"))
            steps << QStringLiteral("%1，经核实确认").arg(t);
        else if (e.kind == QLatin1String("initial_judgment"))
            steps << QStringLiteral("%1，作出案情初步判断").arg(t);
        else if (e.kind == QLatin1String("plan_activated"))
            steps << QStringLiteral("%1，启动%2").arg(t, planName.isEmpty() ? QStringLiteral("应急预案") : planName);
        else if (e.kind == QLatin1String("level_declared"))
            steps << QStringLiteral("%1，启动%2%3应急响应").arg(t, planName, level);
        else if (e.kind == QLatin1String("level_changed"))
            steps << QStringLiteral("%1，%2应急响应调整为%3").arg(t, planName, level);
        else if (e.kind == QLatin1String("dispatched"))
            steps << QStringLiteral("%1，指令%2赶赴现场").arg(t, agency.isEmpty() ? QStringLiteral("有关单位") : agency);
        else if (e.kind == QLatin1String("arrived"))
            steps << (p.value(QLatin1String("principal")).toBool()
                          ? QStringLiteral("%1，%2主要领导到达现场").arg(t, agency.isEmpty() ? QStringLiteral("有关单位") : agency)
                          : QStringLiteral("%1，%2到达现场").arg(t, agency.isEmpty() ? QStringLiteral("分管领导") : agency));
        else if (e.kind == QLatin1String("investigation_completed"))
            steps << QStringLiteral("%1，完成调查核实").arg(t);
        else if (e.kind == QLatin1String("response_ended"))
            steps << QStringLiteral("%1，应急响应结束").arg(t);
    }
    return steps.isEmpty() ? QString() : steps.join(QStringLiteral("；")) + Sentence;
}

void OfficialReport::build()
{
    const Facts &f = m_state.facts;
    auto a = [this](const char *key) { return m_state.assessment.value(QLatin1String(key)).trimmed(); };
    const Cause *causeEntry = m_library.vocabulary().cause(f.cause);
    // Full-width brackets in an official text: 欠薪（拖欠劳动报酬）.
    const std::optional<Cause> causeFull = causeEntry ? std::optional<Cause>(Cause{causeEntry->id,
        QString(causeEntry->label).replace(QLatin1Char('('), QStringLiteral("（")).replace(QLatin1Char(')'), QStringLiteral("）")), causeEntry->source})
                                                      : std::nullopt;
    // "其他" is no cause to name in a sentence.
    const Cause *cause = causeFull && causeFull->id != QLatin1String("other") ? &*causeFull : nullptr;
    const bool wage = applies(m_state, "wage-arrears");
    const QString ph = m_options.placeholder;

    QList<ReportSection> out;
    if (m_options.kind == ReportKind::Disposal) {
        // 86号 5.1(2)
        out << ReportSection{QStringLiteral("employer"), QStringLiteral("发生事件单位的基本情况"), sentence(a("employer"))};
        QString why = cause ? QStringLiteral("事件因%1引发").arg(cause->label) : QString();
        if (!a("cause_analysis").isEmpty())
            why = why.isEmpty() ? a("cause_analysis") : why + QStringLiteral("，") + a("cause_analysis");
        out << ReportSection{QStringLiteral("cause"), QStringLiteral("事件原因"), sentence(why)};
        out << ReportSection{QStringLiteral("trend"), QStringLiteral("事态发展趋势"), sentence(a("trend"))};
        // 处理经过 is what the centre did, as the journal recorded it (editable as report_edited).
        const QString course = courseFromJournal(m_state, m_library);
        out << ReportSection{QStringLiteral("course"), QStringLiteral("处理经过"), course};
        out << ReportSection{QStringLiteral("result"), QStringLiteral("处理结果"), sentence(a("result"))};
        out << ReportSection{QStringLiteral("impact"), QStringLiteral("社会影响评估"), sentence(a("impact"))};
    } else {
        // 85号 5.1.2(4) ①–⑥ and 86号 3(1) ①–⑤, each fact written once.
        QStringList basic;
        const QDateTime at = f.reportedAt.isValid() ? f.reportedAt : m_state.reportedAt;
        basic << QStringLiteral("%1许，%2发生一起%3，参与人员约%4人")
                     .arg(when(at), place(), cause ? cause->label + QStringLiteral("引发的群体性事件") : QStringLiteral("群体性事件"))
                     .arg(f.participants);
        if (!a("employer").isEmpty())
            basic << QStringLiteral("涉事用人单位为%1").arg(a("employer"));
        QStringList scene;
        if (f.blockageKind.size())
            scene << QStringLiteral("阻断%1约%2小时").arg(m_library.vocabulary().blockageLabel(f.blockageKind)).arg(f.blockageHours);
        if (f.constructionStoppageHours > 0)
            scene << QStringLiteral("造成国家重点建设工程停工约%1小时").arg(f.constructionStoppageHours);
        if (f.atKeySite)
            scene << QStringLiteral("人员聚集于重要场所、重点地区");
        if (f.groupFight)
            scene << QStringLiteral("发生械斗、冲突");
        if (f.extremeBehaviour)
            scene << QStringLiteral("部分人员有过激行为");
        if (!scene.isEmpty())
            basic << scene.join(QStringLiteral("，"));
        if (!a("scene").isEmpty())
            basic << a("scene");
        if (f.deaths == 0 && f.injured == 0)
            basic << QStringLiteral("目前未发现人员伤亡");
        else
            basic << QStringLiteral("事件造成%1%2").arg(f.deaths > 0 ? QStringLiteral("%1人死亡、").arg(f.deaths) : QString())
                         .arg(f.seriousInjuries > 0 ? QStringLiteral("%1人受伤（其中重伤%2人）").arg(f.injured).arg(f.seriousInjuries)
                                                    : QStringLiteral("%1人受伤").arg(f.injured));
        QStringList losses;
        if (!a("losses").isEmpty())
            losses << QStringLiteral("财产损失：%1").arg(a("losses"));
        if (wage && !a("damage").isEmpty())
            losses << QStringLiteral("破坏程度：%1").arg(a("damage"));
        basic << (losses.isEmpty() ? QStringLiteral("财产损失%1").arg(ph) : losses.join(QStringLiteral("；")));
        QString basicText;
        for (const QString &s : basic)
            basicText += sentence(s);
        basicText.replace(QStringLiteral("。。"), Sentence);
        // The first sentence names the time and place already; joined with "。" per item.
        out << ReportSection{QStringLiteral("basic"), QStringLiteral("基本情况"), basicText};
        out << ReportSection{QStringLiteral("course"), QStringLiteral("事件经过"), sentence(a("course"))};
        QStringList why;
        if (cause)
            why << QStringLiteral("初步分析，事件因%1引发").arg(cause->label);
        if (!a("cause_analysis").isEmpty())
            why << a("cause_analysis");
        if (!a("nature").isEmpty())
            why << a("nature");
        // The cause label alone is not an analysis: still empty until one is written.
        out << ReportSection{QStringLiteral("cause"), QStringLiteral("原因分析和性质判断"),
                             a("cause_analysis").isEmpty() && a("nature").isEmpty() ? QString() : sentence(why.join(QStringLiteral("；")))};
        QStringList trend;
        if (!a("trend").isEmpty())
            trend << a("trend");
        if (!a("impact").isEmpty())
            trend << a("impact");
        out << ReportSection{QStringLiteral("trend"), QStringLiteral("发展趋势分析预测"), sentence(trend.join(QStringLiteral("；")))};
        QStringList measures;
        if (!a("measures").isEmpty())
            measures << sentence(a("measures"));
        if (!a("effect").isEmpty())
            measures << sentence(QStringLiteral("从目前情况看，") + a("effect"));
        if (!a("next_steps").isEmpty())
            measures << sentence(QStringLiteral("下一步，") + a("next_steps"));
        out << ReportSection{QStringLiteral("measures"), QStringLiteral("已采取的措施、效果及下一步工作"), measures.join(QString())};
        if (wage || !a("public_reaction").isEmpty())
            out << ReportSection{QStringLiteral("public_reaction"), QStringLiteral("公众及媒体反映"), sentence(a("public_reaction"))};
        out << ReportSection{QStringLiteral("other"), QStringLiteral("其他需要报告的事项"), sentence(a("other")), false};
    }
    // The operator's edits of the text, latest first wins; a correction withdraws or replaces one.
    const QString kindName = reportKindName(m_options.kind);
    const auto applyEdit = [&](const QJsonObject &p) {
        if (p.value(QLatin1String("report")).toString() != kindName)
            return;
        for (auto &s : out)
            if (s.key == p.value(QLatin1String("section")).toString()) {
                s.text = p.value(QLatin1String("text")).toString().trimmed();
                s.edited = true;
            }
    };
    for (const auto &e : m_state.events) {
        if (m_state.voided.contains(e.seq))
            continue;
        if (e.kind == QLatin1String("report_edited"))
            applyEdit(e.payload());
        else if (e.kind == QLatin1String("correction")) {
            const auto r = e.payload().value(QLatin1String("replacement")).toObject();
            if (r.value(QLatin1String("kind")).toString() == QLatin1String("report_edited"))
                applyEdit(r.value(QLatin1String("payload")).toObject());
        }
    }
    for (auto &s : out)
        if (m_options.unsavedEdits.contains(s.key)) {
            s.text = m_options.unsavedEdits.value(s.key).trimmed();
            s.edited = true;
        }
    m_sections = out;
}

QStringList OfficialReport::missing() const
{
    QStringList out;
    for (const auto &s : m_sections)
        if (s.required && s.text.isEmpty())
            out << s.heading;
    return out;
}

OfficialDocument OfficialReport::document() const
{
    static const QString numerals = QStringLiteral("一二三四五六七八九十");
    OfficialDocument d;
    d.copyNumber = m_options.draft ? QString() : QStringLiteral("000001");
    d.classification = m_options.classification;
    d.urgency = urgency();
    d.issuingBody = m_options.issuingBody;
    const int year = shanghaiDate(m_options.issuedAt.isValid() ? m_options.issuedAt : m_state.reportedAt).year();
    d.docNumber = m_options.docNumber.isEmpty() ? QStringLiteral("%1〔%2〕　号").arg(m_options.numberPrefix).arg(year) : m_options.docNumber;
    d.signer = m_options.signer;
    d.exercise = m_state.exercise;
    d.draft = m_options.draft;
    d.title = title();
    d.addressee = addressee();
    int n = 0;
    for (const auto &s : m_sections) {
        if (!s.required && s.text.isEmpty())
            continue;
        d.body << OfficialDocument::Block{OfficialDocument::Block::Kind::Heading1,
                                          QStringLiteral("%1、%2").arg(numerals.at(std::min(n++, 9)), s.heading)};
        const QString text = s.text.isEmpty() ? sentence(m_options.placeholder) : s.text;
        for (const QString &para : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            d.body << OfficialDocument::Block{OfficialDocument::Block::Kind::Paragraph, para.trimmed()};
    }
    const QDateTime issued = m_options.issuedAt.isValid() ? m_options.issuedAt : m_state.reportedAt;
    d.date = dateText(issued);
    d.note = m_options.contact.isEmpty()
                 ? QStringLiteral("联系人：%1").arg(m_options.preparedBy.isEmpty() ? QStringLiteral("总值班室") : m_options.preparedBy)
                 : m_options.contact;
    d.copiesTo = copiesTo();
    d.printer = m_options.issuingBody;
    d.printDate = d.date;
    return d;
}

} // namespace cd
