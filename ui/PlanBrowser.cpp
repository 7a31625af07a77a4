#include "PlanBrowser.h"

#include "plan/PlanLibrary.h"

#include <QHeaderView>

namespace cd {

PlanBrowser::PlanBrowser(std::shared_ptr<const PlanLibrary> library, QWidget *parent)
    : QTreeWidget(parent)
    , m_library(std::move(library))
{
    setColumnCount(2);
    setHeaderLabels({tr("Clause"), tr("Text")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    setWordWrap(true);
    setUniformRowHeights(false);
    populate();
}

void PlanBrowser::populate()
{
    auto add = [](QTreeWidgetItem *parent, const QString &clause, const QString &text) {
        auto *item = new QTreeWidgetItem(parent, {clause, text});
        item->setToolTip(1, text);
        return item;
    };
    for (const auto &plan : m_library->plans()) {
        auto *top = new QTreeWidgetItem(this, {plan.shortRef, plan.title + QStringLiteral(" (") + plan.document + QLatin1Char(')')});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFont(1, bold);
        add(top, plan.scope.clause, plan.scope.text);
        for (const auto &level : plan.levels) {
            auto *l = add(top, level.clause, levelNumeral(level.level) + QStringLiteral(" ") + level.name);
            for (const auto &c : level.criteria)
                add(l, c.clause, c.text + (c.when ? QStringLiteral("  [") + c.when->describe() + QLatin1Char(']') : QString()));
        }
        if (plan.countingRule)
            add(top, plan.countingRule->clause, plan.countingRule->text);
        auto *agencies = add(top, QString(), tr("Member agencies (%n)", nullptr, int(plan.agencies.size())));
        for (const auto &a : plan.agencies)
            add(agencies, a.clause, a.name + QStringLiteral(":") + a.duty);
        auto *command = add(top, QString(), tr("Command structure"));
        for (const auto &p : plan.command)
            add(command, p.clause, p.title + QStringLiteral(":") + p.text);
        auto *response = add(top, QString(), tr("Response"));
        for (const auto &p : plan.response)
            add(response, p.clause, p.title + QStringLiteral(":") + p.text);
    }
    expandToDepth(0);
}

} // namespace cd
