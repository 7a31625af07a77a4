#include "ConnectionStatus.h"

#include "journal/Journal.h"
#include "journal/Roles.h"

namespace cd {

ConnectionStatus::ConnectionStatus(const Journal &journal, QWidget *parent)
    : QLabel(parent)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("connectionStatus"));
    refresh();
}

void ConnectionStatus::setOnline(bool online, const QString &detail)
{
    m_online = online;
    m_detail = detail;
    refresh();
}

void ConnectionStatus::refresh()
{
    const Account &a = m_journal.account();
    const QString who = m_journal.needsSignIn() ? tr("nobody signed in (read only)")
                                                : tr("%1 (%2)").arg(a.display.isEmpty() ? a.login : a.display, Roles::label(a.role));
    const QString where = m_journal.path();
    if (m_online) {
        setText(tr("Online · %1 · %2").arg(who, where));
        setStyleSheet(QString());
    } else {
        setText(tr("OFFLINE · entries cannot be saved"));
        setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; padding: 0 6px; }"));
    }
    setToolTip(m_journal.path() + (m_detail.isEmpty() ? QString() : QStringLiteral("\n") + m_detail));
}

} // namespace cd
