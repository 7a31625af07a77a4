#include "plan/Condition.h"

#include "plan/FactVocabulary.h"
#include "plan/PlanFormatError.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace cd {
namespace {

QString numberText(double v) { return QString::number(v, 'g', 10); }

} // namespace

Condition Condition::fromJson(const QJsonValue &json, const QString &path, const FactVocabulary &vocab,
                              const std::function<Condition(const QString &, const QString &)> &named)
{
    if (!json.isObject())
        throw PlanFormatError(path, QStringLiteral("a condition must be an object"));
    const auto o = json.toObject();
    Condition c;
    // A typo ("belw") must not quietly widen a rule.
    auto onlyKeys = [&o, &path](std::initializer_list<const char *> keys) {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (std::none_of(keys.begin(), keys.end(), [&it](const char *k) { return it.key() == QLatin1String(k); }))
                throw PlanFormatError(path + QLatin1Char('.') + it.key(), QStringLiteral("unknown key in a condition"));
    };

    auto children = [&](const char *key) {
        const auto arr = o.value(QLatin1String(key));
        if (!arr.isArray() || arr.toArray().isEmpty())
            throw PlanFormatError(path + QLatin1Char('.') + QLatin1String(key),
                                  QStringLiteral("must be a non-empty array of conditions"));
        const auto a = arr.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            c.m_children.push_back(fromJson(a.at(i),
                                            QStringLiteral("%1.%2[%3]").arg(path, QLatin1String(key)).arg(i),
                                            vocab, named));
    };

    if (o.contains(QLatin1String("all"))) {
        onlyKeys({"all"});
        c.m_kind = Kind::All;
        children("all");
    } else if (o.contains(QLatin1String("any"))) {
        onlyKeys({"any"});
        c.m_kind = Kind::Any;
        children("any");
    } else if (o.contains(QLatin1String("not"))) {
        onlyKeys({"not"});
        c.m_kind = Kind::Not;
        c.m_children.push_back(fromJson(o.value(QLatin1String("not")), path + QStringLiteral(".not"), vocab, named));
    } else if (o.contains(QLatin1String("condition"))) {
        onlyKeys({"condition"});
        return named(o.value(QLatin1String("condition")).toString(), path + QStringLiteral(".condition"));
    } else if (o.contains(QLatin1String("plan_level_at_least"))) {
        onlyKeys({"plan_level_at_least"});
        c.m_kind = Kind::PlanLevel;
        const auto level = levelFromString(o.value(QLatin1String("plan_level_at_least")).toString());
        if (!level)
            throw PlanFormatError(path + QStringLiteral(".plan_level_at_least"),
                                  QStringLiteral("must be one of \"I\", \"II\", \"III\", \"IV\""));
        c.m_level = *level;
    } else if (o.contains(QLatin1String("fact"))) {
        onlyKeys({"fact", "at_least", "below", "is", "in"});
        c.m_fact = o.value(QLatin1String("fact")).toString();
        const FactSpec *spec = FactVocabulary::fact(c.m_fact);
        if (!spec)
            throw PlanFormatError(path + QStringLiteral(".fact"),
                                  QStringLiteral("unknown fact \"%1\"").arg(c.m_fact));
        switch (spec->type) {
        case FactType::Count:
        case FactType::Hours: {
            c.m_kind = Kind::Range;
            for (const char *key : {"at_least", "below"}) {
                const auto v = o.value(QLatin1String(key));
                if (v.isUndefined())
                    continue;
                if (!v.isDouble() || v.toDouble() < 0)
                    throw PlanFormatError(path + QLatin1Char('.') + QLatin1String(key),
                                          QStringLiteral("must be a non-negative number"));
                (qstrcmp(key, "at_least") == 0 ? c.m_atLeast : c.m_below) = v.toDouble();
            }
            if (!c.m_atLeast && !c.m_below)
                throw PlanFormatError(path, QStringLiteral("a numeric fact needs \"at_least\" and/or \"below\""));
            if (c.m_atLeast && c.m_below && *c.m_atLeast >= *c.m_below)
                throw PlanFormatError(path, QStringLiteral("\"at_least\" must be smaller than \"below\""));
            break;
        }
        case FactType::Flag:
            c.m_kind = Kind::Flag;
            if (!o.value(QLatin1String("is")).isBool())
                throw PlanFormatError(path + QStringLiteral(".is"), QStringLiteral("must be true or false"));
            c.m_is = o.value(QLatin1String("is")).toBool();
            break;
        case FactType::Choice: {
            c.m_kind = Kind::OneOf;
            const auto arr = o.value(QLatin1String("in"));
            if (!arr.isArray() || arr.toArray().isEmpty())
                throw PlanFormatError(path + QStringLiteral(".in"), QStringLiteral("must be a non-empty array"));
            const auto allowed = vocab.choicesFor(c.m_fact);
            const auto a = arr.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const auto value = a.at(i).toString();
                if (!allowed.contains(value))
                    throw PlanFormatError(QStringLiteral("%1.in[%2]").arg(path).arg(i),
                                          QStringLiteral("\"%1\" is not a known value of %2")
                                              .arg(a.at(i).toVariant().toString(), c.m_fact));
                c.m_values << value;
            }
            break;
        }
        }
    } else {
        throw PlanFormatError(path, QStringLiteral("expected one of all, any, not, fact, condition, "
                                                   "plan_level_at_least"));
    }
    return c;
}

bool Condition::holds(const ConditionContext &ctx) const
{
    switch (m_kind) {
    case Kind::All:
        for (const auto &c : m_children)
            if (!c.holds(ctx))
                return false;
        return true;
    case Kind::Any:
        for (const auto &c : m_children)
            if (c.holds(ctx))
                return true;
        return false;
    case Kind::Not:
        return !m_children.front().holds(ctx);
    case Kind::Range: {
        const double v = ctx.facts.value(m_fact).toDouble();
        // 以上含本数, 以下不含本数: at_least is inclusive, below is exclusive.
        return (!m_atLeast || v >= *m_atLeast) && (!m_below || v < *m_below);
    }
    case Kind::Flag:
        return ctx.facts.value(m_fact).toBool() == m_is;
    case Kind::OneOf:
        return m_values.contains(ctx.facts.value(m_fact).toString());
    case Kind::PlanLevel:
        for (auto it = ctx.otherPlanLevels.begin(); it != ctx.otherPlanLevels.end(); ++it)
            if (isAtLeast(it.value(), m_level))
                return true;
        return false;
    }
    return false;
}

QString Condition::describe() const
{
    auto joined = [this](const QString &sep) {
        QStringList parts;
        for (const auto &c : m_children)
            parts << (c.m_kind == Kind::All || c.m_kind == Kind::Any ? QLatin1Char('(') + c.describe() + QLatin1Char(')')
                                                                     : c.describe());
        return parts.join(sep);
    };
    const FactSpec *spec = m_fact.isEmpty() ? nullptr : FactVocabulary::fact(m_fact);
    const QString label = spec ? spec->label : m_fact;
    switch (m_kind) {
    case Kind::All:
        return joined(QStringLiteral(" 且 "));
    case Kind::Any:
        return joined(QStringLiteral(" 或 "));
    case Kind::Not:
        return QStringLiteral("非(") + m_children.front().describe() + QLatin1Char(')');
    case Kind::Range:
        if (m_atLeast && m_below)
            return QStringLiteral("%1 ≥ %2 且 < %3").arg(label, numberText(*m_atLeast), numberText(*m_below));
        if (m_atLeast)
            return QStringLiteral("%1 ≥ %2").arg(label, numberText(*m_atLeast));
        return QStringLiteral("%1 < %2").arg(label, numberText(*m_below));
    case Kind::Flag:
        return m_is ? label : QStringLiteral("非") + label;
    case Kind::OneOf:
        return QStringLiteral("%1 ∈ {%2}").arg(label, m_values.join(QStringLiteral(", ")));
    case Kind::PlanLevel:
        return QStringLiteral("其他预案响应级别达到%1以上").arg(levelNumeral(m_level));
    }
    return {};
}

std::optional<double> Condition::thresholdFor(const QString &fact, const ConditionContext &ctx) const
{
    switch (m_kind) {
    case Kind::Range:
        if (m_fact == fact && m_atLeast)
            return *m_atLeast;
        return std::nullopt;
    case Kind::Any: {
        std::optional<double> best;
        for (const auto &c : m_children)
            if (auto t = c.thresholdFor(fact, ctx); t && (!best || *t < *best))
                best = t;
        return best;
    }
    case Kind::All: {
        // Every other branch must already hold; the one on `fact` gives the threshold.
        std::optional<double> threshold;
        for (const auto &c : m_children) {
            if (auto t = c.thresholdFor(fact, ctx)) {
                threshold = t;
                continue;
            }
            if (!c.holds(ctx))
                return std::nullopt;
        }
        return threshold;
    }
    default:
        return std::nullopt;
    }
}

} // namespace cd
