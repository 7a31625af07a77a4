#include "CallDialog.h"

#include "DataLanguage.h"
#include "ShownTime.h"
#include "journal/EntryTimeRule.h"
#include "journal/IncidentState.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cd {
namespace {

QString slotLabel(const DialNumber &n)
{
    if (n.slot == QLatin1String("duty"))
        return CallDialog::tr("duty phone");
    if (n.slot == QLatin1String("liaison"))
        return CallDialog::tr("liaison %1").arg(n.whom);
    if (n.slot == QLatin1String("deputy"))
        return CallDialog::tr("deputy %1").arg(n.whom);
    return CallDialog::tr("other number");
}

} // namespace

CallDialog::CallDialog(const DutyState &duty, const QString &planRef, const AgencyContact *contact,
                       const QDateTime &now, const QDateTime &earliest, QWidget *parent)
    : QDialog(parent)
    , m_plan(duty.plan)
    , m_agency(duty.agency)
    , m_now(now)
    , m_earliest(earliest)
{
    setWindowTitle(tr("Call member agency"));
    setObjectName(QStringLiteral("callDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(
        QStringLiteral("<b>%1</b> · %2 %3").arg(duty.agency.toHtmlEscaped(), planRef, duty.clause), this);
    heading->setObjectName(QStringLiteral("callHeading"));
    layout->addWidget(heading);
    if (!duty.duty.isEmpty()) {
        auto *text = new QLabel(duty.duty.left(160).toHtmlEscaped() +
                                    (duty.duty.size() > 160 ? QStringLiteral("…") : QString()),
                                this);
        text->setWordWrap(true);
        text->setStyleSheet(QStringLiteral("color:#555;"));
        layout->addWidget(text);
    }

    layout->addWidget(new QLabel(tr("Numbers, in the order to try them:"), this));
    m_numbers = new QListWidget(this);
    m_numbers->setObjectName(QStringLiteral("callNumbers"));
    if (contact) {
        int i = 1;
        for (const DialNumber &n : contact->dialOrder()) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1. %2   %3").arg(i++).arg(n.number, slotLabel(n)), m_numbers);
            item->setData(Qt::UserRole, n.number);
        }
    } else {
        auto *item = new QListWidgetItem(
            tr("%1 is not in the directory: type the number below.").arg(duty.agency), m_numbers);
        item->setFlags(Qt::NoItemFlags);
    }
    m_numbers->setMaximumHeight(m_numbers->sizeHintForRow(0) * 6 + 6);
    layout->addWidget(m_numbers);
    if (contact && (!contact->fax.isEmpty() || !contact->notes.isEmpty())) {
        QStringList extra;
        if (!contact->fax.isEmpty())
            extra << tr("Fax %1").arg(contact->fax);
        if (!contact->notes.isEmpty())
            extra << contact->notes;
        auto *more = new QLabel(extra.join(QStringLiteral(" · ")).toHtmlEscaped(), this);
        more->setWordWrap(true);
        layout->addWidget(more);
    }

    auto *form = new QFormLayout;
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("callNumber"));
    form->addRow(tr("Number dialled"), m_number);
    auto *outcomes = new QWidget(this);
    auto *row = new QHBoxLayout(outcomes);
    row->setContentsMargins(0, 0, 0, 0);
    m_outcome = new QButtonGroup(this);
    for (const CallOutcome o :
         {CallOutcome::Reached, CallOutcome::NoAnswer, CallOutcome::Busy, CallOutcome::MessageLeft}) {
        auto *b = new QRadioButton(DataLanguage::text(DutyCalls::outcomeLabel(o)), outcomes);
        b->setObjectName(QStringLiteral("outcome_") + DutyCalls::outcomeId(o));
        m_outcome->addButton(b, int(o));
        row->addWidget(b);
    }
    m_outcome->button(int(CallOutcome::Reached))->setChecked(true);
    form->addRow(tr("Outcome"), outcomes);
    m_person = new QLineEdit(this);
    m_person->setObjectName(QStringLiteral("callPerson"));
    m_person->setPlaceholderText(
        tr("whom you spoke to (required when reached), or with whom a message was left"));
    form->addRow(tr("Person"), m_person);
    m_at = new QDateTimeEdit(asShownInBeijing(now), this);
    m_at->setObjectName(QStringLiteral("callAt"));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    form->addRow(tr("Time of the call (Beijing)"), m_at);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("callNote"));
    form->addRow(tr("Note"), m_note);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("lateEntryReason"));
    form->addRow(tr("Reason for the late entry (补录原因)"), m_reason);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("callProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#d7191c;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(this);
    m_record = buttons->addButton(tr("Record call"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("callRecord"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_numbers, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).isValid())
            m_number->setText(item->data(Qt::UserRole).toString());
    });
    if (m_numbers->count() > 0 && m_numbers->item(0)->data(Qt::UserRole).isValid())
        m_numbers->setCurrentRow(0);
    for (QLineEdit *e : {m_number, m_person, m_reason})
        connect(e, &QLineEdit::textChanged, this, &CallDialog::check);
    connect(m_outcome, &QButtonGroup::idClicked, this, &CallDialog::check);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &CallDialog::check);
    resize(560, sizeHint().height());
    check();
}

DutyCall CallDialog::call() const
{
    DutyCall c;
    c.plan = m_plan;
    c.agency = m_agency;
    c.number = m_number->text().trimmed();
    c.outcome = static_cast<CallOutcome>(m_outcome->checkedId());
    c.person = m_person->text().trimmed();
    c.note = m_note->text().trimmed();
    c.at = fromShownInBeijing(m_at->dateTime());
    return c;
}

bool CallDialog::needsReason() const
{
    return call().at.secsTo(m_now) > EntryTimeRule::policy().toleranceSeconds;
}

QString CallDialog::lateEntryReason() const
{
    return needsReason() ? m_reason->text().trimmed() : QString();
}

void CallDialog::check()
{
    const DutyCall c = call();
    QString problem;
    if (c.number.isEmpty())
        problem = tr("Choose or type the number dialled.");
    else if (c.outcome == CallOutcome::Reached && c.person.isEmpty())
        problem = tr("A call that reached the agency acknowledges its duty: say whom you spoke to.");
    else if (c.at > m_now.addSecs(59))
        problem = tr("Not later than now (%1).").arg(toShanghai(m_now).toString(QStringLiteral("HH:mm:ss")));
    else if (m_earliest.isValid() && c.at < m_earliest)
        problem = tr("Not before the incident was reported (%1).")
                      .arg(toShanghai(m_earliest).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    else if (needsReason() && m_reason->text().trimmed().isEmpty())
        problem = tr("The call is entered late (补录): give the reason.");
    m_reason->setEnabled(needsReason());
    m_problem->setText(problem);
    m_record->setEnabled(problem.isEmpty());
}

} // namespace cd
