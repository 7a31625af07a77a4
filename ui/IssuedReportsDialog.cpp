#include "IssuedReportsDialog.h"
#include "ProblemText.h"

#include "time/ShanghaiTime.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

IssuedReportsDialog::IssuedReportsDialog(const Journal &journal, qint64 incidentId, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Issued reports"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Document number"), tr("Incident"), tr("Title"), tr("Signer"), tr("Issued (Beijing time)"),
                                        tr("Pages"), tr("SHA-256"), tr("Copy intact")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    const auto all = IssuedReports::all(journal);
    if (!all)
        QMessageBox::warning(this, windowTitle(), ProblemText::forDesk(all.error()));
    else
        for (const auto &r : all.value())
            if (incidentId == 0 || r.incidentId == incidentId)
                m_reports << r;
    m_table->setRowCount(int(m_reports.size()));
    for (int row = 0; row < m_reports.size(); ++row) {
        const auto &r = m_reports.at(row);
        const QStringList cells = {r.docNumber, QString::number(r.incidentId), r.title, r.signer,
                                   toShanghai(r.issuedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")), QString::number(r.pages), r.sha256,
                                   r.hashMatches ? tr("yes") : tr("NO: the kept copy was changed")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (!r.hashMatches)
            m_table->item(row, 7)->setForeground(QColor(0xb0, 0, 0));
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save copy…"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &IssuedReportsDialog::saveCopy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 420);
}

void IssuedReportsDialog::saveCopy()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_reports.size())
        return;
    const auto &r = m_reports.at(row);
    if (!r.hashMatches)
        QMessageBox::warning(this, windowTitle(), tr("The kept copy of %1 no longer matches its SHA-256: run verify.").arg(r.docNumber));
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the issued report"), r.docNumber + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(r.pdf) != r.pdf.size() || !out.commit())
        QMessageBox::warning(this, windowTitle(), tr("%1: cannot save: %2").arg(file, out.errorString()));
}

} // namespace cd
