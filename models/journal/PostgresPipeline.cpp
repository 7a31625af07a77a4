#include "journal/PostgresPipeline.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace cd {
namespace {

constexpr const char *AppendStatement = "cd_pipeline_append";
constexpr const char *FlushStatement = "cd_pipeline_flush";

// The same shape QPSQL gives its errors (driver text, the server's message with its SQLSTATE,
// the SQLSTATE as native code), so PostgresJournalStore classifies and words them alike.
QSqlError errorOf(PGconn *connection, const PGresult *result, const QString &what)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection));
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(connection));
    const bool lost = PQstatus(connection) != CONNECTION_OK;
    if (state)
        message += QStringLiteral("(%1)").arg(QLatin1String(state));
    return QSqlError(QStringLiteral("QPSQL: ") + what, message, lost ? QSqlError::ConnectionError : QSqlError::StatementError,
                     state ? QString::fromLatin1(state) : QString());
}

} // namespace

pg_conn *PostgresPipeline::connectionOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // QPSQL registers the handle under the struct's own name (Qt's docs say "PGconn*").
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

pg_conn *PostgresPipeline::idleConnection(const QSqlDatabase &db)
{
    PGconn *connection = connectionOf(db);
    if (!connection || PQstatus(connection) != CONNECTION_OK || PQtransactionStatus(connection) != PQTRANS_IDLE ||
        PQpipelineStatus(connection) != PQ_PIPELINE_OFF)
        return nullptr;
    return connection;
}

bool PostgresPipeline::prepare(PGconn *connection, QSqlError *error)
{
    // The same PGconn address may be a new connection (QtSql reopens one in place after a
    // loss): the server's process id tells them apart.
    if (m_prepared == connection && m_preparedBackend == PQbackendPID(connection))
        return true;
    struct Statement {
        const char *name, *sql;
        int parameters;
    };
    for (const Statement &s : {Statement{AppendStatement,
                                         "SELECT out_seq, out_entry_time, out_actor, out_prev_hash, out_hash "
                                         "FROM cd_append($1::bigint, $2, $3, $4, $5)",
                                         5},
                               Statement{FlushStatement, "SELECT cd_flush()", 0}}) {
        PGresult *r = PQprepare(connection, s.name, s.sql, s.parameters, nullptr);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        // Prepared before on this connection (a handle reused at the same address).
        const bool exists = !ok && qstrcmp(PQresultErrorField(r, PG_DIAG_SQLSTATE), "42P05") == 0;
        if (!ok && !exists) {
            *error = errorOf(connection, r, QStringLiteral("Unable to prepare statement"));
            PQclear(r);
            return false;
        }
        PQclear(r);
    }
    m_prepared = connection;
    m_preparedBackend = PQbackendPID(connection);
    return true;
}

PostgresPipeline::Outcome PostgresPipeline::appendAndFlush(PGconn *connection, const std::array<QByteArray, 5> &values)
{
    Outcome outcome;
    if (!prepare(connection, &outcome.appendError)) {
        m_prepared = nullptr;
        return outcome; // nothing was sent
    }
    const char *params[5];
    for (size_t i = 0; i < values.size(); ++i)
        params[i] = values[i].constData();
    if (!PQenterPipelineMode(connection)) {
        outcome.appendError = errorOf(connection, nullptr, QStringLiteral("Unable to enter pipeline mode"));
        return outcome; // nothing was sent
    }
    // Each sync point ends an implicit transaction: the append commits (without waiting) before
    // the flush begins, exactly as two separate statements would.
    outcome.sent = true;
    int syncsSent = 0;
    if (PQsendQueryPrepared(connection, AppendStatement, 5, params, nullptr, nullptr, 0) && PQpipelineSync(connection)) {
        ++syncsSent;
        if (PQsendQueryPrepared(connection, FlushStatement, 0, nullptr, nullptr, nullptr, 0) && PQpipelineSync(connection))
            ++syncsSent;
    }
    if (syncsSent < 2)
        (syncsSent == 0 ? outcome.appendError : outcome.flushError) = errorOf(connection, nullptr, QStringLiteral("Unable to send"));
    // Every answer up to the last sync sent is read, so that QtSql finds the connection idle.
    int syncsRead = 0, emptyInARow = 0;
    while (syncsRead < syncsSent) {
        PGresult *r = PQgetResult(connection);
        if (!r) {
            // One empty result ends each query's answers; two in a row, or a lost connection,
            // mean no sync is coming.
            if (PQstatus(connection) != CONNECTION_OK || ++emptyInARow > 1)
                break;
            continue;
        }
        emptyInARow = 0;
        const int part = syncsRead; // 0: the append's transaction, 1: the flush's
        switch (PQresultStatus(r)) {
        case PGRES_PIPELINE_SYNC:
            ++syncsRead;
            break;
        case PGRES_SINGLE_TUPLE: // the row alone, then an empty PGRES_TUPLES_OK (single-row mode)
        case PGRES_TUPLES_OK:
            if (part == 0 && PQntuples(r) == 1) {
                Row row;
                row.seq = QByteArray(PQgetvalue(r, 0, 0)).toLongLong();
                row.entryTime = QString::fromUtf8(PQgetvalue(r, 0, 1));
                row.actor = QString::fromUtf8(PQgetvalue(r, 0, 2));
                row.prevHash = QString::fromUtf8(PQgetvalue(r, 0, 3));
                row.hash = QString::fromUtf8(PQgetvalue(r, 0, 4));
                outcome.appended = row;
            }
            break;
        case PGRES_PIPELINE_ABORTED:
            break; // the error that aborted it was reported just before
        default: {
            QSqlError &error = part == 0 ? outcome.appendError : outcome.flushError;
            if (!error.isValid())
                error = errorOf(connection, r, part == 0 ? QStringLiteral("Unable to append") : QStringLiteral("Unable to flush"));
            break;
        }
        }
        PQclear(r);
    }
    const bool idle = PQstatus(connection) == CONNECTION_OK && syncsRead == syncsSent && PQexitPipelineMode(connection);
    if (!idle) {
        // Lost, or left mid-pipeline where QtSql cannot use it: said as a lost connection, so
        // that the store reconnects before its next statement.
        m_prepared = nullptr;
        const QSqlError lost(QStringLiteral("QPSQL: Unable to append"),
                             QStringLiteral("the connection to the server was lost: %1").arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed()),
                             QSqlError::ConnectionError);
        if (syncsRead == 0 && !outcome.appendError.isValid())
            outcome.appendError = lost;
        if (!outcome.flushError.isValid())
            outcome.flushError = lost;
    }
    // An error in the append's transaction, even after its row came (a failed commit), means
    // it was not recorded: no row is reported then.
    if (outcome.appendError.isValid())
        outcome.appended.reset();
    else if (!outcome.appended)
        outcome.appendError = QSqlError(QStringLiteral("QPSQL: Unable to append"), QStringLiteral("cd_append() returned no row"),
                                        QSqlError::StatementError);
    if (outcome.appendError.isValid() || outcome.flushError.isValid())
        m_prepared = nullptr; // prepared again next time (a server may have dropped them)
    return outcome;
}

} // namespace cd
