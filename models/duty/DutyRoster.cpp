#include "duty/DutyRoster.h"

#include "duty/DutyKinds.h"
#include "journal/EffectiveEvents.h"
#include "time/ShanghaiTime.h"

#include <QJsonArray>
#include <algorithm>

namespace cd {

QDateTime Shift::begins() const { return QDateTime(date, start, shanghaiZone()).toUTC(); }

QDateTime Shift::ends() const
{
    // A shift ending at or before its start runs over midnight.
    return QDateTime(end <= start ? date.addDays(1) : date, end, shanghaiZone()).toUTC();
}

QString Shift::hours() const
{
    return start.toString(QStringLiteral("HH:mm")) + QStringLiteral("—") + (end <= start ? QStringLiteral("次日") : QString()) +
           end.toString(QStringLiteral("HH:mm"));
}

QString Shift::people() const
{
    const QString names = operators.join(QStringLiteral("、"));
    return leader.isEmpty() ? names : QStringLiteral("%1(带班:%2)").arg(names, leader);
}

QJsonObject Shift::toPayload() const
{
    QJsonObject p{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                  {QStringLiteral("shift"), name},
                  {QStringLiteral("start"), start.toString(QStringLiteral("HH:mm"))},
                  {QStringLiteral("end"), end.toString(QStringLiteral("HH:mm"))},
                  {QStringLiteral("operators"), QJsonArray::fromStringList(operators)}};
    if (!leader.isEmpty())
        p.insert(QStringLiteral("leader"), leader);
    return p;
}

Shift Shift::fromPayload(const QJsonObject &p)
{
    Shift s;
    s.date = QDate::fromString(p.value(QLatin1String("date")).toString(), Qt::ISODate);
    s.name = p.value(QLatin1String("shift")).toString();
    s.start = QTime::fromString(p.value(QLatin1String("start")).toString(), QStringLiteral("HH:mm"));
    s.end = QTime::fromString(p.value(QLatin1String("end")).toString(), QStringLiteral("HH:mm"));
    for (const QJsonValue &o : p.value(QLatin1String("operators")).toArray())
        s.operators << o.toString();
    s.leader = p.value(QLatin1String("leader")).toString();
    return s;
}

DutyRoster DutyRoster::fold(const QList<StoredEvent> &events)
{
    DutyRoster roster;
    for (const auto &e : effectiveEvents(events)) {
        if (e.kind != QLatin1String("shift_scheduled") && e.kind != QLatin1String("shift_cancelled"))
            continue;
        const Shift s = Shift::fromPayload(e.payload);
        roster.m_shifts.removeIf([&](const Shift &x) { return x.date == s.date && x.name == s.name; });
        if (e.kind == QLatin1String("shift_scheduled"))
            roster.m_shifts << s;
    }
    std::stable_sort(roster.m_shifts.begin(), roster.m_shifts.end(),
                     [](const Shift &a, const Shift &b) { return a.begins() < b.begins(); });
    return roster;
}

const Shift *DutyRoster::shift(const QDate &date, const QString &name) const
{
    for (const Shift &s : m_shifts)
        if (s.date == date && s.name == name)
            return &s;
    return nullptr;
}

const Shift *DutyRoster::onDutyAt(const QDateTime &t) const
{
    const Shift *found = nullptr;
    for (const Shift &s : m_shifts)
        if (s.covers(t))
            found = &s; // sorted by start: the last one that covers t began last
    return found;
}

QList<Shift> DutyRoster::overlapping(const QDateTime &from, const QDateTime &to) const
{
    QList<Shift> out;
    for (const Shift &s : m_shifts)
        if (s.begins() < to && from < s.ends())
            out << s;
    return out;
}

QStringList DutyRoster::conflicts(const Shift &shift) const
{
    QStringList people = shift.operators;
    if (!shift.leader.isEmpty())
        people << shift.leader;
    QStringList out;
    for (const Shift &other : overlapping(shift.begins(), shift.ends())) {
        if (other.date == shift.date && other.name == shift.name)
            continue;
        QStringList theirs = other.operators;
        if (!other.leader.isEmpty())
            theirs << other.leader;
        QStringList both;
        for (const QString &p : std::as_const(people))
            if (theirs.contains(p) && !both.contains(p))
                both << p;
        if (!both.isEmpty())
            out << QStringLiteral("%1 %2 (%3)").arg(other.date.toString(Qt::ISODate), other.name, both.join(QStringLiteral("、")));
    }
    return out;
}

Result<QJsonObject> DutyRoster::scheduling(const Shift &s)
{
    using R = Result<QJsonObject>;
    if (!s.date.isValid())
        return R::failure(QStringLiteral("date: required (YYYY-MM-DD)"));
    if (s.name.trimmed().isEmpty())
        return R::failure(QStringLiteral("shift: required (the shift's name, e.g. 白班)"));
    if (!s.start.isValid())
        return R::failure(QStringLiteral("start: required (HH:mm)"));
    if (!s.end.isValid())
        return R::failure(QStringLiteral("end: required (HH:mm)"));
    if (s.operators.isEmpty() || std::any_of(s.operators.begin(), s.operators.end(), [](const QString &o) { return o.trimmed().isEmpty(); }))
        return R::failure(QStringLiteral("operators: at least one duty operator, no empty name"));
    return s.toPayload();
}

Result<QJsonObject> DutyRoster::cancellation(const QDate &date, const QString &name) const
{
    if (!shift(date, name))
        return Result<QJsonObject>::failure(QStringLiteral("shift: no shift %1 on %2 in the roster").arg(name, date.toString(Qt::ISODate)));
    return QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("shift"), name}};
}

} // namespace cd
