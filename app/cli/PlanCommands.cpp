#include "cli/PlanCommands.h"

#include "cli/CliArgs.h"
#include "cli/CliIo.h"
#include "plan/AssessmentJson.h"
#include "plan/FactsParser.h"
#include "plan/Grader.h"
#include "plan/PlanLibrary.h"

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
    CliArgs args(argv, {QStringLiteral("--facts"), QStringLiteral("--plans")}, {});
    const QString factsPath = args.require(QStringLiteral("--facts"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("grade: ") + args.error());
    const auto library = loadLibrary(args);
    if (!library)
        return fail(ExitBadPlan, library.error());
    const auto input = readInput(factsPath);
    if (!input)
        return fail(ExitBadInput, input.error());
    const auto facts = FactsParser(*library.value()).parse(input.value());
    if (!facts)
        return fail(ExitBadInput, facts.error());
    printJson(AssessmentJson::grading(Grader(*library.value()).grade(facts.value())));
    return ExitOk;
}

} // namespace cd::cli
