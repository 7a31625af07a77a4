// commanddesk-cli: the headless face of CommandDesk for scripts and other systems.
// stdout carries exactly one JSON document on success; messages go to stderr.
#include "cli/CliIo.h"
#include "cli/PlanCommands.h"
#include "cli/TimeCommands.h"
#include "cli/JournalCommands.h"
#include "cli/ReportCommands.h"
#include "cli/DrillCommands.h"
#include "cli/AdminCommands.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStandardPaths>

#include <functional>
#include <memory>
#include <map>

namespace {

const char *const Usage = R"(usage: commanddesk-cli <command> [options]

commands:
  plans  [--plans DIR]                 list the plans, accepted causes and counties
  grade  --facts FILE|- [--plans DIR] [--dispatched-at T] [--ended-at T] [--now T]
                                       grade one set of facts against every plan, with the
                                       reporting windows and their state at --now (default: now)
  workdays --from YYYY-MM-DD --add N   the Nth working day after a date and its 23:59:59 deadline
                                       (dates from 1970-01-01 to 2099-12-31, N from 1 to 3650)
  calendar show | import FILE [--replace]
                                       the holiday calendar's years; load a newer notice (every
                                       year it covers needs its statutory holidays; --replace
                                       allows it to remove holidays of those years)
  incident new --facts FILE|- [--exercise] [--title T] [--at T]
  incident event --id N --kind KIND [--payload JSON] [--at T] [--reason TEXT]
                                       --reason: why it is entered late (补录); required when
                                       --at is more than 5 minutes before now; --at more than
                                       2 minutes after now is refused
  incident show --id N [--at T]        state of an incident (at a cursor time)
  incident list
  verify [--expect-head [SEQ:]HASH]    check the journal's hash chain (and that a head noted
                                       earlier, e.g. on a report, is still in it)
  report --id N --kind initial|followup|final|disposal --out FILE.pdf [--at T] [--number N]
         [--prepared-by NAME] [--issuer NAME] [--annex FILE.pdf] [--force]
                                       a draft (草稿) in GB/T 9704 layout; --annex: the internal
                                       record (clauses, duties, windows, events, checksum)
  report issue --id N --kind K --signer NAME [--number SERIAL] [--followup N] --out FILE.pdf
                                       sign off and issue: numbered per year (drills apart), the
                                       exact PDF and its SHA-256 kept in a report_issued event
  report list [--id N]                 the issued reports, their 发文字号 and hashes
  export-cap --id N --out FILE.xml [--at T] [--force]   CAP 1.2 alert
  export-csv --id N --out FILE.csv [--at T] [--force]   timeline, UTF-8 with BOM
  drill list                           the shipped scenarios
  drill run --scenario FILE|ID [--speed max|1|10|60] [--responses FILE] [--report AAR.pdf] [--force]
                                       play a scenario into --db, print the after-action JSON;
                                       everything is checked first (a refused drill writes nothing);
                                       --speed: max or a factor from 1 to 3600
  replay --id N --at T                 state at a cursor, with its digest
  db init --db PATH|URL                create or migrate a journal (PostgreSQL: schema, roles, functions)
  db copy --from PATH|URL --to PATH|URL
                                       copy a whole journal (same sequence numbers and hashes), verified
  user add --name LOGIN --role ROLE [--agency A] [--display 姓名] [--password-stdin]
  user list | disable --name N | enable --name N | set-role --name N --role ROLE [--agency A]
                                       roles: duty_operator shift_leader commander liaison observer admin
  watch [--from-seq N]                 one JSON line per appended event, until interrupted
  journal commands take [--db PATH|postgresql://user@host/db] (default: the user's data folder)
  [--user LOGIN] (or COMMANDDESK_USER) [--busy-timeout MS] [--init: may create the folder/file]
  outputs (--out, --report) never replace the journal or its -wal/-shm files, nor any existing
  file unless --force; they are written to a temporary file and renamed into place
  log file: only commands that change something (incident new/event, drill run, calendar import)

exit codes: 0 ok, 1 failure (database, I/O, server offline), 2 bad input, 3 broken plan file,
4 broken journal chain, 5 refused (the account's role may not do this; nothing was written)
)";

} // namespace

int main(int argc, char *argv[])
{
    // Logging first, so that Qt's own start-up messages go to the log file, not to the
    // stderr that scripts read.
    QCoreApplication::setOrganizationName(QStringLiteral("CommandDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("commanddesk"));
    bool verbose = false;
    for (int i = 1; i < argc; ++i)
        verbose |= qstrcmp(argv[i], "--verbose") == 0;
    // Only a command that changes something (a journal, the stored calendar) keeps a log file
    // beside the user's data; pure and read-only commands (grade, plans, workdays, verify,
    // show, list, exports) write nothing outside what they were asked to write.
    const auto arg = [&](int i) { return i < argc ? QByteArray(argv[i]) : QByteArray(); };
    const bool changes = (arg(1) == "incident" && (arg(2) == "new" || arg(2) == "event")) || (arg(1) == "drill" && arg(2) == "run") ||
                         (arg(1) == "calendar" && arg(2) == "import") || (arg(1) == "db" && (arg(2) == "init" || arg(2) == "copy")) ||
                         (arg(1) == "user" && arg(2) != "list" && !arg(2).isEmpty());
    cd::initLogging(QStringLiteral("commanddesk-cli"),
                    changes ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs") : QString(),
                    cd::LogConsole::Stderr, verbose);
    // Reports paint text and a map: they need fonts, hence a GUI application, but never a
    // display (the offscreen platform).
    bool paints = argc > 1 && qstrcmp(argv[1], "report") == 0;
    for (int i = 2; i < argc && argc > 1 && qstrcmp(argv[1], "drill") == 0; ++i)
        paints |= qstrcmp(argv[i], "--report") == 0;
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> appHolder(paints ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QStringList args = QCoreApplication::arguments().mid(1);
    args.removeAll(QStringLiteral("--verbose"));

    const std::map<QString, std::function<int(const QStringList &)>> commands = {
        {QStringLiteral("plans"), cd::cli::runPlans},
        {QStringLiteral("grade"), cd::cli::runGrade},
        {QStringLiteral("workdays"), cd::cli::runWorkdays},
        {QStringLiteral("calendar"), cd::cli::runCalendar},
        {QStringLiteral("incident"), cd::cli::runIncident},
        {QStringLiteral("verify"), cd::cli::runVerify},
        {QStringLiteral("report"), cd::cli::runReport},
        {QStringLiteral("export-cap"), cd::cli::runExportCap},
        {QStringLiteral("export-csv"), cd::cli::runExportCsv},
        {QStringLiteral("drill"), cd::cli::runDrill},
        {QStringLiteral("replay"), cd::cli::runReplay},
        {QStringLiteral("db"), cd::cli::runDb},
        {QStringLiteral("user"), cd::cli::runUser},
        {QStringLiteral("watch"), cd::cli::runWatch},
    };
    if (args.isEmpty() || args.front() == QLatin1String("--help") || args.front() == QLatin1String("-h")) {
        std::fputs(Usage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? cd::cli::ExitBadInput : cd::cli::ExitOk;
    }
    if (args.front() == QLatin1String("--version")) {
        std::printf("commanddesk-cli %s\n", PROJECT_VERSION_STRING);
        return cd::cli::ExitOk;
    }
    const auto it = commands.find(args.front());
    if (it == commands.end())
        return cd::cli::fail(cd::cli::ExitBadInput,
                             QStringLiteral("unknown command \"%1\" (try --help)").arg(args.front()));
    return it->second(args.mid(1));
}
