#include "plan/Facts.h"

#include <QJsonArray>

namespace cd {

QVariant Facts::value(const QString &fact) const
{
    if (fact == QLatin1String("participants"))
        return double(participants);
    if (fact == QLatin1String("deaths"))
        return double(deaths);
    if (fact == QLatin1String("injured"))
        return double(injured);
    if (fact == QLatin1String("serious_injuries"))
        return double(seriousInjuries);
    if (fact == QLatin1String("group_fight"))
        return groupFight;
    if (fact == QLatin1String("at_key_site"))
        return atKeySite;
    if (fact == QLatin1String("extreme_behaviour"))
        return extremeBehaviour;
    if (fact == QLatin1String("urban"))
        return urban;
    if (fact == QLatin1String("blockage.kind"))
        return blockageKind;
    if (fact == QLatin1String("blockage.hours"))
        return blockageHours;
    if (fact == QLatin1String("construction_stoppage_hours"))
        return constructionStoppageHours;
    if (fact == QLatin1String("cause"))
        return cause;
    if (fact == QLatin1String("county"))
        return county;
    return {};
}

bool Facts::isAsserted(const QString &planId, const QString &clause) const
{
    return assertedClauses.contains(planId + QLatin1Char(':') + clause);
}

QJsonObject Facts::toJson() const
{
    QJsonObject o;
    if (reportedAt.isValid())
        o.insert(QStringLiteral("reported_at"), reportedAt.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("cause"), cause);
    o.insert(QStringLiteral("participants"), double(participants));
    o.insert(QStringLiteral("deaths"), double(deaths));
    o.insert(QStringLiteral("injured"), double(injured));
    o.insert(QStringLiteral("serious_injuries"), double(seriousInjuries));
    o.insert(QStringLiteral("group_fight"), groupFight);
    o.insert(QStringLiteral("at_key_site"), atKeySite);
    o.insert(QStringLiteral("extreme_behaviour"), extremeBehaviour);
    o.insert(QStringLiteral("urban"), urban);
    if (!blockageKind.isEmpty())
        o.insert(QStringLiteral("blockage"),
                 QJsonObject{{QStringLiteral("kind"), blockageKind}, {QStringLiteral("hours"), blockageHours}});
    o.insert(QStringLiteral("construction_stoppage_hours"), constructionStoppageHours);
    o.insert(QStringLiteral("county"), county);
    if (location.isValid())
        o.insert(QStringLiteral("location"), QJsonObject{{QStringLiteral("lat"), location.latitude()},
                                                         {QStringLiteral("lon"), location.longitude()}});
    if (!address.isEmpty())
        o.insert(QStringLiteral("address"), address);
    if (!assertedClauses.isEmpty())
        o.insert(QStringLiteral("asserted_clauses"), QJsonArray::fromStringList(assertedClauses));
    return o;
}

} // namespace cd
