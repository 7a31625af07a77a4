#include "items/IncidentStore.h"

#include "journal/Journal.h"
#include "items/StartupSnapshot.h"
#include "plan/PlanLibrary.h"
#include "time/Clock.h"

namespace cd {

IncidentStore::IncidentStore(std::shared_ptr<const PlanLibrary> library, WorkCalendar calendar, Clock &clock, Journal &journal,
                             QObject *parent)
    : QObject(parent)
    , m_library(std::move(library))
    , m_calendar(std::move(calendar))
    , m_clock(clock)
    , m_journal(journal)
    , m_clocks(clock)
{
    // The wall clock and the running drill's clock both tick here.
    connect(&m_clocks, &IncidentClocks::ticked, this, [this] {
        if (isReplay())
            (void)reload(); // the cursor moved: show the state at it
        Q_EMIT ticked(m_clock.now());
    });
}

std::unique_ptr<IncidentState> IncidentStore::foldOne(qint64 id, QList<StoredEvent> events)
{
    return std::make_unique<IncidentState>(foldInItsWorld(m_clocks, id, std::move(events), {*m_library, m_calendar}, cursor()));
}

Result<bool> IncidentStore::reload(qint64 newAfterId)
{
    m_loading = false;
    if (!m_only && !isReplay()) {
        auto snapshot = StartupSnapshot::read(m_journal.store(), *m_library, m_calendar, m_clocks, NewIncidentsRoom);
        if (!snapshot)
            return Result<bool>::failure(snapshot.error());
        adopt(std::move(snapshot).value(), newAfterId);
        return true;
    }
    // A replay folds at its cursor: the incident it replays (ReplayWindow), or every one.
    m_onDemand.clear();
    m_onDemandOrder.clear();
    std::vector<std::unique_ptr<IncidentState>> fresh;
    auto keep = [&](const QList<StoredEvent> &events) {
        if (events.isEmpty())
            return;
        auto state = foldOne(events.first().incidentId, events);
        if (!state->events.isEmpty()) // at a replay cursor, incidents not reported yet do not exist
            fresh.push_back(std::move(state));
    };
    if (m_only) {
        const auto one = m_journal.events(m_only);
        if (!one)
            return Result<bool>::failure(one.error());
        keep(one.value());
    } else if (const auto all = m_journal.forEachIncident(keep); !all) {
        return Result<bool>::failure(all.error());
    }
    std::vector<IncidentSummary> summaries;
    for (const auto &s : fresh)
        summaries.push_back(IncidentSummary::of(*s));
    m_incidents = std::move(fresh);
    m_summaries = std::move(summaries);
    Q_EMIT incidentsReset();
    return true;
}

void IncidentStore::adopt(StartupSnapshot snapshot, qint64 newAfterId)
{
    if (isReplay() || m_only)
        return; // a replay folds at its cursor (reload()); a snapshot is the live journal
    m_loading = false;
    m_projectionNotSaved = snapshot.notSaved;
    m_onDemand.clear();
    m_onDemandOrder.clear();
    // Each incident's world, as the read learnt it (from its summary; the folded ones from
    // their events): moved in, not learnt again here.
    m_clocks.setFacts(std::move(snapshot.facts));
    m_incidents = std::move(snapshot.folded);
    m_summaries = std::move(snapshot.summaries);
    if (m_summaries.capacity() < m_summaries.size() + NewIncidentsRoom)
        m_summaries.reserve(m_summaries.size() + NewIncidentsRoom);
    Q_EMIT incidentsReset();
    if (newAfterId < 0)
        return;
    QList<qint64> opened; // ids first: a listener may fold on demand and touch the containers
    for (auto it = std::upper_bound(m_summaries.begin(), m_summaries.end(), newAfterId,
                                    [](qint64 v, const IncidentSummary &s) { return v < s.id; });
         it != m_summaries.end(); ++it)
        opened << it->id;
    for (const qint64 id : std::as_const(opened))
        Q_EMIT incidentAdded(id);
}

const IncidentSummary *IncidentStore::summary(qint64 id) const
{
    const int i = rowOf(id);
    return i >= 0 ? &m_summaries[size_t(i)] : nullptr;
}

int IncidentStore::rowOf(qint64 id) const
{
    const auto it = std::lower_bound(m_summaries.begin(), m_summaries.end(), id, [](const IncidentSummary &s, qint64 v) { return s.id < v; });
    return it != m_summaries.end() && it->id == id ? int(it - m_summaries.begin()) : -1;
}

void IncidentStore::keepSummary(const IncidentState &state, const QList<StoredEvent> *appended)
{
    const auto it = std::lower_bound(m_summaries.begin(), m_summaries.end(), state.id,
                                     [](const IncidentSummary &s, qint64 v) { return s.id < v; });
    const bool present = it != m_summaries.end() && it->id == state.id;
    // After an in-place extend, from the summary it had: no pass over every event per append.
    IncidentSummary summary = present && appended ? IncidentSummary::extended(*it, state, *appended) : IncidentSummary::of(state);
    if (present) {
        *it = std::move(summary);
        return;
    }
    // Both signals here, around the insert: the list inserts its row (its full state is in
    // place already, for the deadline it shows).
    const int row = int(it - m_summaries.begin());
    Q_EMIT summaryAboutToBeInserted(row);
    m_summaries.insert(it, std::move(summary));
    Q_EMIT summaryInserted(row);
}

const IncidentState *IncidentStore::folded(qint64 id) const
{
    const int i = indexOf(id);
    if (i >= 0)
        return m_incidents[size_t(i)].get();
    return m_onDemand.value(id).get();
}

const IncidentState *IncidentStore::incident(qint64 id) const
{
    const int i = indexOf(id);
    if (i >= 0)
        return m_incidents[size_t(i)].get();
    if (const auto kept = m_onDemand.value(id))
        return kept.get();
    if (rowOf(id) < 0)
        return nullptr;
    // Not folded at start-up (closed, no window running): folded now, for the detail views.
    auto events = m_journal.events(id);
    if (!events || events->isEmpty())
        return nullptr;
    auto state = std::make_shared<IncidentState>(
        IncidentState::fold(std::move(events).value(), {*m_library, m_calendar}, cursor(), m_clocks.nowFor(id)));
    m_onDemand.insert(id, state);
    m_onDemandOrder.removeAll(id);
    m_onDemandOrder << id;
    // A few are kept (the selected one and those just looked at), never all of them.
    while (m_onDemandOrder.size() > 8)
        m_onDemand.remove(m_onDemandOrder.takeFirst());
    return state.get();
}

int IncidentStore::indexOf(qint64 id) const
{
    // Ids grow with creation, so the vector is sorted by id.
    const auto it = std::lower_bound(m_incidents.begin(), m_incidents.end(), id,
                                     [](const std::unique_ptr<IncidentState> &s, qint64 v) { return s->id < v; });
    return it != m_incidents.end() && (*it)->id == id ? int(it - m_incidents.begin()) : -1;
}

void IncidentStore::select(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    Q_EMIT selectionChanged(id);
}

Result<qint64> IncidentStore::createIncident(const QString &title, bool exercise, const QJsonObject &facts, const QDateTime &at)
{
    if (isReplay())
        return Result<qint64>::failure(tr("Replay is read-only: leave the replay to record events."));
    // A new incident is live or a stand-alone exercise: both on the wall clock (a drill's
    // incidents are opened by its injects).
    const auto id = m_journal.createIncident(title, exercise, facts, at.isValid() ? at : m_clock.now());
    if (!id)
        return id;
    if (auto r = refold(id.value()); !r)
        return Result<qint64>::failure(r.error());
    Q_EMIT incidentAdded(id.value());
    select(id.value());
    return id;
}

bool IncidentStore::isReplay() const { return m_clock.mode() == Clock::Mode::Replay; }

QDateTime IncidentStore::cursor() const { return isReplay() ? m_clock.now() : QDateTime(); }

Result<bool> IncidentStore::refresh(qint64 id)
{
    const bool known = rowOf(id) >= 0;
    if (auto r = refold(id); !r)
        return r;
    if (known)
        Q_EMIT incidentChanged(id);
    else
        Q_EMIT incidentAdded(id);
    return true;
}

Result<bool> IncidentStore::applyAppended(const QList<StoredEvent> &events)
{
    QList<qint64> changed;
    for (const StoredEvent &e : events) {
        if (e.incidentId == CentreRegisterId)
            continue; // the centre's register is not an incident (its readers watch it themselves)
        const IncidentSummary *s = summary(e.incidentId);
        const bool folded = s && s->lastSeq >= e.seq;
        if (!folded && !changed.contains(e.incidentId))
            changed << e.incidentId;
    }
    if (isReplay())
        return true; // the replay shows the journal at its cursor; it reloads when it moves
    for (qint64 id : changed)
        if (auto r = refresh(id); !r)
            return r;
    return true;
}

Result<qint64> IncidentStore::record(qint64 incidentId, const QString &kind, const QJsonObject &payload, const QDateTime &at)
{
    if (isReplay())
        return Result<qint64>::failure(tr("Replay is read-only: leave the replay to record events."));
    Clock *clock = m_clocks.eventClock(incidentId);
    if (!clock)
        return Result<qint64>::failure(tr("This drill has ended: its incidents are kept as they were at its end and take no more events."));
    // Entered on the clock of the incident's world: drill time for an exercise (EntryTimeRule).
    const auto seq = m_journal.append({incidentId, kind, payload, at.isValid() ? at : clock->now(), {}, clock->now()});
    if (!seq)
        return seq;
    // Added, not changed, when another desk opened it and the watcher has not said so yet.
    if (auto r = refresh(incidentId); !r)
        return Result<qint64>::failure(r.error());
    return seq;
}

Result<QList<qint64>> IncidentStore::recordBatch(qint64 incidentId, QList<NewEvent> events)
{
    using R = Result<QList<qint64>>;
    if (isReplay())
        return R::failure(tr("Replay is read-only: leave the replay to record events."));
    Clock *clock = m_clocks.eventClock(incidentId);
    if (!clock)
        return R::failure(tr("This drill has ended: its incidents are kept as they were at its end and take no more events."));
    for (NewEvent &e : events) {
        e.incidentId = incidentId;
        if (!e.at.isValid())
            e.at = clock->now();
        e.enteredAt = clock->now();
    }
    const auto seqs = m_journal.appendBatch(events);
    if (!seqs)
        return seqs;
    if (auto r = refresh(incidentId); !r)
        return R::failure(r.error());
    return seqs;
}

Result<bool> IncidentStore::refold(qint64 id)
{
    // What was appended since the last fold, added to the state in place: an append costs
    // the same in an incident of 100 events as in one of 100k (bench_journal).
    if (const int i = indexOf(id); i >= 0 && !isReplay()) {
        IncidentState &state = *m_incidents[size_t(i)];
        const auto appended = m_journal.events(id, state.events.isEmpty() ? 0 : state.events.last().seq);
        if (!appended)
            return Result<bool>::failure(appended.error());
        m_clocks.learnAppended(id, appended.value());
        if (state.extend(appended.value(), {*m_library, m_calendar}, m_clocks.nowFor(id))) {
            keepSummary(state, &appended.value());
            return true;
        }
    }
    m_onDemand.remove(id); // folded in full below, kept with the others
    m_onDemandOrder.removeAll(id);
    auto events = m_journal.events(id);
    if (!events)
        return Result<bool>::failure(events.error());
    auto state = foldOne(id, std::move(events).value());
    const IncidentState *placed = state.get();
    const int i = indexOf(id);
    if (i >= 0) {
        m_incidents[size_t(i)] = std::move(state);
    } else {
        const auto it = std::lower_bound(m_incidents.begin(), m_incidents.end(), id,
                                         [](const std::unique_ptr<IncidentState> &s, qint64 v) { return s->id < v; });
        m_incidents.insert(it, std::move(state));
    }
    keepSummary(*placed);
    return true;
}

const IncidentState *IncidentStore::nextDeadlineIncident() const
{
    // Live work first: a drill's windows are only offered when no live window runs. Within a
    // world, the window with the least time left (each on its own clock).
    for (const World world : {World::Live, World::Drill}) {
        const IncidentState *best = nullptr;
        qint64 bestLeft = 0;
        for (const auto &s : m_incidents) {
            if (worldOf(*s) != world)
                continue;
            const QDateTime now = nowFor(*s);
            if (const auto *d = s->nextDeadline(now); d && (!best || now.secsTo(d->due) < bestLeft)) {
                best = s.get();
                bestLeft = now.secsTo(d->due);
            }
        }
        if (best)
            return best;
    }
    return nullptr;
}

} // namespace cd
