#include "plan/FactsText.h"

#include "plan/FactVocabulary.h"
#include "plan/Level.h"
#include "plan/PlanLibrary.h"
#include "time/ShanghaiTime.h"

#include <QJsonArray>

namespace cd::FactsText {
namespace {

QString yesNo(bool b) { return b ? QStringLiteral("是") : QStringLiteral("否"); }

QString factLabel(const QString &key)
{
    if (key == QLatin1String("reported_at"))
        return QStringLiteral("接报时间");
    if (key == QLatin1String("location"))
        return QStringLiteral("位置");
    if (key == QLatin1String("asserted_clauses"))
        return QStringLiteral("认定的定性条款");
    if (key == QLatin1String("blockage"))
        return QStringLiteral("阻断");
    const FactSpec *spec = FactVocabulary::fact(key);
    QString label = spec ? spec->label : key;
    return label.remove(QStringLiteral("(小时)"));
}

QString clauseRef(const QString &ref, const PlanLibrary &library)
{
    const Plan *plan = library.plan(ref.section(QLatin1Char(':'), 0, 0));
    return plan ? plan->shortRef + QLatin1Char(' ') + ref.section(QLatin1Char(':'), 1) : ref;
}

QString value(const QJsonValue &v)
{
    if (v.isBool())
        return yesNo(v.toBool());
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList items;
        for (const auto &x : v.toArray())
            items << value(x);
        return items.join(QStringLiteral("、"));
    }
    if (v.isObject()) {
        QStringList parts;
        const auto o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << it.key() + QLatin1Char(' ') + value(it.value());
        return parts.join(QLatin1Char(' '));
    }
    return QStringLiteral("无");
}

} // namespace

QString hours(double h) { return QString::number(h) + QStringLiteral(" 小时"); }

QString facts(const QJsonObject &f, const PlanLibrary &library)
{
    const auto &vocab = library.vocabulary();
    QStringList parts;
    for (auto it = f.begin(); it != f.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        QString text;
        if (v.isNull()) {
            text = QStringLiteral("无");
        } else if (key == QLatin1String("blockage") && v.isObject()) {
            const auto b = v.toObject();
            text = vocab.blockageLabel(b.value(QLatin1String("kind")).toString());
            if (b.contains(QLatin1String("hours")))
                text += QLatin1Char(' ') + hours(b.value(QLatin1String("hours")).toDouble());
        } else if (key == QLatin1String("location") && v.isObject()) {
            const auto l = v.toObject();
            text = QStringLiteral("北纬%1° 东经%2°")
                       .arg(l.value(QLatin1String("lat")).toDouble(), 0, 'f', 5)
                       .arg(l.value(QLatin1String("lon")).toDouble(), 0, 'f', 5);
        } else if (key == QLatin1String("asserted_clauses") && v.isArray()) {
            QStringList refs;
            for (const auto &r : v.toArray())
                refs << clauseRef(r.toString(), library);
            text = refs.join(QStringLiteral("、"));
        } else if (key == QLatin1String("reported_at")) {
            const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
            text = t.isValid() ? toShanghai(t).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : v.toString();
        } else if (key == QLatin1String("cause")) {
            const Cause *c = vocab.cause(v.toString());
            text = c ? c->label : v.toString();
        } else if (key.endsWith(QLatin1String("hours")) && v.isDouble()) {
            text = hours(v.toDouble());
        } else {
            text = value(v);
        }
        parts << factLabel(key) + QLatin1Char(':') + text;
    }
    return parts.join(QLatin1Char(';'));
}

QString payload(const QJsonObject &p, const PlanLibrary &library)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("principal"), QStringLiteral("主要领导")}, {QStringLiteral("to"), QStringLiteral("报送对象")},
        {QStringLiteral("agency"), QStringLiteral("单位")},        {QStringLiteral("clause"), QStringLiteral("条款")},
        {QStringLiteral("text"), QStringLiteral("内容")},          {QStringLiteral("reason"), QStringLiteral("原因")},
        {QStringLiteral("scenario"), QStringLiteral("演练脚本")},  {QStringLiteral("minutes"), QStringLiteral("分钟")},
        {QStringLiteral("title"), QStringLiteral("标题")},         {QStringLiteral("exercise"), QStringLiteral("演练")},
        // Responding units (issue 16): dispatch, arrival, departure, the arrival radius.
        {QStringLiteral("units"), QStringLiteral("处置力量")},     {QStringLiteral("unit"), QStringLiteral("处置力量")},
        {QStringLiteral("retasked_from"), QStringLiteral("改派自")}, {QStringLiteral("source"), QStringLiteral("判定方式")},
        {QStringLiteral("lat"), QStringLiteral("纬度")},           {QStringLiteral("lon"), QStringLiteral("经度")},
        {QStringLiteral("radius_m"), QStringLiteral("到场判定半径(米)")}};
    static const QHash<QString, QString> sources = {{QStringLiteral("geofence"), QStringLiteral("电子围栏")},
                                                    {QStringLiteral("operator"), QStringLiteral("人工标记")}};
    QStringList parts;
    for (auto it = p.begin(); it != p.end(); ++it) {
        QString text;
        if (it.key() == QLatin1String("facts") && it.value().isObject())
            text = facts(it.value().toObject(), library);
        else if (it.key() == QLatin1String("plan")) {
            const Plan *plan = library.plan(it.value().toString());
            text = plan ? plan->shortRef : it.value().toString();
        } else if (it.key() == QLatin1String("level")) {
            const auto level = levelFromString(it.value().toString());
            text = level ? levelNumeral(*level) : it.value().toString();
        } else if (it.key() == QLatin1String("source")) {
            text = sources.value(it.value().toString(), it.value().toString());
        } else
            text = value(it.value());
        parts << labels.value(it.key(), it.key()) + QLatin1Char(':') + text;
    }
    return parts.join(QLatin1Char(';'));
}

} // namespace cd::FactsText
