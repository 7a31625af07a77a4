#include "cli/TimeCommands.h"
#include "settings/CentreSettings.h"

#include "cli/CliArgs.h"
#include "cli/CliIo.h"
#include "time/CalendarStore.h"
#include "time/ShanghaiTime.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cd::cli {

int runWorkdays(const QStringList &argv)
{
    CliArgs args(argv, {QStringLiteral("--from"), QStringLiteral("--add"), QStringLiteral("--calendar-dir")}, {});
    const QString fromText = args.require(QStringLiteral("--from"));
    const QString addText = args.require(QStringLiteral("--add"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("workdays: ") + args.error());
    const QDate from = QDate::fromString(fromText, Qt::ISODate);
    if (!from.isValid() || fromText.size() != 10)
        return fail(ExitBadInput, QStringLiteral("workdays: --from: must be a date YYYY-MM-DD, got \"%1\"").arg(fromText));
    bool ok = false;
    const int add = addText.toInt(&ok);
    if (!ok || add < 1 || add > 3650)
        return fail(ExitBadInput, QStringLiteral("workdays: --add: must be a whole number of working days from 1 to 3650, got \"%1\"")
                                      .arg(addText));
    // Outside these years the answer would be invented: no notices before, and the time zone's
    // rules (and QDate's range) give local mean time or nothing at the far ends.
    const QDate first(WorkCalendar::MinYear, 1, 1), last(WorkCalendar::MaxYear, 12, 31);
    if (from < first || from > last)
        return fail(ExitBadInput, QStringLiteral("workdays: --from: %1 is outside the supported range %2 to %3")
                                      .arg(fromText, first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    const auto calendar = CalendarStore(args.value(QStringLiteral("--calendar-dir")).value_or(CentreSettings::load().calendarDir())).load();
    if (!calendar)
        return fail(ExitFailure, calendar.error());
    // Anchored at the start of the local day: the rule only looks at D's local date.
    const auto due = calendar->dueWithinWorkingDays(QDateTime(from, QTime(0, 0), shanghaiZone()), add);
    if (!due.date.isValid() || due.date > last || !due.due.isValid())
        return fail(ExitBadInput, QStringLiteral("workdays: %1 working days after %2 falls after %3, outside the supported range")
                                      .arg(add)
                                      .arg(fromText, last.toString(Qt::ISODate)));
    printJson(QJsonObject{{QStringLiteral("from"), fromText},
                          {QStringLiteral("add"), add},
                          {QStringLiteral("date"), due.date.toString(Qt::ISODate)},
                          {QStringLiteral("due"), isoShanghai(due.due)},
                          {QStringLiteral("covered"), due.covered}});
    return ExitOk;
}

int runCalendar(const QStringList &argv)
{
    CliArgs args(argv, {QStringLiteral("--calendar-dir")}, {QStringLiteral("--replace")});
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("calendar: ") + args.error());
    const CalendarStore store(args.value(QStringLiteral("--calendar-dir")).value_or(CentreSettings::load().calendarDir()));
    const auto &pos = args.positional();
    QJsonArray removed;
    const bool importing = pos.size() == 2 && pos.at(0) == QLatin1String("import");
    if (importing) {
        // What it replaces, to say so (import itself refuses removals without --replace).
        const auto before = store.load();
        if (const auto newer = WorkCalendar::loadFile(pos.at(1)); newer && before)
            for (const auto &day : CalendarStore::checkImport(before.value(), newer.value()).removed)
                removed.push_back(day);
        const auto stored = store.import(pos.at(1), args.flag(QStringLiteral("--replace")));
        if (!stored) // the file is wrong (2), or it could not be kept (1)
            return fail(stored.error().startsWith(pos.at(1)) ? ExitBadInput : ExitFailure, stored.error());
    } else if (!(pos.size() == 1 && pos.at(0) == QLatin1String("show"))) {
        return fail(ExitBadInput, QStringLiteral("calendar: usage: calendar show | calendar import FILE [--replace]"));
    }
    const auto calendar = store.load();
    if (!calendar)
        return fail(ExitFailure, calendar.error());
    QJsonObject out{{QStringLiteral("first_year"), calendar->firstYear()},
                    {QStringLiteral("last_year"), calendar->lastYear()},
                    {QStringLiteral("source"), calendar->source()}};
    if (importing)
        out.insert(QStringLiteral("removed_holidays"), removed);
    printJson(out);
    return ExitOk;
}

} // namespace cd::cli
