#pragma once

#include "core/Result.h"
#include "units/PositionFeed.h"
#include "units/UnitRoster.h"
#include "units/UnitTasks.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>
#include <optional>

namespace cd {

class Clock;
class Journal;
class PlanLibrary;
class UnitTracker;
class WorkCalendar;

// The position pipeline's last stage for every unit at once (ARCHITECTURE.md point 8): fixes
// are stored in the track table, and each fix of a unit that is dispatched goes to the
// geofence of its task's incident (site from the incident's facts, radius from geofence_set),
// whose transitions are recorded as arrived / departed. A live feed, a recorded log replayed
// from the desk and a drill's scripted movements all end here, so they decide arrivals alike.
class ArrivalWatch {
public:
    ArrivalWatch(Journal &journal, const PlanLibrary &library, const WorkCalendar &calendar, QString source);
    ~ArrivalWatch();
    // Events are entered on this clock (a drill's); nullptr: the journal's.
    void setEntryClock(const Clock *clock) { m_entryClock = clock; }
    // Set on every event recorded: the reason it is entered late, should it be (EntryTimeRule).
    void setLateEntryReason(const QString &reason) { m_lateReason = reason; }
    // Fixes in time order. Fails only when the journal refuses a write.
    Result<bool> add(const QList<UnitFix> &fixes);
    // The last add() failed because the shared journal was offline, before any of its fixes
    // was stored: the same fixes may be given again once it is back, without doubling any.
    bool lastAddWaitsForServer() const { return m_waitsForServer; }

    struct Outcome {
        QString unit;
        qint64 incidentId = 0;
        std::optional<QDateTime> arrivedAt;
        std::optional<qint64> etaAtDispatch;
    };
    // One per task a unit was tracked on, in the order tracking began.
    QList<Outcome> outcomes() const;
    qint64 stored() const { return m_stored; }

private:
    struct Tracked;
    UnitTracker *trackerFor(const QString &unit, const UnitAssignment &task);

    Journal &m_journal;
    const PlanLibrary &m_library;
    const WorkCalendar &m_calendar;
    QString m_source;
    const Clock *m_entryClock = nullptr;
    QString m_lateReason;
    bool m_waitsForServer = false;
    UnitRoster m_roster;
    qint64 m_rosterSeq = -1;
    UnitTasks m_tasks;
    std::vector<std::unique_ptr<Tracked>> m_tracked; // every task tracked, oldest first
    QHash<QString, Tracked *> m_current;       // unit -> its current task's tracker
    qint64 m_stored = 0;
};

} // namespace cd
