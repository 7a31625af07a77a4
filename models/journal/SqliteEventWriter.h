#pragma once

#include "journal/Event.h"

#include <QSqlError>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace cd {

// Writes event rows through the SQLite C API on the handle of an open QtSql connection, with
// one statement prepared for the connection's life. Through QSqlQuery every row cost a
// re-prepare, ten QVariants and a UTF-16 round trip of the payload; a bulk import spent more
// time there than SQLite spent storing; a durable append paid two more prepares for the chain
// head. Runs inside the transaction the store has begun.
class SqliteEventWriter {
public:
    explicit SqliteEventWriter(sqlite3 *handle);
    ~SqliteEventWriter(); // before the connection closes: SQLite refuses to close with live statements
    SqliteEventWriter(const SqliteEventWriter &) = delete;
    SqliteEventWriter &operator=(const SqliteEventWriter &) = delete;

    // The error, shaped as QSQLITE reports it (native code = SQLite's extended result code), so
    // that a full disk or a locked file is described the same whichever path met it.
    std::optional<QSqlError> insert(const StoredEvent &event);
    // The chain_head row (seq 0 and no hash when there is none yet), and moving it.
    std::optional<QSqlError> readHead(qint64 *seq, QString *hash);
    std::optional<QSqlError> moveHead(qint64 seq, const QString &hash);

    // The sqlite3* behind a QSQLITE connection; nullptr when it is not one.
    static sqlite3 *handleOf(const QVariant &driverHandle);

private:
    QSqlError lastError(const char *what) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_readHead = nullptr;
    sqlite3_stmt *m_moveHead = nullptr;
};

} // namespace cd
