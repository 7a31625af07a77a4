#pragma once

#include "units/UnitPositions.h"
#include "units/UnitRoster.h"
#include "units/UnitTasks.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QList>

#include <functional>
#include <optional>

namespace cd {

// One line of the unit list (issue 16): who the unit is, what it is doing, whether its position
// is live, and when it is expected at its scene. Read from the roster, the tasks and the
// positions; nothing here decides an arrival (the geofence does, ARCHITECTURE.md point 8).
struct UnitBoardRow {
    enum class Task { Available, EnRoute, OnScene, Left };
    enum class Fix { None, Live, Stale };

    Unit unit;
    qint64 incidentId = 0; // the task's incident, 0 when it has none
    Task task = Task::Available;
    QDateTime dispatchedAt;
    QDateTime arrivedAt;
    Fix fix = Fix::None;
    QDateTime lastFixAt;
    std::optional<double> metresToScene;
    std::optional<qint64> etaSeconds; // en route with a fix and a known scene only
};

namespace UnitBoard {

// The active units in roster order. ETA as on the map: straight line × EtaEstimator::RoadFactor
// over the last fix's speed (the assumed town speed when parked).
QList<UnitBoardRow> rows(const UnitRoster &roster, const UnitTasks &tasks, const UnitPositions &positions,
                         const std::function<QGeoCoordinate(qint64)> &siteOf, const QDateTime &now);

} // namespace UnitBoard
} // namespace cd
