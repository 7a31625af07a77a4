#include "ReportsMenu.h"

#include "IssuedReportsDialog.h"
#include "ReportEditorDialog.h"
#include "items/IncidentStore.h"
#include "journal/Journal.h"
#include "report/CapExport.h"
#include "report/ReportKind.h"
#include "report/SituationReport.h"
#include "settings/CentreSettings.h"

#include <QFileDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStatusBar>

namespace cd {

ReportsMenu::ReportsMenu(QMainWindow &window, IncidentStore &store, const RegionMap &counties, Actions actions)
    : QObject(&window)
    , m_window(window)
    , m_store(store)
    , m_counties(counties)
    , m_actions(std::move(actions))
{
    m_menu = window.menuBar()->addMenu(tr("&Reports"));
}

void ReportsMenu::addEntries()
{
    const std::pair<ReportKind, QString> kinds[] = {{ReportKind::Initial, tr("Initial report (首报)")},
                                                    {ReportKind::FollowUp, tr("Follow-up report (续报)")},
                                                    {ReportKind::Final, tr("Final report (终报)")},
                                                    {ReportKind::Disposal, tr("Disposal report (处置报告, 86号 5.1(2))")}};
    for (const auto &[kind, label] : kinds) {
        QMenu *m = m_menu->addMenu(label);
        // The document sent (GB/T 9704): drafted, edited and signed off in its own dialog.
        m->addAction(tr("Draft, edit and sign off…"), this, [this, kind = kind] {
            if (m_store.selectedId() == 0)
                return m_actions.showProblem(tr("Select an incident first (on the map or in the list)."));
            ReportEditorDialog(m_store, m_store.selectedId(), kind, &m_window).exec();
        });
        m->addSeparator();
        // The internal annex (内部工作记录), never sent.
        m->addAction(tr("Internal record: print preview…"), this, [this, kind = kind] { previewReport(int(kind)); });
        m->addAction(tr("Internal record: save as PDF…"), this, [this, kind = kind] { saveReportPdf(int(kind)); });
        m->addAction(tr("Internal record: print…"), this, [this, kind = kind] { printReport(int(kind)); });
    }
    m_menu->addAction(tr("Issued reports…"), this, [this] { IssuedReportsDialog(m_store.journal(), m_store.selectedId(), &m_window).exec(); });
    m_menu->addSeparator();
    m_menu->addAction(tr("Assessment for the reports…"), this, [this] { m_actions.editAssessment(); });
    m_menu->addAction(tr("Export CAP 1.2…"), this, &ReportsMenu::exportCap);
    m_menu->addAction(tr("Export timeline CSV…"), this, &ReportsMenu::exportCsv);
}

std::unique_ptr<SituationReport> ReportsMenu::reportFor(int kind)
{
    const auto *s = m_store.selected();
    if (!s) {
        m_actions.showProblem(tr("Select an incident first (on the map or in the list)."));
        return nullptr;
    }
    ReportOptions o;
    o.kind = ReportKind(kind);
    o.preparedBy = m_store.journal().account().display;
    const auto centre = CentreSettings::load(); // read now: File → Settings applies at once
    o.issuer = centre.text(QStringLiteral("report/issuer"));
    o.numberPrefix = centre.text(QStringLiteral("report/numberPrefix"));
    o.contact = centre.text(QStringLiteral("report/contact"));
    return std::make_unique<SituationReport>(*s, m_store.library(), m_counties, o);
}

void ReportsMenu::previewReport(int kind)
{
    const auto made = reportFor(kind);
    if (!made)
        return;
    const SituationReport &report = *made;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(report.title());
    QPrintPreviewDialog dialog(&printer, &m_window);
    dialog.setWindowTitle(report.title());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter *p) { report.render(*p); });
    dialog.resize(1000, 900);
    dialog.exec();
}

void ReportsMenu::printReport(int kind)
{
    const auto made = reportFor(kind);
    if (!made)
        return;
    const SituationReport &report = *made;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(report.title());
    QPrintDialog dialog(&printer, &m_window);
    if (dialog.exec() == QDialog::Accepted)
        report.render(printer);
}

void ReportsMenu::saveReportPdf(int kind)
{
    const auto made = reportFor(kind);
    if (!made)
        return;
    const SituationReport &report = *made;
    const QString file = QFileDialog::getSaveFileName(&m_window, tr("Save report as PDF"), report.title() + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    const auto pages = report.writePdf(file);
    if (!pages)
        return m_actions.showProblem(pages.error());
    m_window.statusBar()->showMessage(tr("Saved %1 (%n page(s))", nullptr, pages.value()).arg(file), 8000);
}

void ReportsMenu::saveBytes(const QString &title, const QString &name, const QString &filter, const QByteArray &data)
{
    const QString file = QFileDialog::getSaveFileName(&m_window, title, name, filter);
    if (file.isEmpty())
        return;
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        QMessageBox::warning(&m_window, title, QStringLiteral("%1: %2").arg(file, f.errorString()));
}

void ReportsMenu::exportCap()
{
    if (const auto *s = m_store.selected())
        return saveBytes(tr("Export CAP 1.2"), QStringLiteral("incident-%1.cap.xml").arg(s->id), tr("CAP XML (*.xml)"),
                         CapExport::alert(*s, m_store.library()));
    m_actions.showProblem(tr("Select an incident first (on the map or in the list)."));
}

void ReportsMenu::exportCsv()
{
    if (const auto *s = m_store.selected())
        return saveBytes(tr("Export timeline CSV"), QStringLiteral("incident-%1-timeline.csv").arg(s->id), tr("CSV (*.csv)"),
                         CsvExport::timeline(*s, m_store.library()));
    m_actions.showProblem(tr("Select an incident first (on the map or in the list)."));
}

} // namespace cd
