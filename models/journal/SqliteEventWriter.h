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

    // The UTF-8 of the last text bound to one column. A batch repeats most of them (actor,
    // workstation, kind, entry time; each row's previous hash is the row before's hash), and
    // converting each again was a tenth of a bulk append's own work.
    class Utf8Column {
    public:
        const QByteArray &of(const QString &text);
        void remember(const QString &text, const QByteArray &bytes);

    private:
        QString m_text; // held, so its data cannot be freed and reused by another string
        QByteArray m_bytes;
    };

    sqlite3 *m_db;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_readHead = nullptr;
    sqlite3_stmt *m_moveHead = nullptr;
    Utf8Column m_eventTime, m_entryTime, m_actor, m_workstation, m_kind, m_prevHash;
};

} // namespace cd
