#include "journal/SqliteEventReader.h"

#include "journal/ChainHash.h"

#include <sqlite3.h>

#include <array>
#include <cstring>

namespace cd {
namespace {

// The last few distinct texts of one column, so that a value seen again shares its QString.
class RecentTexts {
public:
    QString get(const char *bytes, int size)
    {
        for (auto &slot : m_slots)
            if (slot.bytes.size() == size && std::memcmp(slot.bytes.constData(), bytes, size_t(size)) == 0)
                return slot.text;
        Slot &slot = m_slots[m_next++ % m_slots.size()];
        slot.bytes = QByteArray(bytes, size);
        slot.text = QString::fromUtf8(bytes, size);
        return slot.text;
    }

private:
    struct Slot {
        QByteArray bytes;
        QString text;
    };
    std::array<Slot, 16> m_slots;
    size_t m_next = 0;
};

const char *textOf(sqlite3_stmt *q, int column, int *size)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(q, column));
    *size = sqlite3_column_bytes(q, column);
    return text ? text : "";
}

} // namespace

SqliteEventReader::SqliteEventReader(sqlite3 *handle)
    : m_db(handle)
{
}

std::optional<QSqlError> SqliteEventReader::scan(const QString &tail, const QVariantList &binds,
                                                 const std::function<bool(StoredEvent &&)> &visit, bool withTimes) const
{
    auto error = [this] {
        return QSqlError(QStringLiteral("Unable to read the events"), QString::fromUtf8(sqlite3_errmsg(m_db)),
                         QSqlError::StatementError, QString::number(sqlite3_extended_errcode(m_db)));
    };
    const QByteArray sql = "SELECT seq, incident_id, event_time, entry_time, actor, workstation, kind, payload, prev_hash, hash "
                           "FROM events " + tail.toUtf8();
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &q, nullptr) != SQLITE_OK)
        return error();
    struct Finalize {
        sqlite3_stmt *q;
        ~Finalize() { sqlite3_finalize(q); }
    } finalize{q};
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        if (v.typeId() == QMetaType::QString) {
            const QByteArray text = v.toString().toUtf8();
            sqlite3_bind_text(q, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(q, i + 1, v.toLongLong());
        }
    }
    RecentTexts actors, workstations, kinds, entryTimes;
    QString previousHashText, lastEntryText;
    QDateTime lastEntryTime;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        StoredEvent e;
        int n = 0;
        e.seq = sqlite3_column_int64(q, 0);
        e.incidentId = sqlite3_column_int64(q, 1);
        const char *t = textOf(q, 2, &n);
        e.eventTimeText = QString::fromLatin1(t, n);
        if (withTimes)
            e.eventTime = ChainHash::parseTimeText(e.eventTimeText);
        t = textOf(q, 3, &n);
        e.entryTimeText = entryTimes.get(t, n); // a batch shares one entry time
        if (withTimes && !e.entryTimeText.isSharedWith(lastEntryText)) {
            lastEntryText = e.entryTimeText;
            lastEntryTime = ChainHash::parseTimeText(lastEntryText);
        }
        e.entryTime = lastEntryTime;
        t = textOf(q, 4, &n);
        e.actor = actors.get(t, n);
        t = textOf(q, 5, &n);
        e.workstation = workstations.get(t, n);
        t = textOf(q, 6, &n);
        e.kind = kinds.get(t, n);
        t = textOf(q, 7, &n);
        e.payloadText = QByteArray(t, n);
        t = textOf(q, 8, &n);
        // In a chain each row's prev_hash is the row before's hash: shared, not converted again.
        e.prevHash = previousHashText == QLatin1StringView(t, n) ? previousHashText : QString::fromLatin1(t, n);
        t = textOf(q, 9, &n);
        previousHashText = QString::fromLatin1(t, n);
        e.hash = previousHashText;
        if (!visit(std::move(e)))
            return std::nullopt;
    }
    if (rc != SQLITE_DONE)
        return error();
    return std::nullopt;
}

} // namespace cd
