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

extern const QStringList CommonOptions; // --db, --busy-timeout, --plans, --calendar-dir

// Opens everything; on failure prints the message and returns the exit code instead.
// `mustExist`: refuse a path with no database instead of creating one (a mistyped --db).
std::variant<std::unique_ptr<Session>, int> openSession(const CliArgs &args, bool readOnly, bool mustExist = false);
// One incident folded up to `cursor` (invalid: everything), deadlines at the cursor or now.
IncidentState foldIncident(const Session &s, const QList<StoredEvent> &events, const QDateTime &cursor);
// The events of --id, folded at --at; on failure prints the message and returns the exit code.
std::variant<IncidentState, int> loadIncident(const Session &s, const CliArgs &args, const QString &command);

} // namespace cd::cli
