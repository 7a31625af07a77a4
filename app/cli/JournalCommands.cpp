#include "cli/JournalCommands.h"

#include "cli/CliArgs.h"
#include "cli/CliIo.h"
#include "cli/CliSession.h"
#include "journal/ChainVerifier.h"
#include "journal/EntryTimeRule.h"
#include "journal/ImportFile.h"
#include "journal/IncidentState.h"
#include "journal/Journal.h"
#include "journal/StateJson.h"
#include "journal/SummaryProjection.h"
#include "plan/FactVocabulary.h"
#include "plan/PlanLibrary.h"
#include "time/CalendarStore.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace cd::cli {
namespace {

// --at, or the clock's now.
std::optional<QDateTime> timeOption(const CliArgs &args, const QDateTime &now, QString &error)
{
    const auto text = args.value(QStringLiteral("--at"));
    if (!text)
        return now;
    const auto t = parseIsoWithOffset(*text);
    if (!t.isValid()) {
        error = QStringLiteral("--at: must be an ISO 8601 time with its offset, e.g. 2026-11-22T03:10:00+08:00");
        return std::nullopt;
    }
    return t.toUTC();
}

int incidentNew(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--facts"), QStringLiteral("--title"), QStringLiteral("--at")},
                 CommonFlags + QStringList{QStringLiteral("--exercise")});
    const QString factsPath = args.require(QStringLiteral("--facts"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("incident new: ") + args.error());
    const auto input = readInput(factsPath);
    if (!input)
        return fail(ExitBadInput, input.error());
    const auto doc = jsonObject(input.value(), QStringLiteral("facts"));
    if (!doc)
        return fail(ExitBadInput, doc.error());
    auto opened = openSession(args, false);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    QString error;
    const auto at = timeOption(args, s.clock.now(), error);
    if (!at)
        return fail(ExitBadInput, QStringLiteral("incident new: ") + error);
    QString title = args.value(QStringLiteral("--title")).value_or(QString()).trimmed();
    if (title.isEmpty()) {
        // A readable default: where, why, how many.
        const auto &o = doc.value();
        const auto *cause = s.library->vocabulary().cause(o.value(QLatin1String("cause")).toString(QStringLiteral("other")));
        title = QStringLiteral("%1 %2 %3人")
                    .arg(o.value(QLatin1String("county")).toString(s.library->vocabulary().defaultCounty()),
                         cause ? cause->label : QStringLiteral("其他"))
                    .arg(o.value(QLatin1String("participants")).toInteger());
    }
    const auto id = s.journal->createIncident(title, args.flag(QStringLiteral("--exercise")), doc.value(), *at);
    if (!id)
        return fail(exitCodeFor(*s.journal, id.error()), id.error());
    const auto events = s.journal->events(id.value());
    if (!events)
        return fail(ExitFailure, events.error());
    QJsonObject out = StateJson::summary(foldIncident(s, events.value(), {}));
    out.insert(QStringLiteral("seq"), events->last().seq);
    printJson(out);
    return ExitOk;
}

int incidentEvent(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--id"), QStringLiteral("--kind"), QStringLiteral("--payload"),
                                                   QStringLiteral("--at"), QStringLiteral("--reason")},
                 {});
    const QString idText = args.require(QStringLiteral("--id"));
    const QString kind = args.require(QStringLiteral("--kind"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("incident event: ") + args.error());
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id < 1)
        return fail(ExitBadInput, QStringLiteral("incident event: --id: must be an incident number"));
    QJsonObject payload;
    if (const auto text = args.value(QStringLiteral("--payload"))) {
        const auto doc = jsonObject(text->toUtf8(), QStringLiteral("incident event: --payload"));
        if (!doc)
            return fail(ExitBadInput, doc.error());
        payload = doc.value();
    }
    // Why a late entry (补录) is made late: required when --at is more than the tolerance
    // (5 minutes) before now.
    if (const auto reason = args.value(QStringLiteral("--reason"))) {
        if (reason->trimmed().isEmpty())
            return fail(ExitBadInput, QStringLiteral("incident event: --reason: must not be empty"));
        payload.insert(QLatin1String(EntryTimeRule::ReasonField), *reason);
    }
    auto opened = openSession(args, false, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    QString error;
    const auto at = timeOption(args, s.clock.now(), error);
    if (!at)
        return fail(ExitBadInput, QStringLiteral("incident event: ") + error);
    const auto seq = s.journal->append({id, kind, payload, *at, {}});
    if (!seq) {
        const QString missingReason = QStringLiteral("payload.%1: required").arg(QLatin1String(EntryTimeRule::ReasonField));
        if (seq.error().startsWith(missingReason))
            return fail(ExitBadInput, QStringLiteral("incident event: --reason: required") + seq.error().mid(missingReason.size()) +
                                          QStringLiteral(" (nothing was written)"));
        return fail(exitCodeFor(*s.journal, seq.error()), seq.error());
    }
    printJson(QJsonObject{{QStringLiteral("seq"), seq.value()}});
    return ExitOk;
}

int incidentShow(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--id"), QStringLiteral("--at")}, {});
    args.require(QStringLiteral("--id"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("incident show: ") + args.error());
    auto opened = openSession(args, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    auto loaded = loadIncident(s, args, QStringLiteral("incident show"));
    if (auto *code = std::get_if<int>(&loaded))
        return *code;
    printJson(StateJson::incident(std::get<IncidentState>(loaded), *s.library));
    return ExitOk;
}

namespace {

// A JSON string as QJsonDocument writes it; the common case (no quote, backslash or control
// character) copied as UTF-8, the rest left to Qt.
void jsonString(QByteArray &out, const QString &text)
{
    const bool plain = std::none_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x20 || c == u'"' || c == u'\\'; });
    if (plain) {
        out += '"';
        out += text.toUtf8();
        out += '"';
        return;
    }
    const QByteArray quoted = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    out += quoted.mid(1, quoted.size() - 2);
}

// One row of `incident list` from the summary projection, at the depth of the list.
void summaryRow(QByteArray &out, const IncidentSummary &s)
{
    out += "        {\n            \"county\": ";
    jsonString(out, s.county);
    out += ",\n            \"exercise\": ";
    out += s.exercise ? "true" : "false";
    out += ",\n            \"id\": ";
    out += QByteArray::number(s.id);
    out += ",\n            \"level\": ";
    if (s.level)
        jsonString(out, levelCode(*s.level));
    else
        out += "null";
    out += ",\n            \"next_deadline\": null,\n            \"plans\": [\n";
    for (qsizetype i = 0; i < s.plans.size(); ++i) {
        out += "                ";
        jsonString(out, s.plans.at(i));
        out += i + 1 < s.plans.size() ? ",\n" : "\n";
    }
    out += "            ],\n            \"reported_at\": ";
    if (s.reportedAt.isValid())
        jsonString(out, isoShanghai(s.reportedAt));
    else
        out += "null";
    out += ",\n            \"status\": ";
    jsonString(out, incidentStatusName(s.status));
    out += ",\n            \"title\": ";
    jsonString(out, s.title);
    out += "\n        }";
}

// A row built as a QJsonObject (an incident folded in full), indented to the list's depth.
void indentedRow(QByteArray &out, const QJsonObject &row)
{
    const QList<QByteArray> lines = QJsonDocument(row).toJson(QJsonDocument::Indented).trimmed().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += "        ";
        out += lines.at(i);
        if (i + 1 < lines.size())
            out += '\n';
    }
}

} // namespace

int incidentList(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions, {});
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("incident list: ") + args.error());
    auto opened = openSession(args, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    const auto rows = s.journal->incidents();
    if (!rows)
        return fail(ExitFailure, rows.error());
    // The summary projection instead of folding every incident: only those whose windows
    // still run are folded (their next deadline moves with the clock).
    const auto loaded = SummaryProjection::load(s.journal->store(), SummaryProjection::inputsKey(*s.library),
                                                [&s](const QList<StoredEvent> &events) { return foldIncident(s, events, {}); });
    if (!loaded)
        return fail(ExitFailure, loaded.error());
    // (Not saved, as in an immutable evidence copy: the summaries were computed all the same.)
    // Every incident is opened by its report: without it (no events at all, or a first event
    // of another kind) there is nothing honest to list, only a journal someone removed events
    // from.
    const auto &summaries = loaded->summaries;
    std::optional<qint64> lostReport;
    for (qsizetype i = 0; i < rows->size() && !lostReport; ++i)
        if (i >= summaries.size() || summaries.at(i).id != rows->at(i).id)
            lostReport = rows->at(i).id;
    if (!lostReport && !loaded->withoutReport.isEmpty())
        lostReport = loaded->withoutReport.first();
    if (lostReport)
        return fail(ExitTampered, QStringLiteral("%1: incident %2 has lost the report that opened it: the journal was "
                                                 "tampered with; run verify")
                                      .arg(s.journal->path()).arg(*lostReport));
    if (summaries.isEmpty()) {
        printJson(QJsonObject{{QStringLiteral("incidents"), QJsonArray()}});
        return ExitOk;
    }
    // Written row by row in the layout printJson gives (QJsonDocument::Indented), without
    // building 100k QJsonObjects first.
    QByteArray out = "{\n    \"incidents\": [\n";
    out.reserve(qsizetype(summaries.size()) * 360 + 64);
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        const IncidentSummary &summary = summaries.at(i);
        if (summary.needsFullFold()) {
            const auto events = s.journal->events(summary.id);
            if (!events)
                return fail(ExitFailure, events.error());
            indentedRow(out, StateJson::summary(foldIncident(s, events.value(), {})));
        } else {
            summaryRow(out, summary);
        }
        out += i + 1 < summaries.size() ? ",\n" : "\n";
    }
    out += "    ]\n}\n";
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace

int runImport(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--file")}, CommonFlags);
    const QString path = args.require(QStringLiteral("--file"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("import: ") + args.error());
    QFile input;
    if (auto problem = openInput(path, input))
        return fail(ExitBadInput, QStringLiteral("import: ") + *problem);
    auto opened = openSession(args, false);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    // Everything is checked before anything is written (line and field in the message). Read
    // line by line: years of a register are hundreds of megabytes.
    auto events = ImportFile::parse(input, *s.library);
    input.close();
    if (!events)
        return fail(ExitBadInput, QStringLiteral("import: %1: %2 (nothing was imported)").arg(path, events.error()));
    const auto done = s.journal->importEvents(std::move(events).value());
    if (!done) {
        const int code = exitCodeFor(*s.journal, done.error());
        // A line the journal refused (facts that do not add up, a future date): bad input.
        return fail(code == ExitFailure && done.error().startsWith(QLatin1String("line ")) ? ExitBadInput : code,
                    QStringLiteral("import: %1: %2").arg(path, done.error()));
    }
    // The list summaries brought up to date here, where the time belongs: otherwise the first
    // desk to start after importing years of history would fold them all before its first
    // frame (5.6 s at 100k incidents). Derived data: a failure is said, the import stands.
    const auto summaries = SummaryProjection::load(s.journal->store(), SummaryProjection::inputsKey(*s.library),
                                                   [&s](const QList<StoredEvent> &events) { return foldIncident(s, events, {}); });
    if (!summaries)
        std::fprintf(stderr, "import: the list summaries were not brought up to date (%s); the first start does it\n",
                     qPrintable(summaries.error()));
    else if (!summaries->notSaved.isEmpty())
        std::fprintf(stderr, "import: the list summaries were not saved (%s); the first start does it\n", qPrintable(summaries->notSaved));
    printJson(QJsonObject{{QStringLiteral("incidents"), done->incidents},
                          {QStringLiteral("events"), done->events},
                          {QStringLiteral("first_seq"), done->firstSeq},
                          {QStringLiteral("last_seq"), done->lastSeq},
                          {QStringLiteral("summaries_refolded"), summaries ? summaries->refolded : 0}});
    return ExitOk;
}

int runIncident(const QStringList &argv)
{
    const QString sub = argv.value(0);
    if (sub == QLatin1String("new"))
        return incidentNew(argv.mid(1));
    if (sub == QLatin1String("event"))
        return incidentEvent(argv.mid(1));
    if (sub == QLatin1String("show"))
        return incidentShow(argv.mid(1));
    if (sub == QLatin1String("list"))
        return incidentList(argv.mid(1));
    return fail(ExitBadInput, QStringLiteral("incident: usage: incident new|event|show|list …"));
}

int runVerify(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--expect-head")}, {});
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("verify: ") + args.error());
    auto opened = openSession(args, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    // A head noted elsewhere (a printed report: "SEQ:HASH", or verify's "head") also catches a
    // rewrite of the whole tail. Events appended after it was noted are not a fault.
    std::optional<NotedHead> noted;
    if (const auto text = args.value(QStringLiteral("--expect-head"))) {
        QString error;
        noted = NotedHead::parse(*text, &error);
        if (!noted)
            return fail(ExitBadInput, QStringLiteral("verify: --expect-head: ") + error);
    }
    auto check = s.journal->verify(noted);
    if (!check)
        return fail(ExitFailure, check.error());
    QJsonObject out{{QStringLiteral("intact"), check->intact},
                    {QStringLiteral("events"), check->events},
                    {QStringLiteral("head"), check->headHash},
                    // What to note for a later --expect-head (a backup log, a printed report).
                    {QStringLiteral("expect_head"), QStringLiteral("%1:%2").arg(check->events).arg(check->headHash)}};
    if (check->notedHeadSeq > 0)
        out.insert(QStringLiteral("expected_head_seq"), check->notedHeadSeq);
    if (!check->intact) {
        out.insert(QStringLiteral("first_bad_seq"), check->firstBadSeq);
        out.insert(QStringLiteral("problem"), check->problem);
    }
    printJson(out);
    if (!check->intact)
        return fail(ExitTampered, QStringLiteral("%1: the journal chain is broken at event %2: %3")
                                      .arg(s.journal->path()).arg(check->firstBadSeq).arg(check->problem));
    return ExitOk;
}

} // namespace cd::cli
