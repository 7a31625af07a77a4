#include "time/CalendarStore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace cd {

QString CalendarStore::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/calendar");
}

Result<WorkCalendar> CalendarStore::load() const
{
    WorkCalendar calendar = WorkCalendar::builtin();
    const QDir dir(m_dir);
    for (const auto &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto stored = WorkCalendar::loadFile(dir.filePath(name));
        if (!stored)
            return Result<WorkCalendar>::failure(stored.error() + QStringLiteral(" (remove or replace this stored calendar)"));
        calendar = WorkCalendar::merged(calendar, stored.value());
    }
    return calendar;
}

namespace {

// The statutory public holidays (全国年节及纪念日放假办法): 元旦, 春节, 劳动节, 国庆节 in every
// year; 清明 and 端午 from 2008 (中秋 too, but a notice may fold it into the 国庆 break, as in
// 2020). Days off per year: 10 until 2007, 11 from 2008, 13 from 2025; a notice lists at least
// that many holiday dates (the weekends inside a break are listed as well).
struct Statutory {
    QStringList names;
    int minDays;
};

Statutory statutoryFor(int year)
{
    QStringList names{QStringLiteral("元旦"), QStringLiteral("春节"), QStringLiteral("劳动"), QStringLiteral("国庆")};
    if (year >= 2008)
        names << QStringLiteral("清明") << QStringLiteral("端午");
    return {names, year >= 2025 ? 13 : year >= 2008 ? 11 : 10};
}

} // namespace

CalendarStore::ImportReview CalendarStore::checkImport(const WorkCalendar &current, const WorkCalendar &newer)
{
    ImportReview review;
    QHash<int, QStringList> namesByYear;
    QHash<int, int> daysByYear;
    for (auto it = newer.holidays().begin(); it != newer.holidays().end(); ++it) {
        namesByYear[it.key().year()] << it.value();
        ++daysByYear[it.key().year()];
    }
    QList<int> years(newer.years().begin(), newer.years().end());
    std::sort(years.begin(), years.end());
    for (const int year : years) {
        const Statutory rule = statutoryFor(year);
        QStringList missing;
        for (const auto &name : rule.names) {
            const auto &names = namesByYear.value(year);
            if (std::none_of(names.begin(), names.end(), [&name](const QString &n) { return n.contains(name); }))
                missing << name;
        }
        if (!missing.isEmpty())
            review.implausible << QStringLiteral("%1: no %2").arg(year).arg(missing.join(QStringLiteral(", ")));
        else if (daysByYear.value(year) < rule.minDays)
            review.implausible << QStringLiteral("%1: only %2 holiday dates, fewer than the %3 statutory days off")
                                      .arg(year)
                                      .arg(daysByYear.value(year))
                                      .arg(rule.minDays);
    }
    QList<QDate> dropped;
    for (auto it = current.holidays().begin(); it != current.holidays().end(); ++it)
        if (it.key().year() >= newer.firstYear() && it.key().year() <= newer.lastYear() && !newer.holidays().contains(it.key()))
            dropped << it.key();
    std::sort(dropped.begin(), dropped.end());
    for (const auto &d : dropped)
        review.removed << d.toString(Qt::ISODate) + QLatin1Char(' ') + current.holidayName(d);
    return review;
}

Result<QString> CalendarStore::import(const QString &file, bool replace) const
{
    using R = Result<QString>;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return R::failure(file + QStringLiteral(": cannot open: ") + in.errorString());
    const QByteArray data = in.readAll();
    const auto calendar = WorkCalendar::fromJson(data, file);
    if (!calendar)
        return R::failure(calendar.error());
    const auto current = load();
    if (!current)
        return R::failure(current.error());
    const auto review = checkImport(current.value(), calendar.value());
    if (!review.implausible.isEmpty())
        return R::failure(QStringLiteral("%1: not a plausible holiday notice, every year it covers needs its statutory holidays: %2")
                              .arg(file, review.implausible.join(QStringLiteral("; "))));
    if (!review.removed.isEmpty() && !replace) {
        const qsizetype shown = std::min<qsizetype>(review.removed.size(), 20);
        return R::failure(QStringLiteral("%1: would remove %2 holiday(s) of the years %3–%4 from the calendar: %5%6; "
                                         "import with --replace if the new notice really drops them")
                              .arg(file)
                              .arg(review.removed.size())
                              .arg(calendar->firstYear())
                              .arg(calendar->lastYear())
                              .arg(review.removed.mid(0, shown).join(QStringLiteral(", ")),
                                   review.removed.size() > shown ? QStringLiteral(" …") : QString()));
    }
    if (!QDir().mkpath(m_dir))
        return R::failure(m_dir + QStringLiteral(": cannot create the calendar folder"));
    const QString target = QDir(m_dir).filePath(QStringLiteral("holidays-%1-%2.json")
                                                    .arg(calendar->firstYear()).arg(calendar->lastYear()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        return R::failure(target + QStringLiteral(": cannot save: ") + out.errorString());
    return target;
}

} // namespace cd
