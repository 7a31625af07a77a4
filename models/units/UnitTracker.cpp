#include "units/UnitTracker.h"

#include "time/Clock.h"

#include "journal/ChainHash.h"
#include "journal/Journal.h"

namespace cd {

UnitTracker::UnitTracker(Journal &journal, Unit unit, qint64 incidentId, QGeoCoordinate site, double radiusMetres, QDateTime dispatchedAt)
    : m_journal(journal)
    , m_unit(std::move(unit))
    , m_incidentId(incidentId)
    , m_dispatchedAt(std::move(dispatchedAt))
    , m_fence(std::move(site), radiusMetres)
{
}

void UnitTracker::skipRecorded(const QList<StoredEvent> &events)
{
    for (const StoredEvent &e : events)
        if ((e.kind == QLatin1String("arrived") || e.kind == QLatin1String("departed")) &&
            e.payload().value(QLatin1String("unit")).toString() == m_unit.id)
            m_recorded.insert(e.kind + QLatin1Char('@') + e.eventTimeText);
}

Result<bool> UnitTracker::add(const QGeoPositionInfo &fix)
{
    ++m_fixes;
    m_eta.add(fix);
    if (!m_etaAtDispatch && (!m_dispatchedAt.isValid() || fix.timestamp() >= m_dispatchedAt))
        m_etaAtDispatch = m_eta.etaSeconds(m_fence.site(), m_fence.radius());
    const auto t = m_fence.add(fix);
    if (!t)
        return true;
    const bool arrived = t->kind == Geofence::Transition::Kind::Arrived;
    const QString kind = arrived ? QStringLiteral("arrived") : QStringLiteral("departed");
    if (m_recorded.contains(kind + QLatin1Char('@') + ChainHash::timeText(t->at))) {
        if (arrived && !m_arrivedAt)
            m_arrivedAt = t->at;
        else if (!arrived)
            m_departedAt = t->at;
        return true;
    }
    QJsonObject payload = m_extra;
    payload.insert(QStringLiteral("unit"), m_unit.id);
    if (!m_unit.callsign.isEmpty())
        payload.insert(QStringLiteral("callsign"), m_unit.callsign);
    if (arrived)
        payload.insert(QStringLiteral("leader"), m_unit.leader);
    payload.insert(QStringLiteral("source"), QStringLiteral("geofence"));
    payload.insert(QStringLiteral("lat"), t->where.latitude());
    payload.insert(QStringLiteral("lon"), t->where.longitude());
    payload.insert(QStringLiteral("radius_m"), m_fence.radius());
    const auto seq = m_journal.append({m_incidentId, kind, payload, t->at, {}, m_entryClock ? m_entryClock->now() : QDateTime()});
    if (!seq)
        return Result<bool>::failure(seq.error());
    if (arrived && !m_arrivedAt)
        m_arrivedAt = t->at;
    else if (!arrived)
        m_departedAt = t->at;
    return true;
}

} // namespace cd
