#include "journal/IncidentSummary.h"

#include "plan/PlanLibrary.h"

namespace cd {

IncidentSummary IncidentSummary::of(const IncidentState &s)
{
    IncidentSummary out = ofState(s);
    out.addEvents(s.events);
    return out;
}

IncidentSummary IncidentSummary::extended(const IncidentSummary &before, const IncidentState &s, const QList<StoredEvent> &appended)
{
    IncidentSummary out = ofState(s);
    out.demo = before.demo;
    out.fromDrill = before.fromDrill;
    out.drillEndedAt = before.drillEndedAt;
    out.lastEventAt = before.lastEventAt;
    out.lastSeq = before.lastSeq;
    out.addEvents(appended);
    return out;
}

IncidentSummary IncidentSummary::ofState(const IncidentState &s)
{
    IncidentSummary out;
    out.id = s.id;
    out.title = s.title;
    out.exercise = s.exercise;
    out.status = s.status;
    out.county = s.facts.county;
    out.location = SummarySite::of(s.facts.location);
    for (const auto &a : s.grading) {
        if (!a.applies)
            continue;
        out.plans << a.plan->id;
        if (a.level && (!out.level || isMoreSevere(*a.level, *out.level)))
            out.level = a.level;
    }
    out.reportedAt = s.reportedAt;
    const QDateTime now = s.evaluatedAt;
    for (const auto &d : s.deadlines) {
        using S = Deadline::State;
        const S state = deadlineStateAt(d, now);
        // A window whose anchor has not happened waits for an event, not for time: it starts
        // only with a refold. One anchored in the future (an event dated ahead) still counts.
        if (state == S::Met || state == S::MetLate || state == S::RuledOut || (state == S::Waiting && !d.anchorAt.isValid()))
            continue;
        ++out.unfinishedWindows;
        if (d.due.isValid() && (!out.nextDue.isValid() || d.due < out.nextDue))
            out.nextDue = d.due;
    }
    return out;
}

void IncidentSummary::addEvents(const QList<StoredEvent> &events)
{
    IncidentSummary &out = *this;
    for (const auto &e : events) {
        if (e.kind == QLatin1String("note") && !out.demo && e.payload().value(QLatin1String("demo")).toBool())
            out.demo = true;
        else if (e.kind == QLatin1String("exercise_inject"))
            out.fromDrill = true;
        else if (e.kind == QLatin1String("exercise_ended") && !out.drillEndedAt.isValid())
            out.drillEndedAt = e.eventTime;
        if (!out.lastEventAt.isValid() || e.eventTime > out.lastEventAt)
            out.lastEventAt = e.eventTime;
        out.lastSeq = std::max(out.lastSeq, e.seq);
    }
}

} // namespace cd
