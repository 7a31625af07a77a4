#include "plan/FactsParser.h"

#include "plan/PlanLibrary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace cd {
namespace {

using R = Result<Facts>;

// The parser's messages are English (the CLI, the logs); the desk shows them in its language.
// "field: " stays first and untranslated: the intake form puts the rest next to that field.
QString msg(const char *text) { return QCoreApplication::translate("cd::FactsParser", text); }

// Reads a count: a JSON number with no fraction, 0..MaxCount.
std::optional<QString> readCount(const QJsonObject &o, const char *key, qint64 &out)
{
    const auto name = QLatin1String(key);
    if (!o.contains(name))
        return std::nullopt;
    const auto v = o.value(name);
    if (!v.isDouble())
        return msg("%1: must be a whole number, got %2").arg(name, QString::fromUtf8(
            QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
    const double d = v.toDouble();
    if (d < 0)
        return msg("%1: must not be negative, got %2").arg(name).arg(d);
    if (d != std::floor(d))
        return msg("%1: must be a whole number of people, got %2").arg(name).arg(d);
    if (d > double(FactsParser::MaxCount))
        return msg("%1: %2 is not a plausible count (more than %3)")
            .arg(name).arg(d, 0, 'f', 0).arg(FactsParser::MaxCount);
    out = qint64(d);
    return std::nullopt;
}

std::optional<QString> readHours(const QJsonValue &v, const QString &name, double &out)
{
    if (!v.isDouble())
        return msg("%1: must be a number of hours").arg(name);
    const double d = v.toDouble();
    if (d < 0)
        return msg("%1: must not be negative, got %2").arg(name).arg(d);
    if (d > FactsParser::MaxHours)
        return msg("%1: %2 hours is not plausible (more than a year)").arg(name).arg(d);
    out = d;
    return std::nullopt;
}

std::optional<QString> readFlag(const QJsonObject &o, const char *key, bool &out)
{
    const auto name = QLatin1String(key);
    if (!o.contains(name))
        return std::nullopt;
    if (!o.value(name).isBool())
        return msg("%1: must be true or false").arg(name);
    out = o.value(name).toBool();
    return std::nullopt;
}

} // namespace

QJsonObject FactsParser::merged(QJsonObject current, const QJsonObject &update)
{
    for (auto it = update.begin(); it != update.end(); ++it) {
        if (it.value().isNull())
            current.remove(it.key());
        else
            current.insert(it.key(), it.value());
    }
    return current;
}

std::optional<QString> FactsParser::checkUpdate(const QJsonObject &update) const
{
    // Each field alone, as if on an otherwise empty record; the cross-field rule is skipped
    // by giving serious injuries room.
    QJsonObject alone = merged(QJsonObject(), update);
    if (alone.contains(QLatin1String("serious_injuries")) && !alone.contains(QLatin1String("injured")))
        alone.insert(QStringLiteral("injured"), double(MaxCount));
    const auto r = parse(alone);
    return r ? std::nullopt : std::optional<QString>(r.error());
}

Result<Facts> FactsParser::parse(const QByteArray &json) const
{
    // Checked before parsing: Qt's parser rejects a bare scalar as "illegal value", which
    // would hide the real problem from the operator.
    const QByteArray trimmed = json.trimmed();
    if (!trimmed.startsWith('{'))
        return R::failure(msg("facts: expected a JSON object {...}, got %1")
                              .arg(trimmed.startsWith('[') ? msg("an array")
                                   : trimmed.isEmpty()     ? msg("nothing")
                                                           : msg("a single value")));
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return R::failure(msg("facts: malformed JSON at offset %1: %2")
                              .arg(err.offset).arg(err.errorString()));
    return parse(doc.object());
}

Result<Facts> FactsParser::parse(const QJsonObject &o) const
{
    static const QStringList known = {
        QStringLiteral("reported_at"), QStringLiteral("cause"), QStringLiteral("participants"),
        QStringLiteral("deaths"), QStringLiteral("injured"), QStringLiteral("serious_injuries"),
        QStringLiteral("group_fight"), QStringLiteral("at_key_site"), QStringLiteral("extreme_behaviour"),
        QStringLiteral("blockage"), QStringLiteral("construction_stoppage_hours"), QStringLiteral("urban"),
        QStringLiteral("county"), QStringLiteral("location"), QStringLiteral("address"), QStringLiteral("asserted_clauses")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return R::failure(msg("%1: unknown field (known fields: %2)")
                                  .arg(it.key(), known.join(QStringLiteral(", "))));

    const auto &vocab = m_library.vocabulary();
    Facts f;
    f.county = vocab.defaultCounty();

    if (o.contains(QLatin1String("reported_at"))) {
        const auto v = o.value(QLatin1String("reported_at"));
        static const QRegularExpression iso(QStringLiteral(
            R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$)"));
        const auto s = v.toString();
        f.reportedAt = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!v.isString() || !iso.match(s).hasMatch() || !f.reportedAt.isValid())
            return R::failure(msg("reported_at: must be an ISO 8601 time with its offset, "
                                             "e.g. 2026-11-22T03:10:00+08:00"));
    }
    if (o.contains(QLatin1String("cause"))) {
        f.cause = o.value(QLatin1String("cause")).toString();
        if (!vocab.hasCause(f.cause))
            return R::failure(msg("cause: unknown cause \"%1\" (see `commanddesk-cli plans` "
                                             "for the accepted causes)")
                                  .arg(o.value(QLatin1String("cause")).toVariant().toString()));
    }
    for (auto [key, field] : {std::pair{"participants", &f.participants}, std::pair{"deaths", &f.deaths},
                              std::pair{"injured", &f.injured},
                              std::pair{"serious_injuries", &f.seriousInjuries}})
        if (auto e = readCount(o, key, *field))
            return R::failure(*e);
    if (f.seriousInjuries > f.injured)
        return R::failure(msg("serious_injuries: %1 is more than injured (%2); injured counts "
                                         "all the injured, serious ones included")
                              .arg(f.seriousInjuries).arg(f.injured));
    for (auto [key, field] : {std::pair{"group_fight", &f.groupFight}, std::pair{"at_key_site", &f.atKeySite},
                              std::pair{"extreme_behaviour", &f.extremeBehaviour},
                              std::pair{"urban", &f.urban}})
        if (auto e = readFlag(o, key, *field))
            return R::failure(*e);

    if (o.contains(QLatin1String("blockage")) && !o.value(QLatin1String("blockage")).isNull()) {
        const auto b = o.value(QLatin1String("blockage"));
        if (!b.isObject())
            return R::failure(msg("blockage: must be an object {\"kind\": ..., \"hours\": ...}"));
        const auto bo = b.toObject();
        for (auto it = bo.begin(); it != bo.end(); ++it)
            if (it.key() != QLatin1String("kind") && it.key() != QLatin1String("hours"))
                return R::failure(msg("blockage.%1: unknown field (expected kind, hours)").arg(it.key()));
        f.blockageKind = bo.value(QLatin1String("kind")).toString();
        if (!vocab.blockageKinds().contains(f.blockageKind))
            return R::failure(msg("blockage.kind: must be one of %1")
                                  .arg(vocab.blockageKinds().join(QLatin1Char('|'))));
        if (bo.contains(QLatin1String("hours")))
            if (auto e = readHours(bo.value(QLatin1String("hours")), QStringLiteral("blockage.hours"),
                                   f.blockageHours))
                return R::failure(*e);
    }
    if (o.contains(QLatin1String("construction_stoppage_hours")))
        if (auto e = readHours(o.value(QLatin1String("construction_stoppage_hours")),
                               QStringLiteral("construction_stoppage_hours"), f.constructionStoppageHours))
            return R::failure(*e);

    if (o.contains(QLatin1String("county"))) {
        f.county = o.value(QLatin1String("county")).toString();
        if (!vocab.counties().contains(f.county))
            return R::failure(msg("county: unknown county \"%1\" (expected one of %2)")
                                  .arg(o.value(QLatin1String("county")).toVariant().toString(),
                                       vocab.counties().join(QStringLiteral("、"))));
    }
    if (o.contains(QLatin1String("address")) && !o.value(QLatin1String("address")).isNull()) {
        if (!o.value(QLatin1String("address")).isString())
            return R::failure(QStringLiteral("address: must be text (the place as a report names it)"));
        f.address = o.value(QLatin1String("address")).toString().trimmed();
        if (f.address.size() > 200)
            return R::failure(QStringLiteral("address: at most 200 characters"));
    }
    if (o.contains(QLatin1String("location")) && !o.value(QLatin1String("location")).isNull()) {
        const auto l = o.value(QLatin1String("location")).toObject();
        const auto lat = l.value(QLatin1String("lat")), lon = l.value(QLatin1String("lon"));
        if (!lat.isDouble() || !lon.isDouble() || std::abs(lat.toDouble()) > 90 || std::abs(lon.toDouble()) > 180)
            return R::failure(msg("location: must be {\"lat\": -90..90, \"lon\": -180..180}"));
        f.location = QGeoCoordinate(lat.toDouble(), lon.toDouble());
    }
    if (o.contains(QLatin1String("asserted_clauses"))) {
        const auto v = o.value(QLatin1String("asserted_clauses"));
        if (!v.isArray())
            return R::failure(msg("asserted_clauses: must be an array of \"plan:clause\" strings"));
        const auto arr = v.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            const auto ref = arr.at(i).toString();
            if (auto e = m_library.checkAssertable(ref))
                return R::failure(msg("asserted_clauses[%1]: %2").arg(i).arg(*e));
            if (!f.assertedClauses.contains(ref))
                f.assertedClauses << ref;
        }
    }
    return f;
}

} // namespace cd
