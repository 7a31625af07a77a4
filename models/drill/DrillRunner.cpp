#include "drill/DrillRunner.h"

#include "items/Presentation.h"
#include "journal/IncidentState.h"
#include "journal/Journal.h"
#include "journal/StateJson.h"
#include "plan/PlanLibrary.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"
#include "units/ArrivalWatch.h"
#include "units/PositionFeed.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace cd {

DrillRunner::DrillRunner(const Scenario &scenario, Journal &journal, Clock &clock, const PlanLibrary &library,
                         const WorkCalendar &calendar)
    : m_scenario(scenario)
    , m_journal(journal)
    , m_clock(clock)
    , m_library(library)
    , m_calendar(calendar)
{
}

Result<qint64> DrillRunner::deliver(const Inject &in)
{
    const EventAuthor author{QStringLiteral("演练导调"), QStringLiteral("drill")};
    const QDateTime now = m_scenario.at(in.atMinutes); // as scheduled, whatever the clock's jumps
    if (in.kind == Inject::Kind::NewIncident) {
        QJsonObject facts = in.facts;
        facts.insert(QStringLiteral("reported_at"), isoShanghai(now));
        const auto id = m_journal.createIncident(in.title, true, facts, now, author);
        if (!id)
            return id;
        m_ids.insert(in.incident, id.value());
    } else if (in.kind == Inject::Kind::FactsUpdated) {
        const auto seq = m_journal.append({m_ids.value(in.incident), QStringLiteral("facts_updated"),
                                           QJsonObject{{QStringLiteral("facts"), in.facts}}, now, author, now});
        if (!seq)
            return seq;
    }
    // Every inject is also a timeline item, as it reached the operator.
    return m_journal.append({m_ids.value(in.incident), QStringLiteral("exercise_inject"),
                             QJsonObject{{QStringLiteral("inject"), in.id}, {QStringLiteral("from"), in.from},
                                         {QStringLiteral("to"), in.to}, {QStringLiteral("text"), in.kind == Inject::Kind::Message ? in.text : in.synopsis}},
                             now, author, now}); // the director's script arrives at its drill time, even after a jump
}

Result<qint64> DrillRunner::play(const ScriptedResponse &r)
{
    return m_journal.append({m_ids.value(r.incident), r.kind, r.payload, m_clock.now(), {QStringLiteral("演练参演人员"), QStringLiteral("drill")},
                             m_clock.now()});
}

Result<QJsonObject> DrillRunner::run(const QList<ScriptedResponse> &responses, const std::function<void()> &afterStep)
{
    auto *clock = qobject_cast<ManualClock *>(&m_clock);
    if (!clock)
        return Result<QJsonObject>::failure(QStringLiteral("a headless drill needs a hand-moved clock"));
    // Scripted movements: their NMEA log through the same feed and geofences as a live one,
    // each fix at its own time on the drill clock, so arrivals and ETAs are the pipeline's.
    QList<UnitFix> fixes;
    if (!m_scenario.movements.isEmpty())
        fixes = PositionFeed().addData(UnitMovements::nmea(m_scenario.movements, m_scenario.start));
    ArrivalWatch watch(m_journal, m_library, m_calendar, QStringLiteral("drill:") + m_scenario.id);
    watch.setEntryClock(clock);
    qsizetype nextFix = 0;
    // The fixes before `t` (a step at `t` comes first: a dispatch at the minute a unit sets off).
    const auto moveUntil = [&](const QDateTime &t, bool inclusive) -> std::optional<QString> {
        while (nextFix < fixes.size() && (fixes.at(nextFix).info.timestamp() < t || (inclusive && fixes.at(nextFix).info.timestamp() == t))) {
            const QDateTime second = fixes.at(nextFix).info.timestamp();
            QList<UnitFix> batch; // every unit's fix of this second, stored in one transaction
            while (nextFix < fixes.size() && fixes.at(nextFix).info.timestamp() == second)
                batch << fixes.at(nextFix++);
            clock->setNow(second);
            if (const auto added = watch.add(batch); !added)
                return QStringLiteral("unit movements at %1: %2").arg(isoShanghai(second), added.error());
        }
        return std::nullopt;
    };
    // Injects before responses at the same minute: the player answers what has arrived.
    qsizetype i = 0, r = 0;
    while (i < m_scenario.injects.size() || r < responses.size()) {
        const bool injectNext = r >= responses.size() ||
                                (i < m_scenario.injects.size() && m_scenario.injects.at(i).atMinutes <= responses.at(r).atMinutes);
        if (injectNext) {
            const Inject &in = m_scenario.injects.at(i++);
            if (const auto bad = moveUntil(m_scenario.at(in.atMinutes), false))
                return Result<QJsonObject>::failure(*bad);
            clock->setNow(m_scenario.at(in.atMinutes));
            if (const auto done = deliver(in); !done)
                return Result<QJsonObject>::failure(QStringLiteral("inject %1: %2").arg(in.id, done.error()));
        } else {
            const ScriptedResponse &resp = responses.at(r++);
            if (!m_ids.contains(resp.incident))
                return Result<QJsonObject>::failure(QStringLiteral("response at %1 min: incident \"%2\" does not exist yet").arg(resp.atMinutes).arg(resp.incident));
            if (const auto bad = moveUntil(m_scenario.at(resp.atMinutes), false))
                return Result<QJsonObject>::failure(*bad);
            clock->setNow(m_scenario.at(resp.atMinutes));
            if (const auto done = play(resp); !done)
                return Result<QJsonObject>::failure(QStringLiteral("response at %1 min (%2): %3").arg(resp.atMinutes).arg(resp.kind, done.error()));
        }
        if (afterStep)
            afterStep();
    }
    if (const auto bad = moveUntil(m_scenario.end(), true))
        return Result<QJsonObject>::failure(*bad);
    clock->setNow(m_scenario.end());
    return AfterAction::evaluate(m_scenario, m_ids, m_journal, m_library, m_calendar);
}

QJsonObject AfterAction::evaluate(const Scenario &scenario, const QHash<QString, qint64> &ids, Journal &journal, const PlanLibrary &library,
                                  const WorkCalendar &calendar)
{
    const QDateTime end = scenario.end();
    QJsonArray deadlines, actions, incidents, units;
    int met = 0, late = 0, missed = 0, open = 0, done = 0, lateActions = 0, notDone = 0;
    QStringList keys = ids.keys();
    std::sort(keys.begin(), keys.end());
    for (const auto &key : keys) {
        const auto events = journal.events(ids.value(key));
        if (!events)
            continue;
        const IncidentState s = IncidentState::fold(events.value(), {library, calendar}, end, end);
        incidents.push_back(QJsonObject{{QStringLiteral("incident"), key},
                                        {QStringLiteral("title"), s.title},
                                        {QStringLiteral("level"), StateJson::summary(s).value(QStringLiteral("level"))},
                                        {QStringLiteral("plans"), StateJson::summary(s).value(QStringLiteral("plans"))},
                                        {QStringLiteral("plan_refs"), Presentation::planRefs(s)}});
        // The responding units (issue 16): when each was sent, when and how it arrived.
        const auto time = [&end](const QDateTime &t) { return t.isValid() && t <= end ? QJsonValue(isoShanghai(t)) : QJsonValue(QJsonValue::Null); };
        for (const UnitTask &t : s.units)
            units.push_back(QJsonObject{{QStringLiteral("incident"), key},
                                        {QStringLiteral("unit"), t.unit},
                                        {QStringLiteral("leader"), t.leader},
                                        {QStringLiteral("dispatched_at"), time(t.dispatchedAt)},
                                        {QStringLiteral("arrived_at"), time(t.arrivedAt)},
                                        {QStringLiteral("arrival_source"), t.arrivedAt.isValid() && t.arrivedAt <= end ? QJsonValue(t.arrivalSource)
                                                                                                                       : QJsonValue(QJsonValue::Null)},
                                        {QStringLiteral("departed_at"), time(t.departedAt)}});
        for (const auto &d : s.deadlines) {
            if (d.state == Deadline::State::RuledOut)
                continue;
            QString outcome;
            qint64 lateBy = 0;
            const bool completed = d.completedAt.isValid() && d.completedAt <= end;
            if (completed && d.due.isValid() && d.completedAt > d.due) {
                outcome = QStringLiteral("late");
                lateBy = d.due.secsTo(d.completedAt);
            } else if (completed && d.anchorAt.isValid()) {
                outcome = QStringLiteral("met"); // on time, or 立即/及时/a requirement done
            } else if (d.due.isValid() && d.due < end) {
                outcome = QStringLiteral("missed"); // fell due within the scenario, not done
            } else {
                outcome = QStringLiteral("open"); // not due by the end, or waiting for its anchor
            }
            (outcome == QLatin1String("met") ? met : outcome == QLatin1String("late") ? late : outcome == QLatin1String("missed") ? missed : open)++;
            QJsonObject o{{QStringLiteral("incident"), key},
                          {QStringLiteral("plan"), d.planId},
                          {QStringLiteral("plan_ref"), d.planRef},
                          {QStringLiteral("clause"), d.window->clause},
                          {QStringLiteral("window"), d.window->id},
                          {QStringLiteral("action"), d.window->action},
                          {QStringLiteral("due"), d.due.isValid() ? QJsonValue(isoShanghai(d.due)) : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("completed_at"), d.completedAt.isValid() && d.completedAt <= end ? QJsonValue(isoShanghai(d.completedAt))
                                                                                                           : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("outcome"), outcome},
                          {QStringLiteral("started"), d.anchorAt.isValid() && d.anchorAt <= end}}; // its clock ran in the drill
            if (outcome == QLatin1String("late"))
                o.insert(QStringLiteral("late_by_seconds"), lateBy);
            if (completed && d.completedByLateEntry()) { // 补录 in drill time: said, never a plain "met"
                o.insert(QStringLiteral("backdated"), true);
                o.insert(QStringLiteral("entry_delay_s"), d.completedEntryDelay);
            }
            deadlines.push_back(o);
        }
        // Expected player actions of the injects on this incident.
        for (const auto &in : scenario.injects) {
            if (in.incident != key)
                continue;
            const QDateTime from = scenario.at(in.atMinutes);
            for (const auto &ex : in.expects) {
                const QDateTime deadline = from.addSecs(qint64(ex.withinMinutes) * 60);
                // The first time it was done at or after the inject (milestones count from the start).
                QDateTime doneAt;
                if (library.vocabulary().milestone(ex.action)) {
                    doneAt = s.milestones.at.value(ex.action);
                } else {
                    for (const auto &e : s.events)
                        if (e.kind == ex.action && e.eventTime >= from && !s.voided.contains(e.seq)) {
                            doneAt = e.eventTime;
                            break;
                        }
                }
                QString outcome;
                QJsonObject o{{QStringLiteral("incident"), key},
                              {QStringLiteral("inject"), in.id},
                              {QStringLiteral("action"), ex.action},
                              {QStringLiteral("label"), ex.label},
                              {QStringLiteral("due"), isoShanghai(deadline)}};
                if (doneAt.isValid() && doneAt <= deadline) {
                    outcome = QStringLiteral("done");
                    ++done;
                } else if (doneAt.isValid() && doneAt <= end) {
                    outcome = QStringLiteral("late");
                    o.insert(QStringLiteral("late_by_seconds"), deadline.secsTo(doneAt));
                    ++lateActions;
                } else {
                    outcome = QStringLiteral("not_done");
                    ++notDone;
                }
                o.insert(QStringLiteral("done_at"), doneAt.isValid() && doneAt <= end ? QJsonValue(isoShanghai(doneAt)) : QJsonValue(QJsonValue::Null));
                o.insert(QStringLiteral("outcome"), outcome);
                actions.push_back(o);
            }
        }
    }
    // Met or done counts 1, late counts ½, missed or not done 0; windows still open are not judged.
    const int judged = met + late + missed + done + lateActions + notDone;
    const double points = met + done + 0.5 * (late + lateActions);
    const int percent = judged > 0 ? int(std::lround(100.0 * points / judged)) : 100;
    QJsonObject out{
        {QStringLiteral("scenario"), scenario.id},
        {QStringLiteral("title"), scenario.title},
        {QStringLiteral("start"), isoShanghai(scenario.start)},
        {QStringLiteral("end"), isoShanghai(end)},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("deadlines"), deadlines},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("score"), QJsonObject{{QStringLiteral("windows"), QJsonObject{{QStringLiteral("met"), met}, {QStringLiteral("late"), late},
                                                                                       {QStringLiteral("missed"), missed}, {QStringLiteral("open"), open}}},
                                              {QStringLiteral("actions"), QJsonObject{{QStringLiteral("done"), done}, {QStringLiteral("late"), lateActions},
                                                                                       {QStringLiteral("not_done"), notDone}}},
                                              {QStringLiteral("percent"), percent}}}};
    if (!units.isEmpty()) // drills without units read as before
        out.insert(QStringLiteral("units"), units);
    return out;
}

QString StateDigest::of(const IncidentState &state, const PlanLibrary &library)
{
    const QByteArray canonical = QJsonDocument(StateJson::incident(state, library)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

} // namespace cd
