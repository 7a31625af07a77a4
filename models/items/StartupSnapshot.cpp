#include "items/StartupSnapshot.h"

#include "items/IncidentClocks.h"
#include "journal/JournalStore.h"
#include "journal/SummaryProjection.h"
#include "time/WorkCalendar.h"

namespace cd {

IncidentState foldInItsWorld(IncidentClocks &clocks, qint64 id, QList<StoredEvent> events, const IncidentState::Inputs &inputs,
                             const QDateTime &cursor)
{
    clocks.learn(id, events);
    return IncidentState::fold(std::move(events), inputs, cursor, clocks.nowFor(id));
}

Result<StartupSnapshot> StartupSnapshot::read(const JournalStore &store, const PlanLibrary &library, const WorkCalendar &calendar,
                                              IncidentClocks &clocks, size_t room, const std::atomic_bool *cancel)
{
    using R = Result<StartupSnapshot>;
    // Live: no replay cursor; each incident at the time of its own world.
    auto fold = [&](qint64 id, QList<StoredEvent> events) { return foldInItsWorld(clocks, id, std::move(events), {library, calendar}); };
    // The summary projection instead of folding every incident; full folds only for those
    // whose clocks run (their windows raise alarms and count down) or that are open.
    auto loaded = SummaryProjection::load(store, SummaryProjection::inputsKey(library),
                                          [&](const QList<StoredEvent> &events) { return fold(events.first().incidentId, events); });
    if (!loaded)
        return R::failure(loaded.error());
    StartupSnapshot out;
    out.notSaved = loaded->notSaved;
    // Moved, not copied: at 100k incidents a copy is 25 MB more at the peak.
    QList<IncidentSummary> &summaries = loaded.value().summaries;
    // With room for a shift's new incidents: the first insert into a full vector of 100k
    // summaries moved them all (the desk's first new incident took 34 ms instead of 9).
    out.summaries.reserve(size_t(summaries.size()) + room);
    out.summaries.assign(std::make_move_iterator(summaries.begin()), std::make_move_iterator(summaries.end()));
    summaries = {};
    clocks.reserve(out.summaries.size());
    for (const IncidentSummary &summary : out.summaries) {
        clocks.learnSummary(summary);
        if (!summary.needsFullFold())
            continue;
        if (cancel && cancel->load())
            return R::failure(QStringLiteral("the start-up read was cancelled"));
        auto events = store.events(summary.id);
        if (!events)
            return R::failure(events.error());
        out.folded.push_back(std::make_unique<IncidentState>(fold(summary.id, std::move(events).value())));
    }
    out.facts = clocks.takeFacts();
    return R(std::move(out));
}

} // namespace cd
