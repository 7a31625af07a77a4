#pragma once

#include "plan/DutyPlanner.h"
#include "plan/Facts.h"
#include "plan/Level.h"
#include "plan/Plan.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace cd {

class PlanLibrary;

struct CriterionMatch {
    QString clause;
    Level level;
    QString text;
    bool asserted = false; // true: the operator declared it; false: computed from the facts
};

// "1000 participants → Ⅱ under 2.2(1)": the nearest change of one number that raises the level.
struct LevelRaise {
    Level level;
    QString clause;
    QString fact;
    double threshold;
};

// One plan's verdict on one set of facts.
struct PlanAssessment {
    const Plan *plan = nullptr;
    const FactVocabulary *vocabulary = nullptr;
    bool inScope = false;
    bool applies = false;
    std::optional<Level> level;
    QString decidingClause; // highest level wins; within it, the first matching clause in plan order
    QList<CriterionMatch> matches; // every matched clause, in plan order
    QStringList matchedClauses;    // the clauses that made a level-less plan apply
    std::vector<AgencyAssignment> agencies;
    QList<Provision> command;  // command bodies that stand up at this level
    QList<Provision> response; // response steps at this level
    QList<LevelRaise> raises;  // empty when already at the top level

    QString decidingText() const;
};

// Grades one set of facts against every plan in the library. Pure: same facts, same answer.
class Grader {
public:
    explicit Grader(const PlanLibrary &library) : m_library(library) {}

    std::vector<PlanAssessment> grade(const Facts &facts) const;

private:
    PlanAssessment assess(const Plan &plan, const ConditionContext &ctx) const;
    static QList<LevelRaise> raisesFor(const Plan &plan, const PlanAssessment &a, const ConditionContext &ctx);

    const PlanLibrary &m_library;
};

} // namespace cd
