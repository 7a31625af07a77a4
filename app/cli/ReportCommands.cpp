#include "cli/ReportCommands.h"

#include "cli/CliIo.h"
#include "cli/CliSession.h"
#include "geo/RegionMap.h"
#include "report/CapExport.h"
#include "report/SituationReport.h"

#include <QJsonObject>
#include <QSaveFile>

namespace cd::cli {
namespace {

int writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return fail(ExitFailure, QStringLiteral("%1: cannot write: %2").arg(path, f.errorString()));
    printJson(QJsonObject{{QStringLiteral("out"), path}, {QStringLiteral("bytes"), qint64(data.size())}});
    return ExitOk;
}

} // namespace

int runReport(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--id"), QStringLiteral("--kind"), QStringLiteral("--out"),
                                                   QStringLiteral("--at"), QStringLiteral("--number"), QStringLiteral("--prepared-by"),
                                                   QStringLiteral("--issuer")},
                 {});
    args.require(QStringLiteral("--id"));
    const QString kindText = args.require(QStringLiteral("--kind"));
    const QString out = args.require(QStringLiteral("--out"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("report: ") + args.error());
    const auto kind = reportKindFromName(kindText);
    if (!kind)
        return fail(ExitBadInput, QStringLiteral("report: --kind: must be initial, followup, final or disposal"));
    ReportOptions options;
    options.kind = *kind;
    options.number = args.value(QStringLiteral("--number")).value_or(QStringLiteral("0")).toInt();
    options.preparedBy = args.value(QStringLiteral("--prepared-by")).value_or(qEnvironmentVariable("USER", QStringLiteral("值班员")));
    if (const auto issuer = args.value(QStringLiteral("--issuer")))
        options.issuer = *issuer;
    auto opened = openSession(args, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    auto loaded = loadIncident(s, args, QStringLiteral("report"));
    if (auto *code = std::get_if<int>(&loaded))
        return *code;
    const auto &state = std::get<IncidentState>(loaded);
    const SituationReport report(state, *s.library, RegionMap::lishuiCounties(), options);
    const auto pages = report.writePdf(out);
    if (!pages)
        return fail(ExitFailure, pages.error());
    printJson(QJsonObject{{QStringLiteral("out"), out},
                          {QStringLiteral("pages"), pages.value()},
                          {QStringLiteral("title"), report.title()},
                          {QStringLiteral("exercise"), state.exercise}});
    return ExitOk;
}

int runExportCap(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--id"), QStringLiteral("--out"), QStringLiteral("--at")}, {});
    args.require(QStringLiteral("--id"));
    const QString out = args.require(QStringLiteral("--out"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("export-cap: ") + args.error());
    auto opened = openSession(args, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    auto loaded = loadIncident(s, args, QStringLiteral("export-cap"));
    if (auto *code = std::get_if<int>(&loaded))
        return *code;
    return writeFile(out, CapExport::alert(std::get<IncidentState>(loaded), *s.library));
}

int runExportCsv(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--id"), QStringLiteral("--out"), QStringLiteral("--at")}, {});
    args.require(QStringLiteral("--id"));
    const QString out = args.require(QStringLiteral("--out"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("export-csv: ") + args.error());
    auto opened = openSession(args, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    auto loaded = loadIncident(s, args, QStringLiteral("export-csv"));
    if (auto *code = std::get_if<int>(&loaded))
        return *code;
    return writeFile(out, CsvExport::timeline(std::get<IncidentState>(loaded)));
}

} // namespace cd::cli
