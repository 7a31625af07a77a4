#include "plan/PlanLibrary.h"

#include "plan/PlanLoader.h"

#include <QDir>

#include <algorithm>

namespace cd {
namespace {

QStringList planFilesIn(const QString &dir)
{
    QStringList files;
    const QDir d(dir);
    for (const auto &name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << d.filePath(name);
    return files;
}

} // namespace

Result<std::shared_ptr<const PlanLibrary>> PlanLibrary::loadBuiltin()
{
    return load(planFilesIn(QStringLiteral(":/plans")));
}

Result<std::shared_ptr<const PlanLibrary>> PlanLibrary::loadWithOverrides(const QString &dir)
{
    if (!QDir(dir).exists())
        return Result<std::shared_ptr<const PlanLibrary>>::failure(dir + QStringLiteral(": no such plan folder"));
    return load(planFilesIn(QStringLiteral(":/plans")) + planFilesIn(dir));
}

Result<std::shared_ptr<const PlanLibrary>> PlanLibrary::load(const QStringList &files)
{
    using R = Result<std::shared_ptr<const PlanLibrary>>;
    auto vocab = FactVocabulary::loadBuiltin();
    if (!vocab)
        return R::failure(vocab.error());
    std::shared_ptr<PlanLibrary> lib(new PlanLibrary(std::move(vocab).value()));
    const PlanLoader loader(lib->m_vocab);
    for (const auto &file : files) {
        auto plan = loader.loadFile(file);
        if (!plan)
            return R::failure(plan.error());
        auto same = std::find_if(lib->m_plans.begin(), lib->m_plans.end(),
                                 [&](const Plan &p) { return p.id == plan->id; });
        if (same != lib->m_plans.end())
            *same = std::move(plan).value(); // a later file (override folder) replaces the builtin
        else
            lib->m_plans.push_back(std::move(plan).value());
    }
    if (lib->m_plans.empty())
        return R::failure(QStringLiteral("no plan files found"));
    // Plans that depend on other plans' levels go last; otherwise the order of issue.
    std::stable_sort(lib->m_plans.begin(), lib->m_plans.end(), [](const Plan &a, const Plan &b) {
        if (a.activation.has_value() != b.activation.has_value())
            return !a.activation.has_value();
        return a.issued < b.issued;
    });
    return R(std::shared_ptr<const PlanLibrary>(std::move(lib)));
}

const Plan *PlanLibrary::plan(const QString &id) const
{
    for (const auto &p : m_plans)
        if (p.id == id)
            return &p;
    return nullptr;
}

std::optional<QString> PlanLibrary::checkAssertable(const QString &reference) const
{
    const auto colon = reference.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return QStringLiteral("\"%1\" must be \"plan-id:clause\", e.g. \"mass-incident:2.1(2)\"").arg(reference);
    const auto planId = reference.left(colon);
    const auto clause = reference.mid(colon + 1);
    const Plan *p = plan(planId);
    if (!p)
        return QStringLiteral("unknown plan \"%1\"").arg(planId);
    const Criterion *c = p->criterion(clause);
    if (!c)
        return QStringLiteral("unknown clause \"%1\" in %2 (%3)").arg(clause, p->id, p->document);
    if (!c->assertable)
        return QStringLiteral("%1 %2 is decided from the numbers entered and cannot be asserted")
            .arg(p->shortRef, clause);
    return std::nullopt;
}

} // namespace cd
