#pragma once

#include "journal/Event.h"

#include <QSqlError>
#include <QVariantList>

#include <functional>
#include <optional>

struct sqlite3;

namespace cd {

// Reads event rows through the SQLite C API on the handle of an open QtSql connection. Each
// column is converted once, straight from SQLite's UTF-8 (the payload is never widened to
// UTF-16 and back), and the texts that repeat from row to row (actor, workstation, kind, the
// previous row's hash as this row's prev_hash) are shared instead of allocated again: a
// 100k-event fold spent more time converting rows than folding them.
class SqliteEventReader {
public:
    explicit SqliteEventReader(sqlite3 *handle);

    // SELECT <event columns> FROM events <tail>, with `binds` (integers or texts) for its ?
    // placeholders; `visit` returns false to stop early. The error is shaped as QSQLITE
    // reports it (native code = SQLite's extended result code).
    // `withTimes` false leaves eventTime/entryTime unset: verify hashes the stored texts only.
    std::optional<QSqlError> scan(const QString &tail, const QVariantList &binds, const std::function<bool(StoredEvent &&)> &visit,
                                  bool withTimes = true) const;

private:
    sqlite3 *m_db;
};

} // namespace cd
