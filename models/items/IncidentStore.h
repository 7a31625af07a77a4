#pragma once

#include "core/Result.h"
#include "journal/Event.h"
#include "journal/IncidentState.h"
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

    Result<bool> reload();

    const PlanLibrary &library() const { return *m_library; }
    std::shared_ptr<const PlanLibrary> sharedLibrary() const { return m_library; }
    const WorkCalendar &calendar() const { return m_calendar; }
    Clock &clock() const { return m_clock; }
    Journal &journal() const { return m_journal; }

    const std::vector<std::unique_ptr<IncidentState>> &incidents() const { return m_incidents; }
    const IncidentState *incident(qint64 id) const;
    int indexOf(qint64 id) const;

    qint64 selectedId() const { return m_selected; }
    const IncidentState *selected() const { return incident(m_selected); }
    void select(qint64 id);

    // The wall clock for live incidents while the program's clock runs a drill.
    void setWallClock(Clock &clock) { m_wallClock = &clock; }

    // Operator actions: each is one journal append (or none, on error) followed by a refold.
    Result<qint64> createIncident(const QString &title, bool exercise, const QJsonObject &facts, const QDateTime &at);
    Result<qint64> record(qint64 incidentId, const QString &kind, const QJsonObject &payload, const QDateTime &at = {});
    // Something else wrote to the journal for this incident (a drill inject): refold it.
    Result<bool> refresh(qint64 id);
    // Events that reached the journal from anywhere (JournalWatcher): refold just the incidents
    // they belong to, skipping what this store has folded already (its own writes).
    Result<bool> applyAppended(const QList<StoredEvent> &events);
    // Replay: the clock is a cursor, the state is folded at it, nothing may be written.
    bool isReplay() const;

Q_SIGNALS:
    void incidentsReset();
    void incidentAdded(qint64 id);
    void incidentChanged(qint64 id);
    void selectionChanged(qint64 id);
    void ticked(const QDateTime &now); // the clock moved: countdowns repaint

private:
    Result<bool> refold(qint64 id);
    QDateTime cursor() const; // invalid unless replaying
    Clock &eventClock(bool exercise) const;
    Clock *m_wallClock = nullptr;

    std::shared_ptr<const PlanLibrary> m_library;
    WorkCalendar m_calendar;
    Clock &m_clock;
    Journal &m_journal;
    std::vector<std::unique_ptr<IncidentState>> m_incidents; // ordered by id
    qint64 m_selected = 0;
};

} // namespace cd
