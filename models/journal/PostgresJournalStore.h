#pragma once

#include "journal/JournalStore.h"
#include "journal/PostgresPipeline.h"
#include "journal/ServerDeadline.h"

#include <QSqlQuery>

#include <memory>

namespace cd {

// The shared journal of a command room: a PostgreSQL 15 database reached through QtSql's
// QPSQL driver. The server, not the client, links the chain and signs each event: appends go
// through the SECURITY DEFINER function cd_append(), which takes the chain head under a row
// lock, stamps the actor from the session's own login, takes the entry time from the server's
// clock, checks the role against the kind, hashes with sha256() exactly as ChainHash does, and
// NOTIFYs every listening workstation. Operators hold no INSERT, UPDATE or DELETE grant on any
// table, so a client that skips our checks still cannot forge, fork or rewrite the journal.
class PostgresJournalStore final : public JournalStore {
public:
    struct Options {
        StoreLocation location;
        QString password; // from the sign-in prompt; empty: libpq finds it (~/.pgpass) or needs none
        int connectTimeoutS = 5;
        // How long one short call (an append, a commit) may wait for an answer before the
        // connection is cut and the desk goes offline (ServerDeadline).
        std::chrono::milliseconds answerTimeout = ServerDeadline::DefaultLimit;
    };
    static constexpr int SchemaVersion = 2;
    static constexpr const char *NotifyChannel = "commanddesk_events";

    static Result<std::unique_ptr<PostgresJournalStore>> open(const Options &options);
    // Creates or migrates the schema, the group roles and the functions (idempotent). Run by
    // the database's owner (a role with CREATEROLE); the owner becomes the first admin account.
    static Result<QString> initialise(const Options &options);
    // Opens a connection with these options and tells whether it works (the sign-in prompt
    // asks for a password only when libpq found none that works).
    static std::optional<QString> tryConnect(const Options &options, bool *authenticationFailed = nullptr);

    std::unique_ptr<ServerDeadline> boundCalls(std::chrono::milliseconds limit) const override;
    std::unique_ptr<ServerDeadline> readDeadline() const override { return boundCalls(m_options.answerTimeout); }
    QString unansweredRead() const override;
    std::optional<QString> begin() override;
    std::optional<QString> commit() override;
    void rollback() override;
    Result<qint64> insertIncident(bool exercise) override;
    Result<StoredEvent> appendEvent(const PendingEvent &event, const QDateTime &entryTime, const QString &actor) override;
    std::optional<QString> finishAppends() override { return std::nullopt; }
    bool appendsOneByOne() const override { return true; }
    std::optional<QString> makeDurable() override;
    std::optional<QString> copyIn(const QList<IncidentRow> &incidents, const QList<StoredEvent> &events) override;
    Result<bool> addAccount(const Account &account, const QString &password) override;
    Result<bool> updateAccount(const Account &account) override;
    Result<bool> checkPassword(const QString &, const QString &) const override { return true; } // the server did
    std::optional<QString> sessionLogin() const override;

    // Connection parameters for another connection to the same database (the watcher's).
    const Options &options() const { return m_options; }
    // `writer`: the journal's own connection, which commits without waiting and flushes before
    // it acknowledges (commit()).
    static bool openConnection(const QString &connectionName, const Options &options, QString *error, bool writer = false);
    static StoreFailure classify(const QSqlError &error);
    static QString offlineMessage(const QString &where, const QString &detail);
    // An append committed whose flush failed: recorded, not confirmed durable.
    static QString notConfirmedMessage(const QString &where, qint64 seq, const QString &reason);
    static QString unansweredMessage(const QString &where, int seconds);
    static constexpr QLatin1String UnknownOutcomeMarker{"Whether this entry was recorded is not known"}; // in unansweredMessage

protected:
    QString describe(const QSqlError &error) const override;
    StoreFailure classifyFailure(const QSqlError &error) const override { return classify(error); }
    QString snapshotBeginStatement() const override
    {
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }

private:
    PostgresJournalStore(Options options, QString connection);
    std::optional<QString> checkSchema();
    bool reconnect();
    std::optional<QString> flush();

    QSqlQuery &appendStatement();
    // A deadline on this store's connection for one short call (ServerDeadline).
    ServerDeadline answerDeadline() const;
    // What to say when a call that had reached the server was cut off unanswered.
    QString unanswered() const;
    std::optional<QString> flushAfterCommit();
    Result<StoredEvent> appendPipelined(pg_conn *connection, const PendingEvent &event);
    QString notConfirmed(qint64 seq, const QSqlError &error);
    StoredEvent linked(const PendingEvent &event, const PostgresPipeline::Row &row);

    Options m_options;
    bool m_inTransaction = false;
    // cd_append() prepared once per connection: QPSQL prepares and deallocates a server-side
    // statement around every QSqlQuery, which cost two extra round trips per append.
    std::unique_ptr<QSqlQuery> m_append;
    std::unique_ptr<QSqlQuery> m_flush; // SELECT cd_flush(), likewise
    bool m_hasFlushFunction = false;
    // A single append outside a transaction goes with its flush in one round trip.
    PostgresPipeline m_pipeline;
    bool m_flushedWithAppend = false;
    std::optional<QString> m_flushError;
    qint64 m_lastAppendedSeq = 0;
    QSqlError m_flushFailure; // the last flush's error, for notConfirmed()
};

} // namespace cd
