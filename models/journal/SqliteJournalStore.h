#pragma once

#include "journal/JournalStore.h"

#include <memory>

namespace cd {

// The embedded journal: one SQLite file, WAL, synchronous=FULL (an acknowledged append
// survives a power cut), foreign keys on, schema version in PRAGMA user_version, bound
// parameters only. The chain is linked here, under BEGIN IMMEDIATE, so two processes on one
// file queue instead of forking it.
//
// A file that cannot be read — damaged, another program's, written by a newer CommandDesk,
// empty — is refused before anything is written to it: no creation, migration or "repair"
// over it.
class SqliteEventWriter;

class SqliteJournalStore final : public JournalStore {
public:
    struct Options {
        QString path;
        int busyTimeoutMs = 5000;
        bool readOnly = false;
        bool initialise = false; // may create missing folders and take over an empty file
        int maxPageCount = 0;    // 0: unlimited; a cap, used to test the "disk full" path
    };
    static constexpr int SchemaVersion = 3;
    static constexpr qint32 ApplicationId = 0x43444B31; // "CDK1"

    static Result<std::unique_ptr<SqliteJournalStore>> open(const Options &options);
    ~SqliteJournalStore() override;

    std::optional<QString> begin() override;
    std::optional<QString> commit() override;
    void rollback() override;
    Result<qint64> insertIncident(bool exercise) override;
    Result<StoredEvent> appendEvent(const PendingEvent &event, const QDateTime &entryTime, const QString &actor) override;
    std::optional<QString> finishAppends() override;
    std::optional<QString> copyIn(const QList<IncidentRow> &incidents, const QList<StoredEvent> &events) override;
    Result<bool> addAccount(const Account &account, const QString &password) override;
    Result<bool> updateAccount(const Account &account) override;
    Result<bool> checkPassword(const QString &login, const QString &password) const override;

    // PRAGMA data_version of this connection: changes when another connection commits.
    Result<qint64> dataVersion() const;

protected:
    QString describe(const QSqlError &error) const override;
    StoreFailure classifyFailure(const QSqlError &error) const override;
    QString snapshotBeginStatement() const override { return QStringLiteral("BEGIN"); }
    std::optional<QSqlError> scanEvents(const QString &tail, const QVariantList &binds,
                                        const std::function<bool(StoredEvent &&)> &visit, bool withTimes = true) const override;

private:
    std::optional<QString> serialTaken(const PendingEvent &event) const; // report_issued: its serial used already?
    SqliteJournalStore(Options options, QString connection);
    std::optional<QString> connect();
    std::optional<QString> migrate();
    SqliteEventWriter *writer(); // nullptr when the driver gives no sqlite3 handle

    Options m_options;
    bool m_inTransaction = false;
    // The chain's newest link inside the open transaction: all a next link needs of it.
    struct Link {
        qint64 seq = 0;
        QString hash;
    };
    std::optional<Link> m_previous;
    std::unique_ptr<SqliteEventWriter> m_writer;
    QDateTime m_entryTime; // the entry time text of a batch is formatted once
    QString m_entryTimeText;
};

} // namespace cd
