#pragma once

#include "journal/IncidentState.h"
#include "plan/Level.h"

#include <QDateTime>
#include <QGeoCoordinate>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

// A summary's site, held by value (WGS-84 degrees, NaN when not given): 100k QGeoCoordinates
// are 100k heap blocks, and the map reads every one at start-up (cache misses: 14 ms).
struct SummarySite {
    double lat = qQNaN();
    double lon = qQNaN();
    static SummarySite of(const QGeoCoordinate &c) { return c.isValid() ? SummarySite{c.latitude(), c.longitude()} : SummarySite{}; }
    // In range, as QGeoCoordinate::isValid(): a projection row edited by hand (lat 999) is no site.
    bool isValid() const { return lat >= -90.0 && lat <= 90.0 && lon >= -180.0 && lon <= 180.0; }
    double latitude() const { return lat; }
    double longitude() const { return lon; }
    QGeoCoordinate coordinate() const { return isValid() ? QGeoCoordinate(lat, lon) : QGeoCoordinate(); }
    bool operator==(const SummarySite &o) const { return isValid() ? lat == o.lat && lon == o.lon : !o.isValid(); }
};

// What the incident list, the map markers and start-up need of one incident, without its
// grading, duties and deadlines (~30 KiB folded, ~200 bytes here). Derived from a full fold
// (of()) and kept in the summary projection (SummaryProjection), so a journal of 100k
// incidents opens without folding them all.
struct IncidentSummary {
    qint64 id = 0;
    QString title;
    bool exercise = false;
    IncidentStatus status = IncidentStatus::Reported;
    QString county;
    SummarySite location; // invalid when not given
    std::optional<Level> level; // the most severe level of the plans that apply
    QStringList plans;          // ids of the plans that apply, in grading order
    QDateTime reportedAt;
    // Windows neither met nor ruled out nor waiting for an event (pending, due soon, overdue,
    // open, or anchored ahead): while there are any the incident's clock runs, so it is
    // folded in full at start-up.
    int unfinishedWindows = 0;
    QDateTime nextDue; // the earliest due time among them (invalid when none has one)
    // What IncidentClocks needs to know its world without the events.
    bool demo = false;      // the --demo mark
    bool fromDrill = false; // opened by a drill's inject
    QDateTime drillEndedAt; // the first exercise_ended
    QDateTime lastEventAt;
    qint64 lastSeq = 0; // the last event the summary covers

    static IncidentSummary of(const IncidentState &state);
    // The summary of a state brought forward by IncidentState::extend with `appended`, from
    // the summary it had before: the fields read off the events move on with the appended
    // ones alone, so recording an event costs the same at 100k events as at 100.
    static IncidentSummary extended(const IncidentSummary &before, const IncidentState &state, const QList<StoredEvent> &appended);
    // Folded in full by the dashboard and `incident list`: its clock runs, or it is still open.
    bool needsFullFold() const { return unfinishedWindows > 0 || static_cast<int>(status) < static_cast<int>(IncidentStatus::Closed); }
    bool operator==(const IncidentSummary &) const = default;

private:
    static IncidentSummary ofState(const IncidentState &state); // the fields read off the fold
    void addEvents(const QList<StoredEvent> &events);          // the fields read off the events
};

} // namespace cd
