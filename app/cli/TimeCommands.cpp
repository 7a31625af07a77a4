#include "cli/TimeCommands.h"

#include "cli/CliArgs.h"
#include "cli/CliIo.h"
#include "time/CalendarStore.h"
#include "time/ShanghaiTime.h"

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
    const auto calendar = CalendarStore(args.value(QStringLiteral("--calendar-dir")).value_or(CalendarStore::defaultDir())).load();
    if (!calendar)
        return fail(ExitFailure, calendar.error());
    // Anchored at the start of the local day: the rule only looks at D's local date.
    const auto due = calendar->dueWithinWorkingDays(QDateTime(from, QTime(0, 0), shanghaiZone()), add);
    printJson(QJsonObject{{QStringLiteral("from"), fromText},
                          {QStringLiteral("add"), add},
                          {QStringLiteral("date"), due.date.toString(Qt::ISODate)},
                          {QStringLiteral("due"), isoShanghai(due.due)},
                          {QStringLiteral("covered"), due.covered}});
    return ExitOk;
}

int runCalendar(const QStringList &argv)
{
    CliArgs args(argv, {QStringLiteral("--calendar-dir")}, {});
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("calendar: ") + args.error());
    const CalendarStore store(args.value(QStringLiteral("--calendar-dir")).value_or(CalendarStore::defaultDir()));
    const auto &pos = args.positional();
    if (pos.size() == 2 && pos.at(0) == QLatin1String("import")) {
        const auto stored = store.import(pos.at(1));
        if (!stored) // the file is wrong (2), or it could not be kept (1)
            return fail(stored.error().startsWith(pos.at(1)) ? ExitBadInput : ExitFailure, stored.error());
    } else if (!(pos.size() == 1 && pos.at(0) == QLatin1String("show"))) {
        return fail(ExitBadInput, QStringLiteral("calendar: usage: calendar show | calendar import FILE"));
    }
    const auto calendar = store.load();
    if (!calendar)
        return fail(ExitFailure, calendar.error());
    printJson(QJsonObject{{QStringLiteral("first_year"), calendar->firstYear()},
                          {QStringLiteral("last_year"), calendar->lastYear()},
                          {QStringLiteral("source"), calendar->source()}});
    return ExitOk;
}

} // namespace cd::cli
