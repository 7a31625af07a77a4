#pragma once

#include "journal/Roles.h"

#include <QByteArray>
#include <QString>

namespace cd {

// An operator of the command room. In PostgreSQL the login is the database role; in an SQLite
// file it is a row of the accounts table.
struct Account {
    QString login;   // [a-z][a-z0-9_]*: also a PostgreSQL role name
    QString display; // 姓名 as printed on events and reports
    Role role = Role::Observer;
    QString agency;  // liaison officers: the member agency they speak for
    bool disabled = false;

    // What the journal stores as an event's actor: the name people read and the login that
    // identifies the account, e.g. "张伟 (zhangwei)".
    QString actorText() const;
    static bool validLogin(const QString &login);
};

// Salted, slow password hashes for accounts kept in an SQLite file: PBKDF2-HMAC-SHA256.
// This keeps one operator from acting under another's name at a shared desk; it is no barrier
// against someone who holds the file (README).
namespace PasswordHash {
constexpr int DefaultIterations = 120000;
QString make(const QString &password, int iterations = DefaultIterations); // "pbkdf2-sha256$N$salt$hash"
bool check(const QString &password, const QString &stored);
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length);
} // namespace PasswordHash

} // namespace cd
