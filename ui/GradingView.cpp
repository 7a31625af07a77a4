#include "GradingView.h"

#include "DataLanguage.h"
#include "HelpMenu.h"
#include "items/Contrast.h"
#include "items/IncidentStore.h"
#include "items/Presentation.h"
#include "plan/FactVocabulary.h"
#include "plan/PlanLibrary.h"

namespace cd {

GradingView::GradingView(IncidentStore &store, QWidget *parent)
    : QTextBrowser(parent)
    , m_store(store)
{
    setOpenLinks(false);
    connect(&store, &IncidentStore::selectionChanged, this, &GradingView::refresh);
    connect(&store, &IncidentStore::incidentChanged, this, [this](qint64 id) {
        if (id == m_store.selectedId())
            refresh();
    });
    connect(&store, &IncidentStore::incidentsReset, this, &GradingView::refresh);
    refresh();
}

void GradingView::refresh()
{
    const IncidentState *s = m_store.selected();
    if (!s) {
        // An empty journal: the first-run hint instead of a request nobody can follow; never
        // while the incidents are still being read.
        setHtml(m_store.isLoading()           ? tr("<p>Reading the incident journal…</p>")
                : m_store.summaries().empty() ? HelpMenu::firstRunHint()
                                              : tr("<p>Select an incident on the map or in the list.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>#%1 %2%3</h3>").arg(s->id).arg(s->exercise ? tr("[Exercise] ") : QString(), s->title.toHtmlEscaped());
    for (const auto &a : s->grading) {
        const QString head = QStringLiteral("%1(%2)").arg(a.plan->title.toHtmlEscaped(), a.plan->document);
        if (!a.applies) {
            html += QStringLiteral("<p style='color:#888'>%1 — %2</p>").arg(head, tr("does not apply"));
            continue;
        }
        const QColor c = Presentation::levelColor(a.level);
        html += QStringLiteral("<p><b>%1</b><br/>").arg(head);
        if (a.level)
            html += QStringLiteral("<span style='background:%1;color:%2;padding:2px'>&nbsp;<b>%3</b>&nbsp;</span> ")
                        .arg(c.name(), Contrast::textOn(c).name(), DataLanguage::text(Presentation::levelText(a.level)));
        else
            html += tr("applies (this plan has no levels) ");
        html += QStringLiteral("%1 %2:%3</p>").arg(a.plan->shortRef, a.decidingClause, a.decidingText().toHtmlEscaped());
        if (a.matches.size() > 1) {
            QStringList others;
            for (const auto &m : a.matches)
                if (m.clause != a.decidingClause)
                    others << QStringLiteral("%1 (%2%3)").arg(m.clause, DataLanguage::text(levelNumeral(m.level)), m.asserted ? tr(", asserted") : QString());
            html += QStringLiteral("<p style='margin-left:12px'>%1 %2</p>").arg(tr("Also matched:"), others.join(QStringLiteral("、")));
        }
        if (!a.raises.isEmpty()) {
            QStringList raises;
            for (const auto &r : a.raises) {
                const FactSpec *spec = FactVocabulary::fact(r.fact);
                raises << tr("%1 reaches %2 → %3 (%4 %5)")
                              .arg(spec ? DataLanguage::text(spec->label) : r.fact)
                              .arg(r.threshold)
                              .arg(DataLanguage::text(levelNumeral(r.level)), a.plan->shortRef, r.clause);
            }
            html += QStringLiteral("<p style='margin-left:12px;color:#b35c00'>%1<br/>%2</p>").arg(tr("Would raise the level:"), raises.join(QStringLiteral("<br/>")));
        }
        const auto declared = s->declaredLevels.value(a.plan->id);
        if (!declared.isEmpty())
            html += QStringLiteral("<p style='margin-left:12px'>%1 %2</p>").arg(tr("Declared by the commander:"), declared);
    }
    setHtml(html);
}

} // namespace cd
