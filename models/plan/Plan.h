#pragma once

#include "plan/Condition.h"
#include "plan/Level.h"
#include "time/ReportingWindow.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace cd {

// A plan clause quoted verbatim, with the plan's own number ("2.2(1)", "3.1.4(18)").
struct ClauseText {
    QString clause;
    QString text;
};

// One criterion of a level (e.g. 85号 2.3(1)). Numeric criteria carry a condition the grader
// computes; qualitative ones are asserted by the operator; some are both ("…或…").
struct Criterion {
    QString clause;
    QString text;
    std::optional<Condition> when; // computed part, if any
    bool assertable = false;        // the operator may declare it met
};

struct LevelDefinition {
    Level level;
    QString name; // "特别重大群体性事件"
    QString clause;
    std::vector<Criterion> criteria;
};

// A named condition (casualties, principal-leaders threshold …) that duties refer to.
struct NamedCondition {
    QString id;
    QString label; // Chinese, shown as the reason a duty applies
    Condition when;
};

// When an agency is involved: always, for given causes, under named conditions, or only when
// the command centre decides (none of these set).
struct Involvement {
    bool always = false;
    QStringList causes;
    QStringList conditions;
    QString note; // e.g. "按有关程序调动"
};

struct Agency {
    QString name;
    QString clause; // e.g. "3.1.4(18)"
    QString duty;
    Involvement involvement;
};

// Command bodies, response steps, on-site groups, pre-warning categories: provisions that
// are shown and printed, optionally only at some levels.
struct Provision {
    QString clause;
    QString title;
    QString text;
    QList<Level> levels; // empty: every level (or the plan has no levels)
};

struct Plan {
    QString id;       // "mass-incident"
    QString title;    // 丽水市大规模群体性事件应急预案
    QString document; // 丽政办发〔2020〕85号
    QString shortRef; // "85号", used in citations
    QString issuer;
    QDate issued;
    QString sourceFile; // where it was loaded from, for messages

    std::optional<ClauseText> countingRule; // "以上含本数, 以下不含本数"
    ClauseText scope;
    std::optional<Condition> scopeCondition; // no condition: scope is decided by the levels
    std::optional<Condition> activation;     // e.g. 95号: another plan at Ⅰ/Ⅱ
    QString activationClause;

    std::vector<LevelDefinition> levels; // most severe first
    std::vector<NamedCondition> conditions;
    std::vector<Agency> agencies;
    QList<Provision> command;
    QList<Provision> response;
    QList<Provision> prewarning;
    QList<Provision> groups;
    std::vector<ReportingWindow> windows;

    bool hasLevels() const { return !levels.empty(); }
    const NamedCondition *condition(const QString &id) const
    {
        for (const auto &c : conditions)
            if (c.id == id)
                return &c;
        return nullptr;
    }
    const Criterion *criterion(const QString &clause) const
    {
        for (const auto &l : levels)
            for (const auto &c : l.criteria)
                if (c.clause == clause)
                    return &c;
        return nullptr;
    }
};

} // namespace cd
