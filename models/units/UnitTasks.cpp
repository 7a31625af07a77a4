#include "units/UnitTasks.h"

#include "journal/Journal.h"

#include <QJsonArray>

namespace cd {

UnitAssignment::Status UnitAssignment::status() const
{
    if (departedAt.isValid())
        return Status::Left;
    return arrivedAt.isValid() ? Status::OnScene : Status::EnRoute;
}

Result<UnitTasks> UnitTasks::load(const Journal &journal)
{
    // Sequence order across incidents decides which dispatch is the newest.
    QList<StoredEvent> relevant;
    const auto scanned = journal.forEachIncident([&](const QList<StoredEvent> &events) {
        for (const StoredEvent &e : events)
            if (e.kind == QLatin1String("dispatched") || e.kind == QLatin1String("arrived") || e.kind == QLatin1String("departed"))
                relevant << e;
    });
    if (!scanned)
        return Result<UnitTasks>::failure(scanned.error());
    std::sort(relevant.begin(), relevant.end(), [](const StoredEvent &a, const StoredEvent &b) { return a.seq < b.seq; });
    UnitTasks tasks;
    for (const StoredEvent &e : relevant)
        tasks.add(e);
    return tasks;
}

void UnitTasks::add(const StoredEvent &e)
{
    const QJsonObject p = e.payload();
    if (e.kind == QLatin1String("dispatched")) {
        for (const QJsonValue &u : p.value(QLatin1String("units")).toArray())
            m_tasks.insert(u.toString(), UnitAssignment{e.incidentId, e.eventTime, {}, {}});
        return;
    }
    const QString unit = p.value(QLatin1String("unit")).toString();
    auto it = m_tasks.find(unit);
    if (unit.isEmpty() || it == m_tasks.end() || it->incidentId != e.incidentId)
        return; // an arrival at an incident the unit is no longer tasked to
    if (e.kind == QLatin1String("arrived") && !it->arrivedAt.isValid())
        it->arrivedAt = e.eventTime;
    else if (e.kind == QLatin1String("departed") && it->arrivedAt.isValid())
        it->departedAt = e.eventTime;
}

const UnitAssignment *UnitTasks::assignment(const QString &unit) const
{
    const auto it = m_tasks.find(unit);
    return it == m_tasks.end() ? nullptr : &it.value();
}

Result<QJsonObject> UnitTasks::dispatch(qint64 incidentId, const QStringList &units, const UnitRoster &roster) const
{
    using R = Result<QJsonObject>;
    if (units.isEmpty())
        return R::failure(QStringLiteral("units: name at least one unit"));
    QJsonArray named;
    QJsonObject retasked;
    for (const QString &id : units) {
        const Unit *u = roster.unit(id);
        if (!u || u->retired)
            return R::failure(QStringLiteral("units: %1 is not in the roster").arg(id));
        if (named.contains(id))
            return R::failure(QStringLiteral("units: %1 is named twice").arg(id));
        named << id;
        if (const UnitAssignment *a = assignment(id); a && a->incidentId != incidentId && a->status() != UnitAssignment::Status::Left)
            retasked.insert(id, a->incidentId);
    }
    QJsonObject p{{QStringLiteral("units"), named}};
    if (!retasked.isEmpty())
        p.insert(QStringLiteral("retasked_from"), retasked); // unit -> the incident it leaves
    return p;
}

} // namespace cd
