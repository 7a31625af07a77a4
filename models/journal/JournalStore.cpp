#include "journal/JournalStore.h"

#include "journal/ChainHash.h"
#include "journal/ChainVerifier.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace cd {
namespace {

const QString EventColumns =
    QStringLiteral("seq, incident_id, event_time, entry_time, actor, workstation, kind, payload, prev_hash, hash");

StoredEvent readEvent(const QSqlQuery &q)
{
    StoredEvent e;
    e.seq = q.value(0).toLongLong();
    e.incidentId = q.value(1).toLongLong();
    e.eventTimeText = q.value(2).toString();
    e.entryTimeText = q.value(3).toString();
    e.eventTime = ChainHash::parseTimeText(e.eventTimeText);
    e.entryTime = ChainHash::parseTimeText(e.entryTimeText);
    e.actor = q.value(4).toString();
    e.workstation = q.value(5).toString();
    e.kind = q.value(6).toString();
    e.payloadText = q.value(7).toString().toUtf8();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

Account readAccount(const QSqlQuery &q)
{
    Account a;
    a.login = q.value(0).toString();
    a.display = q.value(1).toString();
    a.role = Roles::fromId(q.value(2).toString()).value_or(Role::Observer);
    a.agency = q.value(3).toString();
    a.disabled = q.value(4).toInt() != 0;
    return a;
}

const QString AccountColumns = QStringLiteral("login, display, role, agency, disabled");

} // namespace

JournalStore::JournalStore(StoreLocation location, QString connection)
    : m_location(std::move(location))
    , m_connection(std::move(connection))
{
}

JournalStore::~JournalStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString JournalStore::fail(const QSqlError &error) const
{
    m_lastFailure = classifyFailure(error);
    return describe(error);
}

std::optional<QSqlError> JournalStore::scanEvents(const QString &tail, const QVariantList &binds,
                                                 const std::function<bool(StoredEvent &&)> &visit, bool) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + EventColumns + QStringLiteral(" FROM events ") + tail);
    for (const auto &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return q.lastError();
    while (q.next())
        if (!visit(readEvent(q)))
            break;
    return std::nullopt;
}

Result<QList<StoredEvent>> JournalStore::selectEvents(const QString &where, const QVariantList &binds) const
{
    QList<StoredEvent> out;
    if (auto error = scanEvents(QStringLiteral("WHERE ") + where + QStringLiteral(" ORDER BY seq"), binds, [&out](StoredEvent &&e) {
            out.append(std::move(e));
            return true;
        }))
        return failure<QList<StoredEvent>>(*error);
    return out;
}

Result<QList<StoredEvent>> JournalStore::events(qint64 incidentId, qint64 afterSeq) const
{
    return selectEvents(QStringLiteral("incident_id = ? AND seq > ?"), {incidentId, afterSeq});
}

Result<bool> JournalStore::hasCentreRegister() const
{
    const auto row = incidentIsExercise(CentreRegisterId);
    if (!row)
        return Result<bool>::failure(row.error());
    return row->has_value();
}

Result<qint64> JournalStore::lastSeqOf(qint64 incidentId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT max(seq) FROM events WHERE incident_id = ?"));
    q.addBindValue(incidentId);
    if (!q.exec())
        return failure<qint64>(q.lastError());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<StoredEvent>> JournalStore::eventsOfKinds(qint64 incidentId, const QStringList &kinds) const
{
    QVariantList binds{incidentId};
    for (const auto &k : kinds)
        binds << k;
    return selectEvents(QStringLiteral("incident_id = ? AND kind IN (") + QStringList(kinds.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                            QLatin1Char(')'),
                        binds);
}

Result<QList<StoredEvent>> JournalStore::unitWorkBetween(qint64 afterSeq, qint64 upToSeq) const
{
    return selectEvents(QStringLiteral("seq > ? AND seq <= ? AND kind IN ('dispatched', 'arrived', 'departed')"), {afterSeq, upToSeq});
}

Result<QList<StoredEvent>> JournalStore::eventsAfter(qint64 seq) const
{
    return selectEvents(QStringLiteral("seq > ?"), {seq});
}

Result<QList<QList<StoredEvent>>> JournalStore::eventsByIncident() const
{
    QList<QList<StoredEvent>> out;
    if (auto error = scanEvents(QStringLiteral("WHERE incident_id <> 0 ORDER BY incident_id, seq"), {}, [&out](StoredEvent &&e) {
            if (out.isEmpty() || out.last().last().incidentId != e.incidentId)
                out.append(QList<StoredEvent>());
            out.last().append(std::move(e));
            return true;
        }))
        return failure<QList<QList<StoredEvent>>>(*error);
    return out;
}

Result<bool> JournalStore::forEachIncident(const std::function<void(const QList<StoredEvent> &)> &visit) const
{
    QList<StoredEvent> one;
    if (auto error = scanEvents(QStringLiteral("WHERE incident_id <> 0 ORDER BY incident_id, seq"), {}, [&](StoredEvent &&e) {
            if (!one.isEmpty() && one.last().incidentId != e.incidentId) {
                visit(one);
                one.clear();
            }
            one.append(std::move(e));
            return true;
        }))
        return failure<bool>(*error);
    if (!one.isEmpty())
        visit(one);
    return true;
}

Result<QList<IncidentRow>> JournalStore::incidents() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, exercise FROM incidents WHERE id <> 0 ORDER BY id")))
        return failure<QList<IncidentRow>>(q.lastError());
    QList<IncidentRow> out;
    while (q.next())
        out << IncidentRow{q.value(0).toLongLong(), q.value(1).toInt() != 0};
    return out;
}

Result<std::optional<bool>> JournalStore::incidentIsExercise(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT exercise FROM incidents WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return failure<std::optional<bool>>(q.lastError());
    if (!q.next())
        return Result<std::optional<bool>>(std::nullopt);
    return Result<std::optional<bool>>(q.value(0).toInt() != 0);
}

Result<std::optional<std::pair<qint64, QString>>> JournalStore::eventOwner(qint64 seq) const
{
    using R = Result<std::optional<std::pair<qint64, QString>>>;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT incident_id, kind FROM events WHERE seq = ?"));
    q.addBindValue(seq);
    if (!q.exec())
        return failure<std::optional<std::pair<qint64, QString>>>(q.lastError());
    if (!q.next())
        return R(std::nullopt);
    return R(std::make_pair(q.value(0).toLongLong(), q.value(1).toString()));
}

Result<qint64> JournalStore::headSeq() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT seq FROM chain_head WHERE id = 1")))
        return failure<qint64>(q.lastError());
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> JournalStore::lastIncidentId() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT COALESCE(max(id), 0) FROM incidents")))
        return failure<qint64>(q.lastError());
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<ChainCheck> JournalStore::verify(const std::optional<NotedHead> &noted) const
{
    using R = Result<ChainCheck>;
    // One snapshot for the events, the head and the incidents: an append by another program
    // between the reads must not look like missing events.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(snapshotBeginStatement()))
        return R::failure(fail(q.lastError()));
    struct EndRead {
        QSqlDatabase db;
        ~EndRead() { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); }
    } endRead{db};
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM chain_head WHERE id = 1")))
        return R::failure(fail(q.lastError()));
    std::optional<ChainHeadRecord> head;
    if (q.next())
        head = ChainHeadRecord{q.value(0).toLongLong(), q.value(1).toString()};
    if (!q.exec(QStringLiteral("SELECT id FROM incidents ORDER BY id")))
        return R::failure(fail(q.lastError()));
    QList<qint64> incidentIds;
    while (q.next())
        incidentIds << q.value(0).toLongLong();
    ChainVerifier verifier(head, incidentIds, noted);
    if (auto error = scanEvents(QStringLiteral("ORDER BY seq"), {}, [&verifier](StoredEvent &&e) { return verifier.add(e); },
                                /*withTimes=*/false))
        return R::failure(fail(*error));
    return verifier.finish();
}

Result<QList<Account>> JournalStore::accounts() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT ") + AccountColumns + QStringLiteral(" FROM accounts ORDER BY login")))
        return failure<QList<Account>>(q.lastError());
    QList<Account> out;
    while (q.next())
        out << readAccount(q);
    return out;
}

Result<std::optional<Account>> JournalStore::account(const QString &login) const
{
    using R = Result<std::optional<Account>>;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT ") + AccountColumns + QStringLiteral(" FROM accounts WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return failure<std::optional<Account>>(q.lastError());
    if (!q.next())
        return R(std::nullopt);
    return R(readAccount(q));
}

} // namespace cd
