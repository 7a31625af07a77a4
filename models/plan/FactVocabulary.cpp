#include "plan/FactVocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd {

const QList<FactSpec> &FactVocabulary::factSpecs()
{
    static const QList<FactSpec> specs = {
        {QStringLiteral("participants"), FactType::Count, QStringLiteral("参与人数")},
        {QStringLiteral("deaths"), FactType::Count, QStringLiteral("死亡人数")},
        {QStringLiteral("injured"), FactType::Count, QStringLiteral("受伤人数(含重伤)")},
        {QStringLiteral("serious_injuries"), FactType::Count, QStringLiteral("重伤人数")},
        {QStringLiteral("group_fight"), FactType::Flag, QStringLiteral("群体性械斗、冲突")},
        {QStringLiteral("at_key_site"), FactType::Flag, QStringLiteral("在国家重要场所、重点地区")},
        {QStringLiteral("extreme_behaviour"), FactType::Flag, QStringLiteral("参与人员有明显过激行为")},
        {QStringLiteral("urban"), FactType::Flag, QStringLiteral("市区范围内")},
        {QStringLiteral("blockage.kind"), FactType::Choice, QStringLiteral("阻断对象")},
        {QStringLiteral("blockage.hours"), FactType::Hours, QStringLiteral("阻断停运时长(小时)")},
        {QStringLiteral("construction_stoppage_hours"), FactType::Hours,
         QStringLiteral("国家重点建设工程停工时长(小时)")},
        {QStringLiteral("cause"), FactType::Choice, QStringLiteral("起因")},
        {QStringLiteral("county"), FactType::Choice, QStringLiteral("事发地")},
    };
    return specs;
}

const FactSpec *FactVocabulary::fact(const QString &name)
{
    for (const auto &spec : factSpecs())
        if (spec.name == name)
            return &spec;
    return nullptr;
}

Result<FactVocabulary> FactVocabulary::loadBuiltin()
{
    return load(QStringLiteral(":/catalog/facts.json"));
}

Result<FactVocabulary> FactVocabulary::load(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<FactVocabulary>::failure(file + QStringLiteral(": cannot open: ") + f.errorString());
    QJsonParseError perr{};
    const auto doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return Result<FactVocabulary>::failure(file + QStringLiteral(": not a JSON object (")
                                               + perr.errorString() + QStringLiteral(")"));
    const auto root = doc.object();
    FactVocabulary v;
    const auto causes = root.value(QStringLiteral("causes")).toArray();
    for (qsizetype i = 0; i < causes.size(); ++i) {
        const auto c = causes.at(i).toObject();
        Cause cause{c.value(QStringLiteral("id")).toString(), c.value(QStringLiteral("label")).toString(),
                    c.value(QStringLiteral("source")).toString()};
        if (cause.id.isEmpty() || cause.label.isEmpty())
            return Result<FactVocabulary>::failure(
                QStringLiteral("%1: $.causes[%2]: needs \"id\" and \"label\"").arg(file).arg(i));
        if (v.hasCause(cause.id))
            return Result<FactVocabulary>::failure(
                QStringLiteral("%1: $.causes[%2].id: duplicate cause \"%3\"").arg(file).arg(i).arg(cause.id));
        v.m_causes.push_back(cause);
    }
    for (const auto &c : root.value(QStringLiteral("counties")).toArray())
        v.m_counties.push_back(c.toString());
    for (const auto &k : root.value(QStringLiteral("blockage_kinds")).toArray()) {
        v.m_blockageKinds.push_back(k.toObject().value(QStringLiteral("id")).toString());
        v.m_blockageLabels.push_back(k.toObject().value(QStringLiteral("label")).toString());
    }
    for (const auto &m : root.value(QStringLiteral("milestones")).toArray())
        v.m_milestones.push_back({m.toObject().value(QStringLiteral("id")).toString(),
                                  m.toObject().value(QStringLiteral("label")).toString()});
    if (v.m_causes.isEmpty() || v.m_counties.isEmpty() || v.m_blockageKinds.isEmpty() || v.m_milestones.isEmpty())
        return Result<FactVocabulary>::failure(
            file + QStringLiteral(": needs non-empty \"causes\", \"counties\", \"blockage_kinds\" and \"milestones\""));
    return v;
}

bool FactVocabulary::hasCause(const QString &id) const { return cause(id) != nullptr; }

const Cause *FactVocabulary::cause(const QString &id) const
{
    for (const auto &c : m_causes)
        if (c.id == id)
            return &c;
    return nullptr;
}

const Milestone *FactVocabulary::milestone(const QString &id) const
{
    for (const auto &m : m_milestones)
        if (m.id == id)
            return &m;
    return nullptr;
}

QStringList FactVocabulary::choicesFor(const QString &factName) const
{
    if (factName == QLatin1String("cause")) {
        QStringList ids;
        for (const auto &c : m_causes)
            ids << c.id;
        return ids;
    }
    if (factName == QLatin1String("county"))
        return m_counties;
    if (factName == QLatin1String("blockage.kind"))
        return m_blockageKinds;
    return {};
}

} // namespace cd
