#pragma once

#include "core/Result.h"
#include "items/IncidentClocks.h"
#include "journal/IncidentState.h"
#include "journal/IncidentSummary.h"

#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace cd {

class JournalStore;
class PlanLibrary;
class WorkCalendar;

// One incident folded at its own world's time, that world learnt from its events first (it
// decides the time the windows are evaluated at): the store's folds and the start-up read's.
IncidentState foldInItsWorld(IncidentClocks &clocks, qint64 id, QList<StoredEvent> events, const IncidentState::Inputs &inputs,
                             const QDateTime &cursor = {});

// What a live desk shows when it starts: every incident's summary (the projection, brought up
// to date) and the full fold of those whose clocks run or that are open. Read by a function
// that touches no store object and no widget, so that the desk can read it on a thread of its
// own, with a connection of its own, while its window is already up (StartupLoad); the
// IncidentStore then adopts it on the desk's thread.
struct StartupSnapshot {
    std::vector<IncidentSummary> summaries;             // id order
    std::vector<std::unique_ptr<IncidentState>> folded; // id order
    IncidentClocks::FactsTable facts; // each incident's world, learnt from its summary (and the folded ones' events)
    QString notSaved; // why the projection's catch-up could not be written back, if it was not

    // `clocks` says at which time each incident is folded; what it learns of every incident's
    // world is handed over in `facts` (taken from it); `room` is reserved in `summaries` for the
    // incidents a shift adds. `cancel`, when set (the desk closing), stops it between folds.
    static Result<StartupSnapshot> read(const JournalStore &store, const PlanLibrary &library, const WorkCalendar &calendar,
                                        IncidentClocks &clocks, size_t room, const std::atomic_bool *cancel = nullptr);
};

} // namespace cd
