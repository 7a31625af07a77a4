#pragma once

#include "cli/CliArgs.h"
#include "journal/IncidentState.h"
#include "journal/Journal.h"
#include "plan/PlanLibrary.h"
#include "time/Clock.h"
#include "time/WorkCalendar.h"

#include <memory>
#include <variant>

namespace cd::cli {

// What every journal command needs: the plans, the calendar, the clock and the database.
struct Session {
    std::shared_ptr<const PlanLibrary> library;
    WorkCalendar calendar;
    SystemClock clock;
    std::unique_ptr<Journal> journal;
};

extern const QStringList CommonOptions; // --db, --user, --busy-timeout, --plans, --calendar-dir
extern const QStringList CommonFlags;   // --init (commands that may start a new journal)

// Opens everything; on failure prints the message and returns the exit code instead.
// `mustExist`: refuse a path with no database instead of creating one (a mistyped --db).
// Signs in as --user or COMMANDDESK_USER where given (PostgreSQL: the database login).
std::variant<std::unique_ptr<Session>, int> openSession(const CliArgs &args, bool readOnly, bool mustExist = false);
// The exit code for a failed journal write: 5 refused, 1 database or server, 2 the input.
int exitCodeFor(const Journal &journal, const QString &error);
// One incident folded up to `cursor` (invalid: everything), deadlines at the cursor or now.
IncidentState foldIncident(const Session &s, const QList<StoredEvent> &events, const QDateTime &cursor);
// The events of --id, folded at --at; on failure prints the message and returns the exit code.
std::variant<IncidentState, int> loadIncident(const Session &s, const CliArgs &args, const QString &command);

} // namespace cd::cli
