#include "cli/DrillCommands.h"

#include "cli/CliIo.h"
#include "cli/CliSession.h"
#include "drill/DrillRunner.h"
#include "journal/StateJson.h"
#include "report/AfterActionReport.h"
#include "time/ShanghaiTime.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
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

int drillRun(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--scenario"), QStringLiteral("--speed"), QStringLiteral("--responses"),
                                                   QStringLiteral("--report")},
                 {});
    const QString scenarioArg = args.require(QStringLiteral("--scenario"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("drill run: ") + args.error());
    const QString speedText = args.value(QStringLiteral("--speed")).value_or(QStringLiteral("max"));
    bool ok = speedText == QLatin1String("max");
    const double speed = ok ? 0 : speedText.toDouble(&ok);
    if (!ok || speed < 0)
        return fail(ExitBadInput, QStringLiteral("drill run: --speed: must be max or a factor such as 1, 10, 60"));
    auto opened = openSession(args, false);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    const auto scenario = Scenario::load(scenarioPath(scenarioArg), *s.library);
    if (!scenario)
        return fail(ExitBadInput, scenario.error());
    QList<ScriptedResponse> responses;
    if (const auto file = args.value(QStringLiteral("--responses"))) {
        const auto loaded = Scenario::loadResponses(*file, scenario.value(), *s.library);
        if (!loaded)
            return fail(ExitBadInput, loaded.error());
        responses = loaded.value();
    }
    // The drill clock: scenario time, moved step by step; at a finite speed the CLI waits the
    // scaled real time between steps.
    ManualClock drillClock(scenario->start, Clock::Mode::Drill);
    // Event times follow the drill clock; the journal's entry times stay real.
    DrillRunner runner(scenario.value(), *s.journal, drillClock, *s.library, s.calendar);
    QDateTime previous = scenario->start;
    const auto result = runner.run(responses, [&] {
        if (speed > 0)
            QThread::msleep(static_cast<unsigned long>(previous.msecsTo(drillClock.now()) / speed));
        previous = drillClock.now();
    });
    if (!result)
        return fail(ExitFailure, result.error());
    QJsonObject out = result.value();
    QJsonObject ids;
    for (auto it = runner.incidentIds().begin(); it != runner.incidentIds().end(); ++it)
        ids.insert(it.key(), it.value());
    out.insert(QStringLiteral("incident_ids"), ids);
    if (const auto pdf = args.value(QStringLiteral("--report"))) { // the printed after-action report
        const auto pages = AfterActionReport::document(result.value()).writePdf(*pdf);
        if (!pages)
            return fail(ExitFailure, pages.error());
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
