#include "journal/StateJson.h"

#include "journal/EventKinds.h"
#include "plan/AssessmentJson.h"
#include "plan/PlanLibrary.h"
#include "time/ShanghaiTime.h"

#include <QJsonArray>

namespace cd::StateJson {
namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoShanghai(t)) : QJsonValue(QJsonValue::Null);
}

// The most severe level any applicable plan reached, e.g. "II".
QJsonValue highestLevel(const IncidentState &s)
{
    std::optional<Level> best;
    for (const auto &a : s.grading)
        if (a.applies && a.level && (!best || isMoreSevere(*a.level, *best)))
            best = a.level;
    return best ? QJsonValue(levelCode(*best)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject event(const StoredEvent &e, bool voided, const EntryTimeRule::LateEntry &late)
{
    QJsonObject o = event(e, voided);
    if (EntryTimeRule::isImported(e.payload()))
        o.insert(QStringLiteral("imported"), true);
    if (late.late) {
        o.insert(QStringLiteral("backdated"), true);
        o.insert(QStringLiteral("entry_delay_s"), late.delaySeconds);
        o.insert(QStringLiteral("reason"), late.reason);
    }
    return o;
}

QJsonObject event(const StoredEvent &e, bool voided)
{
    return QJsonObject{{QStringLiteral("seq"), e.seq},
                       {QStringLiteral("kind"), e.kind},
                       {QStringLiteral("label"), EventKinds::label(e.kind)},
                       {QStringLiteral("event_time"), time(e.eventTime)},
                       {QStringLiteral("entry_time"), time(e.entryTime)},
                       {QStringLiteral("actor"), e.actor},
                       {QStringLiteral("workstation"), e.workstation},
                       {QStringLiteral("payload"), e.payload()},
                       {QStringLiteral("voided"), voided},
                       {QStringLiteral("hash"), e.hash}};
}

QJsonObject summary(const IncidentState &s)
{
    QStringList plans;
    for (const auto &a : s.grading)
        if (a.applies)
            plans << a.plan->id;
    QJsonValue next = QJsonValue::Null;
    if (const Deadline *d = s.nextDeadline(s.evaluatedAt)) // as of the fold (the cursor, or now)
        next = QJsonObject{{QStringLiteral("plan"), d->planId}, {QStringLiteral("clause"), d->window->clause},
                           {QStringLiteral("action"), d->window->action}, {QStringLiteral("due"), isoShanghai(d->due)},
                           {QStringLiteral("state"), deadlineStateName(deadlineStateAt(*d, s.evaluatedAt))}};
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("title"), s.title},
                       {QStringLiteral("exercise"), s.exercise},
                       {QStringLiteral("status"), incidentStatusName(s.status)},
                       {QStringLiteral("county"), s.facts.county},
                       {QStringLiteral("level"), highestLevel(s)},
                       {QStringLiteral("plans"), QJsonArray::fromStringList(plans)},
                       {QStringLiteral("reported_at"), time(s.reportedAt)},
                       {QStringLiteral("next_deadline"), next}};
}

QJsonObject summary(const IncidentSummary &s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("title"), s.title},
                       {QStringLiteral("exercise"), s.exercise},
                       {QStringLiteral("status"), incidentStatusName(s.status)},
                       {QStringLiteral("county"), s.county},
                       {QStringLiteral("level"), s.level ? QJsonValue(levelCode(*s.level)) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("plans"), QJsonArray::fromStringList(s.plans)},
                       {QStringLiteral("reported_at"), time(s.reportedAt)},
                       {QStringLiteral("next_deadline"), QJsonValue::Null}};
}

QJsonObject incident(const IncidentState &s, const PlanLibrary &library)
{
    QJsonObject o = summary(s);
    o.insert(QStringLiteral("status_label"), incidentStatusLabel(s.status));
    o.insert(QStringLiteral("facts"), s.facts.toJson());
    o.insert(QStringLiteral("grading"),
             AssessmentJson::grading(s.grading, s.deadlines).value(QStringLiteral("plans")));
    QJsonObject declared;
    for (auto it = s.declaredLevels.begin(); it != s.declaredLevels.end(); ++it)
        declared.insert(it.key(), it.value());
    o.insert(QStringLiteral("declared_levels"), declared);
    o.insert(QStringLiteral("activated_plans"), QJsonArray::fromStringList(s.activatedPlans));
    QJsonArray duties;
    for (const auto &d : s.duties) {
        QJsonObject duty{{QStringLiteral("plan"), d.plan},
                         {QStringLiteral("agency"), d.agency},
                         {QStringLiteral("clause"), d.clause},
                         {QStringLiteral("duty"), d.duty},
                         {QStringLiteral("reason"), d.reason},
                         {QStringLiteral("status"), d.status},
                         {QStringLiteral("by"), d.by},
                         {QStringLiteral("at"), time(d.at)}};
        if (!d.person.isEmpty()) // acknowledged by a call: whom it reached (issue 17)
            duty.insert(QStringLiteral("person"), d.person);
        duties.push_back(duty);
    }
    o.insert(QStringLiteral("duties"), duties);
    QJsonArray deadlines;
    for (const auto &d : s.deadlines) {
        QJsonObject dj = AssessmentJson::deadline(d, library.vocabulary());
        dj.insert(QStringLiteral("plan"), d.planId);
        deadlines.push_back(dj);
    }
    o.insert(QStringLiteral("deadlines"), deadlines);
    QJsonArray units; // the responding units named by dispatched / arrived / departed (issue 16)
    for (const UnitTask &t : s.units) {
        QJsonObject u{{QStringLiteral("unit"), t.unit}, {QStringLiteral("leader"), t.leader}};
        if (t.dispatchedAt.isValid())
            u.insert(QStringLiteral("dispatched_at"), time(t.dispatchedAt));
        if (t.arrivedAt.isValid()) {
            u.insert(QStringLiteral("arrived_at"), time(t.arrivedAt));
            u.insert(QStringLiteral("arrival_source"), t.arrivalSource);
        }
        if (t.departedAt.isValid())
            u.insert(QStringLiteral("departed_at"), time(t.departedAt));
        units.push_back(u);
    }
    o.insert(QStringLiteral("units"), units);
    QJsonArray events;
    for (const auto &e : s.events)
        events.push_back(event(e, s.voided.contains(e.seq), s.lateEntries.value(e.seq)));
    o.insert(QStringLiteral("events"), events);
    return o;
}

} // namespace cd::StateJson
