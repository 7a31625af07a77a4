#include "cli/PlanCommands.h"
#include "settings/CentreSettings.h"

#include "cli/CliArgs.h"
#include "cli/CliIo.h"
#include "plan/AssessmentJson.h"
#include "plan/FactsParser.h"
#include "plan/Grader.h"
#include "plan/PlanLibrary.h"
#include "time/CalendarStore.h"
#include "time/Clock.h"
#include "time/DeadlineEngine.h"
#include "time/ShanghaiTime.h"

namespace cd::cli {
namespace {

Result<std::shared_ptr<const PlanLibrary>> loadLibrary(const CliArgs &args)
{
    if (const auto dir = args.value(QStringLiteral("--plans")))
        return PlanLibrary::loadWithOverrides(*dir);
    return PlanLibrary::loadBuiltin();
}

} // namespace

int runPlans(const QStringList &argv)
{
    CliArgs args(argv, {QStringLiteral("--plans")}, {});
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("plans: ") + args.error());
    const auto library = loadLibrary(args);
    if (!library)
        return fail(ExitBadPlan, library.error());
    printJson(AssessmentJson::planCatalogue(*library.value()));
    return ExitOk;
}

int runGrade(const QStringList &argv)
{
    CliArgs args(argv,
                 {QStringLiteral("--facts"), QStringLiteral("--plans"), QStringLiteral("--dispatched-at"),
                  QStringLiteral("--ended-at"), QStringLiteral("--now"), QStringLiteral("--calendar-dir")},
                 {});
    const QString factsPath = args.require(QStringLiteral("--facts"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("grade: ") + args.error());

    // Later anchors and the evaluation time, when given, must be proper ISO 8601 with offset.
    Milestones milestones;
    QDateTime now;
    for (const auto &[option, milestone] : {std::pair{"--dispatched-at", "dispatched"}, std::pair{"--ended-at", "response_ended"},
                                            std::pair{"--now", ""}}) {
        const auto text = args.value(QLatin1String(option));
        if (!text)
            continue;
        const auto t = parseIsoWithOffset(*text);
        if (!t.isValid())
            return fail(ExitBadInput, QStringLiteral("grade: %1: must be an ISO 8601 time with its offset, e.g. "
                                                     "2026-11-22T03:40:00+08:00").arg(QLatin1String(option)));
        if (*milestone)
            milestones.at.insert(QLatin1String(milestone), t.toUTC());
        else
            now = t.toUTC();
    }

    const auto library = loadLibrary(args);
    if (!library)
        return fail(ExitBadPlan, library.error());
    const auto calendar = CalendarStore(args.value(QStringLiteral("--calendar-dir")).value_or(CentreSettings::load().calendarDir())).load();
    if (!calendar)
        return fail(ExitFailure, calendar.error());
    const auto input = readInput(factsPath);
    if (!input)
        return fail(ExitBadInput, input.error());
    const auto facts = FactsParser(*library.value()).parse(input.value());
    if (!facts)
        return fail(ExitBadInput, facts.error());
    if (facts->reportedAt.isValid())
        milestones.at.insert(QStringLiteral("reported"), facts->reportedAt.toUTC());

    const auto grading = Grader(*library.value()).grade(facts.value());
    if (!now.isValid())
        now = SystemClock().now();
    const auto deadlines = DeadlineEngine(calendar.value()).compute(grading, facts.value(), milestones, now);
    printJson(AssessmentJson::grading(grading, deadlines));
    return ExitOk;
}

} // namespace cd::cli
