#include "CorrectionDialog.h"

#include "ShownTime.h"

#include "journal/EventKinds.h"
#include "time/ShanghaiTime.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

namespace cd {

CorrectionDialog::CorrectionDialog(const StoredEvent &event, const PlanLibrary &library, QWidget *parent)
    : QDialog(parent)
    , m_event(event)
    , m_library(library)
{
    setObjectName(QStringLiteral("correctionDialog"));
    setWindowTitle(tr("Correct event %1").arg(event.seq));
    auto *form = new QFormLayout(this);
    const QString details = EventKinds::describe(event, library);
    form->addRow(tr("Event"), new QLabel(QStringLiteral("#%1 %2%3 · %4 · %5")
                                             .arg(event.seq)
                                             .arg(EventKinds::label(event.kind), details.isEmpty() ? QString() : QStringLiteral(":") + details,
                                                  toShanghai(event.eventTime).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), event.actor),
                                         this));
    m_withdraw = new QRadioButton(tr("Withdraw it (it did not happen)"), this);
    m_replace = new QRadioButton(tr("Replace it with:"), this);
    m_withdraw->setChecked(true);
    form->addRow(QString(), m_withdraw);
    form->addRow(QString(), m_replace);
    m_kind = new QComboBox(this);
    for (const auto &kind : EventKinds::all())
        if (kind != QLatin1String("reported") && kind != QLatin1String("correction"))
            m_kind->addItem(EventKinds::label(kind) + QStringLiteral(" (") + kind + QLatin1Char(')'), kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(event.kind)));
    form->addRow(tr("Kind"), m_kind);
    m_details = new QLineEdit(QString::fromUtf8(event.payloadText), this);
    m_details->setToolTip(tr("The details as JSON, e.g. {\"to\":\"province\"} for a report sent to the province."));
    form->addRow(tr("Details (JSON)"), m_details);
    m_at = new QDateTimeEdit(asShownInBeijing(event.eventTime), this);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    form->addRow(tr("Happened at (Beijing time)"), m_at);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setPlaceholderText(tr("Why is it corrected? (required)"));
    form->addRow(tr("Reason"), m_reason);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color:#d7191c;"));
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(this);
    m_record = buttons->addButton(tr("Record correction"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("correctionRecord"));
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("correctionCancel"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (auto *w : {m_withdraw, m_replace})
        connect(w, &QRadioButton::toggled, this, &CorrectionDialog::check);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CorrectionDialog::check);
    connect(m_details, &QLineEdit::textChanged, this, &CorrectionDialog::check);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &CorrectionDialog::check);
    connect(m_reason, &QLineEdit::textChanged, this, &CorrectionDialog::check);
    if (event.kind == QLatin1String("reported") || event.kind == QLatin1String("correction")) {
        // The journal refuses these too; say it before the operator types a reason.
        for (auto *w : std::initializer_list<QWidget *>{m_withdraw, m_replace, m_kind, m_details, m_at, m_reason})
            w->setEnabled(false);
    }
    check();
}

QJsonObject CorrectionDialog::payload() const
{
    QJsonObject p{{QStringLiteral("corrects"), m_event.seq}, {QStringLiteral("reason"), m_reason->text().trimmed()}};
    if (m_replace->isChecked()) {
        QJsonObject r{{QStringLiteral("kind"), m_kind->currentData().toString()},
                      {QStringLiteral("payload"), QJsonDocument::fromJson(m_details->text().toUtf8()).object()}};
        const QDateTime at = fromShownInBeijing(m_at->dateTime());
        if (at != fromShownInBeijing(asShownInBeijing(m_event.eventTime))) // moved to another time
            r.insert(QStringLiteral("at"), isoShanghai(at));
        p.insert(QStringLiteral("replacement"), r);
    }
    return p;
}

QString CorrectionDialog::problem() const { return m_problem->text(); }

void CorrectionDialog::check()
{
    const bool replace = m_replace->isChecked();
    m_kind->setEnabled(replace);
    m_details->setEnabled(replace);
    m_at->setEnabled(replace);
    QString problem;
    if (m_event.kind == QLatin1String("reported"))
        problem = tr("The report that opened the incident cannot be withdrawn; correct its facts with a facts update.");
    else if (m_event.kind == QLatin1String("correction"))
        problem = tr("A correction cannot be corrected; correct the original event again.");
    else if (replace && QJsonDocument::fromJson(m_details->text().toUtf8()).isNull() && !m_details->text().trimmed().isEmpty())
        problem = tr("Details: not valid JSON.");
    else if (m_reason->text().trimmed().isEmpty())
        problem = tr("A reason is required.");
    else if (const auto bad = EventKinds::validate(QStringLiteral("correction"), payload(), m_library))
        problem = *bad;
    m_problem->setText(problem);
    m_record->setEnabled(problem.isEmpty());
}

} // namespace cd
