#include "ReportEditorDialog.h"

#include "items/IncidentStore.h"
#include "journal/IncidentState.h"
#include "journal/Journal.h"
#include "report/IssuedReports.h"
#include "report/OfficialReport.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cd {

ReportEditorDialog::ReportEditorDialog(IncidentStore &store, qint64 incidentId, ReportKind kind, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_id(incidentId)
    , m_kind(kind)
{
    setWindowTitle(tr("Report draft and sign-off"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_missing = new QLabel(this);
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color:#b00000"));
    layout->addWidget(m_missing);

    auto *form = new QFormLayout;
    m_placeholder = new QLineEdit(QStringLiteral("情况正在进一步核实中"), this);
    form->addRow(tr("Text for items still empty:"), m_placeholder);
    layout->addLayout(form);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *sections = new QWidget(scroll);
    auto *sectionLayout = new QVBoxLayout(sections);
    const auto *state = m_store.incident(m_id);
    if (state) {
        const OfficialReport report(*state, m_store.library(), options());
        for (const auto &s : report.sections()) {
            auto *heading = new QLabel(QStringLiteral("<b>%1</b>%2").arg(s.heading.toHtmlEscaped(),
                                                                       s.required ? QString() : tr(" (optional)")), sections);
            auto *edit = new QPlainTextEdit(s.text, sections);
            edit->setMinimumHeight(70);
            edit->setObjectName(s.key);
            sectionLayout->addWidget(heading);
            sectionLayout->addWidget(edit);
            m_edits.insert(s.key, edit);
            m_prefilled.insert(s.key, s.text);
            connect(edit, &QPlainTextEdit::textChanged, this, [this] { rebuild(); });
        }
    }
    sectionLayout->addStretch();
    scroll->setWidget(sections);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save edits"), QDialogButtonBox::ActionRole);
    QPushButton *preview = buttons->addButton(tr("Preview draft…"), QDialogButtonBox::ActionRole);
    QPushButton *issue = buttons->addButton(tr("Sign off and issue…"), QDialogButtonBox::AcceptRole);
    issue->setObjectName(QStringLiteral("issue"));
    connect(save, &QPushButton::clicked, this, [this] { saveEdits(); });
    connect(preview, &QPushButton::clicked, this, [this] { this->preview(); });
    connect(issue, &QPushButton::clicked, this, [this] { this->issue(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 760);
    rebuild();
}

OfficialReportOptions ReportEditorDialog::options() const
{
    OfficialReportOptions o = OfficialReportOptions::fromSettings();
    o.kind = m_kind;
    o.preparedBy = m_store.journal().account().display;
    if (m_placeholder && !m_placeholder->text().trimmed().isEmpty())
        o.placeholder = m_placeholder->text().trimmed();
    if (const auto *s = m_store.incident(m_id))
        o.issuedAt = m_store.nowFor(*s);
    return o;
}

void ReportEditorDialog::rebuild()
{
    const auto *state = m_store.incident(m_id);
    if (!state)
        return;
    const OfficialReport report(*state, m_store.library(), options());
    m_title->setText(report.title());
    QStringList empty;
    for (const auto &s : report.sections())
        if (s.required && m_edits.contains(s.key) && m_edits.value(s.key)->toPlainText().trimmed().isEmpty())
            empty << s.heading;
    m_missing->setText(empty.isEmpty() ? tr("Every required item has text.")
                                       : tr("Still empty (issued as \"%1\"): %2").arg(options().placeholder, empty.join(QStringLiteral("、"))));
}

bool ReportEditorDialog::saveEdits()
{
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it) {
        const QString text = it.value()->toPlainText().trimmed();
        if (text == m_prefilled.value(it.key()).trimmed())
            continue;
        const auto r = m_store.record(m_id, QStringLiteral("report_edited"),
                                      {{QStringLiteral("report"), reportKindName(m_kind)}, {QStringLiteral("section"), it.key()},
                                       {QStringLiteral("text"), text}});
        if (!r) {
            QMessageBox::warning(this, windowTitle(), r.error());
            return false;
        }
        m_prefilled.insert(it.key(), text);
    }
    return true;
}

void ReportEditorDialog::preview()
{
    const auto *state = m_store.incident(m_id);
    if (!state)
        return;
    // What the journal holds plus the edits on screen, stamped 草稿.
    OfficialReportOptions o = options();
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it)
        if (it.value()->toPlainText().trimmed() != m_prefilled.value(it.key()).trimmed())
            o.unsavedEdits.insert(it.key(), it.value()->toPlainText());
    const OfficialDocument doc = OfficialReport(*state, m_store.library(), o).document();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(doc.title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(doc.title);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter *p) { doc.render(*p); });
    dialog.resize(1000, 900);
    dialog.exec();
}

void ReportEditorDialog::issue()
{
    if (!saveEdits())
        return;
    const auto *state = m_store.incident(m_id);
    if (!state)
        return;
    if (auto refused = m_store.journal().refusal(QStringLiteral("report_issued"), {})) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Only a shift leader or a commander may sign off a report.") + QLatin1Char('\n') + *refused);
        return;
    }
    const OfficialReport draft(*state, m_store.library(), options());
    QString question = tr("Sign off and issue \"%1\"?").arg(draft.title());
    if (!draft.missing().isEmpty())
        question += QLatin1Char('\n') + tr("Still empty, issued as \"%1\": %2").arg(options().placeholder, draft.missing().join(QStringLiteral("、")));
    bool ok = false;
    const QString signer = QInputDialog::getText(this, tr("签发 (sign-off)"), question + QLatin1Char('\n') + tr("签发人 (signer):"),
                                                 QLineEdit::Normal, m_store.journal().account().display, &ok).trimmed();
    if (!ok || signer.isEmpty())
        return;
    OfficialReportOptions o = options();
    o.signer = signer;
    const auto issued = IssuedReports::issue(m_store.journal(), *state, m_store.library(), o, m_store.nowFor(*state));
    if (!issued) {
        QMessageBox::warning(this, windowTitle(), issued.error());
        return;
    }
    m_store.refresh(m_id);
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the issued report"), issued.value().docNumber + QStringLiteral(".pdf"),
                                                      tr("PDF (*.pdf)"));
    if (!file.isEmpty()) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(issued.value().pdf) != issued.value().pdf.size() || !out.commit())
            QMessageBox::warning(this, windowTitle(), tr("%1: cannot save: %2").arg(file, out.errorString()));
    }
    QMessageBox::information(this, windowTitle(),
                             tr("Issued %1, signed by %2.\nSHA-256 %3\nThe copy is kept in the journal (Reports → Issued reports).")
                                 .arg(issued.value().docNumber, issued.value().signer, issued.value().sha256));
    accept();
}

} // namespace cd
