#pragma once

#include <QLabel>

namespace cd {

class Journal;

// The status bar's word on where entries go and who signs them: "在线 · 张伟（值班员）· 服务器",
// or 离线 in red the moment the shared journal cannot be reached, until it is back.
class ConnectionStatus final : public QLabel {
    Q_OBJECT
public:
    ConnectionStatus(const Journal &journal, QWidget *parent = nullptr);

    bool isOnline() const { return m_online; }
    void setOnline(bool online, const QString &detail);
    void refresh(); // after a sign-in

private:
    const Journal &m_journal;
    bool m_online = true;
    QString m_detail;
};

} // namespace cd
