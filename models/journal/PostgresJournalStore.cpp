#include "journal/PostgresJournalStore.h"

#include "journal/ChainHash.h"
#include "journal/PostgresPipeline.h"
#include "journal/PostgresSchema.h"
#include "journal/EventKinds.h"

#include <QSet>
#include "journal/Roles.h"
#include "journal/SummaryProjection.h"

#include <QAtomicInteger>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

namespace cd {
namespace {

QAtomicInteger<int> g_connectionCounter;

QString sqlState(const QSqlError &e) { return e.nativeErrorCode(); }

} // namespace

bool PostgresJournalStore::openConnection(const QString &name, const Options &o, QString *error, bool writer)
{
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        *error = QStringLiteral("the PostgreSQL driver (QPSQL) is not installed: install libqt6sql6-psql");
        return false;
    }
    const StoreLocation &l = o.location;
    db.setHostName(l.host);
    if (l.port)
        db.setPort(l.port);
    db.setDatabaseName(l.database);
    if (!l.user.isEmpty())
        db.setUserName(l.user);
    if (!o.password.isEmpty())
        db.setPassword(o.password);
    // Over TCP, a peer that vanished without a word (cable, switch, power) is noticed by the
    // kernel within seconds instead of the ~15 minutes of retransmissions: keepalives for an
    // idle connection (the watcher's LISTEN), a user timeout for data sent and never
    // acknowledged. (Unix sockets ignore both; ServerDeadline covers a server that hangs.)
    QStringList options{QStringLiteral("connect_timeout=%1").arg(o.connectTimeoutS), QStringLiteral("application_name=commanddesk"),
                        QStringLiteral("keepalives=1"), QStringLiteral("keepalives_idle=10"), QStringLiteral("keepalives_interval=3"),
                        QStringLiteral("keepalives_count=3"), QStringLiteral("tcp_user_timeout=%1").arg(o.answerTimeout.count()),
                        // The session's settings travel with the connection, so that a connection
                        // QtSql reopens by itself after a loss has them too. UTC: the journal's
                        // texts; no NOTICE chatter on stderr; a writer commits without waiting for
                        // the disk (flush() makes appends durable, see commit()).
                        QStringLiteral("options='-c TimeZone=UTC -c client_min_messages=error%1'")
                            .arg(writer ? QStringLiteral(" -c synchronous_commit=off") : QString())};
    if (!l.options.isEmpty())
        options << l.options;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

StoreFailure PostgresJournalStore::classify(const QSqlError &error)
{
    const QString state = sqlState(error);
    const QString text = error.text().toLower();
    if (state == QLatin1String("42501"))
        return StoreFailure::Refused;
    if (error.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")) ||
        state == QLatin1String("57P01") || text.contains(QLatin1String("server closed the connection")) ||
        text.contains(QLatin1String("no connection to the server")) || text.contains(QLatin1String("could not connect")) ||
        text.contains(QLatin1String("connection to server")) || text.contains(QLatin1String("terminating connection")))
        return StoreFailure::Offline;
    return StoreFailure::General;
}

QString PostgresJournalStore::offlineMessage(const QString &where, const QString &detail)
{
    return QStringLiteral("the shared journal %1 cannot be reached (offline): %2. Nothing was written; "
                          "CommandDesk reconnects by itself.")
        .arg(where, detail);
}

QString PostgresJournalStore::describe(const QSqlError &error) const
{
    const QString where = m_location.display();
    switch (classify(error)) {
    case StoreFailure::Offline: // libpq's explanation runs over several indented lines: one line here
        return offlineMessage(where, (error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText()).simplified());
    case StoreFailure::Refused: {
        // The server's own sentence: without libpq's "ERROR:  " and QPSQL's "(42501)" around it.
        static const QRegularExpression wrapping(QStringLiteral("^(ERROR|FATAL):\\s+|\\s*\\(\\w{5}\\)$"));
        // Its first line: libpq adds CONTEXT lines (the PL/pgSQL function and line) below it.
        QString text = error.databaseText().trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
        text.remove(wrapping);
        text.remove(QStringLiteral("commanddesk: "));
        text = text.trimmed();
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        return QStringLiteral("refused by %1: %2. Nothing was written.").arg(where, text);
    }
    default:
        return QStringLiteral("%1: %2").arg(where, error.text());
    }
}

PostgresJournalStore::PostgresJournalStore(Options options, QString connection)
    : JournalStore(options.location, std::move(connection))
    , m_options(std::move(options))
{
}

std::optional<QString> PostgresJournalStore::tryConnect(const Options &options, bool *authenticationFailed)
{
    const QString name = QStringLiteral("cd-pg-try-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QString error;
    bool ok = openConnection(name, options, &error);
    QSqlDatabase::removeDatabase(name);
    if (authenticationFailed)
        *authenticationFailed = !ok && (error.contains(QLatin1String("password")) || error.contains(QLatin1String("authentication")));
    if (ok)
        return std::nullopt;
    return QStringLiteral("%1: %2").arg(options.location.display(), error.trimmed());
}

Result<std::unique_ptr<PostgresJournalStore>> PostgresJournalStore::open(const Options &options)
{
    using R = Result<std::unique_ptr<PostgresJournalStore>>;
    std::unique_ptr<PostgresJournalStore> store(
        new PostgresJournalStore(options, QStringLiteral("cd-pg-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1))));
    QString error;
    if (!openConnection(store->m_connection, options, &error, true))
        return R::failure(QStringLiteral("the shared journal %1 cannot be opened: %2").arg(options.location.display(), error.trimmed()));
    if (auto problem = store->checkSchema())
        return R::failure(*problem);
    return R(std::move(store));
}

std::optional<QString> PostgresJournalStore::checkSchema()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT to_regclass('public.schema_info') IS NOT NULL, "
                               "(SELECT count(*) FROM pg_tables WHERE schemaname = 'public')")) || !q.next())
        return fail(q.lastError());
    if (!q.value(0).toBool())
        return q.value(1).toInt() > 0
                   ? QStringLiteral("%1 holds tables of another program, not a CommandDesk journal. It was left untouched.")
                         .arg(m_location.display())
                   : QStringLiteral("%1 has no CommandDesk journal yet: the database owner runs "
                                    "`commanddesk-cli db init --db %1` once.")
                         .arg(m_location.display());
    if (!q.exec(QStringLiteral("SELECT version, application FROM schema_info WHERE id = 1")) || !q.next())
        return fail(q.lastError());
    const int version = q.value(0).toInt();
    if (q.value(1).toString() != QLatin1String("CommandDesk"))
        return QStringLiteral("%1 is not a CommandDesk journal. It was left untouched.").arg(m_location.display());
    if (version > SchemaVersion)
        return QStringLiteral("%1 was written by a newer CommandDesk (journal schema %2; this program reads up to %3). "
                              "It was left untouched; use the newer version.")
            .arg(m_location.display()).arg(version).arg(SchemaVersion);
    // The server's checks and tables come with db init: an older schema would accept events
    // this program then cannot store (the centre's register, position fixes).
    if (version < SchemaVersion)
        return QStringLiteral("%1 has journal schema %2 and this program needs %3. Nothing was changed; the database "
                              "owner runs `commanddesk-cli db init --db %1` once to upgrade it (events are kept as they are).")
            .arg(m_location.display()).arg(version).arg(SchemaVersion);
    // The server's rules (kind_scopes, kind_roles) also come with db init: kinds this program
    // records that they lack would be refused at the first append ("may be recorded by none"),
    // in the middle of an operator's work. Said now, naming them.
    if (!q.exec(QStringLiteral("SELECT kind FROM kind_scopes")))
        return fail(q.lastError());
    QSet<QString> known;
    while (q.next())
        known.insert(q.value(0).toString());
    QStringList missing;
    for (const QString &kind : EventKinds::all())
        if (!known.contains(kind))
            missing << kind;
    if (q.exec(QStringLiteral("SELECT to_regprocedure('cd_flush()') IS NOT NULL AND has_function_privilege('cd_flush()', 'EXECUTE')")) &&
        q.next())
        m_hasFlushFunction = q.value(0).toBool();
    if (!missing.isEmpty())
        return QStringLiteral("%1 has no server rules yet for %2 (event kinds of this newer CommandDesk). Nothing was changed; "
                              "the database owner runs `commanddesk-cli db init --db %1` once to add them (events are kept as they are).")
            .arg(m_location.display(), missing.join(QStringLiteral(", ")));
    return std::nullopt;
}

Result<QString> PostgresJournalStore::initialise(const Options &options)
{
    using R = Result<QString>;
    const QString name = QStringLiteral("cd-pg-init-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QString error;
    QString outcome;
    std::optional<QString> problem;
    {
        if (!openConnection(name, options, &error)) {
            QSqlDatabase::removeDatabase(name);
            return R::failure(QStringLiteral("%1 cannot be opened: %2").arg(options.location.display(), error.trimmed()));
        }
        QSqlDatabase db = QSqlDatabase::database(name);
        QSqlQuery q(db);
        auto exec = [&](const QString &sql) {
            if (!problem && !q.exec(sql))
                problem = QStringLiteral("%1: db init failed at «%2»: %3")
                              .arg(options.location.display(), sql.simplified().left(80), q.lastError().text());
        };
        // Group roles live outside the transaction's database; creating them twice is harmless.
        exec(QString::fromUtf8(PostgresSchema::GroupRoles));
        exec(QStringLiteral("BEGIN"));
        // One init at a time: two consoles running it at once must not both create tables.
        exec(QStringLiteral("SELECT pg_advisory_xact_lock(4867233)"));
        int version = 0;
        if (!problem) {
            exec(QStringLiteral("SELECT to_regclass('public.schema_info') IS NOT NULL, "
                                "(SELECT count(*) FROM pg_tables WHERE schemaname = 'public')"));
            if (!problem && q.next()) {
                version = -1;
                const int tables = q.value(1).toInt();
                if (q.value(0).toBool()) {
                    exec(QStringLiteral("SELECT version FROM schema_info WHERE id = 1"));
                    version = !problem && q.next() ? q.value(0).toInt() : 0;
                }
                if (version < 0 && tables > 0)
                    problem = QStringLiteral("%1 holds tables of another program; db init left it untouched. Create an "
                                             "empty database for CommandDesk (createdb).")
                                  .arg(options.location.display());
                else if (version > SchemaVersion)
                    problem = QStringLiteral("%1 was initialised by a newer CommandDesk (schema %2); left untouched.")
                                  .arg(options.location.display()).arg(version);
            }
        }
        if (!problem && version < 0) {
            for (const char *statement : PostgresSchema::Schema)
                exec(QString::fromUtf8(statement));
            for (const char *statement : PostgresSchema::SchemaV2)
                exec(QString::fromUtf8(statement));
            outcome = QStringLiteral("created");
        } else if (!problem && version < 2) {
            for (const char *statement : PostgresSchema::SchemaV2)
                exec(QString::fromUtf8(statement));
            outcome = QStringLiteral("upgraded to schema %1").arg(SchemaVersion);
        } else if (!problem) {
            outcome = QStringLiteral("up to date");
        }
        for (const char *statement : PostgresSchema::Functions)
            exec(QString::fromUtf8(statement));
        // The role table, from the one table the SQLite journal checks in the client.
        exec(QStringLiteral("DELETE FROM kind_roles"));
        if (!problem) {
            q.prepare(QStringLiteral("INSERT INTO kind_roles (kind, role, agency_bound) VALUES (?, ?, ?)"));
            for (const QString &kind : EventKinds::all())
                for (Role role : Roles::all())
                    if (!problem && Roles::mayRecord(role, kind)) {
                        q.addBindValue(kind);
                        q.addBindValue(Roles::id(role));
                        q.addBindValue(Roles::isAgencyBound(kind));
                        if (!q.exec())
                            problem = q.lastError().text();
                    }
        }
        exec(QStringLiteral("DELETE FROM kind_scopes"));
        if (!problem) {
            q.prepare(QStringLiteral("INSERT INTO kind_scopes (kind, scope) VALUES (?, ?)"));
            for (const QString &kind : EventKinds::all())
                if (!problem) {
                    q.addBindValue(kind);
                    q.addBindValue(EventKinds::scopeId(EventKinds::scope(kind)));
                    if (!q.exec())
                        problem = q.lastError().text();
                }
        }
        // The derived list summaries (SummaryProjection): rebuilt by any workstation that finds
        // them stale, so writers keep them. They are never evidence: detail views, reports and
        // verify read the journal itself.
        for (const QString &statement : SummaryProjection::schema())
            exec(statement);
        for (const char *statement : PostgresSchema::Grants)
            exec(QString::fromUtf8(statement));
        exec(QStringLiteral("GRANT SELECT ON summary_state, incident_summaries TO commanddesk_reader"));
        exec(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON summary_state, incident_summaries TO commanddesk_writer"));
        // Whoever initialises the journal administers its accounts.
        exec(QStringLiteral("INSERT INTO accounts (login, display, role) VALUES (session_user, session_user, 'admin') "
                            "ON CONFLICT (login) DO NOTHING"));
        exec(QStringLiteral("SELECT cd_grant_groups(session_user::text, 'admin', 0)"));
        if (problem)
            q.exec(QStringLiteral("ROLLBACK"));
        else
            exec(QStringLiteral("COMMIT"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (problem)
        return R::failure(*problem);
    return outcome;
}

bool PostgresJournalStore::reconnect()
{
    m_append.reset(); // prepared on the connection being closed
    m_flush.reset();
    m_pipeline.forgetStatements();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.close();
    QString error;
    return openConnection(m_connection, m_options, &error, true);
}

std::optional<QString> PostgresJournalStore::begin()
{
    m_lastAppendedSeq = 0; // what commit() may say was recorded is this transaction's

    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    bool begun = false, unanswered = false;
    {
        const ServerDeadline deadline = answerDeadline(); // disarmed before any reconnect
        QSqlQuery q(db);
        begun = db.isOpen() && q.exec(QStringLiteral("BEGIN"));
        unanswered = deadline.expired();
    }
    if (unanswered) // a server that does not answer would hold a reconnect too: offline now
        return fail(QSqlError(QStringLiteral("no answer within %1 s").arg(m_options.answerTimeout.count() / 1000), {},
                              QSqlError::ConnectionError));
    if (!begun) {
        // A connection lost while idle (server restarted, network back): nothing of this
        // transaction was sent yet, so reconnecting and beginning again cannot duplicate anything.
        if (!reconnect())
            return fail(QSqlDatabase::database(m_connection, false).lastError().type() != QSqlError::NoError
                            ? QSqlDatabase::database(m_connection, false).lastError()
                            : QSqlError(QStringLiteral("no connection to the server"), {}, QSqlError::ConnectionError));
        QSqlQuery again(QSqlDatabase::database(m_connection));
        if (!again.exec(QStringLiteral("BEGIN")))
            return fail(again.lastError());
    }
    m_inTransaction = true;
    return std::nullopt;
}

// Durable before acknowledged: a synchronous commit of a transaction with an xid flushes the
// WAL up to its own commit record, which lies after every commit this connection made before.
std::optional<QString> PostgresJournalStore::flush()
{
    const ServerDeadline deadline = answerDeadline();
    if (!m_hasFlushFunction) { // a server whose db init predates cd_flush()
        QSqlQuery q(QSqlDatabase::database(m_connection));
        if (!q.exec(QStringLiteral("BEGIN; SET LOCAL synchronous_commit = on; SELECT txid_current(); COMMIT"))) {
            m_flushFailure = q.lastError();
            return fail(q.lastError());
        }
        return std::nullopt;
    }
    if (!m_flush) {
        m_flush = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection));
        m_flush->prepare(QStringLiteral("SELECT cd_flush()"));
    }
    if (!m_flush->exec()) {
        const QSqlError error = m_flush->lastError();
        m_flush.reset();
        m_flushFailure = error;
        return fail(error);
    }
    m_flush->finish();
    return std::nullopt;
}

std::optional<QString> PostgresJournalStore::commit()
{
    {
        const ServerDeadline deadline = answerDeadline();
        QSqlQuery q(QSqlDatabase::database(m_connection));
        if (!q.exec(QStringLiteral("COMMIT"))) {
            m_inTransaction = false;
            const QString said = fail(q.lastError());
            return deadline.expired() ? unanswered() : said;
        }
    }
    m_inTransaction = false;
    // The chain head stays locked until COMMIT; had the COMMIT waited for the disk, every
    // workstation would queue behind one fsync each. The connection commits without waiting
    // (synchronous_commit = off, set when it opens) and the append is acknowledged only after
    // flush(): workstations flushing at once share one fsync (group commit). A crash before
    // the flush loses only unacknowledged appends, and only the newest: the WAL is replayed in
    // order, so the chain stays linear.
    return flushAfterCommit();
}

void PostgresJournalStore::rollback()
{
    if (m_inTransaction)
        QSqlQuery(QSqlDatabase::database(m_connection)).exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

Result<qint64> PostgresJournalStore::insertIncident(bool exercise)
{
    const ServerDeadline deadline = answerDeadline();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT cd_new_incident(?)"));
    q.addBindValue(exercise ? 1 : 0);
    if (!q.exec() || !q.next())
        return failure<qint64>(q.lastError());
    return q.value(0).toLongLong();
}

Result<StoredEvent> PostgresJournalStore::appendEvent(const PendingEvent &event, const QDateTime &, const QString &)
{
    // Appended on its own (no transaction): after a lost connection, reconnect first. Never
    // retry the append itself: the server may have committed it before the connection broke.
    if (!m_inTransaction && (m_lastFailure == StoreFailure::Offline || !QSqlDatabase::database(m_connection, false).isOpen()))
        if (!reconnect())
            return failure<StoredEvent>(QSqlDatabase::database(m_connection, false).lastError().isValid()
                                            ? QSqlDatabase::database(m_connection, false).lastError()
                                            : QSqlError(QStringLiteral("no connection to the server"), {}, QSqlError::ConnectionError));
    m_lastFailure = StoreFailure::None;
    if (!m_inTransaction && m_hasFlushFunction)
        if (pg_conn *connection = PostgresPipeline::idleConnection(QSqlDatabase::database(m_connection, false)))
            return appendPipelined(connection, event);
    const ServerDeadline deadline = answerDeadline();
    QSqlQuery &q = appendStatement();
    q.bindValue(0, event.incidentId);
    q.bindValue(1, event.kind);
    q.bindValue(2, event.eventTimeText);
    q.bindValue(3, event.workstation);
    q.bindValue(4, QString::fromUtf8(event.payloadText));
    if (!q.exec() || !q.next()) {
        const QSqlError error = q.lastError();
        m_append.reset(); // re-prepared next time, also after the server dropped the statement
        const QString said = fail(error);
        return Result<StoredEvent>::failure(deadline.expired() && !m_inTransaction ? unanswered() : said);
    }
    StoredEvent e = linked(event, {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                   q.value(4).toString()});
    q.finish();
    return e;
}

// The event as the server linked it: what the client sent, and what cd_append() added.
StoredEvent PostgresJournalStore::linked(const PendingEvent &event, const PostgresPipeline::Row &row)
{
    StoredEvent e;
    e.seq = row.seq;
    e.incidentId = event.incidentId;
    e.eventTimeText = event.eventTimeText;
    e.eventTime = ChainHash::parseTimeText(e.eventTimeText);
    e.entryTimeText = row.entryTime;
    e.entryTime = ChainHash::parseTimeText(e.entryTimeText);
    e.actor = row.actor;
    e.workstation = event.workstation;
    e.kind = event.kind;
    e.payloadText = event.payloadText;
    e.prevHash = row.prevHash;
    e.hash = row.hash;
    m_lastAppendedSeq = e.seq;
    return e;
}

Result<StoredEvent> PostgresJournalStore::appendPipelined(pg_conn *connection, const PendingEvent &event)
{
    const ServerDeadline deadline = answerDeadline();
    const auto outcome = m_pipeline.appendAndFlush(connection, {QByteArray::number(event.incidentId), event.kind.toUtf8(),
                                                                event.eventTimeText.toUtf8(), event.workstation.toUtf8(),
                                                                event.payloadText});
    if (!outcome.sent && outcome.appendError.nativeErrorCode() == QLatin1String("42883")) {
        // cd_flush() went away (or this login may not run it) since the store opened: the
        // two-statement way, which needs neither, and nothing was sent yet.
        m_hasFlushFunction = false;
        return appendEvent(event, {}, {});
    }
    if (!outcome.appended) {
        const QString said = fail(outcome.appendError);
        return Result<StoredEvent>::failure(deadline.expired() && outcome.sent ? unanswered() : said);
    }
    m_flushedWithAppend = true;
    if (const QString state = outcome.flushError.nativeErrorCode(); state == QLatin1String("42883") || state == QLatin1String("42501"))
        m_hasFlushFunction = false; // cd_flush() gone or no longer granted: flush the two-statement way from now on
    m_flushError = outcome.flushError.isValid() ? std::optional<QString>(notConfirmed(outcome.appended->seq, outcome.flushError))
                                                : std::nullopt;
    return linked(event, *outcome.appended);
}

std::optional<QString> PostgresJournalStore::makeDurable()
{
    if (m_flushedWithAppend) { // flushed in the append's own round trip
        m_flushedWithAppend = false;
        return std::exchange(m_flushError, std::nullopt);
    }
    return flushAfterCommit();
}

// After a commit: a flush that fails says what was recorded, never "nothing was written".
std::optional<QString> PostgresJournalStore::flushAfterCommit()
{
    if (auto e = flush())
        return m_lastAppendedSeq > 0 ? notConfirmed(m_lastAppendedSeq, m_flushFailure) : e;
    return std::nullopt;
}

// The append was committed and the other desks told: "nothing was written" would be untrue,
// and an operator who believed it would enter the event twice.
QString PostgresJournalStore::notConfirmed(qint64 seq, const QSqlError &error)
{
    fail(error); // classifies it: a lost connection is reconnected before the next statement
    const QString reason = (error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText()).section(QLatin1Char('\n'), 0, 0).trimmed();
    return notConfirmedMessage(m_location.display(), seq, reason);
}

QString PostgresJournalStore::notConfirmedMessage(const QString &where, qint64 seq, const QString &reason)
{
    return QStringLiteral("%1: recorded up to event %2, but the server did not confirm that it reached its disk (%3). It is on "
                          "the timeline: do not enter it again.")
        .arg(where)
        .arg(seq)
        .arg(reason);
}

std::unique_ptr<ServerDeadline> PostgresJournalStore::boundCalls(std::chrono::milliseconds limit) const
{
    return std::make_unique<ServerDeadline>(QSqlDatabase::database(m_connection, false), limit);
}

ServerDeadline PostgresJournalStore::answerDeadline() const
{
    return ServerDeadline(QSqlDatabase::database(m_connection, false), m_options.answerTimeout);
}

// Cut off after the request went out: the server may have recorded it before it stopped
// answering, or may record it when it wakes. Neither "nothing was written" nor "recorded"
// would be true, and the operator needs to know which way to look.
QString PostgresJournalStore::unanswered() const
{
    setFailure(StoreFailure::Offline); // reconnected before the next statement
    return unansweredMessage(m_location.display(), int(m_options.answerTimeout.count() / 1000));
}

QString PostgresJournalStore::unansweredRead() const
{
    setFailure(StoreFailure::Offline); // reopened before the next read or append
    return QStringLiteral("%1 did not answer within %2 s and the connection was cut (offline). Nothing was written; CommandDesk "
                          "reconnects by itself: try again in a moment.")
        .arg(m_location.display())
        .arg(m_options.answerTimeout.count() / 1000);
}

QString PostgresJournalStore::unansweredMessage(const QString &where, int seconds)
{
    return QStringLiteral("%1 did not answer within %2 s and the connection was cut (offline). Whether this entry was recorded "
                          "is not known: CommandDesk reconnects by itself and the timeline shows it if it was; look there before "
                          "entering it again.")
        .arg(where)
        .arg(seconds);
}

QSqlQuery &PostgresJournalStore::appendStatement()
{
    if (!m_append) {
        m_append = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection));
        m_append->prepare(QStringLiteral("SELECT out_seq, out_entry_time, out_actor, out_prev_hash, out_hash FROM cd_append(?, ?, ?, ?, ?)"));
    }
    return *m_append;
}

std::optional<QString> PostgresJournalStore::copyIn(const QList<IncidentRow> &incidents, const QList<StoredEvent> &events)
{
    // Rows as they are, hashes and actors included: only the database owner may do this (an
    // operator holds no INSERT grant), and only into an empty journal.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM incidents WHERE id <> 0)")) || !q.next())
        return fail(q.lastError());
    if (q.value(0).toLongLong() != 0)
        return QStringLiteral("%1 already holds a journal; a copy goes into a new, empty one").arg(m_location.display());
    q.prepare(QStringLiteral("INSERT INTO incidents (id, exercise) VALUES (?, ?)"));
    for (const IncidentRow &row : incidents) {
        if (row.id == CentreRegisterId)
            continue; // db init made the register row
        q.addBindValue(row.id);
        q.addBindValue(row.exercise ? 1 : 0);
        if (!q.exec())
            return fail(q.lastError());
    }
    q.prepare(QStringLiteral("INSERT INTO events (seq, incident_id, event_time, entry_time, actor, workstation, kind, "
                             "payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const StoredEvent &e : events) {
        for (const QVariant &v : {QVariant(e.seq), QVariant(e.incidentId), QVariant(e.eventTimeText), QVariant(e.entryTimeText),
                                  QVariant(e.actor), QVariant(e.workstation), QVariant(e.kind),
                                  QVariant(QString::fromUtf8(e.payloadText)), QVariant(e.prevHash), QVariant(e.hash)})
            q.addBindValue(v);
        if (!q.exec())
            return fail(q.lastError());
    }
    if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('incidents', 'id'), greatest((SELECT max(id) FROM incidents), 1))")))
        return fail(q.lastError());
    if (!events.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE chain_head SET seq = ?, hash = ? WHERE id = 1"));
        q.addBindValue(events.last().seq);
        q.addBindValue(events.last().hash);
        if (!q.exec())
            return fail(q.lastError());
    }
    return std::nullopt;
}

Result<bool> PostgresJournalStore::addAccount(const Account &account, const QString &password)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT cd_user_add(?, ?, ?, ?, ?)"));
    q.addBindValue(account.login);
    q.addBindValue(account.display);
    q.addBindValue(Roles::id(account.role));
    q.addBindValue(account.agency.isNull() ? QStringLiteral("") : account.agency);
    q.addBindValue(password);
    if (!q.exec())
        return failure<bool>(q.lastError());
    if (auto e = flush())
        return Result<bool>::failure(*e);
    return true;
}

Result<bool> PostgresJournalStore::updateAccount(const Account &account)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT cd_user_update(?, ?, ?, ?, ?)"));
    q.addBindValue(account.login);
    q.addBindValue(account.display);
    q.addBindValue(Roles::id(account.role));
    q.addBindValue(account.agency.isNull() ? QStringLiteral("") : account.agency);
    q.addBindValue(account.disabled ? 1 : 0);
    if (!q.exec())
        return failure<bool>(q.lastError());
    if (auto e = flush())
        return Result<bool>::failure(*e);
    return true;
}

std::optional<QString> PostgresJournalStore::sessionLogin() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT session_user::text")) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

} // namespace cd
