#include "HandoverDialog.h"
#include "ProblemText.h"

#include "DutyOffice.h"
#include "SignInDialog.h"
#include "alarm/AlarmCenter.h"
#include "items/IncidentStore.h"
#include "journal/Journal.h"
#include "settings/CentreSettings.h"
#include "time/Clock.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd {

HandoverDialog::HandoverDialog(IncidentStore &store, AlarmCenter *alarms, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Handover"));
    m_outgoing = store.journal().account().actorText();
    // What is handed over: live incidents, and those of a drill still running (marked 演练).
    HandoverSummary::Inputs in;
    for (const auto &s : store.incidents())
        if (!s->exercise || store.clocks().drillRunning())
            in.incidents << s.get();
    if (alarms)
        in.alarms = alarms->queue();
    if (const auto events = store.journal().events(CentreRegisterId))
        in.registerEvents = events.value();
    in.now = store.clock().now();
    m_summary = HandoverSummary::build(in, store.library());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Outgoing operator: %1").arg(m_outgoing), this));
    m_view = new QTextBrowser(this);
    m_view->setHtml(m_summary.document(QString(), m_outgoing, QString()).html);
    layout->addWidget(m_view, 1);
    layout->addWidget(new QLabel(tr("Remarks for the incoming shift:"), this));
    m_remarks = new QPlainTextEdit(this);
    m_remarks->setObjectName(QStringLiteral("remarks"));
    m_remarks->setMaximumHeight(90);
    layout->addWidget(m_remarks);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d7191c;"));
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *print = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    auto *pdf = buttons->addButton(tr("Save PDF…"), QDialogButtonBox::ActionRole);
    auto *confirm = buttons->addButton(tr("Incoming operator signs in and confirms…"), QDialogButtonBox::AcceptRole);
    confirm->setDefault(true);
    layout->addWidget(buttons);
    connect(print, &QPushButton::clicked, this, [this] { DutyOffice::print(document(), this); });
    connect(pdf, &QPushButton::clicked, this, [this] { DutyOffice::savePdf(document(), this); });
    connect(confirm, &QPushButton::clicked, this, &HandoverDialog::confirmBySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 640);
}

void HandoverDialog::setRemarks(const QString &remarks) { m_remarks->setPlainText(remarks); }

QString HandoverDialog::problem() const { return m_problem->text(); }

PagedDocument HandoverDialog::document() const
{
    return m_summary.document(CentreSettings::load().text(QStringLiteral("report/issuer")), m_outgoing, m_remarks->toPlainText().trimmed());
}

void HandoverDialog::confirmBySignIn()
{
    Journal &journal = m_store.journal();
    SignInDialog signIn(journal.path(), QString(), [&journal](const QString &login, const QString &password) {
        return journal.signIn(login, password);
    }, this);
    if (signIn.exec() == QDialog::Accepted && recordHandover())
        accept();
}

bool HandoverDialog::confirmAs(const QString &login, const QString &password)
{
    if (const auto refused = m_store.journal().signIn(login, password)) {
        m_problem->setText(*refused);
        return false;
    }
    if (!recordHandover())
        return false;
    accept();
    return true;
}

bool HandoverDialog::recordHandover()
{
    Journal &journal = m_store.journal();
    if (journal.account().actorText() == m_outgoing) {
        m_problem->setText(tr("The incoming operator signs in with their own account (still signed in: %1).").arg(m_outgoing));
        return false;
    }
    const auto seq = journal.append({CentreRegisterId, QStringLiteral("handover"), m_summary.payload(m_outgoing, m_remarks->toPlainText().trimmed()),
                                     m_store.clock().now(), {}});
    if (!seq) {
        m_problem->setText(ProblemText::forDesk(seq.error()));
        return false;
    }
    return true;
}

} // namespace cd
