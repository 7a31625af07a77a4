#include "units/ArrivalWatch.h"

#include "journal/EntryTimeRule.h"
#include "journal/IncidentState.h"
#include "journal/Journal.h"
#include "units/TrackStore.h"
#include "units/UnitTracker.h"

namespace cd {

struct ArrivalWatch::Tracked {
    QString unit;
    qint64 incidentId = 0;
    QDateTime dispatchedAt;
    std::unique_ptr<UnitTracker> tracker; // null: the incident has no location to fence
};

ArrivalWatch::ArrivalWatch(Journal &journal, const PlanLibrary &library, const WorkCalendar &calendar, QString source)
    : m_journal(journal)
    , m_library(library)
    , m_calendar(calendar)
    , m_source(std::move(source))
{
}

ArrivalWatch::~ArrivalWatch() = default;

UnitTracker *ArrivalWatch::trackerFor(const QString &unit, const UnitAssignment &task)
{
    Tracked *t = m_current.value(unit);
    if (t && t->incidentId == task.incidentId && t->dispatchedAt == task.dispatchedAt)
        return t->tracker.get();
    // A new task (or the first): a fresh geofence around its incident's scene.
    auto fresh = std::make_unique<Tracked>();
    fresh->unit = unit;
    fresh->incidentId = task.incidentId;
    fresh->dispatchedAt = task.dispatchedAt;
    if (const auto events = m_journal.events(task.incidentId); events && !events->isEmpty()) {
        const IncidentState s = IncidentState::fold(events.value(), {m_library, m_calendar}, {}, task.dispatchedAt);
        if (s.facts.location.isValid()) {
            const Unit *known = m_roster.unit(unit);
            Unit u = known ? *known : Unit{};
            u.id = unit;
            fresh->tracker = std::make_unique<UnitTracker>(m_journal, u, task.incidentId, s.facts.location, s.geofenceRadiusMetres, task.dispatchedAt);
            fresh->tracker->setEntryClock(m_entryClock);
            if (!m_lateReason.isEmpty())
                fresh->tracker->setExtraPayload({{QLatin1String(EntryTimeRule::ReasonField), m_lateReason}});
            fresh->tracker->skipRecorded(events.value());
        }
    }
    t = fresh.get();
    m_current.insert(unit, t);
    m_tracked.push_back(std::move(fresh));
    return t->tracker.get();
}

Result<bool> ArrivalWatch::add(const QList<UnitFix> &fixes)
{
    m_waitsForServer = false;
    if (fixes.isEmpty())
        return true;
    // Fed from the UI thread as fixes arrive: never wait on a shared server that the watcher
    // found not answering, and not longer than its heartbeat would on one that just stopped.
    if (m_journal.serverUnreachable()) {
        m_waitsForServer = true;
        return Result<bool>::failure(QStringLiteral("%1 fixes not stored: the shared journal is offline").arg(fixes.size()));
    }
    bool cut = false;
    const auto stored = [this, &fixes, &cut] {
        const auto bounded = m_journal.store().boundCalls(std::chrono::seconds(3));
        auto appended = TrackStore(m_journal.store()).append(fixes, m_source);
        cut = bounded && bounded->expired();
        return appended;
    }();
    if (!stored) {
        m_waitsForServer = cut || m_journal.store().lastFailure() == StoreFailure::Offline;
        return Result<bool>::failure(stored.error());
    }
    m_stored += fixes.size();
    if (const auto reg = m_journal.events(CentreRegisterId, 0); reg && !reg->isEmpty() && reg->last().seq != m_rosterSeq) {
        m_roster = UnitRoster::fold(reg.value());
        m_rosterSeq = reg->last().seq;
    }
    // Tasks as the journal has them: dispatches since the last call, and again after each
    // arrival or departure this loop records (not per fix: a drill hour is 50k fixes).
    if (const auto caught = m_tasks.catchUp(m_journal); !caught)
        return Result<bool>::failure(caught.error());
    for (const UnitFix &f : fixes) {
        const UnitAssignment *task = m_tasks.assignment(f.unit);
        if (!task || task->status() == UnitAssignment::Status::Left || f.info.timestamp() < task->dispatchedAt)
            continue;
        UnitTracker *tracker = trackerFor(f.unit, *task);
        if (!tracker)
            continue;
        const auto before = std::make_pair(tracker->arrivedAt(), tracker->departedAt());
        if (const auto added = tracker->add(f.info); !added)
            return added;
        if (std::make_pair(tracker->arrivedAt(), tracker->departedAt()) != before)
            if (const auto caught = m_tasks.catchUp(m_journal); !caught)
                return Result<bool>::failure(caught.error());
    }
    return true;
}

QList<ArrivalWatch::Outcome> ArrivalWatch::outcomes() const
{
    QList<Outcome> out;
    for (const auto &t : m_tracked)
        out << Outcome{t->unit, t->incidentId, t->tracker ? t->tracker->arrivedAt() : std::nullopt,
                       t->tracker ? t->tracker->etaAtDispatch() : std::nullopt};
    return out;
}

} // namespace cd
