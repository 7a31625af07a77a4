#pragma once

#include "plan/Condition.h"
#include "plan/Plan.h"

#include <QString>

#include <vector>

namespace cd {

class FactVocabulary;

struct AgencyAssignment {
    QString name;
    QString clause;
    QString duty;
    QString reason;     // "always", "cause:<id>" or "condition:<id>"
    QString reasonText; // the same in Chinese, for the duty table and reports
    QString note;
};

// Decides which member agencies of an applicable plan are involved, and why. An agency the
// plan lists without a trigger (e.g. 85号 3.1.4(40) "其他市级有关部门") is left to the
// commander and not assigned automatically.
class DutyPlanner {
public:
    explicit DutyPlanner(const FactVocabulary &vocab) : m_vocab(vocab) {}

    std::vector<AgencyAssignment> assign(const Plan &plan, const ConditionContext &ctx) const;

private:
    const FactVocabulary &m_vocab;
};

} // namespace cd
