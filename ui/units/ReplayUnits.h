#pragma once

#include "journal/Event.h"
#include "units/TrackPlayback.h"
#include "units/UnitRoster.h"

#include <QDateTime>
#include <QGeoCoordinate>

#include <memory>

namespace cd {

class Journal;
class MapView;
class UnitLayer;

// The units of a replayed incident on the replay window's map: the units its events name
// (dispatched, arrived, departed), their tracks over the span from the track table, drawn as
// they were at the replay cursor, with their task as it stood then.
class ReplayUnits {
public:
    ReplayUnits(Journal &journal, const QList<StoredEvent> &incidentEvents, MapView &map, const QDateTime &from, const QDateTime &to);
    ~ReplayUnits();
    void showAt(const QDateTime &cursor);
    const TrackPlayback &playback() const { return m_playback; }
    UnitLayer &layer() const { return *m_layer; }
    QStringList units() const { return m_units; }

private:
    QList<StoredEvent> m_events;
    QStringList m_units;
    UnitRoster m_roster;
    TrackPlayback m_playback;
    QGeoCoordinate m_site;
    MapView &m_map;
    std::unique_ptr<UnitLayer> m_layer;
    bool m_centred = false;
};

} // namespace cd
