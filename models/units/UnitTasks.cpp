#include "units/UnitTasks.h"

#include "journal/Journal.h"

#include <QJsonArray>

#include <algorithm>

namespace cd {

UnitAssignment::Status UnitAssignment::status() const
{
    if (departedAt.isValid())
        return Status::Left;
    return arrivedAt.isValid() ? Status::OnScene : Status::EnRoute;
}

Result<UnitTasks> UnitTasks::load(const Journal &journal)
{
    UnitTasks tasks;
    if (const auto done = tasks.catchUp(journal); !done)
        return Result<UnitTasks>::failure(done.error());
    return tasks;
}

Result<bool> UnitTasks::catchUp(const Journal &journal, qint64 maxRows)
{
    // The head first: what is appended while we read is taken next time, never skipped.
    const auto head = journal.store().headSeq();
    if (!head)
        return Result<bool>::failure(head.error());
    if (head.value() <= m_seenSeq)
        return true;
    // In sequence order across incidents, which decides which dispatch is the newest.
    const qint64 upTo = maxRows > 0 ? std::min(head.value(), m_seenSeq + maxRows) : head.value();
    const auto events = journal.store().unitWorkBetween(m_seenSeq, upTo);
    if (!events)
        return Result<bool>::failure(events.error());
    for (const StoredEvent &e : events.value())
        add(e);
    m_seenSeq = upTo;
    return upTo == head.value();
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
