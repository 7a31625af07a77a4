#pragma once

#include "units/UnitPositions.h"
#include "units/UnitRoster.h"
#include "units/UnitTasks.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <QGeoCoordinate>

#include <functional>
#include <optional>
#include <memory>

class QGraphicsScene;
class QMenu;
class QMenuBar;

namespace cd {

class Clock;
class Journal;
class UnitLayer;
class WebMercator;

// Keeps the map's unit layer current: once a second it reads the roster (the centre's
// register) and the fixes stored since the last look (TrackStore, written by whatever feeds
// positions: `units track`, a gateway, a drill), and redraws the markers. Reading only:
// arrivals are decided by the geofence in models/, never here.
class UnitMapFeed final : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 LookBackSeconds = 600; // at start: the last 10 minutes of fixes
    // Sequence numbers of the journal looked through per turn of the event loop while the
    // units' tasks catch up with years of events (5–10 ms a slice in perf at 100k incidents).
    static constexpr qint64 TaskSlice = 50000;

    UnitMapFeed(Journal &journal, const Clock &clock, QGraphicsScene &scene, const WebMercator &projection, QObject *parent = nullptr);
    ~UnitMapFeed() override;
    UnitLayer &layer() const { return *m_layer; }
    // Once a second: the roster, the fixes since, and the units' tasks (while they catch up
    // with a long journal, a slice per turn; the markers wait until they are current).
    void refresh();
    // The same with the tasks read up to the head at once: before an operator's dispatch or
    // arrival, which must see every unit's task as it is (retasked_from, en route).
    void refreshAll();
    // Where an incident's scene is (its facts' location), for the ETA shown with a task.
    void setSiteLookup(std::function<QGeoCoordinate(qint64)> siteOf) { m_siteOf = std::move(siteOf); }
    // Units → Agencies shown: one check box per agency of the roster, and all of them.
    QMenu *addMenu(QMenuBar &bar);
    const UnitPositions &positions() const { return m_positions; }
    const UnitRoster &roster() const { return m_roster; }
    const UnitTasks &tasks() const { return m_tasks; }
    QGeoCoordinate siteOf(qint64 incidentId) const { return m_siteOf ? m_siteOf(incidentId) : QGeoCoordinate(); }
    const Clock &clock() const { return m_clock; }
    // The agencies shown on the map (the menu and the unit list share it); empty: all.
    const QSet<QString> &shownAgencies() const { return m_shown; } // empty: all
    void setAgencies(const QSet<QString> &agencies);
    // The ETA (seconds) of each unit en route to this incident with a fix, and the active units
    // that carry a leader: what the reporting windows need for 86号 3(2) (DeadlineModel).
    // None while the tasks still catch up with a long journal: a task read half-way may have
    // been changed since (a unit re-tasked), and no outlook is better than a wrong one.
    QHash<QString, qint64> etasTo(qint64 incidentId) const;
    bool tasksCurrent() const { return m_tasksCurrent; } // read up to the head at least once
    QSet<QString> leaderUnits() const;

Q_SIGNALS:
    void refreshed(); // after each look at the roster, fixes and tasks
    // The agencies whose units are shown changed (empty: all), from the Units menu or the
    // unit list: both follow this one choice.
    void agenciesChanged(const QSet<QString> &shown);

private:
    // One slice of the tasks' catch-up: true when current, false when more follows (already
    // scheduled), nullopt when the journal could not be read.
    std::optional<bool> catchUpTasks();
    void publish(bool tasksRead); // the markers and their task texts
    Journal &m_journal;
    const Clock &m_clock;
    std::unique_ptr<UnitLayer> m_layer;
    QTimer m_timer;
    UnitRoster m_roster;
    qint64 m_rosterSeq = -1;
    UnitPositions m_positions;
    UnitTasks m_tasks; // kept up with the journal, not reloaded each second
    bool m_nextSliceScheduled = false;
    bool m_tasksCurrent = false;
    QDateTime m_seen; // the newest fix time read
    QSet<QString> m_shown; // agencies ticked in the menu; empty: all
    std::function<QGeoCoordinate(qint64)> m_siteOf;
};

} // namespace cd
