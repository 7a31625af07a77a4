#include "directory/DutyCalls.h"

#include "journal/IncidentState.h"
#include "plan/Level.h"
#include "settings/CentreSettings.h"

#include <algorithm>

namespace cd {

AckLimits AckLimits::from(const CentreSettings &settings)
{
    AckLimits l;
    l.majorMinutes = settings.value(QStringLiteral("duty/ackMinutesMajor")).toInt();
    l.otherMinutes = settings.value(QStringLiteral("duty/ackMinutesOther")).toInt();
    return l;
}

namespace DutyCalls {

const QStringList &outcomeIds()
{
    static const QStringList ids{QStringLiteral("reached"), QStringLiteral("no_answer"),
                                 QStringLiteral("busy"), QStringLiteral("message")};
    return ids;
}

QString outcomeId(CallOutcome o)
{
    return outcomeIds().at(int(o));
}

QString outcomeLabel(CallOutcome o)
{
    switch (o) {
    case CallOutcome::Reached:
        return QStringLiteral("已接通");
    case CallOutcome::NoAnswer:
        return QStringLiteral("无人接听");
    case CallOutcome::Busy:
        return QStringLiteral("占线");
    case CallOutcome::MessageLeft:
        return QStringLiteral("已留言");
    }
    return {};
}

std::optional<CallOutcome> outcomeFromId(const QString &id)
{
    const auto i = outcomeIds().indexOf(id);
    if (i < 0)
        return std::nullopt;
    return static_cast<CallOutcome>(i);
}

Result<QList<NewEvent>> events(const IncidentState &s, const DutyCall &call)
{
    using R = Result<QList<NewEvent>>;
    const auto duty = std::find_if(s.duties.cbegin(), s.duties.cend(), [&](const DutyState &d) {
        return d.plan == call.plan && d.agency == call.agency;
    });
    if (duty == s.duties.cend())
        return R::failure(QStringLiteral("agency: %1 has no duty under plan %2 in incident %3")
                              .arg(call.agency, call.plan)
                              .arg(s.id));
    if (call.number.trimmed().isEmpty())
        return R::failure(QStringLiteral("number: required (the number dialled)"));
    if (call.outcome == CallOutcome::Reached && call.person.trimmed().isEmpty())
        return R::failure(
            QStringLiteral("person: required when the call reached the agency (whom did you speak to?)"));
    if (!call.at.isValid())
        return R::failure(QStringLiteral("at: required (when the call was made)"));
    QJsonObject p{{QStringLiteral("plan"), call.plan},
                  {QStringLiteral("agency"), call.agency},
                  {QStringLiteral("clause"), duty->clause},
                  {QStringLiteral("number"), call.number.trimmed()},
                  {QStringLiteral("outcome"), outcomeId(call.outcome)}};
    if (!call.person.trimmed().isEmpty())
        p.insert(QStringLiteral("person"), call.person.trimmed());
    if (!call.note.trimmed().isEmpty())
        p.insert(QStringLiteral("note"), call.note.trimmed());
    QList<NewEvent> out{NewEvent{s.id, QStringLiteral("agency_called"), p, call.at.toUTC(), {}}};
    if (call.outcome == CallOutcome::Reached && duty->status == QLatin1String("assigned"))
        out << NewEvent{s.id,
                        QStringLiteral("duty_acknowledged"),
                        {{QStringLiteral("plan"), call.plan},
                         {QStringLiteral("agency"), call.agency},
                         {QStringLiteral("clause"), duty->clause},
                         {QStringLiteral("person"), call.person.trimmed()},
                         {QStringLiteral("via"), QStringLiteral("call")},
                         {QStringLiteral("number"), call.number.trimmed()}},
                        call.at.toUTC(),
                        {}};
    return out;
}

QList<LoggedCall> logged(const IncidentState &s)
{
    QList<LoggedCall> out;
    for (const StoredEvent &e : s.events) {
        if (e.kind != QLatin1String("agency_called") || s.voided.contains(e.seq))
            continue;
        const QJsonObject p = e.payload();
        LoggedCall c;
        c.seq = e.seq;
        c.at = e.eventTime;
        c.actor = e.actor;
        c.plan = p.value(QLatin1String("plan")).toString();
        c.agency = p.value(QLatin1String("agency")).toString();
        c.number = p.value(QLatin1String("number")).toString();
        c.outcome =
            outcomeFromId(p.value(QLatin1String("outcome")).toString()).value_or(CallOutcome::NoAnswer);
        c.person = p.value(QLatin1String("person")).toString();
        c.note = p.value(QLatin1String("note")).toString();
        out << c;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const LoggedCall &a, const LoggedCall &b) { return a.at < b.at; });
    return out;
}

QList<UnacknowledgedDuty> overdueAcknowledgements(const IncidentState &s, const QDateTime &now,
                                                  const AckLimits &limits)
{
    QList<UnacknowledgedDuty> out;
    if (static_cast<int>(s.status) >= static_cast<int>(IncidentStatus::ResponseEnded))
        return out; // the response is over: nobody is called any more
    // Asked of every running incident each second (AlarmCenter): nothing to read unless a
    // duty still waits, and only the payloads of the three kinds that say when it began.
    if (std::none_of(s.duties.cbegin(), s.duties.cend(), [](const DutyState &d) { return d.status == QLatin1String("assigned"); }))
        return out;
    // When each plan's duties began to run: its level declared or the plan activated, first time.
    QHash<QString, QDateTime> planStart;
    QHash<QString, QDateTime> assignedAt; // plan/agency of duties assigned by hand
    for (const StoredEvent &e : s.events) {
        if (e.kind != QLatin1String("level_declared") && e.kind != QLatin1String("plan_activated") &&
            e.kind != QLatin1String("duty_assigned"))
            continue;
        if (s.voided.contains(e.seq))
            continue;
        const QJsonObject p = e.payload();
        const QString plan = p.value(QLatin1String("plan")).toString();
        if ((e.kind == QLatin1String("level_declared") || e.kind == QLatin1String("plan_activated")) &&
            (!planStart.contains(plan) || e.eventTime < planStart.value(plan)))
            planStart.insert(plan, e.eventTime);
        if (e.kind == QLatin1String("duty_assigned"))
            assignedAt.insert(plan + QLatin1Char('/') + p.value(QLatin1String("agency")).toString(),
                              e.eventTime);
    }
    for (const DutyState &d : s.duties) {
        if (d.status != QLatin1String("assigned"))
            continue;
        QDateTime since = assignedAt.value(d.plan + QLatin1Char('/') + d.agency);
        if (!since.isValid())
            since = planStart.value(d.plan, s.reportedAt);
        // Level Ⅰ/Ⅱ: the declared level where there is one, else the computed one.
        std::optional<Level> level = levelFromString(s.declaredLevels.value(d.plan));
        if (!level)
            for (const auto &a : s.grading)
                if (a.plan && a.plan->id == d.plan)
                    level = a.level;
        const bool major = level && (*level == Level::I || *level == Level::II);
        const int minutes = major ? limits.majorMinutes : limits.otherMinutes;
        const QDateTime due = since.addSecs(qint64(minutes) * 60);
        if (now >= due)
            out << UnacknowledgedDuty{d.plan, d.agency, d.clause, since, due, minutes};
    }
    return out;
}

} // namespace DutyCalls
} // namespace cd
