#pragma once

#include "plan/Facts.h"
#include "plan/Level.h"

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace cd {

class FactVocabulary;

// What a condition is evaluated against: the facts, and the levels other plans reached
// (the sci-tech plan activates on another plan's level Ⅰ/Ⅱ, 95号 1.3).
struct ConditionContext {
    const Facts &facts;
    QHash<QString, Level> otherPlanLevels; // plan id -> level, applicable plans only
};

// A rule from a plan file, as a small expression tree:
//   {"all": [...]}, {"any": [...]}, {"not": {...}}
//   {"fact": "participants", "at_least": 200, "below": 1000}   以上含本数, 以下不含本数
//   {"fact": "group_fight", "is": true}
//   {"fact": "cause", "in": ["wage_arrears"]}
//   {"plan_level_at_least": "II"}      another applicable plan is at this level or above
//   {"condition": "casualties"}        a named condition of the same plan
class Condition {
public:
    enum class Kind { All, Any, Not, Range, Flag, OneOf, PlanLevel };

    // Parses and validates; throws PlanFormatError naming jsonPath. Named conditions are
    // resolved through `named`, which throws for unknown names.
    static Condition fromJson(const QJsonValue &json, const QString &jsonPath, const FactVocabulary &vocab,
                              const std::function<Condition(const QString &name, const QString &path)> &named);

    bool holds(const ConditionContext &context) const;
    // A short Chinese rendering, e.g. "参与人数 ≥ 200 且 < 1000".
    QString describe() const;

    // For a Range on `fact` reachable through all/any (not through not): the smallest value of
    // that fact that would make this condition hold, other facts unchanged. Used to tell an
    // operator what would raise the level.
    std::optional<double> thresholdFor(const QString &fact, const ConditionContext &context) const;

    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::All;
    std::vector<Condition> m_children;
    QString m_fact;
    std::optional<double> m_atLeast;
    std::optional<double> m_below;
    bool m_is = true;
    QStringList m_values;
    Level m_level = Level::I;
};

} // namespace cd
