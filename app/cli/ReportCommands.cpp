#include "cli/ReportCommands.h"
#include "settings/CentreSettings.h"

#include "cli/CliIo.h"
#include "cli/CliSession.h"
#include "cli/OutputFile.h"
#include "geo/RegionMap.h"
#include "report/CapExport.h"
#include "report/IssuedReports.h"
#include "report/OfficialReport.h"
#include "report/SituationReport.h"

#include "time/ShanghaiTime.h"

#include <QJsonArray>
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

namespace {

OfficialReportOptions optionsFrom(const CliArgs &args, ReportKind kind)
{
    OfficialReportOptions options = OfficialReportOptions::fromSettings();
    options.kind = kind;
    options.number = args.value(QStringLiteral("--number")).value_or(QStringLiteral("0")).toInt();
    options.preparedBy = args.value(QStringLiteral("--prepared-by")).value_or(qEnvironmentVariable("USER", QStringLiteral("值班员")));
    if (const auto issuer = args.value(QStringLiteral("--issuer")))
        options.issuingBody = *issuer;
    return options;
}

QJsonObject issuedJson(const IssuedReport &r)
{
    return QJsonObject{{QStringLiteral("seq"), r.seq},
                       {QStringLiteral("incident"), r.incidentId},
                       {QStringLiteral("exercise"), r.exercise},
                       {QStringLiteral("kind"), r.report},
                       {QStringLiteral("number"), r.number},
                       {QStringLiteral("doc_number"), r.docNumber},
                       {QStringLiteral("serial"), r.serial},
                       {QStringLiteral("year"), r.year},
                       {QStringLiteral("signer"), r.signer},
                       {QStringLiteral("recipients"), r.recipients},
                       {QStringLiteral("title"), r.title},
                       {QStringLiteral("issued_at"), isoShanghai(r.issuedAt)},
                       {QStringLiteral("issued_by"), r.actor},
                       {QStringLiteral("pages"), r.pages},
                       {QStringLiteral("sha256"), r.sha256},
                       {QStringLiteral("hash_ok"), r.hashMatches}};
}

// report signoff --id N --kind K --signer NAME [--followup N]: 签发, the draft as it stands.
int runSignOff(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--id"), QStringLiteral("--kind"), QStringLiteral("--at"),
                                                   QStringLiteral("--followup"), QStringLiteral("--signer"), QStringLiteral("--prepared-by"),
                                                   QStringLiteral("--issuer")},
                 {});
    args.require(QStringLiteral("--id"));
    const QString kindText = args.require(QStringLiteral("--kind"));
    const QString signer = args.require(QStringLiteral("--signer"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("report signoff: ") + args.error());
    const auto kind = reportKindFromName(kindText);
    if (!kind)
        return fail(ExitBadInput, QStringLiteral("report signoff: --kind: must be initial, followup, final or disposal"));
    OfficialReportOptions options = optionsFrom(args, *kind);
    options.number = args.value(QStringLiteral("--followup")).value_or(QStringLiteral("0")).toInt();
    options.signer = signer.trimmed();
    auto opened = openSession(args, false, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    auto loaded = loadIncident(s, args, QStringLiteral("report signoff"));
    if (auto *code = std::get_if<int>(&loaded))
        return *code;
    const auto &state = std::get<IncidentState>(loaded);
    const QDateTime at = args.value(QStringLiteral("--at")) ? parseIsoWithOffset(*args.value(QStringLiteral("--at"))) : s.clock.now();
    const auto signedOff = IssuedReports::signOff(*s.journal, state, *s.library, options, at);
    if (!signedOff)
        return fail(signedOff.error().startsWith(QLatin1String("signer:")) ? ExitBadInput : exitCodeFor(*s.journal, signedOff.error()),
                    QStringLiteral("report signoff: ") + signedOff.error());
    const OfficialReport draft(state, *s.library, options);
    printJson(QJsonObject{{QStringLiteral("seq"), signedOff.value().seq},
                          {QStringLiteral("incident"), state.id},
                          {QStringLiteral("kind"), signedOff.value().report},
                          {QStringLiteral("number"), signedOff.value().number},
                          {QStringLiteral("title"), draft.title()},
                          {QStringLiteral("signer"), signedOff.value().signer},
                          {QStringLiteral("signed_off_by"), signedOff.value().actor},
                          {QStringLiteral("draft_sha256"), signedOff.value().digest},
                          {QStringLiteral("missing"), QJsonArray::fromStringList(draft.missing())}});
    return ExitOk;
}

// report issue --id N --kind K [--signer NAME] [--number SERIAL] [--followup N] --out FILE
// Issues the signed-off draft. Without a sign-off of this draft, an account that may sign off
// (shift leader, commander: one desk, one person) signs it off here with --signer and issues
// it, two events; any other account is refused and told to have it signed off first.
int runIssue(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--id"), QStringLiteral("--kind"), QStringLiteral("--out"),
                                                   QStringLiteral("--at"), QStringLiteral("--number"), QStringLiteral("--followup"),
                                                   QStringLiteral("--signer"), QStringLiteral("--prepared-by"), QStringLiteral("--issuer")},
                 {ForceFlag});
    args.require(QStringLiteral("--id"));
    const QString kindText = args.require(QStringLiteral("--kind"));
    const QString signer = args.value(QStringLiteral("--signer")).value_or(QString()).trimmed();
    const QString out = args.require(QStringLiteral("--out"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("report issue: ") + args.error());
    if (const auto refused = refuseOutput(QStringLiteral("report issue"), QStringLiteral("--out"), args, out))
        return *refused;
    const auto kind = reportKindFromName(kindText);
    if (!kind)
        return fail(ExitBadInput, QStringLiteral("report issue: --kind: must be initial, followup, final or disposal"));
    bool ok = true;
    const int serial = args.value(QStringLiteral("--number")).value_or(QStringLiteral("0")).toInt(&ok);
    if (!ok || serial < 0)
        return fail(ExitBadInput, QStringLiteral("report issue: --number: must be a whole number (the serial of the 发文字号)"));
    OfficialReportOptions options = optionsFrom(args, *kind);
    options.number = args.value(QStringLiteral("--followup")).value_or(QStringLiteral("0")).toInt();
    options.signer = signer;
    auto opened = openSession(args, false, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    auto loaded = loadIncident(s, args, QStringLiteral("report issue"));
    if (auto *code = std::get_if<int>(&loaded))
        return *code;
    IncidentState state = std::get<IncidentState>(loaded);
    const QDateTime at = args.value(QStringLiteral("--at")) ? parseIsoWithOffset(*args.value(QStringLiteral("--at"))) : s.clock.now();
    const auto signedOff = IssuedReports::signOffFor(state, OfficialReport(state, *s.library, options), *kind);
    bool signedHere = false;
    if (signedOff && !signer.isEmpty() && signedOff->signer != signer)
        return fail(ExitBadInput, QStringLiteral("report issue: --signer: the draft was signed off by %1 (event %2), not %3")
                                      .arg(signedOff->signer).arg(signedOff->seq).arg(signer));
    if (!signedOff) {
        const QString why = IssuedReports::missingSignOff(state, OfficialReport(state, *s.library, options), *kind);
        if (s.journal->refusal(QStringLiteral("report_signed_off"), {}))
            return fail(ExitRefused, QStringLiteral("report issue: %1 (`report signoff`; this account may not)").arg(why));
        if (signer.isEmpty())
            return fail(ExitBadInput, QStringLiteral("report issue: %1; or give --signer to sign it off and issue it at once").arg(why));
        const auto recorded = IssuedReports::signOff(*s.journal, state, *s.library, options, at);
        if (!recorded)
            return fail(exitCodeFor(*s.journal, recorded.error()), QStringLiteral("report issue: ") + recorded.error());
        signedHere = true;
        const auto events = s.journal->events(state.id);
        if (!events)
            return fail(ExitFailure, QStringLiteral("report issue: ") + events.error());
        state = foldIncident(s, events.value(), s.clock.now());
    }
    const auto issued = IssuedReports::issue(*s.journal, state, *s.library, options, at, serial);
    if (!issued)
        return fail(issued.error().startsWith(QLatin1String("number:")) || issued.error().startsWith(QLatin1String("sign-off:"))
                        ? ExitBadInput
                        : exitCodeFor(*s.journal, issued.error()),
                    QStringLiteral("report issue: ") + issued.error());
    QJsonObject json = issuedJson(issued.value());
    json.insert(QStringLiteral("signed_off_here"), signedHere);
    return writeFile(QStringLiteral("report issue"), args, out, issued.value().pdf, json);
}

// report list [--id N]: the issued reports with their hashes, checked against the stored bytes.
int runList(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--id")}, {});
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("report list: ") + args.error());
    auto opened = openSession(args, true, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    const auto issued = IssuedReports::all(*s.journal);
    if (!issued)
        return fail(ExitFailure, QStringLiteral("report list: ") + issued.error());
    const qint64 id = args.value(QStringLiteral("--id")).value_or(QStringLiteral("0")).toLongLong();
    QJsonArray list;
    for (const auto &r : issued.value())
        if (id == 0 || r.incidentId == id)
            list.append(issuedJson(r));
    printJson(QJsonObject{{QStringLiteral("issued"), list}});
    return ExitOk;
}

} // namespace

int runReport(const QStringList &argv)
{
    if (!argv.isEmpty() && argv.front() == QLatin1String("issue"))
        return runIssue(argv.mid(1));
    if (!argv.isEmpty() && argv.front() == QLatin1String("list"))
        return runList(argv.mid(1));
    if (!argv.isEmpty() && argv.front() == QLatin1String("signoff"))
        return runSignOff(argv.mid(1));
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--id"), QStringLiteral("--kind"), QStringLiteral("--out"),
                                                   QStringLiteral("--at"), QStringLiteral("--number"), QStringLiteral("--prepared-by"),
                                                   QStringLiteral("--issuer"), QStringLiteral("--annex")},
                 {ForceFlag});
    args.require(QStringLiteral("--id"));
    const QString kindText = args.require(QStringLiteral("--kind"));
    const QString out = args.require(QStringLiteral("--out"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("report: ") + args.error());
    if (const auto refused = refuseOutput(QStringLiteral("report"), QStringLiteral("--out"), args, out))
        return *refused;
    const auto annex = args.value(QStringLiteral("--annex"));
    if (annex)
        if (const auto refused = refuseOutput(QStringLiteral("report"), QStringLiteral("--annex"), args, *annex))
            return *refused;
    const auto kind = reportKindFromName(kindText);
    if (!kind)
        return fail(ExitBadInput, QStringLiteral("report: --kind: must be initial, followup, final or disposal"));
    auto opened = openSession(args, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    auto loaded = loadIncident(s, args, QStringLiteral("report"));
    if (auto *code = std::get_if<int>(&loaded))
        return *code;
    const auto &state = std::get<IncidentState>(loaded);
    // A draft: dated now (or --at), no 发文字号 yet, stamped 草稿.
    OfficialReportOptions options = optionsFrom(args, *kind);
    options.issuedAt = args.value(QStringLiteral("--at")) ? parseIsoWithOffset(*args.value(QStringLiteral("--at"))) : s.clock.now();
    const OfficialReport report(state, *s.library, options);
    int pages = 0;
    const QByteArray pdf = report.document().pdf(&pages);
    QJsonObject extra{{QStringLiteral("pages"), pages},
                      {QStringLiteral("title"), report.title()},
                      {QStringLiteral("exercise"), state.exercise},
                      {QStringLiteral("missing"), QJsonArray::fromStringList(report.missing())}};
    if (annex) {
        // The internal annex (内部工作记录): clauses, duties, windows, events, checksum.
        ReportOptions internal;
        internal.kind = *kind;
        internal.number = options.number;
        internal.issuer = options.issuingBody;
        internal.preparedBy = options.preparedBy;
        const SituationReport record(state, *s.library, RegionMap::lishuiCounties(), internal);
        int annexPages = 0;
        const QByteArray annexPdf = record.document().pdf(&annexPages);
        const auto written = writeOutputOption(QStringLiteral("report"), QStringLiteral("--annex"), args, *annex, annexPdf);
        if (auto *code = std::get_if<int>(&written))
            return *code;
        extra.insert(QStringLiteral("annex"), *annex);
        extra.insert(QStringLiteral("annex_pages"), annexPages);
    }
    return writeFile(QStringLiteral("report"), args, out, pdf, extra);
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
