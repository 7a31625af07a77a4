#include "cli/DirectoryCommands.h"

#include "cli/CliArgs.h"
#include "cli/CliIo.h"
#include "cli/CliSession.h"
#include "cli/OutputFile.h"
#include "directory/AgencyDirectory.h"
#include "directory/DemoDirectory.h"
#include "directory/DirectoryCsv.h"
#include "directory/DutyCalls.h"
#include "journal/EntryTimeRule.h"
#include "journal/Journal.h"
#include "time/ShanghaiTime.h"

#include <QJsonArray>

namespace cd::cli {
namespace {

Result<AgencyDirectory> loadDirectory(const Journal &journal)
{
    const auto events = journal.events(CentreRegisterId);
    if (!events)
        return Result<AgencyDirectory>::failure(events.error());
    return AgencyDirectory::fold(events.value());
}

QJsonObject listed(const AgencyContact &c, const PlanLibrary &library)
{
    QJsonObject o = c.toPayload();
    QJsonArray dial;
    for (const DialNumber &n : c.dialOrder())
        dial << QJsonObject{{QStringLiteral("slot"), n.slot},
                            {QStringLiteral("number"), n.number},
                            {QStringLiteral("whom"), n.whom}};
    o.insert(QStringLiteral("dial_order"), dial);
    o.insert(QStringLiteral("member_of"), AgencyDirectory::membership(library, c.agency));
    return o;
}

int directoryList(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions, {});
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("directory list: ") + args.error());
    auto opened = openSession(args, true, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    const auto directory = loadDirectory(*s.journal);
    if (!directory)
        return fail(ExitFailure, directory.error());
    QJsonArray list;
    for (const AgencyContact &c : directory->all())
        list << listed(c, *s.library);
    // Member agencies of the plans with no entry yet: a gap the duty office must fill.
    QJsonArray missing;
    for (const QString &agency : AgencyDirectory::planAgencies(*s.library))
        if (!directory->contact(agency))
            missing << agency;
    printJson({{QStringLiteral("agencies"), list}, {QStringLiteral("missing"), missing}});
    return ExitOk;
}

int directoryImport(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--csv")},
                 CommonFlags + QStringList{QStringLiteral("--demo")});
    const auto csv = args.value(QStringLiteral("--csv"));
    if (args.error().isEmpty() && !csv == !args.flag(QStringLiteral("--demo")))
        return fail(ExitBadInput, QStringLiteral("directory import: give --csv FILE or --demo"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("directory import: ") + args.error());
    Result<QList<AgencyContact>> contacts = QList<AgencyContact>();
    if (csv) {
        const auto bytes = readInput(*csv);
        if (!bytes)
            return fail(ExitBadInput, bytes.error());
        contacts =
            DirectoryCsv::parse(bytes.value(), *csv == QLatin1String("-") ? QStringLiteral("<stdin>") : *csv);
        if (!contacts)
            return fail(ExitBadInput, QStringLiteral("directory import: ") + contacts.error() +
                                          QStringLiteral(" (nothing was written)"));
    }
    auto opened = openSession(args, false);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    if (!csv)
        contacts = DemoDirectory::fromPlans(*s.library);
    const auto directory = loadDirectory(*s.journal);
    if (!directory)
        return fail(ExitFailure, directory.error());
    const auto plan = DirectoryCsv::plan(contacts.value(), directory.value());
    if (!plan)
        return fail(ExitBadInput, QStringLiteral("directory import: ") + plan.error() +
                                      QStringLiteral(" (nothing was written)"));
    // All in one transaction: an import is whole or not at all.
    QList<NewEvent> events;
    for (const QJsonObject &p : plan->added)
        events << NewEvent{CentreRegisterId, QStringLiteral("contact_added"), p, s.clock.now(), {}};
    for (const QJsonObject &p : plan->changed)
        events << NewEvent{CentreRegisterId, QStringLiteral("contact_changed"), p, s.clock.now(), {}};
    if (!events.isEmpty())
        if (const auto appended = s.journal->appendBatch(events); !appended)
            return fail(exitCodeFor(*s.journal, appended.error()), appended.error());
    printJson({{QStringLiteral("added"), int(plan->added.size())},
               {QStringLiteral("changed"), int(plan->changed.size())},
               {QStringLiteral("unchanged"), plan->unchanged},
               {QStringLiteral("demo"), args.flag(QStringLiteral("--demo"))}});
    return ExitOk;
}

int directoryExport(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--csv")}, {ForceFlag});
    const QString out = args.require(QStringLiteral("--csv"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("directory export: ") + args.error());
    if (const auto refused =
            refuseOutput(QStringLiteral("directory export"), QStringLiteral("--csv"), args, out))
        return *refused;
    auto opened = openSession(args, true, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    const auto directory = loadDirectory(*s.journal);
    if (!directory)
        return fail(ExitFailure, directory.error());
    const auto written = writeOutputOption(QStringLiteral("directory export"), QStringLiteral("--csv"), args,
                                           out, DirectoryCsv::write(directory->all()));
    if (auto *code = std::get_if<int>(&written))
        return *code;
    printJson({{QStringLiteral("agencies"), int(directory->all().size())}, {QStringLiteral("csv"), out}});
    return ExitOk;
}

} // namespace

int runDirectory(const QStringList &argv)
{
    const QString sub = argv.value(0);
    if (sub == QLatin1String("list"))
        return directoryList(argv.mid(1));
    if (sub == QLatin1String("import"))
        return directoryImport(argv.mid(1));
    if (sub == QLatin1String("export"))
        return directoryExport(argv.mid(1));
    return fail(ExitBadInput, QStringLiteral("directory: usage: directory list|import|export …"));
}

int runCall(const QStringList &argv)
{
    CliArgs args(argv,
                 CommonOptions + QStringList{QStringLiteral("--id"), QStringLiteral("--plan"),
                                             QStringLiteral("--agency"), QStringLiteral("--outcome"),
                                             QStringLiteral("--person"), QStringLiteral("--phone"),
                                             QStringLiteral("--at"), QStringLiteral("--reason")},
                 {});
    args.require(QStringLiteral("--id"));
    const QString agency = args.require(QStringLiteral("--agency"));
    const QString outcomeText = args.require(QStringLiteral("--outcome"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("call: ") + args.error());
    const auto outcome = DutyCalls::outcomeFromId(outcomeText);
    if (!outcome)
        return fail(ExitBadInput, QStringLiteral("call: --outcome: \"%1\" is not one of %2")
                                      .arg(outcomeText, DutyCalls::outcomeIds().join(QStringLiteral(", "))));
    auto opened = openSession(args, false, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    bool ok = false;
    const qint64 id = args.value(QStringLiteral("--id"))->toLongLong(&ok);
    if (!ok || id < 1)
        return fail(ExitBadInput, QStringLiteral("call: --id: must be an incident number"));
    const auto events = s.journal->events(id);
    if (!events)
        return fail(ExitFailure, events.error());
    if (events->isEmpty())
        return fail(ExitBadInput,
                    QStringLiteral("call: --id: no incident %1 in %2").arg(id).arg(s.journal->path()));
    const IncidentState state = foldIncident(s, events.value(), {});

    DutyCall call;
    call.agency = agency;
    call.outcome = *outcome;
    call.person = args.value(QStringLiteral("--person")).value_or(QString());
    // The plan may be left out when the agency has one duty in this incident.
    if (const auto plan = args.value(QStringLiteral("--plan"))) {
        call.plan = *plan;
    } else {
        QStringList plans;
        for (const DutyState &d : state.duties)
            if (d.agency == agency)
                plans << d.plan;
        if (plans.size() > 1)
            return fail(ExitBadInput,
                        QStringLiteral("call: --plan: %1 has duties under %2 in incident %3; say which")
                            .arg(agency, plans.join(QStringLiteral(", ")))
                            .arg(id));
        if (plans.isEmpty())
            return fail(ExitBadInput,
                        QStringLiteral("call: --agency: %1 has no duty in incident %2").arg(agency).arg(id));
        call.plan = plans.value(0);
    }
    // The number: as given, else the first the directory says to try.
    if (const auto phone = args.value(QStringLiteral("--phone"))) {
        call.number = *phone;
    } else {
        const auto directory = loadDirectory(*s.journal);
        if (!directory)
            return fail(ExitFailure, directory.error());
        const AgencyContact *c = directory->contact(agency);
        if (!c || c->dialOrder().isEmpty())
            return fail(
                ExitBadInput,
                QStringLiteral("call: --phone: required (%1 has no number in the directory)").arg(agency));
        call.number = c->dialOrder().first().number;
    }
    call.at = s.clock.now();
    if (const auto text = args.value(QStringLiteral("--at"))) {
        call.at = parseIsoWithOffset(*text);
        if (!call.at.isValid())
            return fail(ExitBadInput, QStringLiteral("call: --at: must be an ISO 8601 time with its offset"));
    }
    auto built = DutyCalls::events(state, call);
    if (!built)
        return fail(ExitBadInput, QStringLiteral("call: --") + built.error());
    QList<NewEvent> toWrite = built.value();
    if (const auto reason = args.value(QStringLiteral("--reason")))
        for (NewEvent &e : toWrite)
            e.payload.insert(QLatin1String(EntryTimeRule::ReasonField), *reason);
    const auto seqs = s.journal->appendBatch(toWrite);
    if (!seqs)
        return fail(exitCodeFor(*s.journal, seqs.error()), seqs.error());
    QJsonObject out{
        {QStringLiteral("seq"), seqs->first()},   {QStringLiteral("plan"), call.plan},
        {QStringLiteral("agency"), agency},       {QStringLiteral("number"), call.number},
        {QStringLiteral("outcome"), outcomeText}, {QStringLiteral("acknowledged"), seqs->size() > 1}};
    if (seqs->size() > 1)
        out.insert(QStringLiteral("acknowledged_seq"), seqs->at(1));
    printJson(out);
    return ExitOk;
}

} // namespace cd::cli
