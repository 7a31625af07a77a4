#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

namespace cd {

// Sign-in at start and at 交接班: a login and a password, tried by the caller (an SQLite
// journal checks its stored hash, a PostgreSQL server checks the login itself). A failed try
// says why and keeps the dialog open; the password never leaves this dialog otherwise.
class SignInDialog final : public QDialog {
    Q_OBJECT
public:
    using Attempt = std::function<std::optional<QString>(const QString &login, const QString &password)>;
    SignInDialog(const QString &where, const QString &login, Attempt attempt, QWidget *parent = nullptr);

    QString login() const;

    // For tests: fill and submit as an operator would.
    void submit(const QString &login, const QString &password);
    QString problem() const;

private:
    void tryAccept();

    Attempt m_attempt;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cd
