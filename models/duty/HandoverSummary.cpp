#include "duty/HandoverSummary.h"

#include "duty/DutyKinds.h"
#include "items/Presentation.h"
#include "journal/EffectiveEvents.h"
#include "journal/IncidentState.h"
#include "plan/PlanLibrary.h"
#include "time/ShanghaiTime.h"

#include <QJsonArray>

namespace cd {
namespace {

QString shown(const QDateTime &t) { return toShanghai(t).toString(QStringLiteral("MM-dd HH:mm")); }

QString incidentTag(const IncidentState &s)
{
    return (s.exercise ? QStringLiteral("【演练】") : QString()) + QStringLiteral("#%1 %2").arg(s.id).arg(s.title);
}

QString windowText(const Deadline &d, const QDateTime &now)
{
    QString due = d.due.isValid() ? QStringLiteral("截止 %1(%2)").arg(shown(d.due), Presentation::deadlineStateText(deadlineStateAt(d, now)))
                                  : Presentation::deadlineStateText(deadlineStateAt(d, now));
    return QStringLiteral("%1 %2 %3,%4").arg(d.planRef, d.window->clause, d.window->action, due);
}

bool running(Deadline::State s)
{
    return s == Deadline::State::Pending || s == Deadline::State::DueSoon || s == Deadline::State::Overdue || s == Deadline::State::Open;
}

} // namespace

HandoverSummary HandoverSummary::build(const Inputs &in, const PlanLibrary &library)
{
    HandoverSummary h;
    h.m_now = in.now;
    // Notes for the next shift are those since the last handover.
    qint64 lastHandoverSeq = 0;
    for (const auto &e : effectiveEvents(in.registerEvents))
        if (e.kind == QLatin1String("handover")) {
            lastHandoverSeq = e.event->seq;
            h.m_lastHandoverAt = e.event->eventTime;
            h.m_lastHandoverBy = e.payload.value(QLatin1String("outgoing")).toString() + QStringLiteral(" → ") + e.event->actor;
        }
    QList<Item> notes;
    auto takeNotes = [&](const QList<StoredEvent> &events, const IncidentState *s) {
        for (const auto &e : effectiveEvents(events))
            if (e.kind == QLatin1String("note") && e.payload.value(QLatin1String(DutyKinds::NextShiftField)).toBool() &&
                e.event->seq > lastHandoverSeq)
                notes << Item{Section::Note, s ? s->id : 0, s && s->exercise,
                              QStringLiteral("%1%2 %3:%4")
                                  .arg(s ? incidentTag(*s) + QLatin1Char(' ') : QStringLiteral("中心 "), shown(e.event->eventTime), e.event->actor,
                                       e.payload.value(QLatin1String("text")).toString()),
                              {}};
    };
    takeNotes(in.registerEvents, nullptr);

    for (const IncidentState *s : in.incidents) {
        if (static_cast<int>(s->status) >= static_cast<int>(IncidentStatus::Closed))
            continue;
        const Deadline *next = s->nextDeadline(in.now);
        h.m_items << Item{Section::OpenIncident, s->id, s->exercise,
                          QStringLiteral("%1,%2,%3,%4;下一时限:%5")
                              .arg(incidentTag(*s), Presentation::levelText(Presentation::highestLevel(*s)),
                                   Presentation::planRefs(*s).isEmpty() ? QStringLiteral("未适用预案") : Presentation::planRefs(*s),
                                   incidentStatusLabel(s->status), next ? windowText(*next, in.now) : QStringLiteral("无")),
                          next ? next->due : QDateTime()};
        for (const DutyState &d : s->duties)
            if (d.status == QLatin1String("assigned")) {
                const Plan *plan = library.plan(d.plan);
                h.m_items << Item{Section::UnacknowledgedDuty, s->id, s->exercise,
                                  // The agency and its clause: the duty's text is the plan's, one click away.
                                  QStringLiteral("%1 %2 %3").arg(incidentTag(*s), plan ? plan->shortRef + QLatin1Char(' ') + d.clause : d.clause, d.agency),
                                  {}};
            }
        for (const Deadline &d : s->deadlines)
            if (d.window->completedBy.startsWith(QLatin1String("report_sent")) && running(deadlineStateAt(d, in.now)))
                h.m_items << Item{Section::ReportDue, s->id, s->exercise, incidentTag(*s) + QLatin1Char(' ') + windowText(d, in.now), d.due};
        takeNotes(s->events, s);
    }
    for (const Alarm &a : in.alarms)
        h.m_items << Item{Section::Alarm, a.incidentId, a.drill,
                          QStringLiteral("%1%2 #%3 %4%5")
                              .arg(a.drill ? QStringLiteral("【演练】") : QString(), alarmKindLabel(a.kind))
                              .arg(a.incidentId)
                              .arg(a.title, a.clause.isEmpty() ? QString() : QStringLiteral(" %1 %2,截止 %3").arg(a.clause, a.action, shown(a.due))),
                          a.due};
    h.m_items << notes;
    return h;
}

QList<HandoverSummary::Item> HandoverSummary::section(Section s) const
{
    QList<Item> out;
    for (const Item &i : m_items)
        if (i.section == s)
            out << i;
    return out;
}

QString HandoverSummary::sectionTitle(Section s)
{
    switch (s) {
    case Section::OpenIncident: return QStringLiteral("在办事件及下一报告时限");
    case Section::UnacknowledgedDuty: return QStringLiteral("尚未确认的职责");
    case Section::ReportDue: return QStringLiteral("待报送的报告");
    case Section::Alarm: return QStringLiteral("未确认的告警");
    case Section::Note: return QStringLiteral("留给下一班的备注");
    }
    return {};
}

QStringList HandoverSummary::lines() const
{
    QStringList out;
    for (const Item &i : m_items)
        out << QStringLiteral("【%1】%2").arg(sectionTitle(i.section), i.text);
    return out;
}

QJsonObject HandoverSummary::payload(const QString &outgoing, const QString &remarks) const
{
    return {{QStringLiteral("outgoing"), outgoing},
            {QStringLiteral("remarks"), remarks},
            {QStringLiteral("items"), QJsonArray::fromStringList(lines())},
            {QStringLiteral("summary_at"), isoShanghai(m_now)}};
}

PagedDocument HandoverSummary::document(const QString &issuer, const QString &outgoing, const QString &remarks, const QString &incoming) const
{
    QString h = QStringLiteral("<h2 align='center'>交接班记录</h2>"
                               "<table width='100%' cellpadding='3'><tr><td width='18%'>交班时间</td><td>%1</td>"
                               "<td width='18%'>上次交接</td><td>%2</td></tr></table>")
                    .arg(toShanghai(m_now).toString(QStringLiteral("yyyy年M月d日 HH:mm")),
                         m_lastHandoverAt.isValid() ? shown(m_lastHandoverAt) + QLatin1Char(' ') + m_lastHandoverBy.toHtmlEscaped()
                                                    : QStringLiteral("无"));
    for (Section s : {Section::OpenIncident, Section::UnacknowledgedDuty, Section::ReportDue, Section::Alarm, Section::Note}) {
        const auto items = section(s);
        h += QStringLiteral("<h3>%1(%2项)</h3>").arg(sectionTitle(s)).arg(items.size());
        if (items.isEmpty()) {
            h += QStringLiteral("<p>无。</p>");
            continue;
        }
        h += QStringLiteral("<ol>");
        for (const Item &i : items)
            h += QStringLiteral("<li>%1</li>").arg(i.text.toHtmlEscaped());
        h += QStringLiteral("</ol>");
    }
    h += QStringLiteral("<h3>交班人备注</h3><p>%1</p>").arg(remarks.isEmpty() ? QStringLiteral("无。") : remarks.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    h += QStringLiteral("<br><table width='100%'><tr><td width='50%'>交班人:%1</td><td>接班人:%2</td></tr></table>")
             .arg(outgoing.toHtmlEscaped(), incoming.isEmpty() ? QStringLiteral("____________") : incoming.toHtmlEscaped());
    PagedDocument doc;
    doc.html = h;
    doc.header = QStringLiteral("%1 · 交接班记录").arg(issuer);
    doc.footerRight = shown(m_now);
    doc.title = QStringLiteral("交接班记录 %1").arg(toShanghai(m_now).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return doc;
}

} // namespace cd
