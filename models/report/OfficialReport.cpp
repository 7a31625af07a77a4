#include "report/OfficialReport.h"

#include "settings/CentreSettings.h"

#include "items/Presentation.h"
#include "journal/IncidentState.h"
#include "plan/FactVocabulary.h"
#include "plan/PlanLibrary.h"
#include "time/ShanghaiTime.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
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

// Each report_edited payload of this kind of report, in journal order, corrections applied.
template <typename Visit> void forEachEdit(const IncidentState &state, ReportKind kind, Visit visit)
{
    const QString name = reportKindName(kind);
    const auto apply = [&](const QJsonObject &p) {
        if (p.value(QLatin1String("report")).toString() == name)
            visit(p.value(QLatin1String("section")).toString(), p.value(QLatin1String("text")).toString().trimmed());
    };
    for (const auto &e : state.events) {
        if (state.voided.contains(e.seq))
            continue;
        if (e.kind == QLatin1String("report_edited"))
            apply(e.payload());
        else if (e.kind == QLatin1String("correction")) {
            const auto r = e.payload().value(QLatin1String("replacement")).toObject();
            if (r.value(QLatin1String("kind")).toString() == QLatin1String("report_edited"))
                apply(r.value(QLatin1String("payload")).toObject());
        }
    }
}

// The units the journal sent, one line each: "市人力社保局11月22日3时45分接到指令，4时5分到达现场".
QStringList unitsFromJournal(const IncidentState &state)
{
    struct Unit {
        QString name;
        QDateTime sent, arrived;
    };
    QList<Unit> units;
    const auto unit = [&units](const QString &name) -> Unit & {
        for (Unit &u : units)
            if (u.name == name)
                return u;
        units.append(Unit{name, {}, {}});
        return units.last();
    };
    for (const auto &e : state.events) {
        if (state.voided.contains(e.seq))
            continue;
        const QString agency = e.payload().value(QLatin1String("agency")).toString().trimmed();
        if (agency.isEmpty())
            continue;
        if (e.kind == QLatin1String("dispatched") && !unit(agency).sent.isValid())
            unit(agency).sent = e.eventTime;
        else if (e.kind == QLatin1String("arrived") && !unit(agency).arrived.isValid())
            unit(agency).arrived = e.eventTime;
    }
    QStringList out;
    for (const Unit &u : units) {
        QStringList parts;
        if (u.sent.isValid())
            parts << QStringLiteral("%1接到指令").arg(when(u.sent));
        if (u.arrived.isValid()) {
            // The day once: "4时5分到达现场" when it is the day of the order.
            QString t = when(u.arrived);
            if (u.sent.isValid() && toShanghai(u.sent).date() == toShanghai(u.arrived).date())
                t = t.mid(t.indexOf(QStringLiteral("日")) + 1);
            parts << QStringLiteral("%1到达现场").arg(t);
        }
        if (!parts.isEmpty())
            out << u.name + parts.join(QStringLiteral("，")) + Sentence;
    }
    return out;
}

} // namespace

QString OfficialReport::placeholderFromJournal(const IncidentState &state, ReportKind kind)
{
    QString chosen;
    forEachEdit(state, kind, [&chosen](const QString &section, const QString &text) {
        if (section == QLatin1String("placeholder"))
            chosen = text;
    });
    return chosen.isEmpty() ? defaultPlaceholder() : chosen;
}

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
    // The incident's title as a desk wrote it ("莲都区 欠薪(拖欠劳动报酬) 260人") in the text's own
    // punctuation: full-width brackets, no spaces beside Chinese characters.
    QString name = m_state.title.trimmed();
    name.replace(QLatin1Char('('), QStringLiteral("（")).replace(QLatin1Char(')'), QStringLiteral("）"));
    name.remove(QRegularExpression(QStringLiteral("(?<=[^\\x00-\\x7F])\\s+|\\s+(?=[^\\x00-\\x7F])")));
    switch (m_options.kind) {
    case ReportKind::Initial:
        return QStringLiteral("关于%1的情况报告（首报）").arg(name);
    case ReportKind::FollowUp:
        return QStringLiteral("关于%1的情况报告（续报第%2期）").arg(name).arg(m_number);
    case ReportKind::Final:
        return QStringLiteral("关于%1的情况报告（终报）").arg(name);
    case ReportKind::Disposal:
        return QStringLiteral("关于%1的处置报告").arg(name);
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
        // 85号 5.1.2(4) ①–⑥ and 86号 3(1) ①–⑤, each fact written once, as an outline: a part
        // with parts of its own gets （一） items (现场情况 / 人员伤亡 / 财产损失; 措施 / 效果 / 下一步).
        const auto section = [](const char *key, const QString &heading, const QString &text, int level = 1) {
            ReportSection s{QLatin1String(key), heading, text};
            s.level = level;
            return s;
        };
        const QDateTime at = f.reportedAt.isValid() ? f.reportedAt : m_state.reportedAt;
        QString basic = sentence(QStringLiteral("%1许，%2发生一起%3，参与人员约%4人")
                                     .arg(when(at), place(), cause ? cause->label + QStringLiteral("引发的群体性事件") : QStringLiteral("群体性事件"))
                                     .arg(f.participants));
        if (!a("employer").isEmpty())
            basic += sentence(QStringLiteral("涉事用人单位为%1").arg(a("employer")));
        out << section("basic", QStringLiteral("基本情况"), basic);
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
        QString sceneText = scene.isEmpty() ? QString() : sentence(scene.join(QStringLiteral("，")));
        if (!a("scene").isEmpty())
            sceneText += sentence(a("scene"));
        out << section("scene", QStringLiteral("现场情况"), sceneText, 2);
        QStringList harm;
        if (f.deaths > 0)
            harm << QStringLiteral("%1人死亡").arg(f.deaths);
        if (f.injured > 0)
            harm << (f.seriousInjuries > 0 ? QStringLiteral("%1人受伤（其中重伤%2人）").arg(f.injured).arg(f.seriousInjuries)
                                           : QStringLiteral("%1人受伤").arg(f.injured));
        const QString casualties = harm.isEmpty() ? QStringLiteral("目前未发现人员伤亡。") : sentence(QStringLiteral("事件造成") + harm.join(QStringLiteral("、")));
        out << section("casualties", QStringLiteral("人员伤亡"), casualties, 2);
        QString losses = a("losses").isEmpty() ? QString() : sentence(a("losses"));
        if (wage && !a("damage").isEmpty())
            losses += sentence(QStringLiteral("破坏程度：") + a("damage"));
        out << section("losses", wage ? QStringLiteral("财产损失和破坏程度") : QStringLiteral("财产损失"), losses, 2);
        out << section("course", QStringLiteral("事件经过"), sentence(a("course")));
        QStringList why;
        if (cause)
            why << QStringLiteral("初步分析，事件因%1引发").arg(cause->label);
        if (!a("cause_analysis").isEmpty())
            why << a("cause_analysis");
        if (!a("nature").isEmpty())
            why << a("nature");
        // The cause label alone is not an analysis: still empty until one is written.
        out << section("cause", QStringLiteral("原因分析和性质判断"),
                       a("cause_analysis").isEmpty() && a("nature").isEmpty() ? QString() : sentence(why.join(QStringLiteral("；"))));
        QStringList trend;
        if (!a("trend").isEmpty())
            trend << a("trend");
        if (!a("impact").isEmpty())
            trend << a("impact");
        out << section("trend", QStringLiteral("发展趋势分析预测"), sentence(trend.join(QStringLiteral("；"))));
        ReportSection group = section("measures_group", QStringLiteral("已采取的措施、效果及下一步工作"), QString());
        group.headingOnly = true;
        group.required = false;
        out << group;
        // The measures one to a line (1.), and the units the journal sent, one to a line under
        // them (（1）): the operator may edit both.
        QStringList measures;
        for (const QString &m : a("measures").split(QRegularExpression(QStringLiteral("[；;\\n]")), Qt::SkipEmptyParts))
            if (!m.trimmed().isEmpty())
                measures << sentence(m);
        const QStringList units = unitsFromJournal(m_state);
        if (!units.isEmpty()) {
            measures << QStringLiteral("有关单位赶赴现场处置：");
            for (const QString &u : units)
                measures << QStringLiteral("　") + u;
        }
        ReportSection taken = section("measures", QStringLiteral("已采取的措施"), measures.join(QLatin1Char('\n')), 2);
        taken.itemised = true;
        out << taken;
        out << section("effect", QStringLiteral("处置效果"), sentence(a("effect")), 2);
        out << section("next_steps", QStringLiteral("下一步工作"), sentence(a("next_steps")), 2);
        if (wage || !a("public_reaction").isEmpty())
            out << section("public_reaction", QStringLiteral("公众及媒体反映"), sentence(a("public_reaction")));
        ReportSection other = section("other", QStringLiteral("其他需要报告的事项"), sentence(a("other")));
        other.required = false;
        out << other;
    }
    // The operator's edits of the text, latest first wins; a correction withdraws or replaces one.
    m_placeholder = placeholderFromJournal(m_state, m_options.kind);
    forEachEdit(m_state, m_options.kind, [&out](const QString &section, const QString &text) {
        for (auto &s : out)
            if (s.key == section && !s.headingOnly) {
                s.text = text;
                s.edited = true;
            }
    });
    if (!m_options.unsavedEdits.value(QStringLiteral("placeholder")).trimmed().isEmpty())
        m_placeholder = m_options.unsavedEdits.value(QStringLiteral("placeholder")).trimmed();
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

QStringList OfficialReport::printedHeadings(const QList<ReportSection> &sections)
{
    static const QString numerals = QStringLiteral("一二三四五六七八九十");
    const auto numeral = [](int n) { return n < 10 ? QString(numerals.at(n)) : QStringLiteral("十") + numerals.at(n - 10); };
    QStringList out;
    int first = 0, second = 0;
    for (const auto &s : sections) {
        if (!s.headingOnly && !s.required && s.text.isEmpty()) {
            out << QString(); // optional and empty: not printed, numbers close up
        } else if (s.level == 1) {
            out << QStringLiteral("%1、%2").arg(numeral(first++), s.heading);
            second = 0;
        } else {
            out << QStringLiteral("（%1）%2").arg(numeral(second++), s.heading);
        }
    }
    return out;
}

QList<OfficialDocument::Block> OfficialReport::body() const
{
    using Block = OfficialDocument::Block;
    QList<Block> out;
    const auto paragraphs = [&out](const QString &text) {
        for (const QString &para : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!para.trimmed().isEmpty())
                out << Block{Block::Kind::Paragraph, para.trimmed()};
    };
    const QStringList headings = printedHeadings(m_sections);
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        const ReportSection &s = m_sections.at(i);
        if (headings.at(i).isEmpty())
            continue;
        out << Block{s.level == 1 ? Block::Kind::Heading1 : Block::Kind::Heading2, headings.at(i)};
        if (s.headingOnly)
            continue;
        if (s.text.isEmpty()) {
            paragraphs(sentence(m_placeholder));
        } else if (!s.itemised) {
            paragraphs(s.text);
        } else {
            // 1. for a line, （1） for a line indented under it; an item not ending a sentence
            // or introducing a list gets its 。.
            int item = 0, sub = 0;
            for (const QString &line : s.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QString t = line.trimmed();
                if (t.isEmpty())
                    continue;
                const QString text = t.endsWith(QStringLiteral("：")) ? t : sentence(t);
                if (line.front().isSpace() && item > 0) {
                    out << Block{Block::Kind::Heading4, QStringLiteral("（%1）%2").arg(++sub).arg(text)};
                } else {
                    out << Block{Block::Kind::Heading3, QStringLiteral("%1.%2").arg(++item).arg(text)};
                    sub = 0;
                }
            }
        }
    }
    return out;
}

QString OfficialReport::draftDigest() const
{
    QJsonArray blocks;
    for (const auto &b : body())
        blocks.append(QJsonArray{int(b.kind), b.text});
    const QJsonObject draft{{QStringLiteral("kind"), reportKindName(m_options.kind)},
                            {QStringLiteral("number"), m_number},
                            {QStringLiteral("title"), title()},
                            {QStringLiteral("addressee"), addressee()},
                            {QStringLiteral("copies_to"), copiesTo()},
                            {QStringLiteral("urgency"), urgency()},
                            {QStringLiteral("classification"), m_options.classification},
                            {QStringLiteral("exercise"), m_state.exercise},
                            {QStringLiteral("body"), blocks}};
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(draft).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

OfficialDocument OfficialReport::document() const
{
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
    d.body = body();
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
