#include "ReportEditorDialog.h"
#include "ProblemText.h"

#include "items/IncidentStore.h"
#include "journal/IncidentState.h"
#include "journal/Journal.h"
#include "report/IssuedReports.h"
#include "report/OfficialReport.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
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
    m_placeholder = new QLineEdit(this);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    form->addRow(tr("Text for items still empty:"), m_placeholder);
    m_signer = new QLineEdit(m_store.journal().account().display, this);
    m_signer->setObjectName(QStringLiteral("signer"));
    form->addRow(tr("签发人 (signer):"), m_signer);
    layout->addLayout(form);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *sections = new QWidget(scroll);
    auto *sectionLayout = new QVBoxLayout(sections);
    const auto *state = m_store.incident(m_id);
    if (state) {
        const OfficialReport report(*state, m_store.library(), options());
        m_prefilledPlaceholder = report.placeholder();
        m_placeholder->setText(report.placeholder());
        for (const auto &s : report.sections()) {
            QString note = s.required ? QString() : tr(" (optional)");
            if (s.itemised)
                note += tr(" — one item per line (1.), indent a line for an item under it (（1）)");
            auto *heading = new QLabel(sections); // text set by rebuild(): numbered as it will print
            heading->setObjectName(QStringLiteral("heading-") + (s.key.isEmpty() ? s.heading : s.key));
            m_headings << heading;
            m_headingNotes << note;
            if (s.headingOnly) {
                sectionLayout->addWidget(heading);
                continue;
            }
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
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save edits"), QDialogButtonBox::ActionRole);
    QPushButton *preview = buttons->addButton(tr("Preview draft…"), QDialogButtonBox::ActionRole);
    // Two steps, as in the room: the leader signs off (签发) the draft, then it is issued (印发).
    QPushButton *signOff = buttons->addButton(tr("签发 Sign off"), QDialogButtonBox::ActionRole);
    signOff->setObjectName(QStringLiteral("signoff"));
    QPushButton *issue = buttons->addButton(tr("印发 Issue…"), QDialogButtonBox::ActionRole); // after 签发, in that order
    issue->setObjectName(QStringLiteral("issue"));
    save->setObjectName(QStringLiteral("save"));
    connect(save, &QPushButton::clicked, this, [this] { saveEdits(); });
    connect(preview, &QPushButton::clicked, this, [this] { this->preview(); });
    connect(signOff, &QPushButton::clicked, this, [this] { this->signOff(); });
    connect(issue, &QPushButton::clicked, this, [this] { this->issue(); });
    connect(m_placeholder, &QLineEdit::textChanged, this, [this] { rebuild(); });
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
    // The headings with the numbers the page will have for the text as typed: an optional item
    // left empty does not print, and the items after it close up.
    QList<ReportSection> typed = report.sections();
    for (ReportSection &s : typed)
        if (const auto *edit = m_edits.value(s.key))
            s.text = edit->toPlainText();
    const QStringList printed = OfficialReport::printedHeadings(typed);
    for (qsizetype i = 0; i < typed.size() && i < m_headings.size(); ++i) {
        const QString indent = typed.at(i).level > 1 ? QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") : QString();
        m_headings.at(i)->setText(printed.at(i).isEmpty()
                                      ? QStringLiteral("%1<span style='color:gray'><b>%2</b>%3</span>")
                                            .arg(indent, typed.at(i).heading.toHtmlEscaped(),
                                                 QString(m_headingNotes.at(i) + tr(" — not printed while empty")).toHtmlEscaped())
                                      : QStringLiteral("%1<b>%2</b>%3").arg(indent, printed.at(i).toHtmlEscaped(), m_headingNotes.at(i).toHtmlEscaped()));
    }
    QStringList empty;
    for (const auto &s : report.sections())
        if (s.required && m_edits.contains(s.key) && m_edits.value(s.key)->toPlainText().trimmed().isEmpty())
            empty << s.heading;
    const QString placeholder = m_placeholder->text().trimmed().isEmpty() ? report.placeholder() : m_placeholder->text().trimmed();
    m_missing->setText(empty.isEmpty() ? tr("Every required item has text.")
                                       : tr("Still empty (issued as \"%1\"): %2").arg(placeholder, empty.join(QStringLiteral("、"))));
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
            say(r.error(), true);
            return false;
        }
        m_prefilled.insert(it.key(), text);
    }
    // The text for empty items is part of the draft: journalled like an edit.
    const QString placeholder = m_placeholder->text().trimmed();
    if (!placeholder.isEmpty() && placeholder != m_prefilledPlaceholder) {
        const auto r = m_store.record(m_id, QStringLiteral("report_edited"),
                                      {{QStringLiteral("report"), reportKindName(m_kind)}, {QStringLiteral("section"), QStringLiteral("placeholder")},
                                       {QStringLiteral("text"), placeholder}});
        if (!r) {
            say(r.error(), true);
            return false;
        }
        m_prefilledPlaceholder = placeholder;
    }
    return true;
}

void ReportEditorDialog::say(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color:#b00000") : QStringLiteral("color:#006000"));
    m_status->setText(problem ? ProblemText::forDesk(text) : text);
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
    o.unsavedEdits.insert(QStringLiteral("placeholder"), m_placeholder->text());
    const OfficialDocument doc = OfficialReport(*state, m_store.library(), o).document();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(doc.title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(doc.title);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter *p) { doc.render(*p); });
    dialog.resize(1000, 900);
    dialog.exec();
}

void ReportEditorDialog::signOff()
{
    if (!saveEdits())
        return;
    const auto *state = m_store.incident(m_id);
    if (!state)
        return;
    if (auto refused = m_store.journal().refusal(QStringLiteral("report_signed_off"), {})) {
        say(tr("Only a shift leader or a commander may sign off a report.") + QLatin1Char(' ') + *refused, true);
        return;
    }
    OfficialReportOptions o = options();
    o.signer = m_signer->text().trimmed();
    if (o.signer.isEmpty()) {
        say(tr("Enter the 签发人 (signer) first."), true);
        return;
    }
    const auto signedOff = IssuedReports::signOff(m_store.journal(), *state, m_store.library(), o, m_store.nowFor(*state));
    if (!signedOff) {
        say(signedOff.error(), true);
        return;
    }
    m_store.refresh(m_id);
    say(tr("Signed off by %1 (event %2). 印发 issues exactly this draft; an edit after this needs a new sign-off.")
            .arg(signedOff.value().signer)
            .arg(signedOff.value().seq),
        false);
}

void ReportEditorDialog::issue()
{
    if (!saveEdits())
        return;
    const auto *state = m_store.incident(m_id);
    if (!state)
        return;
    const OfficialReportOptions o = options();
    const auto issued = IssuedReports::issue(m_store.journal(), *state, m_store.library(), o, m_store.nowFor(*state));
    if (!issued) {
        say(issued.error(), true);
        return;
    }
    m_store.refresh(m_id);
    say(tr("Issued %1, signed by %2. SHA-256 %3").arg(issued.value().docNumber, issued.value().signer, issued.value().sha256), false);
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
