#include "cli/UnitCommands.h"

#include "cli/CliArgs.h"
#include "cli/CliIo.h"
#include "cli/CliSession.h"
#include "journal/ChainHash.h"
#include "journal/EntryTimeRule.h"
#include "journal/Journal.h"
#include "time/ShanghaiTime.h"
#include "units/DemoUnits.h"
#include "units/PositionFeed.h"
#include "units/TrackStore.h"
#include "units/UnitCsv.h"
#include "units/UnitRoster.h"
#include "units/UnitTasks.h"
#include "units/UnitTracker.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace cd::cli {
namespace {

Result<UnitRoster> loadRoster(const Journal &journal)
{
    const auto events = journal.events(CentreRegisterId);
    if (!events)
        return Result<UnitRoster>::failure(events.error());
    return UnitRoster::fold(events.value());
}

// Appends register events in one transaction; prints the exit code on failure.
int appendRegister(Session &s, const QString &kind, const QList<QJsonObject> &payloads, QList<qint64> *seqs = nullptr)
{
    if (payloads.isEmpty())
        return ExitOk;
    QList<NewEvent> events;
    for (const QJsonObject &p : payloads)
        events << NewEvent{CentreRegisterId, kind, p, s.clock.now(), {}};
    const auto appended = s.journal->appendBatch(events);
    if (!appended)
        return fail(exitCodeFor(*s.journal, appended.error()), appended.error());
    if (seqs)
        *seqs << appended.value();
    return ExitOk;
}

Unit unitFromArgs(const CliArgs &args, const Unit &base)
{
    Unit u = base;
    auto take = [&](const char *option, QString &field) {
        if (const auto v = args.value(QLatin1String(option)))
            field = *v;
    };
    take("--unit", u.id);
    take("--callsign", u.callsign);
    take("--agency", u.agency);
    take("--kind", u.kind);
    take("--crew", u.crew);
    take("--phone", u.phone);
    if (args.flag(QStringLiteral("--leader")))
        u.leader = true;
    if (args.flag(QStringLiteral("--no-leader")))
        u.leader = false;
    return u;
}

const QStringList UnitFieldOptions = {QStringLiteral("--unit"), QStringLiteral("--agency"), QStringLiteral("--kind"),
                                      QStringLiteral("--callsign"), QStringLiteral("--crew"), QStringLiteral("--phone")};

int unitsAdd(const QStringList &argv, bool change)
{
    const QString name = change ? QStringLiteral("units change: ") : QStringLiteral("units add: ");
    QStringList flags{QStringLiteral("--leader")};
    if (change)
        flags << QStringLiteral("--no-leader");
    CliArgs args(argv, CommonOptions + UnitFieldOptions, flags);
    args.require(QStringLiteral("--unit"));
    if (!change) {
        args.require(QStringLiteral("--agency"));
        args.require(QStringLiteral("--kind"));
    }
    if (!args.error().isEmpty())
        return fail(ExitBadInput, name + args.error());
    auto opened = openSession(args, false, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    const auto roster = loadRoster(*s.journal);
    if (!roster)
        return fail(ExitFailure, roster.error());
    QList<qint64> seqs;
    if (change) {
        const Unit *now = roster->unit(*args.value(QStringLiteral("--unit")));
        const auto payload = roster->change(unitFromArgs(args, now ? *now : Unit{}));
        if (!payload)
            return fail(ExitBadInput, name + QStringLiteral("--") + payload.error());
        if (!payload->has_value()) {
            printJson({{QStringLiteral("unit"), now->id}, {QStringLiteral("changed"), false}});
            return ExitOk;
        }
        if (const int code = appendRegister(s, QStringLiteral("unit_changed"), {payload->value()}, &seqs))
            return code;
    } else {
        const auto payload = roster->addition(unitFromArgs(args, Unit{}));
        if (!payload)
            return fail(ExitBadInput, name + QStringLiteral("--") + payload.error());
        if (const int code = appendRegister(s, QStringLiteral("unit_added"), {payload.value()}, &seqs))
            return code;
    }
    printJson({{QStringLiteral("unit"), *args.value(QStringLiteral("--unit"))}, {QStringLiteral("seq"), seqs.first()}});
    return ExitOk;
}

int unitsRetire(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--unit")}, {});
    const QString id = args.require(QStringLiteral("--unit"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("units retire: ") + args.error());
    auto opened = openSession(args, false, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    const auto roster = loadRoster(*s.journal);
    if (!roster)
        return fail(ExitFailure, roster.error());
    const auto payload = roster->retirement(id);
    if (!payload)
        return fail(ExitBadInput, QStringLiteral("units retire: --") + payload.error());
    QList<qint64> seqs;
    if (const int code = appendRegister(s, QStringLiteral("unit_retired"), {payload.value()}, &seqs))
        return code;
    printJson({{QStringLiteral("unit"), id}, {QStringLiteral("seq"), seqs.first()}});
    return ExitOk;
}

QString statusName(UnitAssignment::Status s)
{
    switch (s) {
    case UnitAssignment::Status::EnRoute: return QStringLiteral("en_route");
    case UnitAssignment::Status::OnScene: return QStringLiteral("on_scene");
    case UnitAssignment::Status::Left: return QStringLiteral("left");
    }
    return {};
}

int unitsList(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions, {QStringLiteral("--all")});
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("units list: ") + args.error());
    auto opened = openSession(args, true, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    const auto roster = loadRoster(*s.journal);
    if (!roster)
        return fail(ExitFailure, roster.error());
    const auto tasks = UnitTasks::load(*s.journal);
    if (!tasks)
        return fail(ExitFailure, tasks.error());
    QJsonArray list;
    for (const Unit &u : roster->all()) {
        if (u.retired && !args.flag(QStringLiteral("--all")))
            continue;
        QJsonObject o = u.toPayload();
        if (u.retired)
            o.insert(QStringLiteral("retired"), true);
        if (const UnitAssignment *a = tasks->assignment(u.id)) {
            QJsonObject task{{QStringLiteral("incident"), a->incidentId}, {QStringLiteral("status"), statusName(a->status())},
                             {QStringLiteral("dispatched_at"), isoShanghai(a->dispatchedAt)}};
            if (a->arrivedAt.isValid())
                task.insert(QStringLiteral("arrived_at"), isoShanghai(a->arrivedAt));
            o.insert(QStringLiteral("task"), task);
        }
        list << o;
    }
    printJson({{QStringLiteral("units"), list}});
    return ExitOk;
}

int unitsImport(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--csv")}, CommonFlags + QStringList{QStringLiteral("--demo")});
    const auto csv = args.value(QStringLiteral("--csv"));
    if (args.error().isEmpty() && !csv == !args.flag(QStringLiteral("--demo")))
        return fail(ExitBadInput, QStringLiteral("units import: give --csv FILE or --demo"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("units import: ") + args.error());
    Result<QList<Unit>> units = QList<Unit>();
    if (csv) {
        const auto bytes = readInput(*csv);
        if (!bytes)
            return fail(ExitBadInput, bytes.error());
        units = UnitCsv::parse(bytes.value(), *csv == QLatin1String("-") ? QStringLiteral("<stdin>") : *csv);
    } else {
        units = DemoUnits::lishui();
    }
    if (!units)
        return fail(ExitBadInput, QStringLiteral("units import: ") + units.error() + QStringLiteral(" (nothing was written)"));
    auto opened = openSession(args, false);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    const auto roster = loadRoster(*s.journal);
    if (!roster)
        return fail(ExitFailure, roster.error());
    const auto plan = UnitCsv::plan(units.value(), roster.value());
    if (!plan)
        return fail(ExitBadInput, QStringLiteral("units import: ") + plan.error() + QStringLiteral(" (nothing was written)"));
    // All in one transaction: an import is whole or not at all.
    QList<NewEvent> events;
    for (const QJsonObject &p : plan->added)
        events << NewEvent{CentreRegisterId, QStringLiteral("unit_added"), p, s.clock.now(), {}};
    for (const QJsonObject &p : plan->changed)
        events << NewEvent{CentreRegisterId, QStringLiteral("unit_changed"), p, s.clock.now(), {}};
    if (!events.isEmpty())
        if (const auto appended = s.journal->appendBatch(events); !appended)
            return fail(exitCodeFor(*s.journal, appended.error()), appended.error());
    printJson({{QStringLiteral("added"), int(plan->added.size())}, {QStringLiteral("changed"), int(plan->changed.size())},
               {QStringLiteral("unchanged"), plan->unchanged}, {QStringLiteral("demo"), args.flag(QStringLiteral("--demo"))}});
    return ExitOk;
}

std::optional<qint64> incidentId(const CliArgs &args)
{
    bool ok = false;
    const qint64 id = args.value(QStringLiteral("--id")).value_or(QString()).toLongLong(&ok);
    if (!ok || id < 1)
        return std::nullopt;
    return id;
}

int unitsDispatch(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--id"), QStringLiteral("--unit"), QStringLiteral("--at"),
                                                   QStringLiteral("--reason")},
                 {});
    const QString unitsText = args.require(QStringLiteral("--unit"));
    args.require(QStringLiteral("--id"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("units dispatch: ") + args.error());
    const auto id = incidentId(args);
    if (!id)
        return fail(ExitBadInput, QStringLiteral("units dispatch: --id: must be an incident number"));
    auto opened = openSession(args, false, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    const auto roster = loadRoster(*s.journal);
    if (!roster)
        return fail(ExitFailure, roster.error());
    const auto tasks = UnitTasks::load(*s.journal);
    if (!tasks)
        return fail(ExitFailure, tasks.error());
    auto payload = tasks->dispatch(*id, unitsText.split(QLatin1Char(','), Qt::SkipEmptyParts), roster.value());
    if (!payload)
        return fail(ExitBadInput, QStringLiteral("units dispatch: --") + payload.error());
    QDateTime at = s.clock.now();
    if (const auto text = args.value(QStringLiteral("--at"))) {
        at = parseIsoWithOffset(*text);
        if (!at.isValid())
            return fail(ExitBadInput, QStringLiteral("units dispatch: --at: must be an ISO 8601 time with its offset"));
    }
    if (const auto reason = args.value(QStringLiteral("--reason")))
        payload.value().insert(QLatin1String(EntryTimeRule::ReasonField), *reason);
    const auto seq = s.journal->append({*id, QStringLiteral("dispatched"), payload.value(), at.toUTC(), {}});
    if (!seq)
        return fail(exitCodeFor(*s.journal, seq.error()), seq.error());
    QJsonObject out{{QStringLiteral("seq"), seq.value()}, {QStringLiteral("units"), payload->value(QLatin1String("units"))}};
    if (payload->contains(QLatin1String("retasked_from")))
        out.insert(QStringLiteral("retasked_from"), payload->value(QLatin1String("retasked_from")));
    printJson(out);
    return ExitOk;
}

int unitsTrack(const QStringList &argv)
{
    CliArgs args(argv, CommonOptions + QStringList{QStringLiteral("--id"), QStringLiteral("--unit"), QStringLiteral("--nmea"),
                                                   QStringLiteral("--radius")},
                 {});
    const QString unitId = args.require(QStringLiteral("--unit"));
    const QString nmeaPath = args.require(QStringLiteral("--nmea"));
    args.require(QStringLiteral("--id"));
    if (!args.error().isEmpty())
        return fail(ExitBadInput, QStringLiteral("units track: ") + args.error());
    const auto id = incidentId(args);
    if (!id)
        return fail(ExitBadInput, QStringLiteral("units track: --id: must be an incident number"));
    std::optional<double> radius;
    if (const auto text = args.value(QStringLiteral("--radius"))) {
        bool ok = false;
        radius = text->toDouble(&ok);
        if (!ok || *radius < 50 || *radius > 5000)
            return fail(ExitBadInput, QStringLiteral("units track: --radius: metres, 50 to 5000"));
    }
    const auto log = readInput(nmeaPath);
    if (!log)
        return fail(ExitBadInput, log.error());
    auto opened = openSession(args, false, true);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    auto &s = *std::get<0>(opened);
    const auto roster = loadRoster(*s.journal);
    if (!roster)
        return fail(ExitFailure, roster.error());
    const Unit *unit = roster->unit(unitId);
    if (!unit || unit->retired)
        return fail(ExitBadInput, QStringLiteral("units track: --unit: %1 is not in the roster of %2").arg(unitId, s.journal->path()));
    const auto events = s.journal->events(*id);
    if (!events)
        return fail(ExitFailure, events.error());
    if (events->isEmpty())
        return fail(ExitBadInput, QStringLiteral("units track: --id: no incident %1 in %2").arg(*id).arg(s.journal->path()));
    const IncidentState state = foldIncident(s, events.value(), {});
    if (!state.facts.location.isValid())
        return fail(ExitBadInput, QStringLiteral("units track: incident %1 has no location (facts.location): the geofence needs the scene").arg(*id));
    QDateTime dispatchedAt;
    for (const UnitTask &t : state.units)
        if (t.unit == unitId)
            dispatchedAt = t.dispatchedAt;

    PositionFeed feed(unitId, PositionFeed::taggingOf(log.value()));
    const QList<UnitFix> fixes = feed.addData(log.value() + '\n');
    UnitTracker tracker(*s.journal, *unit, *id, state.facts.location, radius.value_or(state.geofenceRadiusMetres), dispatchedAt);
    tracker.skipRecorded(events.value());
    // A log replayed later than the tolerance is a late entry: say why, as an operator would.
    if (!fixes.isEmpty() && fixes.first().info.timestamp().secsTo(s.clock.now()) > EntryTimeRule::policy().toleranceSeconds)
        tracker.setExtraPayload({{QLatin1String(EntryTimeRule::ReasonField),
                                  QStringLiteral("replayed from the recorded NMEA log %1 (units track)").arg(QFileInfo(nmeaPath).fileName())}});
    for (const UnitFix &f : fixes)
        if (const auto r = tracker.add(f.info); !r)
            return fail(exitCodeFor(*s.journal, r.error()), r.error());
    TrackStore tracks(s.journal->store());
    if (const auto stored = tracks.append(fixes, QStringLiteral("nmea:") + QFileInfo(nmeaPath).fileName()); !stored)
        return fail(ExitFailure, stored.error());
    if (const auto pruned = tracks.applyRetention(s.clock.now()); !pruned)
        return fail(ExitFailure, pruned.error());
    const auto &c = feed.countersOf(unitId);
    QJsonObject out{{QStringLiteral("unit"), unitId},
                    {QStringLiteral("fixes"), c.fixes},
                    {QStringLiteral("dropped"), c.dropped()},
                    {QStringLiteral("arrived_at"), tracker.arrivedAt() ? QJsonValue(isoShanghai(*tracker.arrivedAt())) : QJsonValue()},
                    {QStringLiteral("eta_s_at_dispatch"), tracker.etaAtDispatch() ? QJsonValue(*tracker.etaAtDispatch()) : QJsonValue()},
                    {QStringLiteral("dropped_by_reason"),
                     QJsonObject{{QStringLiteral("checksum"), c.badChecksum}, {QStringLiteral("malformed"), c.malformed},
                                 {QStringLiteral("no_fix"), c.noFix}, {QStringLiteral("impossible_jump"), c.impossibleJump},
                                 {QStringLiteral("time_backwards"), c.timeBackwards}}},
                    {QStringLiteral("radius_m"), tracker.geofence().radius()}};
    if (tracker.departedAt())
        out.insert(QStringLiteral("departed_at"), isoShanghai(*tracker.departedAt()));
    printJson(out);
    return ExitOk;
}

} // namespace

int runUnits(const QStringList &argv)
{
    const QString sub = argv.value(0);
    if (sub == QLatin1String("add"))
        return unitsAdd(argv.mid(1), false);
    if (sub == QLatin1String("change"))
        return unitsAdd(argv.mid(1), true);
    if (sub == QLatin1String("retire"))
        return unitsRetire(argv.mid(1));
    if (sub == QLatin1String("list"))
        return unitsList(argv.mid(1));
    if (sub == QLatin1String("import"))
        return unitsImport(argv.mid(1));
    if (sub == QLatin1String("dispatch"))
        return unitsDispatch(argv.mid(1));
    if (sub == QLatin1String("track"))
        return unitsTrack(argv.mid(1));
    return fail(ExitBadInput, QStringLiteral("units: usage: units add|change|retire|list|import|dispatch|track …"));
}

} // namespace cd::cli
