#include "MilestoneConfirmDialog.h"

#include "ShownTime.h"

#include "journal/EntryTimeRule.h"
#include "time/ShanghaiTime.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

MilestoneConfirmDialog::MilestoneConfirmDialog(const QString &what, const QString &incident, const QDateTime &now,
                                               const QDateTime &earliest, QWidget *parent)
    : QDialog(parent)
    , m_now(now.toUTC())
    , m_earliest(earliest.toUTC())
{
    setObjectName(QStringLiteral("milestoneConfirm"));
    setWindowTitle(tr("Confirm: %1").arg(what));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b><br>%2").arg(what.toHtmlEscaped(), incident.toHtmlEscaped()), this);
    layout->addWidget(heading);
    layout->addWidget(new QLabel(tr("This cannot be undone with a click: only a correction with a reason can withdraw it."), this));
    layout->addWidget(new QLabel(tr("It will be recorded as happening at (Beijing time):"), this));
    m_at = new QDateTimeEdit(asShownInBeijing(m_now), this);
    m_at->setObjectName(QStringLiteral("recordedAt"));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_at->setCalendarPopup(true);
    layout->addWidget(m_at);
    m_reasonLabel = new QLabel(tr("Reason for the late entry (补录原因, required):"), this);
    layout->addWidget(m_reasonLabel);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("lateEntryReason"));
    m_reason->setPlaceholderText(tr("e.g. reported by telephone from the site at 03:45"));
    m_reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 3); // the longest note, wrapped: the dialog does not jump
    layout->addWidget(m_note);
    auto *buttons = new QDialogButtonBox(this);
    m_record = buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("confirmRecord"));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("confirmCancel"));
    cancel->setDefault(true); // Enter alone must not record an irreversible milestone
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &MilestoneConfirmDialog::check);
    connect(m_reason, &QLineEdit::textChanged, this, &MilestoneConfirmDialog::check);
    check();
}

QDateTime MilestoneConfirmDialog::recordedAt() const { return fromShownInBeijing(m_at->dateTime()); }

bool MilestoneConfirmDialog::needsReason() const
{
    return recordedAt().secsTo(m_now) > EntryTimeRule::policy().toleranceSeconds;
}

QString MilestoneConfirmDialog::lateEntryReason() const { return needsReason() ? m_reason->text().trimmed() : QString(); }

void MilestoneConfirmDialog::check()
{
    const QDateTime at = recordedAt();
    if (at > m_now.addSecs(59)) {
        m_note->setText(tr("Not later than now (%1).").arg(toShanghai(m_now).toString(QStringLiteral("HH:mm:ss"))));
        m_record->setEnabled(false);
    } else if (m_earliest.isValid() && at < m_earliest) {
        m_note->setText(tr("Not before the incident was reported (%1).").arg(toShanghai(m_earliest).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        m_record->setEnabled(false);
    } else if (needsReason()) {
        const bool given = !m_reason->text().trimmed().isEmpty();
        m_note->setText(given ? tr("Late entry (补录): recorded at the time above with its reason; a window it completes is shown as "
                                   "completed by a late entry.")
                              : tr("Late entry (补录): set back more than %n minute(s), so a reason is required.", nullptr,
                                   int(EntryTimeRule::policy().toleranceSeconds / 60)));
        m_record->setEnabled(given);
    } else {
        m_note->setText(at.secsTo(m_now) > 60 ? tr("Late entry (补录): it happened at the time above and is entered now.") : QString());
        m_record->setEnabled(true);
    }
    const bool changed = m_reason->isHidden() == needsReason();
    m_reasonLabel->setVisible(needsReason());
    m_reason->setVisible(needsReason());
    if (changed)
        adjustSize(); // room for the reason field, never clipped
}

std::optional<MilestoneConfirmDialog::Answer> MilestoneConfirmDialog::ask(QWidget *parent, const QString &what, const QString &incident,
                                                                          const QDateTime &now, const QDateTime &earliest)
{
    MilestoneConfirmDialog dialog(what, incident, now, earliest, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QDateTime at = dialog.recordedAt();
    return Answer{at == fromShownInBeijing(asShownInBeijing(now)) ? now : at, // untouched: the time shown, to the millisecond
                  dialog.lateEntryReason()};
}

} // namespace cd
