// commanddesk-cli: the headless face of CommandDesk for scripts and other systems.
// stdout carries exactly one JSON document on success; messages go to stderr.
#include "cli/CliHelp.h"
#include "cli/CliIo.h"
#include "cli/Dispatch.h"
#include "core/Logging.h"
#include "settings/CentreSettings.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStandardPaths>

#include <memory>

namespace {

// The help's language: --lang, else the user's UI language (View → Language), else Chinese.
cd::help::Lang helpLanguage(QStringList &args)
{
    QString code;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size()) {
            code = args.at(i + 1);
            args.remove(i, 2);
            break;
        }
        if (args.at(i).startsWith(QLatin1String("--lang="))) {
            code = args.takeAt(i).mid(7);
            break;
        }
    }
    if (code.isEmpty())
        code = cd::CentreSettings::load().text(QStringLiteral("ui/language"));
    return cd::help::langFromCode(code);
}

void print(const QString &text, std::FILE *to)
{
    std::fputs(text.toUtf8().constData(), to);
}

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
                         (arg(1) == "user" && arg(2) != "list" && !arg(2).isEmpty()) ||
                         (arg(1) == "units" && arg(2) != "list" && !arg(2).isEmpty()) ||
                         (arg(1) == "roster" && arg(2) == "import") || (arg(1) == "handover" && arg(2) == "confirm");
    cd::initLogging(QStringLiteral("commanddesk-cli"),
                    changes ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs") : QString(),
                    cd::LogConsole::Stderr, verbose);
    // Reports paint text and a map: they need fonts, hence a GUI application, but never a
    // display (the offscreen platform).
    bool paints = argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "dutylog") == 0 || qstrcmp(argv[1], "handover") == 0);
    for (int i = 2; i < argc && argc > 1 && qstrcmp(argv[1], "drill") == 0; ++i)
        paints |= qstrcmp(argv[i], "--report") == 0;
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> appHolder(paints ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QStringList args = QCoreApplication::arguments().mid(1);
    args.removeAll(QStringLiteral("--verbose"));

    const auto lang = helpLanguage(args);
    // A bad centre or user setting is said on stderr (stdout stays one JSON document); the
    // command goes on with the default.
    const auto centre = cd::CentreSettings::load();
    for (const QString &problem : centre.problems())
        std::fprintf(stderr, "commanddesk-cli: warning: settings: %s\n", problem.toUtf8().constData());
    if (args.isEmpty() || args.front() == QLatin1String("--help") || args.front() == QLatin1String("-h")) {
        print(cd::cli::cliUsage(lang), args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? cd::cli::ExitBadInput : cd::cli::ExitOk;
    }
    if (args.front() == QLatin1String("--version")) {
        std::printf("commanddesk-cli %s\n", PROJECT_VERSION_STRING);
        return cd::cli::ExitOk;
    }
    if (args.front() == QLatin1String("--man")) {
        print(cd::cli::cliManPage(lang, QStringLiteral(PROJECT_VERSION_STRING)), stdout);
        return cd::cli::ExitOk;
    }
    if (args.front() == QLatin1String("--bash-completion")) {
        print(cd::cli::cliBashCompletion(), stdout);
        return cd::cli::ExitOk;
    }
    if (args.front() == QLatin1String("help")) {
        if (args.size() < 2) {
            print(cd::cli::cliUsage(lang), stdout);
            return cd::cli::ExitOk;
        }
        const QString text = cd::cli::cliCommandHelp(args.at(1), lang);
        if (text.isEmpty())
            return cd::cli::fail(cd::cli::ExitBadInput, QStringLiteral("help: unknown command \"%1\" (commands: %2)")
                                                            .arg(args.at(1), cd::cli::cliCommandNames().join(QStringLiteral(", "))));
        print(text, stdout);
        return cd::cli::ExitOk;
    }
    const auto &commands = cd::cli::dispatchTable();
    // `COMMAND --help` is `help COMMAND`.
    if (args.size() >= 2 && (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) && commands.count(args.front())) {
        print(cd::cli::cliCommandHelp(args.front(), lang), stdout);
        return cd::cli::ExitOk;
    }
    const auto it = commands.find(args.front());
    if (it == commands.end())
        return cd::cli::fail(cd::cli::ExitBadInput,
                             QStringLiteral("unknown command \"%1\" (try --help)").arg(args.front()));
    return it->second(args.mid(1));
}
