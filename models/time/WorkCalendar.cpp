#include "time/WorkCalendar.h"

#include "time/ShanghaiTime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cd {

Result<WorkCalendar> WorkCalendar::loadFile(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<WorkCalendar>::failure(file + QStringLiteral(": cannot open: ") + f.errorString());
    return fromJson(f.readAll(), file);
}

const WorkCalendar &WorkCalendar::builtin()
{
    static const WorkCalendar calendar = [] {
        auto c = loadFile(QStringLiteral(":/calendar/cn-public-holidays.json"));
        if (!c)
            qFatal("embedded calendar is broken: %s", qPrintable(c.error()));
        return c.value();
    }();
    return calendar;
}

Result<WorkCalendar> WorkCalendar::fromJson(const QByteArray &json, const QString &file)
{
    using R = Result<WorkCalendar>;
    auto fail = [&file](const QString &path, const QString &problem) {
        return R::failure(QStringLiteral("%1: %2: %3").arg(file, path, problem));
    };
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return fail(QStringLiteral("$"), QStringLiteral("malformed JSON at offset %1: %2").arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("$"), QStringLiteral("must be an object with coverage, holidays, adjusted_workdays"));
    const auto root = doc.object();
    WorkCalendar c;
    c.m_source = root.value(QLatin1String("source")).toString();
    const auto coverage = root.value(QLatin1String("coverage")).toObject();
    const QDate first = QDate::fromString(coverage.value(QLatin1String("first")).toString(), Qt::ISODate);
    const QDate last = QDate::fromString(coverage.value(QLatin1String("last")).toString(), Qt::ISODate);
    if (!first.isValid() || !last.isValid() || last < first)
        return fail(QStringLiteral("$.coverage"), QStringLiteral("needs \"first\" and \"last\" dates (YYYY-MM-DD), first ≤ last"));
    if (first.year() < MinYear || last.year() > MaxYear)
        return fail(QStringLiteral("$.coverage"), QStringLiteral("must lie within the years %1–%2").arg(MinYear).arg(MaxYear));
    c.m_firstYear = first.year();
    c.m_lastYear = last.year();
    for (int y = c.m_firstYear; y <= c.m_lastYear; ++y)
        c.m_years.insert(y);

    for (const char *key : {"holidays", "adjusted_workdays"}) {
        const auto arr = root.value(QLatin1String(key));
        if (!arr.isArray())
            return fail(QStringLiteral("$.") + QLatin1String(key), QStringLiteral("must be an array"));
        auto &target = qstrcmp(key, "holidays") == 0 ? c.m_holidays : c.m_adjustedWorkdays;
        const auto a = arr.toArray();
        target.reserve(a.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            // The entry's path only for a message: the built-in calendar's 770 entries are read
            // before the desk's first frame.
            const auto datePath = [&] { return QStringLiteral("$.%1[%2].date").arg(QLatin1String(key)).arg(i); };
            const auto o = a.at(i).toObject();
            const QDate d = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
            if (!d.isValid())
                return fail(datePath(), QStringLiteral("must be a date YYYY-MM-DD"));
            // Coverage is by notice, i.e. by year ("last" is the last day the newest notice
            // names, and that notice may list an adjusted working day after it).
            if (d.year() < first.year() || d.year() > last.year())
                return fail(datePath(), QStringLiteral("%1 lies outside the years %2–%3 of \"coverage\"")
                                            .arg(d.toString(Qt::ISODate)).arg(first.year()).arg(last.year()));
            target.insert(d, o.value(QLatin1String("name_zh")).toString());
        }
    }
    for (auto it = c.m_adjustedWorkdays.begin(); it != c.m_adjustedWorkdays.end(); ++it) {
        if (c.m_holidays.contains(it.key()))
            return fail(QStringLiteral("$.adjusted_workdays"), QStringLiteral("%1 is listed both as a holiday and as a working day")
                                                                   .arg(it.key().toString(Qt::ISODate)));
        if (it.key().dayOfWeek() < 6)
            return fail(QStringLiteral("$.adjusted_workdays"), QStringLiteral("%1 is a weekday; adjusted working days are weekend days")
                                                                   .arg(it.key().toString(Qt::ISODate)));
    }
    return c;
}

WorkCalendar WorkCalendar::merged(const WorkCalendar &base, const WorkCalendar &newer)
{
    WorkCalendar c;
    auto keepOld = [&newer](const QDate &d) { return d.year() < newer.m_firstYear || d.year() > newer.m_lastYear; };
    for (auto it = base.m_holidays.begin(); it != base.m_holidays.end(); ++it)
        if (keepOld(it.key()))
            c.m_holidays.insert(it.key(), it.value());
    for (auto it = base.m_adjustedWorkdays.begin(); it != base.m_adjustedWorkdays.end(); ++it)
        if (keepOld(it.key()))
            c.m_adjustedWorkdays.insert(it.key(), it.value());
    c.m_holidays.insert(newer.m_holidays);
    c.m_adjustedWorkdays.insert(newer.m_adjustedWorkdays);
    c.m_years = base.m_years + newer.m_years;
    c.m_firstYear = std::min(base.m_firstYear, newer.m_firstYear);
    c.m_lastYear = std::max(base.m_lastYear, newer.m_lastYear);
    c.m_source = newer.m_source.isEmpty() ? base.m_source : newer.m_source;
    return c;
}

bool WorkCalendar::isWorkingDay(const QDate &date) const
{
    if (m_adjustedWorkdays.contains(date))
        return true;
    if (m_holidays.contains(date))
        return false;
    return date.dayOfWeek() <= 5;
}

WorkCalendar::DayResult WorkCalendar::addWorkingDays(const QDate &from, int n) const
{
    DayResult r{from, true};
    int counted = 0;
    while (counted < n) {
        r.date = r.date.addDays(1);
        r.covered = r.covered && covers(r.date);
        if (isWorkingDay(r.date))
            ++counted;
    }
    return r;
}

WorkCalendar::DueResult WorkCalendar::dueWithinWorkingDays(const QDateTime &t, int n) const
{
    const auto day = addWorkingDays(shanghaiDate(t), n);
    // The whole last second counts: a completion at 23:59:59.5 is on time.
    const QDateTime due(day.date, QTime(23, 59, 59, 999), shanghaiZone());
    return {day.date, due.toUTC(), day.covered};
}

QByteArray WorkCalendar::toJson() const
{
    auto list = [](const QHash<QDate, QString> &days) {
        QList<QDate> keys = days.keys();
        std::sort(keys.begin(), keys.end());
        QJsonArray arr;
        for (const auto &d : keys)
            arr.push_back(QJsonObject{{QStringLiteral("date"), d.toString(Qt::ISODate)}, {QStringLiteral("name_zh"), days.value(d)}});
        return arr;
    };
    QJsonObject root{{QStringLiteral("source"), m_source},
                     {QStringLiteral("coverage"), QJsonObject{{QStringLiteral("first"), QDate(m_firstYear, 1, 1).toString(Qt::ISODate)},
                                                              {QStringLiteral("last"), QDate(m_lastYear, 12, 31).toString(Qt::ISODate)}}},
                     {QStringLiteral("holidays"), list(m_holidays)},
                     {QStringLiteral("adjusted_workdays"), list(m_adjustedWorkdays)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace cd
