#pragma once

#include "journal/Event.h"
#include "journal/IncidentSummary.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <utility>

namespace cd {

class Clock;

// Which world an incident lives in, and so which clock evaluates it (ARCHITECTURE.md 5).
enum class World {
    Live,       // a real incident: always the wall clock
    Drill,      // an exercise incident of the drill running now: that drill's clock
    EndedDrill, // an exercise incident of a drill that has ended: frozen at the drill's end
    Exercise,   // an exercise entered by hand or by --demo, not part of any drill: the wall clock
    Replay,     // the incident a replay view shows: its cursor
};
QString worldName(World world); // "live", "drill", "ended_drill", "exercise", "replay"

// "Which clock evaluates this incident?" — the one answer, in one place. The store tells it
// what each incident's events say (exercise or not, delivered by a drill, ended when); the
// drill controller tells it which drill runs now and on which clock. Nothing a drill or a
// replay does changes the clock of a live incident.
class IncidentClocks final : public QObject {
    Q_OBJECT
public:
    // `base` is the wall clock of a live dashboard, or the cursor of a replay view (a clock
    // in Replay mode: then every incident is seen at the cursor).
    explicit IncidentClocks(Clock &base, QObject *parent = nullptr);

    Clock &wall() const { return m_base; }
    bool isReplay() const;

    // What the events of one incident say about its world (called at every fold).
    void learn(qint64 id, const QList<StoredEvent> &events);
    void learnAppended(qint64 id, const QList<StoredEvent> &events); // events after those learnt
    void learnSummary(const IncidentSummary &summary); // the same, from the summary projection
    void reserve(size_t incidents) { m_facts.reserve(qsizetype(incidents)); } // before learning 100k
    void forget(qint64 id);

    // The running drill: its clock and the incidents it has opened so far.
    void startDrill(Clock &drillClock);
    void addDrillIncident(qint64 id);
    void endDrill();
    bool drillRunning() const { return m_drill != nullptr; }
    Clock *drillClock() const { return m_drill; }
    const QSet<qint64> &drillIncidents() const { return m_drillIds; }

    World worldOf(qint64 id) const;
    // The time this incident is evaluated at now: wall time, drill time, the frozen end of
    // its drill, or the replay cursor.
    QDateTime nowFor(qint64 id) const;
    // When its drill ended (the `exercise_ended` event, or the last event of a drill that was
    // interrupted without one); invalid unless the incident is an ended drill's.
    QDateTime frozenAt(qint64 id) const;
    // Where the events of an operator action on this incident take their time from; nullptr
    // when nothing may be recorded (an ended drill is frozen).
    Clock *eventClock(qint64 id) const;
    // A --demo incident (an exercise, kept out of the default list).
    bool isDemo(qint64 id) const
    {
        const Facts f = m_facts.value(id);
        return f.exercise && f.demo;
    }
    // Windows here raise alarms, count for F6 and are in the default list filter.
    bool isRunning(qint64 id) const;

    // What the events say about each incident's world, as learnt: handed over in one piece
    // from the clocks of a start-up read on another thread (StartupSnapshot), instead of
    // learning 100k summaries again on the UI thread.
    struct Facts {
        bool exercise = false;
        bool demo = false;
        bool fromDrill = false;   // has exercise_inject events: opened by a drill scenario
        QDateTime endedAt;        // exercise_ended event time
        QDateTime lastEventAt;
    };
    using FactsTable = QHash<qint64, Facts>;
    FactsTable takeFacts() { return std::exchange(m_facts, {}); }
    void setFacts(FactsTable facts) { m_facts = std::move(facts); }

Q_SIGNALS:
    void ticked();         // the wall clock or the drill clock moved
    void drillChanged();   // a drill started or ended

private:
    Clock &m_base;
    Clock *m_drill = nullptr;
    QMetaObject::Connection m_drillTick;
    QSet<qint64> m_drillIds;
    FactsTable m_facts;
};

} // namespace cd
