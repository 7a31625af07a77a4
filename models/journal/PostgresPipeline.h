#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <array>
#include <optional>

struct pg_conn;

namespace cd {

// One append of the shared journal and the flush that makes it durable, sent to the server
// together through libpq's pipeline mode: the server runs cd_append() (its own transaction,
// committed without waiting for the disk, so the chain head's lock is let go at once) and then
// cd_flush() (a second transaction that waits for the disk), and the client waits for one
// answer instead of two. With 20 desks on a 2-core server the round trip saved is a pair of
// context switches per append, which is what appends were paying for (README, "one linear
// chain"). QtSql cannot pipeline, so this borrows the QPSQL connection's own PGconn for the
// duration of the call and hands it back idle.
class PostgresPipeline {
public:
    struct Row {
        qint64 seq = 0;
        QString entryTime, actor, prevHash, hash;
    };
    struct Outcome {
        std::optional<Row> appended; // empty: appendError says why
        QSqlError appendError;
        QSqlError flushError; // invalid: the append is durable
        bool sent = false;    // false: nothing reached the server (the QtSql way may be tried)
    };

    // The libpq connection under `db` (an open QPSQL connection), in whatever state.
    static pg_conn *connectionOf(const QSqlDatabase &db);
    // The same, only when QtSql is not in the middle of a query on it.
    static pg_conn *idleConnection(const QSqlDatabase &db);

    // `values`: incident, kind, event time, workstation, payload, as cd_append() takes them.
    Outcome appendAndFlush(pg_conn *connection, const std::array<QByteArray, 5> &values);
    // A new connection has none of the statements prepared.
    void forgetStatements() { m_prepared = nullptr; }

private:
    bool prepare(pg_conn *connection, QSqlError *error);

    pg_conn *m_prepared = nullptr; // the connection the statements were prepared on
    int m_preparedBackend = 0;     // and its server process
};

} // namespace cd
