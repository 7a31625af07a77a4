// commanddesk-cli: the headless face of CommandDesk for scripts and other systems.
// stdout carries exactly one JSON document on success; messages go to stderr.
#include "cli/CliIo.h"
#include "cli/PlanCommands.h"
#include "cli/TimeCommands.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <functional>
#include <map>

namespace {

const char *const Usage = R"(usage: commanddesk-cli <command> [options]

commands:
  plans  [--plans DIR]                 list the plans, accepted causes and counties
  grade  --facts FILE|- [--plans DIR] [--dispatched-at T] [--ended-at T] [--now T]
                                       grade one set of facts against every plan, with the
                                       reporting windows and their state at --now (default: now)
  workdays --from YYYY-MM-DD --add N   the Nth working day after a date and its 23:59:59 deadline
  calendar show | import FILE          the holiday calendar's years; load a newer notice

exit codes: 0 ok, 1 failure, 2 bad input, 3 broken plan file
)";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CommandDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("commanddesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QStringList args = QCoreApplication::arguments().mid(1);
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    cd::initLogging(QStringLiteral("commanddesk-cli"),
                    QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs"),
                    cd::LogConsole::Stderr, verbose);

    const std::map<QString, std::function<int(const QStringList &)>> commands = {
        {QStringLiteral("plans"), cd::cli::runPlans},
        {QStringLiteral("grade"), cd::cli::runGrade},
        {QStringLiteral("workdays"), cd::cli::runWorkdays},
        {QStringLiteral("calendar"), cd::cli::runCalendar},
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
