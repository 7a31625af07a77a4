#pragma once

#include "core/Result.h"
#include "journal/Event.h"
#include "units/UnitRoster.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace cd {

class Journal;

// What each unit is doing, from the incidents' dispatched / arrived / departed events. The
// newest dispatch naming a unit is its task: dispatching a unit that is on another incident
// re-tasks it (the event says retasked_from), and its old incident keeps the history.
struct UnitAssignment {
    qint64 incidentId = 0;
    QDateTime dispatchedAt;
    QDateTime arrivedAt;  // on this task
    QDateTime departedAt; // on this task, after arriving
    enum class Status { EnRoute, OnScene, Left };
    Status status() const;
};

class UnitTasks {
public:
    // From the dispatch, arrival and departure events of every incident.
    static Result<UnitTasks> load(const Journal &journal);
    // Adds what was appended since the last call, up to the chain head: the map's once-a-second
    // refresh reads a range of the primary key, not the whole journal (1M events at 100k
    // incidents). With maxRows, at most that many sequence numbers of the journal: the first
    // catch-up over years of events is taken in slices that each keep the UI thread under
    // 16 ms. The value says whether the head was reached (always, without maxRows).
    Result<bool> catchUp(const Journal &journal, qint64 maxRows = 0);
    void add(const StoredEvent &event); // events in sequence order

    const UnitAssignment *assignment(const QString &unit) const;
    // The payload of a dispatch of these units to `incidentId`: every unit must be active in
    // the roster; those on another task are re-tasked.
    Result<QJsonObject> dispatch(qint64 incidentId, const QStringList &units, const UnitRoster &roster) const;

private:
    QHash<QString, UnitAssignment> m_tasks;
    qint64 m_seenSeq = 0;
};

} // namespace cd
