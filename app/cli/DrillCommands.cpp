#include "cli/DrillCommands.h"
#include "settings/CentreSettings.h"

#include "cli/CliIo.h"
#include "cli/CliSession.h"
#include "cli/OutputFile.h"
#include "drill/DrillRunner.h"
#include "journal/StateJson.h"
#include "report/AfterActionReport.h"
#include "time/CalendarStore.h"
#include "time/ShanghaiTime.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

namespace cd::cli {
namespace {

QString scenarioPath(const QString &arg)
{
    if (QFileInfo::exists(arg))
        return arg;
    const QString shipped = QStringLiteral(":/drills/%1.json").arg(arg); // a shipped scenario by id
    return QFileInfo::exists(shipped) ? shipped : arg;
}

int drillList(const QStringList &argv)
{
    CliArgs args(argv, {QStringLiteral("--plans")}, {});
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("drill list: ") + args.error());
    const auto library = PlanLibrary::loadBuiltin();
    if (!library)
        return fail(ExitBadPlan, library.error());
    QJsonArray list;
    for (const auto &file : Scenario::shipped()) {
        const auto s = Scenario::load(file, *library.value());
        if (!s)
            return fail(ExitFailure, s.error());
        list.push_back(QJsonObject{{QStringLiteral("id"), s->id}, {QStringLiteral("title"), s->title}, {QStringLiteral("path"), file}});
    }
    // The contract is a bare list; printJson takes objects, so print it directly.
    const QByteArray out = QJsonDocument(list).toJson(QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return ExitOk;
}

// --speed: max, or a factor of real time from 1 to 3600, written as a plain decimal number —
// nan, inf, -0, 1e-300 or 0.000001 would end at once (an undefined float-to-integer cast) or
// sleep for ever.
std::optional<double> parseSpeed(const QString &text)
{
    if (text == QLatin1String("max"))
        return 0.0;
    static const QRegularExpression plain(QStringLiteral("^[0-9]{1,4}(\\.[0-9]{1,3})?$"));
    if (!plain.match(text).hasMatch())
        return std::nullopt;
    const double speed = text.toDouble();
    if (!(speed >= 1 && speed <= 3600))
        return std::nullopt;
    return speed;
}

// Plays the drill into a scratch journal first: whatever the real journal would refuse (facts
// that do not add up, an exercise outside the journal's years, a response the journal refuses)
// is found before anything is written, so a refused drill leaves nothing behind.
std::optional<QString> rehearse(const Scenario &scenario, const QList<ScriptedResponse> &responses, const PlanLibrary &library,
                                const WorkCalendar &calendar)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return QStringLiteral("cannot create a scratch folder to check the drill: %1").arg(scratch.errorString());
    SystemClock entryClock;
    Journal::Options options;
    options.path = scratch.filePath(QStringLiteral("rehearsal.sqlite"));
    options.initialise = true; // a new file in the scratch folder
    auto journal = Journal::open(options, entryClock, library);
    if (!journal)
        return journal.error();
    ManualClock drillClock(scenario.start, Clock::Mode::Drill);
    DrillRunner runner(scenario, *journal.value(), drillClock, library, calendar);
    const auto result = runner.run(responses);
    if (!result)
        return result.error();
    return std::nullopt;
}

int drillRun(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--scenario"), QStringLiteral("--speed"), QStringLiteral("--responses"),
                                                   QStringLiteral("--report")},
                 {ForceFlag});
    const QString scenarioArg = args.require(QStringLiteral("--scenario"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("drill run: ") + args.error());
    const auto speed = parseSpeed(args.value(QStringLiteral("--speed")).value_or(QStringLiteral("max")));
    if (!speed)
        return fail(ExitBadInput, QStringLiteral("drill run: --speed: must be max or a factor of real time from 1 to 3600 (1, 10, 60 …), "
                                                 "got \"%1\"")
                                      .arg(args.value(QStringLiteral("--speed")).value_or(QString())));
    const auto reportPath = args.value(QStringLiteral("--report"));
    if (reportPath)
        if (const auto refused = refuseOutput(QStringLiteral("drill run"), QStringLiteral("--report"), args, *reportPath))
            return *refused;

    // Everything is checked before the journal is opened (or created).
    const auto plansDir = args.value(QStringLiteral("--plans"));
    const auto library = plansDir ? PlanLibrary::loadWithOverrides(*plansDir) : PlanLibrary::loadBuiltin();
    if (!library)
        return fail(ExitBadPlan, library.error());
    const auto calendar = CalendarStore(args.value(QStringLiteral("--calendar-dir")).value_or(CentreSettings::load().calendarDir())).load();
    if (!calendar)
        return fail(ExitFailure, calendar.error());
    const auto scenario = Scenario::load(scenarioPath(scenarioArg), *library.value());
    if (!scenario)
        return fail(ExitBadInput, scenario.error());
    QList<ScriptedResponse> responses;
    if (const auto file = args.value(QStringLiteral("--responses"))) {
        const auto loaded = Scenario::loadResponses(*file, scenario.value(), *library.value());
        if (!loaded)
            return fail(ExitBadInput, loaded.error());
        responses = loaded.value();
    }
    if (const auto refused = rehearse(scenario.value(), responses, *library.value(), calendar.value()))
        return fail(ExitBadInput, QStringLiteral("drill run: refused before anything was written: ") + *refused);

    auto opened = openSession(args, false);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    // The drill clock: scenario time, moved step by step; at a finite speed the CLI waits the
    // scaled real time between steps.
    ManualClock drillClock(scenario->start, Clock::Mode::Drill);
    // Event times follow the drill clock; the journal's entry times stay real.
    DrillRunner runner(scenario.value(), *s.journal, drillClock, *s.library, s.calendar);
    QDateTime previous = scenario->start;
    const auto result = runner.run(responses, [&] {
        if (*speed > 0)
            QThread::msleep(static_cast<unsigned long>(double(previous.msecsTo(drillClock.now())) / *speed));
        previous = drillClock.now();
    });
    if (!result) // the rehearsal passed: only the journal itself (I/O, a lock) can fail here
        return fail(ExitFailure, result.error());
    QJsonObject out = result.value();
    QJsonObject ids;
    for (auto it = runner.incidentIds().begin(); it != runner.incidentIds().end(); ++it)
        ids.insert(it.key(), it.value());
    out.insert(QStringLiteral("incident_ids"), ids);
    if (reportPath) { // the printed after-action report
        const auto written = writeOutputOption(QStringLiteral("drill run"), QStringLiteral("--report"), args, *reportPath,
                                               AfterActionReport::document(result.value()).pdf());
        if (auto *code = std::get_if<int>(&written))
            return *code;
    }
    printJson(out);
    return ExitOk;
}

} // namespace

int runDrill(const QStringList &argv)
{
    const QString sub = argv.value(0);
    if (sub == QLatin1String("list"))
        return drillList(argv.mid(1));
    if (sub == QLatin1String("run"))
        return drillRun(argv.mid(1));
    return fail(ExitBadInput, QStringLiteral("drill: usage: drill list | drill run --scenario FILE --db DB [--speed max] [--responses FILE]"));
}

int runReplay(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--id"), QStringLiteral("--at")}, {});
    args.require(QStringLiteral("--id"));
    const QString at = args.require(QStringLiteral("--at"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("replay: ") + args.error());
    auto opened = openSession(args, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    auto loaded = loadIncident(s, args, QStringLiteral("replay"));
    if (auto *code = std::get_if<int>(&loaded))
        return *code;
    const auto &state = std::get<IncidentState>(loaded);
    printJson(QJsonObject{{QStringLiteral("id"), state.id},
                          {QStringLiteral("at"), isoShanghai(parseIsoWithOffset(at))},
                          {QStringLiteral("digest"), StateDigest::of(state, *s.library)},
                          {QStringLiteral("state"), StateJson::incident(state, *s.library)}});
    return ExitOk;
}

} // namespace cd::cli
