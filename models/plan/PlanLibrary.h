#pragma once

#include "core/Result.h"
#include "plan/FactVocabulary.h"
#include "plan/Plan.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace cd {

// All plans the program carries: the embedded ones (resources/plans) plus, optionally, a
// folder of additional or revised plan files. Plans are ordered so that a plan activated by
// another plan's level (95号) comes after the plans it depends on.
class PlanLibrary {
public:
    static Result<std::shared_ptr<const PlanLibrary>> loadBuiltin();
    // Builtin plans plus every *.json in `dir`; a file with the id of a builtin plan replaces it.
    static Result<std::shared_ptr<const PlanLibrary>> loadWithOverrides(const QString &dir);

    const FactVocabulary &vocabulary() const { return m_vocab; }
    const std::vector<Plan> &plans() const { return m_plans; }
    const Plan *plan(const QString &id) const;

    // Checks an asserted clause reference "plan-id:clause"; returns the problem, if any.
    std::optional<QString> checkAssertable(const QString &reference) const;

private:
    explicit PlanLibrary(FactVocabulary vocab) : m_vocab(std::move(vocab)) {}
    static Result<std::shared_ptr<const PlanLibrary>> load(const QStringList &files);

    FactVocabulary m_vocab;
    std::vector<Plan> m_plans;
};

} // namespace cd
