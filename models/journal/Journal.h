#pragma once

#include "core/Result.h"
#include "journal/Accounts.h"
#include "journal/Event.h"
#include "journal/JournalStore.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace cd {

struct ImportedEvent;

class Clock;
class PlanLibrary;

// The incident journal: every operator action is an event, checked here (kind, payload,
// merged facts, corrections, the operator's role) and then linked into one SHA-256 chain by the
// store it lives in — an SQLite file or a shared PostgreSQL database (JournalStore). Events
// are signed by the account signed in to this journal, never by a name the caller passes.
class Journal {
public:
    struct Options {
        QString path;            // a file path or a postgresql:// URI (StoreLocation)
        int busyTimeoutMs = 5000; // SQLite: how long to wait for another writer
        bool readOnly = false;
        bool initialise = false; // SQLite: may create folders and take over an empty file
        int maxPageCount = 0;    // SQLite: a size cap, used to test the "disk full" path
        QString user;            // PostgreSQL: the login, instead of the URI's
        QString password;        // PostgreSQL: from the sign-in prompt (else ~/.pgpass)
        QString workstation;     // empty: this machine's host name
        int answerTimeoutMs = 8000; // PostgreSQL: an append unanswered this long is cut off (ServerDeadline)
    };
    static constexpr int SchemaVersion = 3;              // of the SQLite file
    static constexpr qint32 ApplicationId = 0x43444B31; // "CDK1"

    static Result<std::unique_ptr<Journal>> open(const Options &options, const Clock &clock, const PlanLibrary &library);
    // The store alone, as open() opens it: for a second connection to the same journal on
    // another thread (the desk's start-up read), which signs nothing and loads no accounts.
    static Result<std::unique_ptr<JournalStore>> openStore(const Options &options);
    static QString defaultPath(); // <AppData>/commanddesk.sqlite
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    const QString &path() const { return m_display; } // for messages: a path or a URI without password
    const StoreLocation &location() const { return m_store->location(); }
    bool isShared() const { return location().isPostgres(); }
    JournalStore &store() const { return *m_store; }

    // --- who writes
    // The account events are signed with. An SQLite journal without accounts is a single desk:
    // the OS user signs, with every right (README). PostgreSQL: the database login's account.
    const Account &account() const { return m_account; }
    QString workstation() const { return m_workstation; }
    // SQLite with accounts: nobody may write until someone signs in.
    bool needsSignIn() const { return m_needsSignIn; }
    // SQLite: checks the password against the stored hash. PostgreSQL: the connection's login
    // is the account; signing in as someone else opens a new connection (sign-in at 交接班).
    std::optional<QString> signIn(const QString &login, const QString &password);
    // The CLI's --user / COMMANDDESK_USER on an SQLite journal (the shell user holds the file
    // anyway: no password is asked, README).
    std::optional<QString> useAccount(const QString &login);
    // Why this account may not record `kind` (for this payload), or nullopt.
    std::optional<QString> refusal(const QString &kind, const QJsonObject &payload) const;

    // --- incidents and events
    // Opens an incident with its `reported` event; returns the incident id.
    Result<qint64> createIncident(const QString &title, bool exercise, const QJsonObject &facts, const QDateTime &at,
                                  const EventAuthor &author = {});
    Result<qint64> append(const NewEvent &event); // returns the sequence number
    // Many events in one transaction (imports, drills): all or none.
    Result<QList<qint64>> appendBatch(const QList<NewEvent> &events);
    // Another register's events (ImportFile), all in one transaction: every incident opened
    // with its own `reported`, each event marked source: import. All or nothing.
    struct ImportSummary {
        int incidents = 0;
        int events = 0;
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
    };
    Result<ImportSummary> importEvents(QList<ImportedEvent> events); // taken: payloads move, not copied
    // Why the last write failed, beyond the message: a refusal is exit code 5, offline is 离线.
    StoreFailure lastFailure() const { return m_lastFailure; }

    Result<QList<StoredEvent>> events(qint64 incidentId, qint64 afterSeq = 0) const;
    // A desk reads on its UI thread: each events() read is then cut after the shared store's
    // answer timeout (a whole read, so only for a desk: a CLI export of a long incident over a
    // slow link may take longer).
    void setBoundReads(bool bound) { m_boundReads = bound; }
    // The desk's watcher found the shared server not answering (why), or answering again
    // (nullopt). Meanwhile writes and event reads fail at once with the offline message,
    // instead of each waiting out a connect timeout on the UI thread; the watcher, on its own
    // thread, keeps trying and says when it is back.
    void setServerUnreachable(std::optional<QString> why) { m_unreachable = std::move(why); }
    bool serverUnreachable() const { return m_unreachable.has_value(); }
    Result<QList<StoredEvent>> eventsAfter(qint64 seq) const { return m_store->eventsAfter(seq); }
    // Every event of every incident, grouped by incident in id order: one scan at start-up
    // instead of a query per incident.
    Result<QList<QList<StoredEvent>>> eventsByIncident() const { return m_store->eventsByIncident(); }
    Result<bool> forEachIncident(const std::function<void(const QList<StoredEvent> &)> &visit) const { return m_store->forEachIncident(visit); }
    Result<QList<IncidentRow>> incidents() const { return m_store->incidents(); }
    Result<ChainCheck> verify(const std::optional<NotedHead> &noted = std::nullopt) const { return m_store->verify(noted); }

    // --- accounts (admin; on a fresh SQLite desk, whoever holds the file creates the first)
    Result<QList<Account>> accounts() const;
    Result<bool> addAccount(const Account &account, const QString &password);
    Result<bool> updateAccount(const Account &account);

private:
    Journal(std::unique_ptr<JournalStore> store, const Clock &clock, const PlanLibrary &library, QString workstation);
    std::optional<QString> loadAccountState();
    std::optional<QString> mayManageAccounts() const;
    template <typename T> Result<T> refused(const QString &message);
    // `entry`: when they are entered; invalid: now, on the journal's clock.
    Result<QList<qint64>> appendInTransaction(const QList<NewEvent> &events, const QDateTime &entry = {});
    Result<QList<StoredEvent>> factsHistory(qint64 incidentId) const;
    Result<QJsonObject> factsAsEntered(qint64 incidentId) const;
    std::optional<QString> checkAgainstJournal(const NewEvent &event, QHash<qint64, QJsonObject> &currentFacts) const;

    std::unique_ptr<JournalStore> m_store;
    bool m_boundReads = false;
    const Clock &m_clock;
    const PlanLibrary &m_library;
    QString m_display;
    QString m_workstation;
    Account m_account;
    bool m_needsSignIn = false;
    bool m_deskMode = false; // SQLite without accounts
    StoreFailure m_lastFailure = StoreFailure::None;
    std::optional<QString> m_unreachable;
    template <typename T> std::optional<Result<T>> heldOffline();
    QString unreachableText() const;
    // Incident id → exercise, seen to exist at a commit: no need to ask the store again.
    QHash<qint64, bool> m_knownIncidents;
    QHash<qint64, bool> m_newlyKnown; // seen inside the open transaction
    struct FactsCache {
        qint64 seq = 0;     // the incident's last event taken into account
        QJsonObject facts;  // as entered, merged up to it
    };
    mutable QHash<qint64, FactsCache> m_factsCache; // for checking facts updates
};

} // namespace cd
