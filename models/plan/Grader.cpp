#include "plan/Grader.h"

#include "plan/PlanLibrary.h"

namespace cd {

QString PlanAssessment::decidingText() const
{
    if (!plan || decidingClause.isEmpty())
        return {};
    if (const auto *c = plan->criterion(decidingClause))
        return c->text;
    if (decidingClause == plan->scope.clause)
        return plan->scope.text;
    return {};
}

std::vector<PlanAssessment> Grader::grade(const Facts &facts) const
{
    std::vector<PlanAssessment> out;
    ConditionContext ctx{facts, {}};
    // Library order puts plans activated by other plans' levels last, so their context is full.
    for (const auto &plan : m_library.plans()) {
        out.push_back(assess(plan, ctx));
        const auto &a = out.back();
        if (a.applies && a.level)
            ctx.otherPlanLevels.insert(plan.id, *a.level);
    }
    return out;
}

PlanAssessment Grader::assess(const Plan &plan, const ConditionContext &ctx) const
{
    PlanAssessment a;
    a.plan = &plan;
    a.vocabulary = &m_library.vocabulary();
    a.inScope = !plan.scopeCondition || plan.scopeCondition->holds(ctx);

    if (plan.hasLevels()) {
        if (a.inScope) {
            for (const auto &def : plan.levels) {
                for (const auto &c : def.criteria) {
                    const bool computed = c.when && c.when->holds(ctx);
                    const bool asserted = c.assertable && ctx.facts.isAsserted(plan.id, c.clause);
                    if (!computed && !asserted)
                        continue;
                    a.matches.push_back({c.clause, def.level, c.text, !computed});
                    if (!a.level) { // levels are most severe first: the first match decides
                        a.level = def.level;
                        a.decidingClause = c.clause;
                    }
                }
            }
        }
        a.applies = a.level.has_value();
        for (const auto &m : a.matches)
            a.matchedClauses << m.clause;
    } else {
        const bool activated = !plan.activation || plan.activation->holds(ctx);
        a.applies = a.inScope && activated;
        if (a.applies) {
            a.matchedClauses << plan.scope.clause;
            if (plan.activation && !a.matchedClauses.contains(plan.activationClause))
                a.matchedClauses << plan.activationClause;
            a.decidingClause = a.matchedClauses.front();
        }
    }

    if (a.applies) {
        a.agencies = DutyPlanner(m_library.vocabulary()).assign(plan, ctx);
        auto atThisLevel = [&a](const Provision &p) { return p.levels.isEmpty() || (a.level && p.levels.contains(*a.level)); };
        for (const auto &p : plan.command)
            if (atThisLevel(p))
                a.command << p;
        for (const auto &p : plan.response)
            if (atThisLevel(p))
                a.response << p;
    }
    if (a.inScope)
        a.raises = raisesFor(plan, a, ctx);
    return a;
}

QList<LevelRaise> Grader::raisesFor(const Plan &plan, const PlanAssessment &a, const ConditionContext &ctx)
{
    static const QStringList numericFacts = {QStringLiteral("participants"), QStringLiteral("deaths"),
                                             QStringLiteral("injured"), QStringLiteral("serious_injuries"),
                                             QStringLiteral("blockage.hours"),
                                             QStringLiteral("construction_stoppage_hours")};
    // Only the next level up: that is the one the operator has to watch for.
    const LevelDefinition *next = nullptr;
    for (const auto &def : plan.levels)
        if (!a.level || isMoreSevere(def.level, *a.level))
            next = &def;
    if (!next)
        return {};
    QList<LevelRaise> raises;
    for (const auto &c : next->criteria) {
        if (!c.when)
            continue;
        for (const auto &fact : numericFacts) {
            const auto t = c.when->thresholdFor(fact, ctx);
            if (t && ctx.facts.value(fact).toDouble() < *t)
                raises.push_back({next->level, c.clause, fact, *t});
        }
    }
    return raises;
}

} // namespace cd
