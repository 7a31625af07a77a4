#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

// The facts an operator can enter. The names are the CLI/JSON contract; the types decide
// which comparisons a plan file may make on them.
enum class FactType { Count, Hours, Flag, Choice };

struct FactSpec {
    QString name;  // e.g. "participants", "blockage.hours"
    FactType type;
    QString label; // Chinese label for the UI and reports
};

struct Milestone {
    QString id;    // e.g. "report_sent:city"
    QString label; // e.g. "报告市政府"
};

struct Cause {
    QString id;     // e.g. "wage_arrears"
    QString label;  // e.g. "欠薪"
    QString source; // the clause that makes it a distinct cause, e.g. "85号 3.1.4(15)"
};

// What values the choice facts accept: causes, counties, blockage kinds. Loaded from the
// embedded catalog (resources/catalog/facts.json) so that a new cause is data, not code.
class FactVocabulary {
public:
    static const QList<FactSpec> &factSpecs();
    static const FactSpec *fact(const QString &name);

    static Result<FactVocabulary> load(const QString &file);
    static Result<FactVocabulary> loadBuiltin();

    const QList<Cause> &causes() const { return m_causes; }
    const QStringList &counties() const { return m_counties; }
    const QStringList &blockageKinds() const { return m_blockageKinds; }
    QString blockageLabel(const QString &id) const { return m_blockageLabels.value(m_blockageKinds.indexOf(id), id); }
    const QList<Milestone> &milestones() const { return m_milestones; }
    const Milestone *milestone(const QString &id) const;
    QString defaultCounty() const { return m_counties.value(0); }

    bool hasCause(const QString &id) const;
    const Cause *cause(const QString &id) const;
    // The values a Choice fact may take; empty for other facts.
    QStringList choicesFor(const QString &factName) const;

private:
    QList<Cause> m_causes;
    QStringList m_counties;
    QStringList m_blockageKinds;
    QStringList m_blockageLabels; // Chinese, same order
    QList<Milestone> m_milestones;
};

} // namespace cd
