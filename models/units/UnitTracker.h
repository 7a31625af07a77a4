#pragma once

#include "core/Result.h"
#include "units/Geofence.h"
#include "units/UnitRoster.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace cd {

class Clock;
class Journal;

// One unit on its way to one incident: its fixes (from PositionFeed) go through the geofence
// and the ETA, and the geofence's transitions become journal events:
//   arrived  {unit, callsign, leader, source: "geofence", lat, lon}
//   departed {unit, callsign, source: "geofence", lat, lon}
// Arrival of a unit whose roster entry carries a leader meets the leaders-on-site windows
// (86号 3(2), IncidentState). The map and the reports read these events; they never decide
// arrivals themselves (ARCHITECTURE.md point 8).
class UnitTracker {
public:
    UnitTracker(Journal &journal, Unit unit, qint64 incidentId, QGeoCoordinate site, double radiusMetres, QDateTime dispatchedAt);

    // Set on every event this tracker records (e.g. the late-entry reason of a replayed log).
    void setExtraPayload(QJsonObject extra) { m_extra = std::move(extra); }
    // Events are entered on this clock (a drill's), not the journal's; nullptr: the journal's.
    void setEntryClock(const Clock *clock) { m_entryClock = clock; }
    // Transitions already in the journal (a log replayed twice) are not recorded again.
    void skipRecorded(const QList<StoredEvent> &incidentEvents);
    // A fix of this unit, in time order. Fails only when the journal refuses the event.
    Result<bool> add(const QGeoPositionInfo &fix);

    int fixes() const { return m_fixes; }
    std::optional<QDateTime> arrivedAt() const { return m_arrivedAt; }
    std::optional<QDateTime> departedAt() const { return m_departedAt; }
    // The ETA as it stood at dispatch: from the first fix at or after the dispatch (or, when
    // the feed began later, its first fix).
    std::optional<qint64> etaAtDispatch() const { return m_etaAtDispatch; }
    std::optional<qint64> eta() const { return m_eta.etaSeconds(m_fence.site(), m_fence.radius()); }
    const Geofence &geofence() const { return m_fence; }

private:
    Journal &m_journal;
    Unit m_unit;
    qint64 m_incidentId;
    QDateTime m_dispatchedAt;
    Geofence m_fence;
    EtaEstimator m_eta;
    QJsonObject m_extra;
    const Clock *m_entryClock = nullptr;
    QSet<QString> m_recorded; // "kind@time" of this unit's geofence events already recorded
    int m_fixes = 0;
    std::optional<QDateTime> m_arrivedAt;
    std::optional<QDateTime> m_departedAt;
    std::optional<qint64> m_etaAtDispatch;
};

} // namespace cd
