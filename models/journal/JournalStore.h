#pragma once

#include "core/Result.h"
#include "journal/Accounts.h"
#include "journal/Event.h"
#include "journal/NotedHead.h"
#include "journal/ServerDeadline.h"
#include "journal/StoreLocation.h"

#include <QList>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace cd {

struct IncidentRow {
    qint64 id = 0;
    bool exercise = false;
};

// Result of checking the hash chain end to end.
struct ChainCheck {
    bool intact = true;
    qint64 events = 0;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem;
    QString headHash; // hash of the newest event, to be noted outside the database
    qint64 notedHeadSeq = 0; // the event a head noted outside (verify --expect-head) was found at
};

// An event checked by the journal and ready to be linked into the chain.
struct PendingEvent {
    qint64 incidentId = 0;
    QString kind;
    QByteArray payloadText; // canonical JSON
    QString eventTimeText;  // ChainHash::timeText
    QString workstation;
};

// Both stores refuse a report_issued whose 发文字号 serial is already used in its year (live and
// drill sequences apart), checked under the chain's write lock so two desks issuing at the same
// moment cannot both take it; the refusal's text holds this phrase (IssuedReports retries).
inline constexpr const char *SerialTakenMarker = "is already used by another issued report";

// Why a store operation failed, where the caller must act differently: a refusal (role,
// disabled account) is exit code 5, an unreachable server is "离线".
enum class StoreFailure { None, General, Refused, Offline };

// The storage seam of the journal (ARCHITECTURE.md point 4). Both stores keep the same tables
// (incidents, events, chain_head, accounts) with the same columns, so reading is one SQL text
// here; they differ in how they open, migrate, take the write lock, link the chain and learn of
// other writers. Nothing above journal/ sees which one it has.
class JournalStore {
public:
    virtual ~JournalStore();
    JournalStore(const JournalStore &) = delete;
    JournalStore &operator=(const JournalStore &) = delete;

    const StoreLocation &location() const { return m_location; }
    QString connectionName() const { return m_connection; }
    StoreFailure lastFailure() const { return m_lastFailure; }

    // --- writing: one transaction at a time, begun, filled, committed.
    // A deadline for the short calls made while it lives (ServerDeadline), for callers on the
    // UI thread that read on a timer: none for a file, which cannot stop answering.
    virtual std::unique_ptr<ServerDeadline> boundCalls(std::chrono::milliseconds limit) const { Q_UNUSED(limit); return nullptr; }
    // Reads an operator waits on (Journal::events): a shared store bounds each by its answer
    // timeout (QtSql opens a cut connection again on the next call). A file has nothing to wait for.
    virtual std::unique_ptr<ServerDeadline> readDeadline() const { return nullptr; }
    virtual QString unansweredRead() const { return {}; } // what to say when the deadline cut a read
    virtual std::optional<QString> begin() = 0;
    virtual std::optional<QString> commit() = 0;
    virtual void rollback() = 0;
    virtual Result<qint64> insertIncident(bool exercise) = 0;
    // Links one event after the chain head. `actor` is the signed-in account's; a PostgreSQL
    // server ignores it and stamps the session's own account, and takes its own entry time.
    virtual Result<StoredEvent> appendEvent(const PendingEvent &event, const QDateTime &entryTime, const QString &actor) = 0;
    // After the last append of a transaction (SQLite writes the head row here).
    virtual std::optional<QString> finishAppends() = 0;
    // A store that links the chain at the server can append one event as one statement, with
    // no transaction around it: the head is then locked only while the server runs it.
    virtual bool appendsOneByOne() const { return false; }
    // After such an append: returns once it is durable.
    virtual std::optional<QString> makeDurable() { return std::nullopt; }
    // `db copy`: rows exactly as they are (sequence numbers, hashes, actors), into an empty store.
    virtual std::optional<QString> copyIn(const QList<IncidentRow> &incidents, const QList<StoredEvent> &events) = 0;

    // --- reading
    // One incident's events after `afterSeq` (0: all of them), in sequence order.
    Result<QList<StoredEvent>> events(qint64 incidentId, qint64 afterSeq = 0) const;
    Result<qint64> lastSeqOf(qint64 incidentId) const; // 0 when it has none
    // One incident's events of these kinds only, in sequence order (the facts' history).
    Result<QList<StoredEvent>> eventsOfKinds(qint64 incidentId, const QStringList &kinds) const;
    // The dispatched / arrived / departed events (units' tasks) in any incident, with
    // afterSeq < seq <= upToSeq: a range of the primary key, so a reader that keeps up reads
    // only what is new, and one catching up can take the journal a range at a time. (No index
    // on the kind: a partial one halved the append rate of the raw sqlite3 API too.)
    Result<QList<StoredEvent>> unitWorkBetween(qint64 afterSeq, qint64 upToSeq) const;
    Result<QList<StoredEvent>> eventsAfter(qint64 seq) const;
    // Every incident's events, grouped by incident; the centre's register is not an incident
    // and is left out here, in forEachIncident and in incidents() (read it with events(0)).
    Result<QList<QList<StoredEvent>>> eventsByIncident() const;
    // The same scan, one incident at a time, holding only that incident's events in memory.
    Result<bool> forEachIncident(const std::function<void(const QList<StoredEvent> &)> &visit) const;
    Result<QList<IncidentRow>> incidents() const;
    // Whether the incident exists, and then whether it is an exercise.
    Result<std::optional<bool>> incidentIsExercise(qint64 id) const;
    // Whether the store has the centre's register row (a file opened read-only at schema 2 has not).
    Result<bool> hasCentreRegister() const;
    // The incident and kind of event `seq`, if there is one.
    Result<std::optional<std::pair<qint64, QString>>> eventOwner(qint64 seq) const;
    Result<qint64> headSeq() const;
    Result<qint64> lastIncidentId() const; // the highest incident id (0: none but the register)
    // The chain checked end to end (ChainVerifier) in one read snapshot, against a head noted
    // outside if given.
    Result<ChainCheck> verify(const std::optional<NotedHead> &noted = std::nullopt) const;

    // --- accounts
    Result<QList<Account>> accounts() const;
    Result<std::optional<Account>> account(const QString &login) const;
    virtual Result<bool> addAccount(const Account &account, const QString &password) = 0;
    virtual Result<bool> updateAccount(const Account &account) = 0;
    virtual Result<bool> checkPassword(const QString &login, const QString &password) const = 0;
    // PostgreSQL: the login of this connection (the server's session_user); SQLite: none.
    virtual std::optional<QString> sessionLogin() const { return std::nullopt; }

protected:
    JournalStore(StoreLocation location, QString connection);
    QString fail(const QSqlError &error) const; // remembers the kind of failure too
    virtual QString describe(const QSqlError &error) const = 0;
    virtual StoreFailure classifyFailure(const QSqlError &error) const = 0;
    // Opens a read transaction in which every statement sees the same snapshot.
    virtual QString snapshotBeginStatement() const = 0;
    template <typename T> Result<T> failure(const QSqlError &e) const { return Result<T>::failure(fail(e)); }
    void setFailure(StoreFailure f) const { m_lastFailure = f; }
    // SELECT every column of the events matching `where` (with ? placeholders), in sequence order.
    Result<QList<StoredEvent>> selectEvents(const QString &where, const QVariantList &binds) const;
    // SELECT every column FROM events <tail> (WHERE … ORDER BY …, ? placeholders); `visit`
    // returns false to stop. QtSql here; the SQLite store reads through the C API.
    // `withTimes` false: eventTime/entryTime stay unset (verify needs only the stored texts).
    virtual std::optional<QSqlError> scanEvents(const QString &tail, const QVariantList &binds,
                                                const std::function<bool(StoredEvent &&)> &visit, bool withTimes = true) const;

    StoreLocation m_location;
    QString m_connection;
    mutable StoreFailure m_lastFailure = StoreFailure::None;
};

} // namespace cd
