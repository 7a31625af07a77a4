#include "cli/CliSession.h"
#include "settings/CentreSettings.h"

#include "cli/CliIo.h"

#include <QFileInfo>
#include "time/CalendarStore.h"
#include "time/ShanghaiTime.h"

namespace cd::cli {

const QStringList CommonOptions = {QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--busy-timeout"),
                                   QStringLiteral("--plans"), QStringLiteral("--calendar-dir")};
const QStringList CommonFlags = {QStringLiteral("--init")};

std::variant<std::unique_ptr<Session>, int> openSession(const CliArgs &args, bool readOnly, bool mustExist)
{
    auto s = std::make_unique<Session>();
    const auto dir = args.value(QStringLiteral("--plans"));
    auto library = dir ? PlanLibrary::loadWithOverrides(*dir) : PlanLibrary::loadBuiltin();
    if (!library)
        return fail(ExitBadPlan, library.error());
    s->library = library.value();
    auto calendar = CalendarStore(args.value(QStringLiteral("--calendar-dir")).value_or(CentreSettings::load().calendarDir())).load();
    if (!calendar)
        return fail(ExitFailure, calendar.error());
    s->calendar = calendar.value();
    Journal::Options options;
    options.path = args.value(QStringLiteral("--db")).value_or(CentreSettings::load().centreStore());
    options.readOnly = readOnly;
    options.initialise = args.flag(QStringLiteral("--init"));
    const auto location = StoreLocation::parse(options.path);
    if (!location)
        return fail(ExitBadInput, location.error());
    const QString user = args.value(QStringLiteral("--user")).value_or(qEnvironmentVariable("COMMANDDESK_USER"));
    if (location->isPostgres())
        options.user = user; // the database login is the account (password from ~/.pgpass)
    if (mustExist && !location->isPostgres() && !QFileInfo::exists(location->path))
        return fail(ExitFailure, QStringLiteral("%1: no such database (check --db)").arg(location->path));
    if (const auto t = args.value(QStringLiteral("--busy-timeout"))) {
        bool ok = false;
        options.busyTimeoutMs = t->toInt(&ok);
        if (!ok || options.busyTimeoutMs < 0)
            return fail(ExitBadInput, QStringLiteral("--busy-timeout: must be milliseconds ≥ 0"));
    }
    auto journal = Journal::open(options, s->clock, *s->library);
    if (!journal)
        return fail(ExitFailure, journal.error());
    s->journal = std::move(journal).value();
    if (!user.isEmpty() && !readOnly)
        if (auto problem = s->journal->useAccount(user))
            return fail(ExitRefused, *problem);
    return s;
}

int exitCodeFor(const Journal &journal, const QString &error)
{
    switch (journal.lastFailure()) {
    case StoreFailure::Refused: return ExitRefused;
    case StoreFailure::Offline:
    case StoreFailure::General: return ExitFailure;
    case StoreFailure::None: break;
    }
    return error.startsWith(journal.path()) ? ExitFailure : ExitBadInput;
}

IncidentState foldIncident(const Session &s, const QList<StoredEvent> &events, const QDateTime &cursor)
{
    return IncidentState::fold(events, {*s.library, s.calendar}, cursor, cursor.isValid() ? cursor : s.clock.now());
}

std::variant<IncidentState, int> loadIncident(const Session &s, const CliArgs &args, const QString &command)
{
    bool ok = false;
    const qint64 id = args.value(QStringLiteral("--id")).value_or(QString()).toLongLong(&ok);
    if (!ok || id < 1)
        return fail(ExitBadInput, command + QStringLiteral(": --id: must be an incident number"));
    QDateTime cursor;
    if (const auto at = args.value(QStringLiteral("--at"))) {
        cursor = parseIsoWithOffset(*at);
        if (!cursor.isValid())
            return fail(ExitBadInput, command + QStringLiteral(": --at: must be an ISO 8601 time with its offset"));
    }
    const auto events = s.journal->events(id);
    if (!events)
        return fail(ExitFailure, events.error());
    if (events->isEmpty())
        return fail(ExitBadInput, command + QStringLiteral(": --id: no incident %1 in %2").arg(id).arg(s.journal->path()));
    auto state = foldIncident(s, events.value(), cursor.toUTC());
    if (state.events.isEmpty())
        return fail(ExitBadInput, command + QStringLiteral(": --at: incident %1 had not been reported yet at that time").arg(id));
    return state;
}

} // namespace cd::cli
