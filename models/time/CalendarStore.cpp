#include "time/CalendarStore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

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

Result<QString> CalendarStore::import(const QString &file) const
{
    using R = Result<QString>;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return R::failure(file + QStringLiteral(": cannot open: ") + in.errorString());
    const QByteArray data = in.readAll();
    const auto calendar = WorkCalendar::fromJson(data, file);
    if (!calendar)
        return R::failure(calendar.error());
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
