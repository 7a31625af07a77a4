#include "journal/SqliteEventWriter.h"

#include <QVariant>

#include <sqlite3.h>

namespace cd {

SqliteEventWriter::SqliteEventWriter(sqlite3 *handle)
    : m_db(handle)
{
}

SqliteEventWriter::~SqliteEventWriter()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_readHead);
    sqlite3_finalize(m_moveHead);
}

sqlite3 *SqliteEventWriter::handleOf(const QVariant &driverHandle)
{
    if (!driverHandle.isValid() || qstrcmp(driverHandle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(driverHandle.constData());
}

QSqlError SqliteEventWriter::lastError(const char *what) const
{
    return QSqlError(QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(m_db)));
}

std::optional<QSqlError> SqliteEventWriter::insert(const StoredEvent &e)
{
    if (!m_insert && sqlite3_prepare_v3(m_db,
                                        "INSERT INTO events (seq, incident_id, event_time, entry_time, actor, workstation, kind, "
                                        "payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                        -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK)
        return lastError("Unable to prepare the event insert");
    // UTF-8 copies that outlive the step: bound SQLITE_STATIC, no copy inside SQLite either.
    const QByteArray hash = e.hash.toLatin1();
    auto text = [this](int column, const QByteArray &bytes) {
        sqlite3_bind_text(m_insert, column, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    };
    sqlite3_bind_int64(m_insert, 1, e.seq);
    sqlite3_bind_int64(m_insert, 2, e.incidentId);
    text(3, m_eventTime.of(e.eventTimeText));
    text(4, m_entryTime.of(e.entryTimeText));
    text(5, m_actor.of(e.actor));
    text(6, m_workstation.of(e.workstation));
    text(7, m_kind.of(e.kind));
    text(8, e.payloadText);
    text(9, m_prevHash.of(e.prevHash));
    text(10, hash);
    const int rc = sqlite3_step(m_insert);
    std::optional<QSqlError> error;
    if (rc != SQLITE_DONE)
        error = lastError("Unable to append the event");
    sqlite3_reset(m_insert);
    sqlite3_clear_bindings(m_insert);
    m_prevHash.remember(e.hash, hash); // the next row's previous hash
    return error;
}

const QByteArray &SqliteEventWriter::Utf8Column::of(const QString &text)
{
    if (!text.isSharedWith(m_text) && text != m_text)
        remember(text, text.toUtf8());
    return m_bytes;
}

void SqliteEventWriter::Utf8Column::remember(const QString &text, const QByteArray &bytes)
{
    m_text = text;
    m_bytes = bytes;
}

std::optional<QSqlError> SqliteEventWriter::readHead(qint64 *seq, QString *hash)
{
    if (!m_readHead && sqlite3_prepare_v3(m_db, "SELECT seq, hash FROM chain_head WHERE id = 1", -1, SQLITE_PREPARE_PERSISTENT,
                                          &m_readHead, nullptr) != SQLITE_OK)
        return lastError("Unable to prepare the chain head read");
    *seq = 0;
    hash->clear();
    const int rc = sqlite3_step(m_readHead);
    if (rc == SQLITE_ROW) {
        *seq = sqlite3_column_int64(m_readHead, 0);
        *hash = QString::fromLatin1(reinterpret_cast<const char *>(sqlite3_column_text(m_readHead, 1)),
                                    sqlite3_column_bytes(m_readHead, 1));
    }
    std::optional<QSqlError> error;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        error = lastError("Unable to read the chain head");
    sqlite3_reset(m_readHead);
    return error;
}

std::optional<QSqlError> SqliteEventWriter::moveHead(qint64 seq, const QString &hash)
{
    if (!m_moveHead && sqlite3_prepare_v3(m_db,
                                          "INSERT INTO chain_head (id, seq, hash) VALUES (1, ?, ?) "
                                          "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash",
                                          -1, SQLITE_PREPARE_PERSISTENT, &m_moveHead, nullptr) != SQLITE_OK)
        return lastError("Unable to prepare the chain head update");
    const QByteArray text = hash.toLatin1();
    sqlite3_bind_int64(m_moveHead, 1, seq);
    sqlite3_bind_text(m_moveHead, 2, text.constData(), int(text.size()), SQLITE_STATIC);
    std::optional<QSqlError> error;
    if (sqlite3_step(m_moveHead) != SQLITE_DONE)
        error = lastError("Unable to move the chain head");
    sqlite3_reset(m_moveHead);
    sqlite3_clear_bindings(m_moveHead);
    return error;
}

} // namespace cd
