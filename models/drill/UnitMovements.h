#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QGeoCoordinate>
#include <QList>
#include <QString>

namespace cd {

// Scripted unit movements of a drill (the scenario's optional "movements" array,
// resources/drills/SCHEMA.md): each unit sets off at a minute of scenario time and follows a
// route of points, each leg at the speed given on its end point. They become an NMEA log with
// $PCDU tags — one fix a second per unit, on the drill clock — so a drill exercises the same
// position pipeline, geofence and ETA as a live feed. The same scenario always gives the same
// log, byte for byte.
struct UnitMovement {
    struct Point {
        QGeoCoordinate at;
        double speedKmh = 0; // on the leg that ends here
    };
    QString unit;
    int departMinutes = 0;
    QList<Point> route;    // the first point is where it waits until it departs
    int dwellMinutes = 5;  // fixes at the last point after arriving (so a geofence can see it stay)
};

namespace UnitMovements {

// The "movements" of a scenario file; none is fine. Messages name the file and the field.
Result<QList<UnitMovement>> fromScenarioJson(const QByteArray &json, const QString &file);
// One NMEA log of every movement, in time order, starting at scenario time `start`.
QByteArray nmea(const QList<UnitMovement> &movements, const QDateTime &start);

} // namespace UnitMovements
} // namespace cd
