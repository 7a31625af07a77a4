#include "cli/ReportCommands.h"
#include "settings/CentreSettings.h"

#include "cli/CliIo.h"
#include "cli/CliSession.h"
#include "cli/OutputFile.h"
#include "geo/RegionMap.h"
#include "report/CapExport.h"
#include "report/SituationReport.h"

#include <QJsonObject>

namespace cd::cli {
namespace {

int writeFile(const QString &command, const CliArgs &args, const QString &path, const QByteArray &data, QJsonObject extra = {})
{
    const auto written = writeOutputOption(command, QStringLiteral("--out"), args, path, data);
    if (auto *code = std::get_if<int>(&written))
        return *code;
    extra.insert(QStringLiteral("out"), path);
    extra.insert(QStringLiteral("bytes"), std::get<qint64>(written));
    printJson(extra);
    return ExitOk;
}

} // namespace

int runReport(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--id"), QStringLiteral("--kind"), QStringLiteral("--out"),
                                                   QStringLiteral("--at"), QStringLiteral("--number"), QStringLiteral("--prepared-by"),
                                                   QStringLiteral("--issuer")},
                 {ForceFlag});
    args.require(QStringLiteral("--id"));
    const QString kindText = args.require(QStringLiteral("--kind"));
    const QString out = args.require(QStringLiteral("--out"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("report: ") + args.error());
    if (const auto refused = refuseOutput(QStringLiteral("report"), QStringLiteral("--out"), args, out))
        return *refused;
    const auto kind = reportKindFromName(kindText);
    if (!kind)
        return fail(ExitBadInput, QStringLiteral("report: --kind: must be initial, followup, final or disposal"));
    ReportOptions options;
    options.kind = *kind;
    options.number = args.value(QStringLiteral("--number")).value_or(QStringLiteral("0")).toInt();
    options.preparedBy = args.value(QStringLiteral("--prepared-by")).value_or(qEnvironmentVariable("USER", QStringLiteral("值班员")));
    const auto centre = CentreSettings::load(); // issuing body, 发文字号 prefix, contact line
    options.issuer = args.value(QStringLiteral("--issuer")).value_or(centre.text(QStringLiteral("report/issuer")));
    options.numberPrefix = centre.text(QStringLiteral("report/numberPrefix"));
    options.contact = centre.text(QStringLiteral("report/contact"));
    auto opened = openSession(args, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    auto loaded = loadIncident(s, args, QStringLiteral("report"));
    if (auto *code = std::get_if<int>(&loaded))
        return *code;
    const auto &state = std::get<IncidentState>(loaded);
    const SituationReport report(state, *s.library, RegionMap::lishuiCounties(), options);
    int pages = 0;
    const QByteArray pdf = report.document().pdf(&pages);
    return writeFile(QStringLiteral("report"), args, out, pdf,
                     QJsonObject{{QStringLiteral("pages"), pages},
                                 {QStringLiteral("title"), report.title()},
                                 {QStringLiteral("exercise"), state.exercise}});
}

int runExportCap(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--id"), QStringLiteral("--out"), QStringLiteral("--at")}, {ForceFlag});
    args.require(QStringLiteral("--id"));
    const QString out = args.require(QStringLiteral("--out"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("export-cap: ") + args.error());
    if (const auto refused = refuseOutput(QStringLiteral("export-cap"), QStringLiteral("--out"), args, out))
        return *refused;
    auto opened = openSession(args, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    auto loaded = loadIncident(s, args, QStringLiteral("export-cap"));
    if (auto *code = std::get_if<int>(&loaded))
        return *code;
    return writeFile(QStringLiteral("export-cap"), args, out, CapExport::alert(std::get<IncidentState>(loaded), *s.library));
}

int runExportCsv(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--id"), QStringLiteral("--out"), QStringLiteral("--at")}, {ForceFlag});
    args.require(QStringLiteral("--id"));
    const QString out = args.require(QStringLiteral("--out"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("export-csv: ") + args.error());
    if (const auto refused = refuseOutput(QStringLiteral("export-csv"), QStringLiteral("--out"), args, out))
        return *refused;
    auto opened = openSession(args, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    auto loaded = loadIncident(s, args, QStringLiteral("export-csv"));
    if (auto *code = std::get_if<int>(&loaded))
        return *code;
    return writeFile(QStringLiteral("export-csv"), args, out, CsvExport::timeline(std::get<IncidentState>(loaded), *s.library));
}

} // namespace cd::cli
