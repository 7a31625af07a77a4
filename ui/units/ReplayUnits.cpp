#include "units/ReplayUnits.h"

#include "journal/Journal.h"
#include "map/MapView.h"
#include "map/UnitLayer.h"
#include "units/TrackStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cd {

ReplayUnits::ReplayUnits(Journal &journal, const QList<StoredEvent> &incidentEvents, MapView &map, const QDateTime &from, const QDateTime &to)
    : m_events(incidentEvents)
    , m_map(map)
    , m_layer(std::make_unique<UnitLayer>(*map.scene(), map.projection()))
{
    for (const StoredEvent &e : m_events) {
        const QJsonObject p = e.payload();
        if (e.kind == QLatin1String("dispatched"))
            for (const QJsonValue &u : p.value(QLatin1String("units")).toArray())
                if (!m_units.contains(u.toString()))
                    m_units << u.toString();
        const QJsonObject loc = p.value(QLatin1String("facts")).toObject().value(QLatin1String("location")).toObject();
        if (e.kind == QLatin1String("reported") || e.kind == QLatin1String("facts_updated"))
            if (loc.contains(QLatin1String("lat")))
                m_site = QGeoCoordinate(loc.value(QLatin1String("lat")).toDouble(), loc.value(QLatin1String("lon")).toDouble());
    }
    if (const auto reg = journal.events(CentreRegisterId, 0))
        m_roster = UnitRoster::fold(reg.value());
    if (auto p = TrackPlayback::load(TrackStore(journal.store()), m_units, from, to))
        m_playback = std::move(p).value();
    // Else the replay shows no units: the journal's events and windows replay as before.
}

ReplayUnits::~ReplayUnits() = default;

void ReplayUnits::showAt(const QDateTime &cursor)
{
    // The task at the cursor: the newest dispatch and arrival of each unit up to it.
    QHash<QString, QString> task;
    const auto text = [this](const char *state) {
        return QCoreApplication::translate("cd::UnitMapFeed", "Task: incident #%1, %2")
            .arg(m_events.isEmpty() ? 0 : m_events.first().incidentId)
            .arg(QCoreApplication::translate("cd::UnitMapFeed", state));
    };
    for (const StoredEvent &e : m_events) {
        if (e.eventTime > cursor)
            break;
        const QJsonObject p = e.payload();
        if (e.kind == QLatin1String("dispatched"))
            for (const QJsonValue &u : p.value(QLatin1String("units")).toArray())
                task.insert(u.toString(), text("en route"));
        else if (e.kind == QLatin1String("arrived") && p.contains(QLatin1String("unit")))
            task.insert(p.value(QLatin1String("unit")).toString(), text("on scene"));
        else if (e.kind == QLatin1String("departed"))
            task.insert(p.value(QLatin1String("unit")).toString(), text("left the scene"));
    }
    m_layer->sync(m_roster, m_playback.at(cursor), cursor, task);
    // Close in on the scene once the map is on screen (a hidden view has no size to fit).
    if (!m_centred && m_site.isValid() && m_map.isVisible()) {
        m_centred = true;
        m_map.fitCity();
        m_map.zoomBy(10);
        m_map.centerOn(m_map.projection().project(m_site));
    }
}

} // namespace cd
