#include "duty/DutyKinds.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QTime>

namespace cd::DutyKinds {
namespace {

std::optional<QString> requireText(const QJsonObject &p, const char *key)
{
    if (!p.value(QLatin1String(key)).isString() || p.value(QLatin1String(key)).toString().trimmed().isEmpty())
        return QStringLiteral("payload.%1: required (a non-empty string)").arg(QLatin1String(key));
    return std::nullopt;
}

std::optional<QString> requireDateAndShift(const QJsonObject &p)
{
    if (!QDate::fromString(p.value(QLatin1String("date")).toString(), Qt::ISODate).isValid())
        return QStringLiteral("payload.date: required (a date, YYYY-MM-DD)");
    return requireText(p, "shift");
}

} // namespace

bool handles(const QString &kind)
{
    return kind == QLatin1String("shift_scheduled") || kind == QLatin1String("shift_cancelled") || kind == QLatin1String("handover");
}

std::optional<QString> validate(const QString &kind, const QJsonObject &p)
{
    if (kind == QLatin1String("shift_cancelled"))
        return requireDateAndShift(p);
    if (kind == QLatin1String("shift_scheduled")) {
        if (auto e = requireDateAndShift(p))
            return e;
        for (const char *key : {"start", "end"})
            if (!QTime::fromString(p.value(QLatin1String(key)).toString(), QStringLiteral("HH:mm")).isValid())
                return QStringLiteral("payload.%1: required (a time of day, HH:mm)").arg(QLatin1String(key));
        const QJsonValue ops = p.value(QLatin1String("operators"));
        if (!ops.isArray() || ops.toArray().isEmpty())
            return QStringLiteral("payload.operators: required (a list of the duty operators' names)");
        for (const QJsonValue &o : ops.toArray())
            if (!o.isString() || o.toString().trimmed().isEmpty())
                return QStringLiteral("payload.operators: every entry must be a name (non-empty text)");
        if (p.contains(QLatin1String("leader")) && !p.value(QLatin1String("leader")).isString())
            return QStringLiteral("payload.leader: must be text (the shift leader, 带班领导)");
        return std::nullopt;
    }
    if (kind == QLatin1String("handover")) {
        if (auto e = requireText(p, "outgoing"))
            return e;
        if (!p.value(QLatin1String("remarks")).isString())
            return QStringLiteral("payload.remarks: required (the outgoing operator's remarks; may be empty)");
        if (!p.value(QLatin1String("items")).isArray())
            return QStringLiteral("payload.items: required (the lines of the handover summary)");
        for (const QJsonValue &i : p.value(QLatin1String("items")).toArray())
            if (!i.isString())
                return QStringLiteral("payload.items: every entry must be text");
        return std::nullopt;
    }
    return std::nullopt;
}

QList<Effective> effective(const QList<StoredEvent> &events)
{
    struct Replacement {
        bool withdrawn = true;
        QString kind;
        QJsonObject payload;
    };
    QHash<qint64, Replacement> corrected;
    for (const StoredEvent &e : events) {
        if (e.kind != QLatin1String("correction"))
            continue;
        const QJsonObject p = e.payload();
        Replacement r;
        if (p.contains(QLatin1String("replacement"))) {
            const QJsonObject o = p.value(QLatin1String("replacement")).toObject();
            r = Replacement{false, o.value(QLatin1String("kind")).toString(), o.value(QLatin1String("payload")).toObject()};
        }
        corrected.insert(p.value(QLatin1String("corrects")).toInteger(), r);
    }
    QList<Effective> out;
    for (const StoredEvent &e : events) {
        if (e.kind == QLatin1String("correction"))
            continue;
        if (const auto c = corrected.find(e.seq); c != corrected.end()) {
            if (!c->withdrawn)
                out << Effective{c->kind, c->payload, &e};
            continue;
        }
        out << Effective{e.kind, e.payload(), &e};
    }
    return out;
}

} // namespace cd::DutyKinds
