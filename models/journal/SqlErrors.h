#pragma once

#include <QSqlError>
#include <QString>

namespace cd {

// SQLite failures the operator can cause or meet, turned into words that say what happened
// and what to do. Every message names the database file.
enum class DbProblem { Busy, ReadOnly, Full, Corrupt, CannotOpen, Other };

DbProblem classify(const QSqlError &error);
QString describeDbError(const QString &path, const QSqlError &error, int busyTimeoutMs);

} // namespace cd
