#include "SignInDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

SignInDialog::SignInDialog(const QString &where, const QString &login, Attempt attempt, QWidget *parent)
    : QDialog(parent)
    , m_attempt(std::move(attempt))
{
    setWindowTitle(tr("Sign in"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every entry is signed with your account.\nJournal: %1").arg(where), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_login = new QLineEdit(login, this);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Account"), m_login);
    form->addRow(tr("Password"), m_password);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (login.isEmpty() ? m_login : m_password)->setFocus();
    setMinimumWidth(420);
}

QString SignInDialog::login() const { return m_login->text().trimmed(); }
QString SignInDialog::problem() const { return m_problem->isVisible() ? m_problem->text() : QString(); }

void SignInDialog::submit(const QString &login, const QString &password)
{
    m_login->setText(login);
    m_password->setText(password);
    tryAccept();
}

void SignInDialog::tryAccept()
{
    if (login().isEmpty()) {
        m_problem->setText(tr("Enter your account name."));
        m_problem->show();
        return;
    }
    const auto problem = m_attempt(login(), m_password->text());
    m_password->clear();
    if (problem) {
        m_problem->setText(*problem);
        m_problem->show();
        m_password->setFocus();
        return;
    }
    accept();
}

} // namespace cd
