#include "units/UnitRoster.h"

#include "journal/EffectiveEvents.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace cd {
namespace {

bool validId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"));
    return re.match(id).hasMatch();
}

void applyFields(Unit &u, const QJsonObject &p)
{
    auto text = [&](const char *key, QString &field) {
        if (p.contains(QLatin1String(key)))
            field = p.value(QLatin1String(key)).toString();
    };
    text("callsign", u.callsign);
    text("agency", u.agency);
    text("kind", u.kind);
    text("crew", u.crew);
    text("phone", u.phone);
    if (p.contains(QLatin1String("leader")))
        u.leader = p.value(QLatin1String("leader")).toBool();
    if (p.contains(QLatin1String("demo")))
        u.demo = p.value(QLatin1String("demo")).toBool();
}

} // namespace

QJsonObject Unit::toPayload() const
{
    QJsonObject p{{QStringLiteral("unit"), id}, {QStringLiteral("agency"), agency}, {QStringLiteral("kind"), kind}};
    if (!callsign.isEmpty())
        p.insert(QStringLiteral("callsign"), callsign);
    if (!crew.isEmpty())
        p.insert(QStringLiteral("crew"), crew);
    if (!phone.isEmpty())
        p.insert(QStringLiteral("phone"), phone);
    if (leader)
        p.insert(QStringLiteral("leader"), true);
    if (demo)
        p.insert(QStringLiteral("demo"), true);
    return p;
}

UnitRoster UnitRoster::fold(const QList<StoredEvent> &events)
{
    // A correction withdraws its target or puts its replacement in the target's place.
    UnitRoster roster;
    QHash<QString, qsizetype> index;
    for (const EffectiveEvent &e : effectiveEvents(events)) {
        const QString &kind = e.kind;
        const QJsonObject &p = e.payload;
        const QString id = p.value(QLatin1String("unit")).toString();
        if (kind == QLatin1String("unit_added")) {
            Unit u;
            u.id = id;
            applyFields(u, p);
            if (const auto at = index.find(id); at != index.end()) {
                roster.m_units[at.value()] = u; // added again after retiring: back in service
            } else {
                index.insert(id, roster.m_units.size());
                roster.m_units << u;
            }
        } else if (kind == QLatin1String("unit_changed") && index.contains(id)) {
            applyFields(roster.m_units[index.value(id)], p);
        } else if (kind == QLatin1String("unit_retired") && index.contains(id)) {
            roster.m_units[index.value(id)].retired = true;
        }
    }
    return roster;
}

QList<Unit> UnitRoster::active() const
{
    QList<Unit> out;
    for (const Unit &u : m_units)
        if (!u.retired)
            out << u;
    return out;
}

const Unit *UnitRoster::unit(const QString &id) const
{
    for (const Unit &u : m_units)
        if (u.id == id)
            return &u;
    return nullptr;
}

Result<QJsonObject> UnitRoster::addition(const Unit &u) const
{
    using R = Result<QJsonObject>;
    if (!validId(u.id))
        return R::failure(QStringLiteral("unit: \"%1\" is not a unit id (letters, digits, - _ ., at most 32)").arg(u.id));
    if (u.agency.trimmed().isEmpty())
        return R::failure(QStringLiteral("agency: required"));
    if (u.kind.trimmed().isEmpty())
        return R::failure(QStringLiteral("kind: required"));
    if (const Unit *existing = unit(u.id); existing && !existing->retired)
        return R::failure(QStringLiteral("unit: %1 is already in the roster (%2, %3)").arg(u.id, existing->label(), existing->agency));
    return u.toPayload();
}

Result<std::optional<QJsonObject>> UnitRoster::change(const Unit &changed) const
{
    using R = Result<std::optional<QJsonObject>>;
    const Unit *now = unit(changed.id);
    if (!now || now->retired)
        return R::failure(QStringLiteral("unit: %1 is not in the roster").arg(changed.id));
    QJsonObject p{{QStringLiteral("unit"), changed.id}};
    auto diff = [&](const char *key, const QString &a, const QString &b) {
        if (a != b)
            p.insert(QLatin1String(key), b);
    };
    diff("callsign", now->callsign, changed.callsign);
    diff("agency", now->agency, changed.agency);
    diff("kind", now->kind, changed.kind);
    diff("crew", now->crew, changed.crew);
    diff("phone", now->phone, changed.phone);
    if (now->leader != changed.leader)
        p.insert(QStringLiteral("leader"), changed.leader);
    if (p.size() == 1)
        return R(std::nullopt);
    return R(std::optional<QJsonObject>(p));
}

Result<QJsonObject> UnitRoster::retirement(const QString &id) const
{
    const Unit *now = unit(id);
    if (!now || now->retired)
        return Result<QJsonObject>::failure(QStringLiteral("unit: %1 is not in the roster").arg(id));
    return QJsonObject{{QStringLiteral("unit"), id}};
}

} // namespace cd
