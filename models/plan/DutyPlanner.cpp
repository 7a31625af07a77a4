#include "plan/DutyPlanner.h"

#include "plan/FactVocabulary.h"

namespace cd {

std::vector<AgencyAssignment> DutyPlanner::assign(const Plan &plan, const ConditionContext &ctx) const
{
    std::vector<AgencyAssignment> out;
    for (const auto &agency : plan.agencies) {
        const auto &inv = agency.involvement;
        QString reason, text;
        if (inv.always) {
            reason = QStringLiteral("always");
            text = QStringLiteral("预案规定的职责");
        } else if (inv.causes.contains(ctx.facts.cause)) {
            reason = QStringLiteral("cause:") + ctx.facts.cause;
            const Cause *c = m_vocab.cause(ctx.facts.cause);
            text = QStringLiteral("起因:") + (c ? c->label : ctx.facts.cause);
        } else {
            for (const auto &id : inv.conditions) {
                const NamedCondition *c = plan.condition(id);
                if (c && c->when.holds(ctx)) {
                    reason = QStringLiteral("condition:") + id;
                    text = QStringLiteral("情形:") + c->label;
                    break;
                }
            }
        }
        if (reason.isEmpty())
            continue;
        out.push_back({agency.name, agency.clause, agency.duty, reason, text, inv.note});
    }
    return out;
}

} // namespace cd
