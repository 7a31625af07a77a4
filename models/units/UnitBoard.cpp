#include "units/UnitBoard.h"

#include "units/Geofence.h"

namespace cd::UnitBoard {

QList<UnitBoardRow> rows(const UnitRoster &roster, const UnitTasks &tasks, const UnitPositions &positions,
                         const std::function<QGeoCoordinate(qint64)> &siteOf, const QDateTime &now)
{
    QList<UnitBoardRow> out;
    for (const Unit &u : roster.active()) {
        UnitBoardRow r;
        r.unit = u;
        if (const UnitAssignment *a = tasks.assignment(u.id)) {
            r.incidentId = a->incidentId;
            r.dispatchedAt = a->dispatchedAt;
            r.arrivedAt = a->arrivedAt;
            switch (a->status()) {
            case UnitAssignment::Status::EnRoute: r.task = UnitBoardRow::Task::EnRoute; break;
            case UnitAssignment::Status::OnScene: r.task = UnitBoardRow::Task::OnScene; break;
            case UnitAssignment::Status::Left: r.task = UnitBoardRow::Task::Left; break;
            }
        }
        if (const auto *pos = positions.position(u.id)) {
            r.lastFixAt = pos->last.timestamp();
            r.fix = positions.isStale(u.id, now) ? UnitBoardRow::Fix::Stale : UnitBoardRow::Fix::Live;
            const QGeoCoordinate site = (r.incidentId && siteOf) ? siteOf(r.incidentId) : QGeoCoordinate();
            if (site.isValid() && r.task != UnitBoardRow::Task::Available) {
                r.metresToScene = pos->last.coordinate().distanceTo(site);
                if (r.task == UnitBoardRow::Task::EnRoute) {
                    const double speed = pos->last.hasAttribute(QGeoPositionInfo::GroundSpeed) ? pos->last.attribute(QGeoPositionInfo::GroundSpeed) : 0;
                    r.etaSeconds = EtaEstimator::etaSeconds(*r.metresToScene, speed);
                }
            }
        }
        out << r;
    }
    return out;
}

} // namespace cd::UnitBoard
