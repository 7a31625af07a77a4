#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

// What an operator may record. The one table both stores enforce: the SQLite journal checks it
// in the client, the PostgreSQL journal copies it into the database at `db init` and its append
// function checks it at the server.
enum class Role { DutyOperator, ShiftLeader, Commander, Liaison, Observer, Admin };

namespace Roles {

const QList<Role> &all();
QString id(Role role);       // "duty_operator" … as stored and typed on the command line
QString label(Role role);    // 值班员 …
std::optional<Role> fromId(const QString &id);
// May this role record an event of this kind? (Liaisons: only for their own agency's duties,
// checked where the payload is known: see mayRecordFor.)
bool mayRecord(Role role, const QString &kind);
// The roles that may record this kind, for the message of a refusal.
QStringList rolesFor(const QString &kind);
// Duty kinds a liaison may record only for the agency named in their account.
bool isAgencyBound(const QString &kind);

} // namespace Roles
} // namespace cd
