#pragma once

#include "core/Result.h"
#include "items/IncidentClocks.h"
#include "items/StartupSnapshot.h"
#include "journal/Event.h"
#include "journal/IncidentState.h"
#include "journal/IncidentSummary.h"
#include "time/WorkCalendar.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <memory>
#include <vector>

namespace cd {

class Clock;
class Journal;
class PlanLibrary;

// The one notifier the dashboard listens to (Subsurface-style): it owns the folded state of
// every incident, writes operator actions to the journal, refolds what changed and says so
// with fine-grained signals, so map, list and docks stay in step without knowing each other.
class IncidentStore final : public QObject {
    Q_OBJECT
public:
    IncidentStore(std::shared_ptr<const PlanLibrary> library, WorkCalendar calendar, Clock &clock, Journal &journal,
                  QObject *parent = nullptr);

    // `newAfterId`: as for adopt(), for a live store.
    Result<bool> reload(qint64 newAfterId = -1);
    // Takes what start-up read (StartupSnapshot, perhaps on another thread) as the desk's
    // incidents: the same as reload() of a live store, without the reading. Incidents with an
    // id above `newAfterId` were opened after the desk noted where the journal stood (by another
    // desk, while this one started): each is announced with incidentAdded, as live updates
    // would have, so that its 新事件 alarm is raised. -1: none.
    static constexpr size_t NewIncidentsRoom = 4096; // summaries reserved beyond those loaded
    void adopt(StartupSnapshot snapshot, qint64 newAfterId = -1);
    // The desk shows its window while the start-up read runs (StartupLoad): until adopt() or
    // reload(), views say the journal is being read rather than that it is empty.
    void setLoading(bool loading) { m_loading = loading; }
    bool isLoading() const { return m_loading; }
    // Why the last live load could not write the summary projection back (a read-only file, a
    // login without the right); empty if it could. The desk logs it, the CLI does not.
    const QString &projectionNotSaved() const { return m_projectionNotSaved; }

    const PlanLibrary &library() const { return *m_library; }
    std::shared_ptr<const PlanLibrary> sharedLibrary() const { return m_library; }
    const WorkCalendar &calendar() const { return m_calendar; }
    Clock &clock() const { return m_clock; }
    Journal &journal() const { return m_journal; }

    // Every incident as the list and the map show it (the summary projection), in id order.
    const std::vector<IncidentSummary> &summaries() const { return m_summaries; }
    const IncidentSummary *summary(qint64 id) const;
    int rowOf(qint64 id) const; // index in summaries(), -1 if none
    // The incidents folded in full: those whose windows run or that are not closed (alarms,
    // the wall board and F6 look only here), and those a replay shows. Others are folded on
    // demand by incident().
    const std::vector<std::unique_ptr<IncidentState>> &incidents() const { return m_incidents; }
    // The full state of any incident: folded now if it was not (the one selected or shown in
    // detail); nullptr if there is none.
    const IncidentState *incident(qint64 id) const;
    int indexOf(qint64 id) const; // in incidents()
    // The full state if it is folded already (never folds): for views of every incident.
    const IncidentState *folded(qint64 id) const;

    qint64 selectedId() const { return m_selected; }
    const IncidentState *selected() const { return incident(m_selected); }
    void select(qint64 id);


    // Which clock evaluates each incident: live ones the wall clock, whatever a drill does.
    IncidentClocks &clocks() { return m_clocks; }
    const IncidentClocks &clocks() const { return m_clocks; }
    World worldOf(const IncidentState &s) const { return m_clocks.worldOf(s.id); }
    QDateTime nowFor(const IncidentState &s) const { return m_clocks.nowFor(s.id); }
    // F6: the incident whose running window falls due first — live incidents first, then
    // the running drill's; ended drills and stand-alone exercises never. nullptr if none.
    const IncidentState *nextDeadlineIncident() const;
    // A replay view folds only the incident it replays.
    void setOnly(qint64 id) { m_only = id; }

    // Operator actions: each is one journal append (or none, on error) followed by a refold.
    Result<qint64> createIncident(const QString &title, bool exercise, const QJsonObject &facts, const QDateTime &at);
    Result<qint64> record(qint64 incidentId, const QString &kind, const QJsonObject &payload, const QDateTime &at = {});
    // Several events of one incident, all or none (a reached call and the acknowledgement it
    // carries, issue 17); each entered on the incident's clock like record(). The sequence numbers.
    Result<QList<qint64>> recordBatch(qint64 incidentId, QList<NewEvent> events);
    // Refolds the incident after an append (a drill inject, or record()) and says incidentChanged,
    // or incidentAdded when this store had not seen it yet.
    Result<bool> refresh(qint64 id);
    // Events that reached the journal from anywhere (JournalWatcher): refold just the incidents
    // they belong to, skipping what this store has folded already (its own writes).
    Result<bool> applyAppended(const QList<StoredEvent> &events);
    // Replay: the clock is a cursor, the state is folded at it, nothing may be written.
    bool isReplay() const;

Q_SIGNALS:
    void incidentsReset();
    // A summary row is inserted at `row` of summaries() (a new incident, from any path): the
    // list inserts one row instead of resetting 100k. Between the two, summaries() holds it.
    void summaryAboutToBeInserted(int row);
    void summaryInserted(int row);
    void incidentAdded(qint64 id);
    void incidentChanged(qint64 id);
    void selectionChanged(qint64 id);
    void ticked(const QDateTime &now); // the clock moved: countdowns repaint

private:
    Result<bool> refold(qint64 id);
    QDateTime cursor() const; // invalid unless replaying
    std::unique_ptr<IncidentState> foldOne(qint64 id, QList<StoredEvent> events);
    void keepSummary(const IncidentState &state, const QList<StoredEvent> *appended = nullptr);

    std::shared_ptr<const PlanLibrary> m_library;
    WorkCalendar m_calendar;
    Clock &m_clock;
    Journal &m_journal;
    IncidentClocks m_clocks;
    qint64 m_only = 0;
    std::vector<std::unique_ptr<IncidentState>> m_incidents; // ordered by id
    std::vector<IncidentSummary> m_summaries;                // every incident, ordered by id
    // Folded on demand for a detail view, kept while it is looked at (the last few).
    mutable QHash<qint64, std::shared_ptr<IncidentState>> m_onDemand;
    mutable QList<qint64> m_onDemandOrder;
    qint64 m_selected = 0;
    bool m_loading = false;
    QString m_projectionNotSaved;
};

} // namespace cd
