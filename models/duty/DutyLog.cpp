#include "duty/DutyLog.h"

#include "duty/DutyKinds.h"
#include "items/Presentation.h"
#include "journal/EffectiveEvents.h"
#include "journal/EventKinds.h"
#include "journal/IncidentState.h"
#include "journal/IncidentSummary.h"
#include "plan/PlanLibrary.h"
#include "time/ShanghaiTime.h"
#include "time/WorkCalendar.h"

#include <QJsonArray>
#include <algorithm>

namespace cd {
namespace {

QString hm(const QDateTime &t) { return t.isValid() ? toShanghai(t).toString(QStringLiteral("MM-dd HH:mm")) : QStringLiteral("—"); }

QString tag(const IncidentState &s)
{
    return (s.exercise ? QStringLiteral("【演练】") : QString()) + QStringLiteral("#%1 %2").arg(s.id).arg(s.title);
}

QString reportName(const QString &report)
{
    if (report == QLatin1String("initial")) return QStringLiteral("初报");
    if (report == QLatin1String("followup")) return QStringLiteral("续报");
    if (report == QLatin1String("final")) return QStringLiteral("终报");
    if (report == QLatin1String("disposal")) return QStringLiteral("处置情况报告");
    return QString();
}

// How a window stood at the end of the day: met, late, missed (overdue and not done).
QString outcomeId(Deadline::State s)
{
    switch (s) {
    case Deadline::State::Met: return QStringLiteral("met");
    case Deadline::State::MetLate: return QStringLiteral("late");
    case Deadline::State::Overdue: return QStringLiteral("missed");
    default: return QStringLiteral("open");
    }
}

QString outcomeText(const QString &id)
{
    if (id == QLatin1String("met")) return QStringLiteral("按时");
    if (id == QLatin1String("late")) return QStringLiteral("逾期完成");
    if (id == QLatin1String("missed")) return QStringLiteral("未按时完成(已超时)");
    return QStringLiteral("未到期");
}

void byTime(QList<DutyLog::Line> &lines)
{
    std::stable_sort(lines.begin(), lines.end(), [](const DutyLog::Line &a, const DutyLog::Line &b) { return a.at < b.at; });
}

QJsonArray jsonOf(const QList<DutyLog::Line> &lines)
{
    QJsonArray out;
    for (const auto &l : lines) {
        QJsonObject o = l.json;
        o.insert(QStringLiteral("at"), isoShanghai(l.at));
        if (l.incidentId)
            o.insert(QStringLiteral("incident"), l.incidentId);
        if (l.exercise)
            o.insert(QStringLiteral("exercise"), true);
        o.insert(QStringLiteral("text"), l.text);
        out << o;
    }
    return out;
}

} // namespace

QDateTime DutyLog::dayStart(const QDate &date, int startHour) { return QDateTime(date, QTime(startHour, 0), shanghaiZone()).toUTC(); }

QDate DutyLog::lastCompleteDay(const QDateTime &now, int startHour)
{
    const QDate today = shanghaiDate(now);
    return dayStart(today, startHour) <= now ? today.addDays(-1) : today.addDays(-2);
}

bool DutyLog::isCallKind(const QString &kind)
{
    return kind == QLatin1String("agency_called") || kind.startsWith(QLatin1String("call")) || kind == QLatin1String("duty_acknowledged");
}

bool DutyLog::isCall(const QString &kind, const QJsonObject &payload)
{
    // A reached call writes its own acknowledgement (via: call) beside it: listed once, as the call.
    return isCallKind(kind) && !(kind == QLatin1String("duty_acknowledged") && payload.value(QLatin1String("via")).toString() == QLatin1String("call"));
}

bool DutyLog::mayConcern(const IncidentSummary &s, const QDateTime &from, const QDateTime &to)
{
    if (s.reportedAt.isValid() && s.reportedAt >= to)
        return false;
    if (s.unfinishedWindows > 0 || !s.lastEventAt.isValid() || s.lastEventAt >= from)
        return true;
    // Quiet since before the day: a window that fell due in it started at the latest with the
    // last event, and none runs QuietDays.
    return s.lastEventAt.addDays(QuietDays) >= from;
}

DutyLog DutyLog::build(const QDate &date, int startHour, const Inputs &in)
{
    DutyLog log;
    log.m_date = date;
    log.m_from = dayStart(date, startHour);
    log.m_to = dayStart(date.addDays(1), startHour);
    log.m_asOf = in.now.isValid() && in.now < log.m_to ? std::max(in.now, log.m_from) : log.m_to;
    auto within = [&](const QDateTime &t) { return t.isValid() && log.m_from <= t && t < log.m_to; };
    auto signer = [&](const StoredEvent &e) {
        if (within(e.eventTime) && !e.actor.isEmpty() && !log.m_operators.contains(e.actor))
            log.m_operators << e.actor;
    };
    log.m_shifts = DutyRoster::fold(in.registerEvents).overlapping(log.m_from, log.m_to);

    for (const auto &e : effectiveEvents(in.registerEvents)) {
        const StoredEvent &ev = *e.event;
        if (!within(ev.eventTime))
            continue;
        signer(ev);
        const QJsonObject p = e.payload;
        if (e.kind == QLatin1String("handover"))
            log.m_handovers << Line{ev.eventTime, 0, false,
                                    QStringLiteral("%1 交班 %2,接班 %3;交接事项 %4 项;备注:%5")
                                        .arg(hm(ev.eventTime), p.value(QLatin1String("outgoing")).toString(), ev.actor)
                                        .arg(p.value(QLatin1String("items")).toArray().size())
                                        .arg(p.value(QLatin1String("remarks")).toString().isEmpty() ? QStringLiteral("无") : p.value(QLatin1String("remarks")).toString()),
                                    {{QStringLiteral("outgoing"), p.value(QLatin1String("outgoing"))}, {QStringLiteral("incoming"), ev.actor},
                                     {QStringLiteral("items"), p.value(QLatin1String("items"))}, {QStringLiteral("remarks"), p.value(QLatin1String("remarks"))}}};
        else if (e.kind == QLatin1String("note"))
            log.m_notes << Line{ev.eventTime, 0, false, QStringLiteral("%1 中心 %2:%3").arg(hm(ev.eventTime), ev.actor, p.value(QLatin1String("text")).toString()),
                                {{QStringLiteral("actor"), ev.actor}}};
        else if (isCall(e.kind, p))
            log.m_calls << Line{ev.eventTime, 0, false,
                                QStringLiteral("%1 %2 %3(%4)").arg(hm(ev.eventTime), EventKinds::label(e.kind), EventKinds::describe(ev, in.library), ev.actor),
                                {{QStringLiteral("kind"), e.kind}, {QStringLiteral("actor"), ev.actor}}};
    }

    if (in.forEachIncident)
        in.forEachIncident([&](const QList<StoredEvent> &events) {
            if (events.isEmpty() || events.first().eventTime >= log.m_to)
                return; // reported after the day: nothing of it belongs here
            const bool touches = std::any_of(events.begin(), events.end(), [&](const StoredEvent &e) { return e.eventTime >= log.m_from; });
            const IncidentState s = IncidentState::fold(events, {in.library, in.calendar}, log.m_asOf, log.m_asOf);
            // Windows that fell due in the day can concern an incident with no event in it.
            const bool dueInDay = std::any_of(s.deadlines.begin(), s.deadlines.end(), [&](const Deadline &d) { return within(d.due); });
            if (!touches && !dueInDay)
                return;
            const QString plans = Presentation::planRefs(s).isEmpty() ? QStringLiteral("未适用预案") : Presentation::planRefs(s);
            const QString level = Presentation::levelText(Presentation::highestLevel(s));
            if (within(s.reportedAt)) {
                const QJsonObject j{{QStringLiteral("title"), s.title}, {QStringLiteral("level"), level}, {QStringLiteral("plans"), plans},
                                    {QStringLiteral("status"), incidentStatusLabel(s.status)}};
                log.m_incidents << Line{s.reportedAt, s.id, s.exercise,
                                        QStringLiteral("%1 接报 %2,%3,%4,%5").arg(hm(s.reportedAt), tag(s), level, plans, incidentStatusLabel(s.status)), j};
                if (s.exercise)
                    log.m_drills << Line{s.reportedAt, s.id, true, QStringLiteral("%1 演练开始 %2,%3,%4").arg(hm(s.reportedAt), tag(s), level, plans), j};
            }
            for (const auto &e : effectiveEvents(s.events)) {
                const StoredEvent &ev = *e.event;
                if (!within(ev.eventTime))
                    continue;
                signer(ev);
                const QJsonObject p = e.payload;
                if (e.kind == QLatin1String("report_sent")) {
                    const auto *m = in.library.vocabulary().milestone(QStringLiteral("report_sent:") + p.value(QLatin1String("to")).toString());
                    const QString to = m ? m->label : p.value(QLatin1String("to")).toString();
                    const QString kind = reportName(p.value(QLatin1String("report")).toString());
                    log.m_reports << Line{ev.eventTime, s.id, s.exercise,
                                          QStringLiteral("%1 %2 %3%4(%5)").arg(hm(ev.eventTime), tag(s), kind.isEmpty() ? QString() : kind + QLatin1Char(' '), to, ev.actor),
                                          {{QStringLiteral("to"), p.value(QLatin1String("to"))}, {QStringLiteral("report"), p.value(QLatin1String("report"))},
                                           {QStringLiteral("actor"), ev.actor}}};
                } else if (isCall(e.kind, p)) {
                    log.m_calls << Line{ev.eventTime, s.id, s.exercise,
                                        QStringLiteral("%1 %2 %3 %4(%5)").arg(hm(ev.eventTime), tag(s), EventKinds::label(e.kind), EventKinds::describe(ev, in.library), ev.actor),
                                        {{QStringLiteral("kind"), e.kind}, {QStringLiteral("actor"), ev.actor}, {QStringLiteral("agency"), p.value(QLatin1String("agency"))}}};
                } else if (e.kind == QLatin1String("note")) {
                    log.m_notes << Line{ev.eventTime, s.id, s.exercise, QStringLiteral("%1 %2 %3:%4").arg(hm(ev.eventTime), tag(s), ev.actor, p.value(QLatin1String("text")).toString()),
                                        {{QStringLiteral("actor"), ev.actor}}};
                } else if (e.kind == QLatin1String("exercise_ended")) {
                    log.m_drills << Line{ev.eventTime, s.id, true, QStringLiteral("%1 演练结束 %2(脚本 %3)").arg(hm(ev.eventTime), tag(s), p.value(QLatin1String("scenario")).toString()),
                                         {{QStringLiteral("scenario"), p.value(QLatin1String("scenario"))}}};
                }
            }
            for (const Deadline &d : s.deadlines) {
                const bool completedInDay = within(d.completedAt);
                if (!completedInDay && !within(d.due))
                    continue;
                const QString outcome = completedInDay && !d.due.isValid() ? QStringLiteral("met") : outcomeId(d.state);
                if (outcome == QLatin1String("open"))
                    continue;
                const QDateTime at = completedInDay ? d.completedAt : d.due;
                log.m_windows << Line{at, s.id, s.exercise,
                                      QStringLiteral("%1 %2 %3 %4:截止 %5,完成 %6,%7")
                                          .arg(tag(s), d.planRef, d.window->clause, d.window->action, hm(d.due), hm(d.completedAt), outcomeText(outcome)),
                                      {{QStringLiteral("plan_ref"), d.planRef}, {QStringLiteral("clause"), d.window->clause},
                                       {QStringLiteral("action"), d.window->action}, {QStringLiteral("due"), d.due.isValid() ? QJsonValue(isoShanghai(d.due)) : QJsonValue()},
                                       {QStringLiteral("completed_at"), d.completedAt.isValid() ? QJsonValue(isoShanghai(d.completedAt)) : QJsonValue()},
                                       {QStringLiteral("outcome"), outcome}}};
            }
        });
    for (auto *lines : {&log.m_incidents, &log.m_reports, &log.m_windows, &log.m_calls, &log.m_handovers, &log.m_drills, &log.m_notes})
        byTime(*lines);
    return log;
}

QJsonObject DutyLog::toJson() const
{
    QJsonArray shifts;
    for (const Shift &s : m_shifts) {
        QJsonObject o = s.toPayload();
        o.insert(QStringLiteral("begins"), isoShanghai(s.begins()));
        o.insert(QStringLiteral("ends"), isoShanghai(s.ends()));
        shifts << o;
    }
    int met = 0, late = 0, missed = 0;
    for (const Line &w : m_windows) {
        const QString o = w.json.value(QLatin1String("outcome")).toString();
        met += o == QLatin1String("met");
        late += o == QLatin1String("late");
        missed += o == QLatin1String("missed");
    }
    return {{QStringLiteral("date"), m_date.toString(Qt::ISODate)},
            {QStringLiteral("from"), isoShanghai(m_from)},
            {QStringLiteral("to"), isoShanghai(m_to)},
            {QStringLiteral("as_of"), isoShanghai(m_asOf)},
            {QStringLiteral("shifts"), shifts},
            {QStringLiteral("operators"), QJsonArray::fromStringList(m_operators)},
            {QStringLiteral("incidents"), jsonOf(m_incidents)},
            {QStringLiteral("reports"), jsonOf(m_reports)},
            {QStringLiteral("windows"), jsonOf(m_windows)},
            {QStringLiteral("windows_count"), QJsonObject{{QStringLiteral("met"), met}, {QStringLiteral("late"), late}, {QStringLiteral("missed"), missed}}},
            {QStringLiteral("calls"), jsonOf(m_calls)},
            {QStringLiteral("handovers"), jsonOf(m_handovers)},
            {QStringLiteral("drills"), jsonOf(m_drills)},
            {QStringLiteral("notes"), jsonOf(m_notes)}};
}

PagedDocument DutyLog::document(const QString &issuer) const
{
    const QString day = toShanghai(m_from).toString(QStringLiteral("yyyy年M月d日"));
    QString h = QStringLiteral("<h2 align='center'>值班日志</h2><p align='center'>%1 %2 至 %3%4</p>")
                    .arg(issuer.toHtmlEscaped(), toShanghai(m_from).toString(QStringLiteral("yyyy年M月d日 HH:mm")),
                         toShanghai(m_to).toString(QStringLiteral("M月d日 HH:mm")),
                         m_asOf < m_to ? QStringLiteral("（截至%1，本日未结束）").arg(toShanghai(m_asOf).toString(QStringLiteral("M月d日 HH:mm")))
                                       : QString());
    h += QStringLiteral("<h3>一、班次与值班人员</h3>");
    if (m_shifts.isEmpty())
        h += QStringLiteral("<p>排班表中无本日班次。</p>");
    else {
        h += QStringLiteral("<table width='100%' border='1' cellpadding='2'><tr><th>日期</th><th>班次</th><th>时间</th><th>值班员</th><th>带班领导</th></tr>");
        for (const Shift &s : m_shifts)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(s.date.toString(QStringLiteral("M月d日")), s.name.toHtmlEscaped(), s.hours(),
                          s.operators.join(QStringLiteral("、")).toHtmlEscaped(), s.leader.isEmpty() ? QStringLiteral("—") : s.leader.toHtmlEscaped());
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p>本日记录台账的人员:%1</p>").arg(m_operators.isEmpty() ? QStringLiteral("无") : m_operators.join(QStringLiteral("、")).toHtmlEscaped());
    int met = 0, late = 0, missed = 0;
    for (const Line &w : m_windows) {
        const QString o = w.json.value(QLatin1String("outcome")).toString();
        met += o == QLatin1String("met");
        late += o == QLatin1String("late");
        missed += o == QLatin1String("missed");
    }
    struct Part {
        const char *title;
        const QList<Line> *lines;
        const char *none;
    };
    const Part parts[] = {{"二、接报事件(级别与适用预案)", &m_incidents, "本日未接报事件。"},
                          {"三、报送情况", &m_reports, "本日无报送。"},
                          {"四、报告时限执行情况", &m_windows, "本日无到期或完成的报告时限。"},
                          {"五、电话联络", &m_calls, "本日无电话联络记录。"},
                          {"六、交接班", &m_handovers, "本日无交接班记录。"},
                          {"七、演练", &m_drills, "本日无演练。"},
                          {"八、备注", &m_notes, "本日无备注。"}};
    for (const Part &part : parts) {
        h += QStringLiteral("<h3>%1</h3>").arg(QString::fromUtf8(part.title));
        if (part.lines == &m_windows && !m_windows.isEmpty())
            h += QStringLiteral("<p>按时 %1 项,逾期完成 %2 项,未按时完成 %3 项。</p>").arg(met).arg(late).arg(missed);
        if (part.lines->isEmpty()) {
            h += QStringLiteral("<p>%1</p>").arg(QString::fromUtf8(part.none));
            continue;
        }
        h += QStringLiteral("<ol>");
        for (const Line &l : *part.lines) {
            QString text = l.text.toHtmlEscaped();
            if (l.exercise) // a drill's line is never mistaken for a live one
                text.replace(QStringLiteral("【演练】"), QStringLiteral("<b style='color:#d7191c'>【演练】</b>"));
            if (l.json.value(QLatin1String("outcome")).toString() == QLatin1String("missed"))
                text = QStringLiteral("<span style='color:#d7191c'>%1</span>").arg(text);
            h += QStringLiteral("<li>%1</li>").arg(text);
        }
        h += QStringLiteral("</ol>");
    }
    h += QStringLiteral("<br><table width='100%'><tr><td width='50%'>值班员:____________</td><td>带班领导:____________</td></tr></table>");
    PagedDocument doc;
    doc.html = h;
    doc.header = QStringLiteral("%1 · 值班日志 · %2").arg(issuer, day);
    doc.footerRight = day;
    doc.title = QStringLiteral("值班日志 %1").arg(m_date.toString(Qt::ISODate));
    return doc;
}

} // namespace cd
