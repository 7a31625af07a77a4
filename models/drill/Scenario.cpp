#include "drill/Scenario.h"
#include "drill/UnitMovements.h"

#include "journal/EventKinds.h"
#include "plan/FactsParser.h"
#include "plan/PlanLibrary.h"
#include "time/ShanghaiTime.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace cd {
namespace {

bool knownAction(const QString &action, const PlanLibrary &library)
{
    return library.vocabulary().milestone(action) != nullptr || EventKinds::all().contains(action);
}

} // namespace

QStringList Scenario::shipped()
{
    QStringList files;
    for (const auto &name : QDir(QStringLiteral(":/drills")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << QStringLiteral(":/drills/") + name;
    return files;
}

Result<Scenario> Scenario::load(const QString &file, const PlanLibrary &library)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<Scenario>::failure(file + QStringLiteral(": cannot open: ") + f.errorString());
    return fromJson(f.readAll(), file, library);
}

Result<Scenario> Scenario::fromJson(const QByteArray &json, const QString &file, const PlanLibrary &library)
{
    using R = Result<Scenario>;
    auto fail = [&file](const QString &where, const QString &problem) { return R::failure(QStringLiteral("%1: %2: %3").arg(file, where, problem)); };
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return fail(QStringLiteral("$"), QStringLiteral("malformed JSON at offset %1: %2").arg(err.offset).arg(err.errorString()));
    const auto root = doc.object();
    if (root.value(QLatin1String("format")).toInt() != 1)
        return fail(QStringLiteral("format"), QStringLiteral("must be 1"));
    Scenario s;
    s.file = file;
    s.id = root.value(QLatin1String("id")).toString();
    s.title = root.value(QLatin1String("title")).toString();
    s.about = root.value(QLatin1String("about")).toString();
    if (s.id.isEmpty() || s.title.isEmpty())
        return fail(QStringLiteral("id/title"), QStringLiteral("required"));
    s.start = parseIsoWithOffset(root.value(QLatin1String("start")).toString()).toUTC();
    if (!s.start.isValid())
        return fail(QStringLiteral("start"), QStringLiteral("must be an ISO 8601 time with its offset"));
    s.durationMinutes = root.value(QLatin1String("duration_minutes")).toInt();
    if (s.durationMinutes <= 0)
        return fail(QStringLiteral("duration_minutes"), QStringLiteral("must be a whole number of minutes > 0"));
    // The journal keeps event times from 1970; the working-day calendar is meant for years
    // up to 2099. A drill outside that would be refused half-way through.
    if (s.start.date().year() < MinYear || s.end().date().year() > MaxYear)
        return fail(QStringLiteral("start/duration_minutes"),
                    QStringLiteral("the exercise must lie between %1 and %2").arg(MinYear).arg(MaxYear));

    const auto arr = root.value(QLatin1String("injects")).toArray();
    if (arr.isEmpty())
        return fail(QStringLiteral("injects"), QStringLiteral("a scenario needs at least one inject"));
    QSet<QString> ids;
    QList<std::pair<Inject, QString>> read; // each inject with its place in the file, for messages
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const auto o = arr.at(i).toObject();
        Inject in;
        in.id = o.value(QLatin1String("id")).toString();
        const QString where = QStringLiteral("injects[%1] (id %2)").arg(i).arg(in.id.isEmpty() ? QStringLiteral("?") : in.id);
        if (in.id.isEmpty() || ids.contains(in.id))
            return fail(where + QStringLiteral(".id"), QStringLiteral("required and unique"));
        ids.insert(in.id);
        const auto at = o.value(QLatin1String("at_minutes"));
        if (!at.isDouble() || at.toDouble() < 0 || at.toDouble() > s.durationMinutes || at.toDouble() != double(at.toInt()))
            return fail(where + QStringLiteral(".at_minutes"), QStringLiteral("must be whole minutes from 0 to %1").arg(s.durationMinutes));
        in.atMinutes = at.toInt();
        in.from = o.value(QLatin1String("from")).toString();
        in.to = o.value(QLatin1String("to")).toString();
        in.synopsis = o.value(QLatin1String("synopsis")).toString();
        if (in.synopsis.isEmpty())
            return fail(where + QStringLiteral(".synopsis"), QStringLiteral("required"));
        in.incident = o.value(QLatin1String("incident")).toString();
        if (in.incident.isEmpty())
            return fail(where + QStringLiteral(".incident"), QStringLiteral("required (the scenario's key for the incident, e.g. \"A\")"));
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("new_incident")) {
            in.kind = Inject::Kind::NewIncident;
            in.title = o.value(QLatin1String("title")).toString();
            if (in.title.isEmpty())
                return fail(where + QStringLiteral(".title"), QStringLiteral("required for new_incident"));
        } else if (kind == QLatin1String("facts_updated")) {
            in.kind = Inject::Kind::FactsUpdated;
        } else if (kind == QLatin1String("message")) {
            in.kind = Inject::Kind::Message;
            in.text = o.value(QLatin1String("text")).toString(in.synopsis);
        } else {
            return fail(where + QStringLiteral(".kind"), QStringLiteral("must be new_incident, facts_updated or message"));
        }
        in.facts = o.value(QLatin1String("facts")).toObject();
        const auto expects = o.value(QLatin1String("expects")).toArray();
        for (qsizetype k = 0; k < expects.size(); ++k) {
            const auto e = expects.at(k).toObject();
            ExpectedAction ex{e.value(QLatin1String("action")).toString(), e.value(QLatin1String("within_minutes")).toInt(),
                              e.value(QLatin1String("label")).toString()};
            const QString ew = where + QStringLiteral(".expects[%1]").arg(k);
            if (!knownAction(ex.action, library))
                return fail(ew + QStringLiteral(".action"), QStringLiteral("\"%1\" is neither a milestone nor an event kind").arg(ex.action));
            if (ex.withinMinutes <= 0)
                return fail(ew + QStringLiteral(".within_minutes"), QStringLiteral("must be > 0"));
            if (ex.label.isEmpty())
                ex.label = ex.action;
            in.expects << ex;
        }
        read << std::pair{in, where};
    }
    // Then in the order they will be played: each incident opened before it is updated, and
    // its facts valid at every step, as the fold will see them.
    std::stable_sort(read.begin(), read.end(), [](const auto &a, const auto &b) { return a.first.atMinutes < b.first.atMinutes; });
    QHash<QString, QJsonObject> factsSoFar;
    QList<Inject> injects;
    for (const auto &[in, where] : read) {
        if (in.kind == Inject::Kind::NewIncident) {
            if (factsSoFar.contains(in.incident))
                return fail(where + QStringLiteral(".incident"), QStringLiteral("incident \"%1\" is created twice").arg(in.incident));
            factsSoFar.insert(in.incident, QJsonObject());
        }
        if (!factsSoFar.contains(in.incident))
            return fail(where + QStringLiteral(".incident"), QStringLiteral("incident \"%1\" has no earlier new_incident inject").arg(in.incident));
        if (in.kind != Inject::Kind::Message) {
            const QJsonObject merged = FactsParser::merged(factsSoFar.value(in.incident), in.facts);
            if (const auto parsed = FactsParser(library).parse(merged); !parsed)
                return fail(where + QStringLiteral(".facts"), parsed.error());
            factsSoFar.insert(in.incident, merged);
        }
        injects << in;
    }
    s.injects = injects;
    // Scripted unit movements (issue 16), fed through the position pipeline on the drill clock.
    const auto movements = UnitMovements::fromScenarioJson(json, file);
    if (!movements)
        return Result<Scenario>::failure(movements.error());
    s.movements = movements.value();
    return s;
}

Result<QList<ScriptedResponse>> Scenario::loadResponses(const QString &file, const Scenario &scenario, const PlanLibrary &library)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QList<ScriptedResponse>>::failure(file + QStringLiteral(": cannot open: ") + f.errorString());
    return responsesFromJson(f.readAll(), file, scenario, library);
}

Result<QList<ScriptedResponse>> Scenario::responsesFromJson(const QByteArray &json, const QString &file, const Scenario &scenario,
                                                            const PlanLibrary &library)
{
    using R = Result<QList<ScriptedResponse>>;
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return R::failure(QStringLiteral("%1: $: malformed JSON at offset %2: %3").arg(file).arg(err.offset).arg(err.errorString()));
    if (!doc.isObject() || !doc.object().value(QLatin1String("responses")).isArray())
        return R::failure(QStringLiteral("%1: $.responses: must be an object with a \"responses\" array").arg(file));
    // When each incident of the scenario exists: its new_incident inject's minute (injects
    // are played before responses of the same minute).
    QHash<QString, int> openedAt;
    for (const auto &in : scenario.injects)
        if (in.kind == Inject::Kind::NewIncident)
            openedAt.insert(in.incident, in.atMinutes);
    QList<ScriptedResponse> out;
    const auto arr = doc.object().value(QLatin1String("responses")).toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString where = QStringLiteral("%1: responses[%2]").arg(file).arg(i);
        if (!arr.at(i).isObject())
            return R::failure(where + QStringLiteral(": must be an object"));
        const auto o = arr.at(i).toObject();
        const auto at = o.value(QLatin1String("at_minutes"));
        ScriptedResponse r{at.toInt(-1), o.value(QLatin1String("incident")).toString(), o.value(QLatin1String("kind")).toString(),
                           o.value(QLatin1String("payload")).toObject()};
        if (!at.isDouble() || at.toDouble() != double(r.atMinutes) || r.atMinutes < 0 || r.atMinutes > scenario.durationMinutes)
            return R::failure(where + QStringLiteral(".at_minutes: must be whole minutes from 0 to %1").arg(scenario.durationMinutes));
        if (!openedAt.contains(r.incident))
            return R::failure(where + QStringLiteral(".incident: no incident \"%1\" in the scenario").arg(r.incident));
        if (openedAt.value(r.incident) > r.atMinutes)
            return R::failure(where + QStringLiteral(".at_minutes: incident \"%1\" is only opened at minute %2")
                                          .arg(r.incident)
                                          .arg(openedAt.value(r.incident)));
        if (!EventKinds::all().contains(r.kind) || r.kind == QLatin1String("reported") || r.kind == QLatin1String("exercise_inject"))
            return R::failure(where + QStringLiteral(".kind: unknown or not playable event kind \"%1\"").arg(r.kind));
        // A correction names a journal sequence number, which a script cannot know: the
        // drill's events are numbered wherever the journal happens to be.
        if (r.kind == QLatin1String("correction"))
            return R::failure(where + QStringLiteral(".kind: a correction names a journal sequence number, which a responses file "
                                                     "cannot know; correct events from the dashboard or with incident event"));
        if (o.contains(QLatin1String("payload")) && !o.value(QLatin1String("payload")).isObject())
            return R::failure(where + QStringLiteral(".payload: must be an object"));
        if (const auto problem = EventKinds::validate(r.kind, r.payload, library)) // before anything is played
            return R::failure(where + QLatin1Char('.') + *problem);
        out << r;
    }
    std::stable_sort(out.begin(), out.end(), [](const ScriptedResponse &a, const ScriptedResponse &b) { return a.atMinutes < b.atMinutes; });
    return out;
}

} // namespace cd
