#include "journal/IncidentState.h"

#include "journal/EntryTimeRule.h"
#include "journal/EventKinds.h"
#include "plan/FactsParser.h"
#include "plan/PlanLibrary.h"
#include "time/ShanghaiTime.h"
#include "time/WorkCalendar.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

namespace cd {

QString incidentStatusName(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Reported:
        return QStringLiteral("reported");
    case IncidentStatus::Verified:
        return QStringLiteral("verified");
    case IncidentStatus::Responding:
        return QStringLiteral("responding");
    case IncidentStatus::ResponseEnded:
        return QStringLiteral("response_ended");
    case IncidentStatus::Closed:
        return QStringLiteral("closed");
    case IncidentStatus::PostReportSubmitted:
        return QStringLiteral("post_report_submitted");
    }
    return {};
}

QString incidentStatusLabel(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Reported:
        return QStringLiteral("已接报");
    case IncidentStatus::Verified:
        return QStringLiteral("已核实");
    case IncidentStatus::Responding:
        return QStringLiteral("响应中");
    case IncidentStatus::ResponseEnded:
        return QStringLiteral("响应结束");
    case IncidentStatus::Closed:
        return QStringLiteral("已结案");
    case IncidentStatus::PostReportSubmitted:
        return QStringLiteral("处置报告已提交");
    }
    return {};
}

IncidentState IncidentState::fold(const QList<StoredEvent> &events, const Inputs &inputs, const QDateTime &cursor,
                                  const QDateTime &now)
{
    return fold(QList<StoredEvent>(events), inputs, cursor, now); // shares the list until it is taken apart
}

IncidentState IncidentState::fold(QList<StoredEvent> &&events, const Inputs &inputs, const QDateTime &cursor, const QDateTime &now)
{
    IncidentState s;
    if (!events.isEmpty())
        s.id = events.first().incidentId; // known even when the cursor hides every event
    auto visible = [&cursor](const StoredEvent &e) { return !cursor.isValid() || e.eventTime <= cursor; };

    // Corrections first: they decide which earlier events count, and as what.
    QHash<qint64, QJsonObject> replacements;
    QHash<qint64, const StoredEvent *> replacedBy; // target -> the correction that replaced it
    for (const auto &e : events) {
        if (!visible(e) || e.kind != QLatin1String("correction"))
            continue;
        const auto p = e.payload();
        const qint64 target = p.value(QLatin1String("corrects")).toInteger();
        s.voided.insert(target);
        if (p.contains(QLatin1String("replacement"))) {
            replacements.insert(target, p.value(QLatin1String("replacement")).toObject());
            replacedBy.insert(target, &e);
        } else {
            replacements.remove(target);
            replacedBy.remove(target);
        }
    }

    const auto policy = EntryTimeRule::policy();
    // The list read becomes the state's, in place: moving 100k events one by one into a new
    // list was a quarter of the fold (a fresh 20 MB touched). Moving the list keeps its
    // buffer, so replacedBy's pointers stay good; events past a replay cursor go at the end.
    s.events = std::move(events);
    bool hidden = false;
    for (const StoredEvent &e : std::as_const(s.events)) {
        if (!visible(e)) {
            hidden = true;
            continue;
        }
        // The opening report comes first: from then on the incident's world is known.
        auto [payload, late] = read(e, s.exercise, policy);
        if (s.voided.contains(e.seq) && replacedBy.contains(e.seq)) {
            // A replacement takes the corrected event's time but was entered with the
            // correction: a late correction must not turn a note into a report "sent on time".
            const StoredEvent &c = *replacedBy.value(e.seq);
            const QDateTime entered = s.exercise ? c.eventTime : c.entryTime; // drill time is the correction's own time
            const qint64 delay = e.eventTime.secsTo(entered);
            if (delay > policy.toleranceSeconds && delay > late.delaySeconds)
                late = {true, delay, c.payload().value(QLatin1String("reason")).toString()};
        }
        if (late.late)
            s.lateEntries.insert(e.seq, late);
        if (e.kind == QLatin1String("correction"))
            continue;
        if (s.voided.contains(e.seq)) {
            const auto r = replacements.constFind(e.seq);
            if (r != replacements.cend()) {
                StoredEvent replaced = e; // at the corrected time, when the replacement gives one
                if (const QDateTime at = parseIsoWithOffset(r->value(QLatin1String("at")).toString()); at.isValid())
                    replaced.eventTime = at.toUTC();
                s.apply(r->value(QLatin1String("kind")).toString(), r->value(QLatin1String("payload")).toObject(), replaced,
                        inputs.library, late.delaySeconds);
            }
            continue;
        }
        s.apply(e.kind, payload, e, inputs.library, late.delaySeconds);
    }
    if (hidden)
        s.events.removeIf([&visible](const StoredEvent &e) { return !visible(e); });

    s.foldedToCursor = cursor.isValid();
    s.recordedDuties = std::move(s.duties);
    s.finish(inputs, now);
    return s;
}

bool IncidentState::extend(const QList<StoredEvent> &appended, const Inputs &inputs, const QDateTime &now)
{
    if (foldedToCursor || events.isEmpty())
        return false;
    qint64 last = events.last().seq;
    for (const auto &e : appended) {
        if (e.incidentId != id || e.seq <= last || e.kind == QLatin1String("correction"))
            return false;
        last = e.seq;
    }
    if (appended.isEmpty())
        return true;
    const auto policy = EntryTimeRule::policy();
    duties = std::move(recordedDuties);
    for (const auto &e : appended) {
        events << e;
        const auto [payload, late] = read(e, exercise, policy);
        if (late.late)
            lateEntries.insert(e.seq, late);
        apply(e.kind, payload, e, inputs.library, late.delaySeconds);
    }
    recordedDuties = std::move(duties);
    finish(inputs, now);
    return true;
}

void IncidentState::finish(const Inputs &inputs, const QDateTime &now)
{
    IncidentState &s = *this;
    s.grading = Grader(inputs.library).grade(s.facts);
    // Duties: every agency the plans involve, with what the operators recorded about it.
    const std::vector<DutyState> &recorded = s.recordedDuties;
    s.duties.clear();
    for (const auto &a : s.grading) {
        for (const auto &g : a.agencies) {
            DutyState d;
            d.plan = a.plan->id;
            d.agency = g.name;
            d.clause = g.clause;
            d.duty = g.duty;
            d.reason = g.reason;
            s.duties.push_back(d);
        }
    }
    for (const auto &r : recorded) {
        auto it = std::find_if(s.duties.begin(), s.duties.end(),
                               [&r](const DutyState &d) { return d.plan == r.plan && d.agency == r.agency; });
        if (it == s.duties.end()) {
            s.duties.push_back(r); // assigned by hand (e.g. 85号 3.1.4(40))
        } else {
            it->status = r.status;
            it->by = r.by;
            it->person = r.person;
            it->at = r.at;
        }
    }
    s.deadlines = DeadlineEngine(inputs.calendar).compute(s.grading, s.facts, s.milestones, now);
    s.evaluatedAt = now;
}

const Deadline *IncidentState::nextDeadline(const QDateTime &now) const
{
    for (const bool conditional : {false, true}) {
        const Deadline *best = nullptr;
        for (const auto &d : deadlines) {
            if (d.conditional != conditional || !d.due.isValid())
                continue;
            const auto state = deadlineStateAt(d, now);
            if (state != Deadline::State::Pending && state != Deadline::State::DueSoon && state != Deadline::State::Overdue)
                continue;
            if (!best || d.due < best->due)
                best = &d;
        }
        if (best)
            return best;
    }
    return nullptr;
}

void IncidentState::raise(IncidentStatus to)
{
    if (static_cast<int>(to) > static_cast<int>(status))
        status = to;
}

UnitTask &IncidentState::unitTask(const QString &unit)
{
    for (UnitTask &t : units)
        if (t.unit == unit)
            return t;
    units.push_back(UnitTask{unit, {}, {}, {}, {}, false});
    return units.back();
}

void IncidentState::markMilestone(const QString &id, const QDateTime &at, qint64 lateBy)
{
    const auto it = milestones.at.constFind(id);
    if (it == milestones.at.cend() || at < it.value())
        milestones.at.insert(id, at); // anchors run from the first time
    auto &all = milestones.all[id];
    const bool seen = std::binary_search(all.begin(), all.end(), at);
    all.insert(std::upper_bound(all.begin(), all.end(), at), at);
    // The same time entered on time and late: the on-time entry stands.
    auto &late = milestones.lateEntries[id];
    if (lateBy <= 0)
        late.remove(at);
    else if (!seen || late.contains(at))
        late.insert(at, late.contains(at) ? std::min(late.value(at), lateBy) : lateBy);
    if (late.isEmpty())
        milestones.lateEntries.remove(id);
}

IncidentState::EventRead IncidentState::read(const StoredEvent &e, bool exercise, const EntryTimeRule::Policy &policy)
{
    // Parsed once, and only when read: by the entry rule, or by apply() for its kind. Most of
    // a long incident is notes, which neither reads (a third of a 100k-event fold was parsing).
    const bool ruleReads = EntryTimeRule::needsPayload(e, exercise, policy);
    EventRead r;
    if (ruleReads || applyReadsPayload(e.kind))
        r.payload = e.payload();
    if (ruleReads)
        r.late = EntryTimeRule::of(e, r.payload, exercise, policy);
    return r;
}

bool IncidentState::applyReadsPayload(const QString &kind)
{
    // The kinds apply() handles by their time alone; keep in step with it.
    static constexpr std::array<QLatin1String, 10> timeOnly{
        QLatin1String("note"),           QLatin1String("verified"),       QLatin1String("initial_judgment"),
        QLatin1String("investigation_completed"), QLatin1String("response_ended"), QLatin1String("closed"),
        QLatin1String("exercise_inject"), QLatin1String("exercise_ended"), QLatin1String("alarm_acknowledged"),
        QLatin1String("alarms_muted")};
    return std::none_of(timeOnly.begin(), timeOnly.end(), [&kind](QLatin1String k) { return kind == k; });
}

void IncidentState::apply(const QString &kind, const QJsonObject &p, const StoredEvent &e, const PlanLibrary &library, qint64 lateBy)
{
    if (kind == QLatin1String("reported") || kind == QLatin1String("facts_updated")) {
        // Facts updates carry the fields that changed (null clears one); the rest stays.
        const QJsonObject merged = FactsParser::merged(factsJson, p.value(QLatin1String("facts")).toObject());
        if (auto parsed = FactsParser(library).parse(merged)) {
            facts = parsed.value();
            factsJson = merged;
        } else {
            // The journal checks merged facts before writing; this only happens if the plans
            // changed since (a removed cause or clause). Keep the last good facts, say so.
            qWarning("incident %lld: facts of event %lld no longer valid: %s", static_cast<long long>(e.incidentId),
                     static_cast<long long>(e.seq), qPrintable(parsed.error()));
        }
        if (kind == QLatin1String("reported")) {
            title = p.value(QLatin1String("title")).toString();
            exercise = p.value(QLatin1String("exercise")).toBool();
            reportedEventTime = e.eventTime;
        }
        // A corrected reported_at moves the anchor of the windows that run from it.
        reportedAt = facts.reportedAt.isValid() ? facts.reportedAt.toUTC() : reportedEventTime;
        milestones.at.insert(QStringLiteral("reported"), reportedAt);
        milestones.all.insert(QStringLiteral("reported"), {reportedAt});
    } else if (kind == QLatin1String("verified")) {
        raise(IncidentStatus::Verified);
    } else if (kind == QLatin1String("level_declared") || kind == QLatin1String("level_changed")) {
        declaredLevels.insert(p.value(QLatin1String("plan")).toString(), p.value(QLatin1String("level")).toString());
    } else if (kind == QLatin1String("plan_activated")) {
        const auto plan = p.value(QLatin1String("plan")).toString();
        if (!activatedPlans.contains(plan))
            activatedPlans << plan;
        raise(IncidentStatus::Responding);
    } else if (kind.startsWith(QLatin1String("duty_"))) {
        const auto plan = p.value(QLatin1String("plan")).toString();
        const auto agency = p.value(QLatin1String("agency")).toString();
        auto it = std::find_if(duties.begin(), duties.end(),
                               [&](const DutyState &d) { return d.plan == plan && d.agency == agency; });
        if (it == duties.end()) {
            DutyState d;
            d.plan = plan;
            d.agency = agency;
            d.clause = p.value(QLatin1String("clause")).toString();
            d.duty = p.value(QLatin1String("duty")).toString();
            d.reason = QStringLiteral("assigned_by_hand");
            duties.push_back(d);
            it = duties.end() - 1;
        }
        if (kind == QLatin1String("duty_acknowledged") && it->status != QLatin1String("done")) {
            it->status = QStringLiteral("acknowledged");
            it->person = p.value(QLatin1String("person")).toString();
        }
        else if (kind == QLatin1String("duty_done"))
            it->status = QStringLiteral("done");
        if (kind != QLatin1String("duty_assigned")) {
            it->by = e.actor;
            it->at = e.eventTime;
        }
    } else if (kind == QLatin1String("initial_judgment") || kind == QLatin1String("investigation_completed")) {
        markMilestone(kind, e.eventTime, lateBy);
    } else if (kind == QLatin1String("report_sent")) {
        const auto to = p.value(QLatin1String("to")).toString();
        markMilestone(QStringLiteral("report_sent:") + to, e.eventTime, lateBy);
        if (p.value(QLatin1String("report")).toString() == QLatin1String("followup"))
            ++followUpsSent;
        if (to == QLatin1String("wage_office") && status == IncidentStatus::Closed)
            raise(IncidentStatus::PostReportSubmitted);
    } else if (kind == QLatin1String("dispatched")) {
        markMilestone(QStringLiteral("dispatched"), e.eventTime, lateBy);
        raise(IncidentStatus::Responding);
        for (const QJsonValue &u : p.value(QLatin1String("units")).toArray()) {
            UnitTask &t = unitTask(u.toString());
            t.dispatchedAt = e.eventTime; // re-tasked back here: the newest order counts
        }
    } else if (kind == QLatin1String("arrived")) {
        // With a unit named, only a unit carrying a leader meets the leaders-on-site windows
        // (86号 3(2): 单位分管领导 …到达现场); a patrol car at the scene does not. An arrival
        // naming no unit is the operator's word that the leaders are there, as before.
        const QString unit = p.value(QLatin1String("unit")).toString();
        const bool leader = unit.isEmpty() || p.value(QLatin1String("leader")).toBool();
        if (!unit.isEmpty()) {
            UnitTask &t = unitTask(unit);
            if (!t.arrivedAt.isValid()) {
                t.arrivedAt = e.eventTime;
                t.arrivalSource = p.value(QLatin1String("source")).toString(QStringLiteral("operator"));
            }
            t.leader = t.leader || p.value(QLatin1String("leader")).toBool();
        }
        if (leader)
            markMilestone(QStringLiteral("arrived"), e.eventTime, lateBy);
        if (p.value(QLatin1String("principal")).toBool())
            markMilestone(QStringLiteral("principal_leaders_on_site"), e.eventTime, lateBy);
    } else if (kind == QLatin1String("geofence_set")) {
        geofenceRadiusMetres = p.value(QLatin1String("radius_m")).toDouble();
    } else if (kind == QLatin1String("departed")) {
        unitTask(p.value(QLatin1String("unit")).toString()).departedAt = e.eventTime;
    } else if (kind == QLatin1String("ruling")) {
        milestones.rulings.insert(p.value(QLatin1String("id")).toString(), p.value(QLatin1String("holds")).toBool());
    } else if (kind == QLatin1String("assessment")) {
        for (auto it = p.begin(); it != p.end(); ++it)
            if (!EventKinds::isEntryField(it.key()))
                assessment.insert(it.key(), it.value().toString());
    } else if (kind == QLatin1String("response_ended")) {
        markMilestone(QStringLiteral("response_ended"), e.eventTime, lateBy);
        raise(IncidentStatus::ResponseEnded);
    } else if (kind == QLatin1String("closed")) {
        raise(IncidentStatus::Closed); // the disposal report counts only when it follows
    }
    // note, exercise_inject, exercise_ended, alarm_acknowledged, alarms_muted: timeline only.
    // A branch that starts reading the payload of a kind in applyReadsPayload()'s list must
    // take it off that list.
}

} // namespace cd
