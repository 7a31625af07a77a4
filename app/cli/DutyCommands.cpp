#include "cli/DutyCommands.h"

#include "cli/CliArgs.h"
#include "cli/CliIo.h"
#include "cli/CliSession.h"
#include "cli/OutputFile.h"
#include "duty/DutyLog.h"
#include "duty/DutyRoster.h"
#include "duty/HandoverSummary.h"
#include "duty/RosterCsv.h"
#include "items/IncidentStore.h"
#include "journal/SummaryProjection.h"
#include "settings/CentreSettings.h"
#include "time/ShanghaiTime.h"

#include <QJsonArray>

#include <cstdio>

namespace cd::cli {
namespace {

QString issuer() { return CentreSettings::load().text(QStringLiteral("report/issuer")); }

// Prints the JSON or writes the PDF (--out), as `report` does.
int emit(const QString &command, const CliArgs &args, const QJsonObject &json, const PagedDocument &doc)
{
    const auto out = args.value(QStringLiteral("--out"));
    if (!out) {
        printJson(json);
        return ExitOk;
    }
    int pages = 0;
    const QByteArray pdf = doc.pdf(&pages);
    const auto written = writeOutputOption(command, QStringLiteral("--out"), args, *out, pdf);
    if (auto *code = std::get_if<int>(&written))
        return *code;
    printJson({{QStringLiteral("out"), *out}, {QStringLiteral("bytes"), std::get<qint64>(written)}, {QStringLiteral("pages"), pages}});
    return ExitOk;
}

// --out FILE or --json, exactly one; checked before any work.
std::optional<int> refuseOutputChoice(const QString &command, const CliArgs &args)
{
    const auto out = args.value(QStringLiteral("--out"));
    if (!out == !args.flag(QStringLiteral("--json")))
        return fail(ExitBadInput, command + QStringLiteral(": give --out FILE.pdf or --json"));
    if (out)
        return refuseOutput(command, QStringLiteral("--out"), args, *out);
    return std::nullopt;
}

Result<QList<StoredEvent>> registerEvents(const Session &s) { return s.journal->events(CentreRegisterId); }

// The incidents' list summaries (the projection, brought up to date): what the duty log and
// the handover summary read first, so that they fold only the incidents that can matter.
Result<QList<IncidentSummary>> summaries(const Session &s)
{
    auto loaded = SummaryProjection::load(s.journal->store(), SummaryProjection::inputsKey(*s.library),
                                          [&s](const QList<StoredEvent> &events) { return foldIncident(s, events, {}); });
    if (!loaded)
        return Result<QList<IncidentSummary>>::failure(loaded.error());
    return std::move(loaded.value().summaries);
}

} // namespace

int runDutylog(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--date"), QStringLiteral("--start-hour"), QStringLiteral("--out")},
                 {QStringLiteral("--json"), ForceFlag});
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("dutylog: ") + args.error());
    if (const auto refused = refuseOutputChoice(QStringLiteral("dutylog"), args))
        return *refused;
    int hour = CentreSettings::load().value(QStringLiteral("duty/dayStartHour")).toInt();
    if (const auto h = args.value(QStringLiteral("--start-hour"))) {
        bool ok = false;
        hour = h->toInt(&ok);
        if (!ok || hour < 0 || hour > 23)
            return fail(ExitBadInput, QStringLiteral("dutylog: --start-hour: an hour of the day, 0 to 23"));
    }
    QDate date;
    if (const auto d = args.value(QStringLiteral("--date"))) {
        date = QDate::fromString(*d, Qt::ISODate);
        if (!date.isValid())
            return fail(ExitBadInput, QStringLiteral("dutylog: --date: \"%1\" is not a date (YYYY-MM-DD)").arg(*d));
    }
    auto opened = openSession(args, true, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    if (!date.isValid())
        date = DutyLog::lastCompleteDay(s.clock.now(), hour); // yesterday 08:00 to today 08:00
    const auto reg = registerEvents(s);
    if (!reg)
        return fail(ExitFailure, reg.error());
    const auto listed = summaries(s);
    if (!listed)
        return fail(ExitFailure, listed.error());
    const QDateTime from = DutyLog::dayStart(date, hour), to = DutyLog::dayStart(date.addDays(1), hour);
    QString problem;
    const DutyLog log = DutyLog::build(date, hour,
                                       {*s.library, s.calendar,
                                        [&](const auto &visit) {
                                            for (const IncidentSummary &summary : listed.value())
                                                if (DutyLog::mayConcern(summary, from, to)) {
                                                    const auto events = s.journal->events(summary.id);
                                                    if (!events) {
                                                        problem = events.error();
                                                        return;
                                                    }
                                                    visit(events.value());
                                                }
                                        },
                                        reg.value(), s.clock.now()});
    if (!problem.isEmpty())
        return fail(ExitFailure, problem);
    return emit(QStringLiteral("dutylog"), args, log.toJson(), log.document(issuer()));
}

namespace {

int rosterList(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--month")}, {});
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("roster list: ") + args.error());
    QDate month;
    if (const auto m = args.value(QStringLiteral("--month"))) {
        month = QDate::fromString(*m + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            return fail(ExitBadInput, QStringLiteral("roster list: --month: \"%1\" is not a month (YYYY-MM)").arg(*m));
    }
    auto opened = openSession(args, true, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    const auto reg = registerEvents(s);
    if (!reg)
        return fail(ExitFailure, reg.error());
    QJsonArray shifts;
    const DutyRoster roster = DutyRoster::fold(reg.value()); // kept: shifts() is a reference into it
    for (const Shift &sh : roster.shifts()) {
        if (month.isValid() && (sh.date.year() != month.year() || sh.date.month() != month.month()))
            continue;
        QJsonObject o = sh.toPayload();
        o.insert(QStringLiteral("begins"), isoShanghai(sh.begins()));
        o.insert(QStringLiteral("ends"), isoShanghai(sh.ends()));
        shifts << o;
    }
    printJson({{QStringLiteral("shifts"), shifts}});
    return ExitOk;
}

int rosterImport(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--csv")}, {});
    const QString csv = args.require(QStringLiteral("--csv"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("roster import: ") + args.error());
    const auto bytes = readInput(csv);
    if (!bytes)
        return fail(ExitBadInput, bytes.error());
    const auto shifts = RosterCsv::parse(bytes.value(), csv == QLatin1String("-") ? QStringLiteral("<stdin>") : csv);
    if (!shifts)
        return fail(ExitBadInput, QStringLiteral("roster import: ") + shifts.error() + QStringLiteral(" (nothing was written)"));
    auto opened = openSession(args, false, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    const auto reg = registerEvents(s);
    if (!reg)
        return fail(ExitFailure, reg.error());
    const auto plan = RosterCsv::plan(shifts.value(), DutyRoster::fold(reg.value()));
    QList<NewEvent> events;
    for (const QJsonObject &p : plan.scheduled)
        events << NewEvent{CentreRegisterId, QStringLiteral("shift_scheduled"), p, s.clock.now(), {}};
    if (!events.isEmpty()) // one transaction: a month is imported whole or not at all
        if (const auto appended = s.journal->appendBatch(events); !appended)
            return fail(exitCodeFor(*s.journal, appended.error()), appended.error());
    // One person on two overlapping shifts: imported all the same, and said.
    const auto after = registerEvents(s);
    if (!after)
        return fail(ExitFailure, after.error());
    const DutyRoster roster = DutyRoster::fold(after.value());
    QStringList warnings;
    for (const Shift &sh : shifts.value())
        for (const QString &other : roster.conflicts(sh)) {
            const QString w = QStringLiteral("%1 %2 overlaps %3").arg(sh.date.toString(Qt::ISODate), sh.name, other);
            warnings << w;
            std::fprintf(stderr, "roster import: warning: %s\n", qPrintable(w));
        }
    printJson({{QStringLiteral("scheduled"), int(plan.scheduled.size())},
               {QStringLiteral("unchanged"), plan.unchanged},
               {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}});
    return ExitOk;
}

// The summary as the CLI can make it: live incidents not closed, and the alarms a desk would
// show now (the running windows overdue or due soon and not acknowledged in the journal, by
// the desk's own AlarmCenter over the same store); a desk's 新事件 alarms are its own and are
// not listed here.
Result<HandoverSummary> summaryNow(Session &s)
{
    const auto reg = registerEvents(s);
    if (!reg)
        return Result<HandoverSummary>::failure(reg.error());
    IncidentStore store(s.library, s.calendar, s.clock, *s.journal);
    AlarmCenter alarms(store);
    alarms.setSettings(AlarmSettings::load()); // the centre's limits, as a desk has them
    if (const auto loaded = store.reload(); !loaded)
        return Result<HandoverSummary>::failure(loaded.error());
    alarms.catchUp(); // a desk scans on the turn after the read; the CLI has no event loop to wait on
    // Live incidents not closed are among those folded at load (they are open).
    QList<const IncidentState *> open;
    for (const auto &st : store.incidents())
        if (!st->exercise && static_cast<int>(st->status) < static_cast<int>(IncidentStatus::Closed))
            open << st.get();
    QList<Alarm> live;
    for (const Alarm &a : alarms.queue())
        if (!a.drill)
            live << a; // the CLI hands over no drill
    return HandoverSummary::build({open, live, reg.value(), s.clock.now()}, *s.library);
}

int handoverSummary(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--out"), QStringLiteral("--outgoing"), QStringLiteral("--remarks")},
                 {QStringLiteral("--json"), ForceFlag});
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("handover summary: ") + args.error());
    if (const auto refused = refuseOutputChoice(QStringLiteral("handover summary"), args))
        return *refused;
    auto opened = openSession(args, true, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    const auto summary = summaryNow(s);
    if (!summary)
        return fail(ExitFailure, summary.error());
    const QString outgoing = args.value(QStringLiteral("--outgoing")).value_or(s.journal->account().actorText());
    const QString remarks = args.value(QStringLiteral("--remarks")).value_or(QString());
    QJsonObject json = summary->payload(outgoing, remarks);
    if (summary->lastHandoverAt().isValid())
        json.insert(QStringLiteral("last_handover_at"), isoShanghai(summary->lastHandoverAt()));
    return emit(QStringLiteral("handover summary"), args, json, summary->document(issuer(), outgoing, remarks));
}

// The incoming operator (--user) confirms: the handover event, signed by them, names the
// outgoing operator and keeps the summary's lines as they stood.
int handoverConfirm(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--outgoing"), QStringLiteral("--remarks")}, {});
    const QString outgoing = args.require(QStringLiteral("--outgoing"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("handover confirm: ") + args.error());
    auto opened = openSession(args, false, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    // The incoming operator confirms with their own account, never the outgoing one's.
    const Account &me = s.journal->account();
    if (outgoing == me.login || outgoing == me.display || outgoing == me.actorText())
        return fail(ExitBadInput, QStringLiteral("handover confirm: --outgoing: %1 is the account signed in; the incoming operator confirms "
                                                 "(--user LOGIN)").arg(outgoing));
    const auto summary = summaryNow(s);
    if (!summary)
        return fail(ExitFailure, summary.error());
    const auto seq = s.journal->append({CentreRegisterId, QStringLiteral("handover"),
                                        summary->payload(outgoing, args.value(QStringLiteral("--remarks")).value_or(QString())), s.clock.now(), {}});
    if (!seq)
        return fail(exitCodeFor(*s.journal, seq.error()), seq.error());
    printJson({{QStringLiteral("seq"), seq.value()}, {QStringLiteral("outgoing"), outgoing},
               {QStringLiteral("incoming"), s.journal->account().actorText()}, {QStringLiteral("items"), int(summary->items().size())}});
    return ExitOk;
}

} // namespace

int runRoster(const QStringList &argv)
{
    const QString sub = argv.value(0);
    if (sub == QLatin1String("list"))
        return rosterList(argv.mid(1));
    if (sub == QLatin1String("import"))
        return rosterImport(argv.mid(1));
    return fail(ExitBadInput, QStringLiteral("roster: usage: roster list|import …"));
}

int runHandover(const QStringList &argv)
{
    const QString sub = argv.value(0);
    if (sub == QLatin1String("summary"))
        return handoverSummary(argv.mid(1));
    if (sub == QLatin1String("confirm"))
        return handoverConfirm(argv.mid(1));
    return fail(ExitBadInput, QStringLiteral("handover: usage: handover summary|confirm …"));
}

} // namespace cd::cli
