#include "journal/SqliteJournalStore.h"

#include "journal/ChainHash.h"
#include "journal/SqlErrors.h"
#include "journal/SqliteEventReader.h"
#include "journal/SqliteEventWriter.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace cd {
namespace {

QAtomicInteger<int> g_connectionCounter;

// Reads the SQLite header straight from the file, without SQLite: is it a database at all?
std::optional<QString> checkHeader(const QString &path, bool initialise)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("%1 cannot be read: %2").arg(path, f.errorString());
    const QByteArray header = f.read(100);
    if (header.isEmpty()) {
        // Often a failed copy or a truncated backup: not a journal, and not ours to fill.
        if (initialise)
            return std::nullopt;
        return QStringLiteral("%1 is an empty file (0 bytes), not a CommandDesk journal — often a failed copy. It was "
                              "left untouched. Restore the journal from a backup, or start a new journal in it with --init.")
            .arg(path);
    }
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return QStringLiteral("%1 is not a CommandDesk database (it is not an SQLite file, or its header is "
                              "damaged). It was left untouched. Restore it from a backup, or choose another "
                              "file with --db.")
            .arg(path);
    return std::nullopt;
}

// SQLite URI for a file: read-only commands open archives "immutable", so SQLite neither
// needs to create -wal/-shm beside a file in a read-only folder nor leaves them behind.
QString sqliteUri(const QString &path, bool immutable)
{
    QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(path, "/"));
    return QStringLiteral("file:") + encoded + (immutable ? QStringLiteral("?immutable=1") : QString());
}

const char *const SchemaV1[] = {
    R"(CREATE TABLE incidents (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         exercise INTEGER NOT NULL CHECK (exercise IN (0, 1))))",
    R"(CREATE TABLE events (
         seq INTEGER PRIMARY KEY,
         incident_id INTEGER NOT NULL REFERENCES incidents(id),
         event_time TEXT NOT NULL,
         entry_time TEXT NOT NULL,
         actor TEXT NOT NULL,
         workstation TEXT NOT NULL,
         kind TEXT NOT NULL,
         payload TEXT NOT NULL,
         prev_hash TEXT NOT NULL,
         hash TEXT NOT NULL))",
    "CREATE INDEX events_by_incident ON events(incident_id, seq)",
    // The journal is append-only: the database itself refuses to change or remove an event.
    "CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events "
    "BEGIN SELECT RAISE(ABORT, 'events are append-only; record a correction instead'); END",
    "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events "
    "BEGIN SELECT RAISE(ABORT, 'events are append-only; record a correction instead'); END",
    // The newest link, kept apart from the rows it describes.
    R"(CREATE TABLE chain_head (
         id INTEGER PRIMARY KEY CHECK (id = 1),
         seq INTEGER NOT NULL,
         hash TEXT NOT NULL))",
};

// Version 2: operator accounts, so events are signed by a person, not by the OS user.
const char *const SchemaV2[] = {
    R"(CREATE TABLE accounts (
         login TEXT PRIMARY KEY,
         display TEXT NOT NULL,
         role TEXT NOT NULL CHECK (role IN ('duty_operator', 'shift_leader', 'commander', 'liaison', 'observer', 'admin')),
         agency TEXT NOT NULL DEFAULT '',
         disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
         password_hash TEXT NOT NULL))",
};

// Version 3 (issue 16): the centre's register, a reserved incident row for events that belong
// to the centre rather than to one incident (CentreRegisterId), and the units' position fixes,
// kept beside the journal and not hash-chained (a fix a second per unit would swamp it).
const char *const SchemaV3[] = {
    "INSERT INTO incidents (id, exercise) VALUES (0, 0)",
    R"(CREATE TABLE unit_fixes (
         unit TEXT NOT NULL,
         fix_time TEXT NOT NULL,
         lat REAL NOT NULL,
         lon REAL NOT NULL,
         speed_mps REAL,
         heading_deg REAL,
         source TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX unit_fixes_by_unit ON unit_fixes(unit, fix_time)",
    "CREATE INDEX unit_fixes_by_time ON unit_fixes(fix_time)",
};

} // namespace

SqliteJournalStore::SqliteJournalStore(Options options, QString connection)
    : JournalStore(StoreLocation{StoreLocation::Kind::SqliteFile, options.path, {}, 0, {}, {}, {}}, std::move(connection))
    , m_options(std::move(options))
{
}

SqliteJournalStore::~SqliteJournalStore() = default; // the writer finalises before the base closes the connection

Result<std::unique_ptr<SqliteJournalStore>> SqliteJournalStore::open(const Options &options)
{
    using R = Result<std::unique_ptr<SqliteJournalStore>>;
    Options o = options;
    o.path = QFileInfo(options.path).absoluteFilePath();
    const QString folder = QFileInfo(o.path).absolutePath();
    if (QFileInfo::exists(o.path)) {
        if (auto problem = checkHeader(o.path, o.initialise && !o.readOnly))
            return R::failure(*problem);
        // Said up front: SQLite would otherwise fall back to read-only and fail on the first write.
        if (!o.readOnly && !QFileInfo(o.path).isWritable())
            return R::failure(QStringLiteral("%1 is read-only for this account. Nothing was written. Check the file's "
                                             "permissions, or copy the database somewhere writable and use --db.")
                                  .arg(o.path));
        if (!o.readOnly && !QFileInfo(folder).isWritable())
            return R::failure(QStringLiteral("%1: the folder %2 is read-only for this account, and the journal needs "
                                             "to keep its write-ahead log beside the file. Nothing was written.")
                                  .arg(o.path, folder));
    } else if (o.readOnly) {
        return R::failure(QStringLiteral("%1: no such database").arg(o.path));
    } else if (!QFileInfo::exists(folder)) {
        // A mistyped --db must not grow a folder tree somewhere.
        if (!o.initialise)
            return R::failure(QStringLiteral("%1: the folder %2 does not exist. Nothing was created; check --db, or "
                                             "give --init to create the folder and a new journal.")
                                  .arg(o.path, folder));
        if (!QDir().mkpath(folder))
            return R::failure(QStringLiteral("%1: cannot create the folder %2").arg(o.path, folder));
    }
    std::unique_ptr<SqliteJournalStore> store(
        new SqliteJournalStore(o, QStringLiteral("cd-sqlite-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1))));
    if (auto problem = store->connect())
        return R::failure(*problem);
    return R(std::move(store));
}

QString SqliteJournalStore::describe(const QSqlError &error) const
{
    return describeDbError(m_options.path, error, m_options.busyTimeoutMs);
}

StoreFailure SqliteJournalStore::classifyFailure(const QSqlError &) const { return StoreFailure::General; }

std::optional<QString> SqliteJournalStore::connect()
{
    const QString &path = m_options.path;
    const bool hasContent = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    // An evidence copy in a read-only folder must verify without SQLite creating -shm beside
    // it: such a file is opened immutable. A journal in a writable folder is opened read-only
    // but not immutable, so a read sees what a running GUI has just written to the WAL.
    const QString folder = QFileInfo(path).absolutePath();
    const bool immutable = m_options.readOnly && (!QFileInfo(folder).isWritable() || !QFileInfo(path).isWritable());
    // First look with a read-only connection: nothing may be written before we know the file
    // is ours and not newer than this program.
    {
        const QString probeName = m_connection + QStringLiteral("-probe");
        std::optional<QString> problem;
        int version = 0;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            // Read-only, and through the WAL when there is one: a main file read alone may be
            // a checkpoint cut short (its first pages new, the rest old), which only its WAL,
            // always left behind, makes whole. Without a WAL the main file is whole and is read
            // immutable, so that SQLite creates no -wal or -shm beside a file that may not be
            // ours (a WAL-mode database of another program, a journal of a newer CommandDesk).
            const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
            probe.setDatabaseName(sqliteUri(path, immutable || !hasWal));
            probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
            if (hasContent) {
                if (!probe.open()) {
                    problem = describe(probe.lastError());
                } else {
                    QSqlQuery q(probe);
                    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master), "
                                               "(SELECT application_id FROM pragma_application_id), "
                                               "(SELECT user_version FROM pragma_user_version)")) ||
                        !q.next()) {
                        problem = describe(q.lastError());
                    } else {
                        const int tables = q.value(0).toInt();
                        const qint32 appId = q.value(1).toInt();
                        version = q.value(2).toInt();
                        if (tables > 0 && appId != ApplicationId)
                            problem = QStringLiteral("%1 is an SQLite database of another program, not a CommandDesk "
                                                     "journal. It was left untouched; choose another file with --db.")
                                          .arg(path);
                        else if (version > SchemaVersion)
                            problem = QStringLiteral("%1 was written by a newer CommandDesk (journal schema %2; this "
                                                     "program reads up to %3). It was left untouched; open it with the "
                                                     "newer version.")
                                          .arg(path).arg(version).arg(SchemaVersion);
                        else if (tables == 0 && !m_options.initialise)
                            problem = QStringLiteral("%1 is an empty SQLite database, not a CommandDesk journal. It was "
                                                     "left untouched; give --init to start a new journal in it.")
                                          .arg(path);
                    }
                    probe.close();
                }
            }
        }
        QSqlDatabase::removeDatabase(probeName);
        if (problem)
            return problem;
        if (m_options.readOnly && version < 1)
            return QStringLiteral("%1 is not a CommandDesk journal (schema %2).").arg(path).arg(version);
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(immutable ? sqliteUri(path, true) : path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1%2")
                             .arg(m_options.busyTimeoutMs)
                             .arg(immutable ? QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI") : QString()));
    if (!db.open())
        return describe(db.lastError());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(q.lastError());
    if (m_options.readOnly)
        return std::nullopt; // an older schema reads the same: accounts are simply absent
    // WAL + synchronous=FULL: a committed append is on disk before we acknowledge it.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return fail(q.lastError());
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return QStringLiteral("%1: cannot switch the database to write-ahead logging (%2)").arg(path, q.value(0).toString());
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return fail(q.lastError());
    if (m_options.maxPageCount > 0 && !q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(m_options.maxPageCount)))
        return fail(q.lastError());
    return migrate();
}

std::optional<QString> SqliteJournalStore::migrate()
{
    if (auto e = begin())
        return e;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        rollback();
        return fail(q.lastError());
    }
    const int version = q.value(0).toInt();
    if (version == SchemaVersion) {
        rollback(); // nothing to do
        return std::nullopt;
    }
    auto run = [&](const auto &statements) -> std::optional<QString> {
        for (const char *statement : statements)
            if (!q.exec(QString::fromUtf8(statement)))
                return fail(q.lastError());
        return std::nullopt;
    };
    // Forward migrations, one step per version. Version 0 is a new, empty file.
    std::optional<QString> problem;
    if (version < 1) {
        problem = run(SchemaV1);
        if (!problem && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
            problem = fail(q.lastError());
    }
    if (!problem && version < 2)
        problem = run(SchemaV2);
    if (!problem && version < 3)
        problem = run(SchemaV3);
    if (!problem && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)))
        problem = fail(q.lastError());
    if (problem) {
        rollback();
        return problem;
    }
    return commit();
}

// BEGIN IMMEDIATE takes the write lock up front, so two processes appending at once queue on
// the busy timeout instead of deadlocking on a lock upgrade.
std::optional<QString> SqliteJournalStore::begin()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(q.lastError());
    m_inTransaction = true;
    m_previous.reset();
    return std::nullopt;
}

std::optional<QString> SqliteJournalStore::commit()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q.lastError());
    m_inTransaction = false;
    return std::nullopt;
}

void SqliteJournalStore::rollback()
{
    if (m_inTransaction)
        QSqlQuery(QSqlDatabase::database(m_connection)).exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
    m_previous.reset();
}

Result<qint64> SqliteJournalStore::insertIncident(bool exercise)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO incidents (exercise) VALUES (?)"));
    q.addBindValue(exercise ? 1 : 0);
    if (!q.exec())
        return failure<qint64>(q.lastError());
    return q.lastInsertId().toLongLong();
}

// Inside the write transaction (BEGIN IMMEDIATE): no other process can append between this
// look and the insert.
std::optional<QString> SqliteJournalStore::serialTaken(const PendingEvent &event) const
{
    const QJsonObject p = QJsonDocument::fromJson(event.payloadText).object();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT json_extract(e.payload, '$.doc_number'), e.incident_id FROM events e JOIN incidents i ON i.id = e.incident_id "
                             "WHERE e.kind = 'report_issued' AND json_extract(e.payload, '$.year') = ? "
                             "AND json_extract(e.payload, '$.serial') = ? "
                             "AND i.exercise = (SELECT exercise FROM incidents WHERE id = ?) LIMIT 1"));
    q.addBindValue(p.value(QLatin1String("year")).toInteger());
    q.addBindValue(p.value(QLatin1String("serial")).toInteger());
    q.addBindValue(event.incidentId);
    if (!q.exec())
        return fail(q.lastError());
    if (!q.next())
        return std::nullopt;
    return QStringLiteral("report_issued: serial %1 of %2 %3 (%4, incident %5): a 发文字号 is never reused")
        .arg(p.value(QLatin1String("serial")).toInteger()).arg(p.value(QLatin1String("year")).toInteger())
        .arg(QLatin1String(SerialTakenMarker), q.value(0).toString()).arg(q.value(1).toLongLong());
}

Result<StoredEvent> SqliteJournalStore::appendEvent(const PendingEvent &event, const QDateTime &entryTime, const QString &actor)
{
    SqliteEventWriter *writer = this->writer();
    if (!writer)
        return failure<StoredEvent>(QSqlError(QStringLiteral("the SQLite driver gives no handle"), {}, QSqlError::ConnectionError));
    if (!m_previous) {
        Link previous;
        if (auto error = writer->readHead(&previous.seq, &previous.hash))
            return failure<StoredEvent>(*error);
        if (previous.hash.isEmpty())
            previous.hash = ChainHash::genesis();
        m_previous = previous;
    }
    if (event.kind == QLatin1String("report_issued"))
        if (auto taken = serialTaken(event))
            return Result<StoredEvent>::failure(*taken);
    StoredEvent e;
    e.seq = m_previous->seq + 1;
    e.prevHash = m_previous->hash;
    e.incidentId = event.incidentId;
    e.eventTimeText = event.eventTimeText;
    e.eventTime = ChainHash::parseTimeText(e.eventTimeText);
    e.entryTime = entryTime.toUTC();
    if (e.entryTime != m_entryTime || m_entryTimeText.isEmpty()) {
        m_entryTime = e.entryTime;
        m_entryTimeText = ChainHash::timeText(e.entryTime);
    }
    e.entryTimeText = m_entryTimeText;
    e.actor = actor;
    e.workstation = event.workstation;
    e.kind = event.kind;
    e.payloadText = event.payloadText;
    e.hash = ChainHash::of(e);
    if (auto error = writer->insert(e))
        return failure<StoredEvent>(*error);
    m_previous = Link{e.seq, e.hash};
    return e;
}

SqliteEventWriter *SqliteJournalStore::writer()
{
    if (!m_writer)
        if (sqlite3 *handle = SqliteEventWriter::handleOf(QSqlDatabase::database(m_connection).driver()->handle()))
            m_writer = std::make_unique<SqliteEventWriter>(handle);
    return m_writer.get();
}

std::optional<QSqlError> SqliteJournalStore::scanEvents(const QString &tail, const QVariantList &binds,
                                                       const std::function<bool(StoredEvent &&)> &visit, bool withTimes) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    sqlite3 *handle = SqliteEventWriter::handleOf(db.driver()->handle());
    if (!handle)
        return JournalStore::scanEvents(tail, binds, visit, withTimes);
    return SqliteEventReader(handle).scan(tail, binds, visit, withTimes);
}

std::optional<QString> SqliteJournalStore::finishAppends()
{
    if (!m_previous)
        return std::nullopt;
    SqliteEventWriter *writer = this->writer();
    if (!writer)
        return fail(QSqlError(QStringLiteral("the SQLite driver gives no handle"), {}, QSqlError::ConnectionError));
    if (auto error = writer->moveHead(m_previous->seq, m_previous->hash))
        return fail(*error);
    return std::nullopt;
}

std::optional<QString> SqliteJournalStore::copyIn(const QList<IncidentRow> &incidents, const QList<StoredEvent> &events)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM incidents WHERE id <> 0)")) || !q.next())
        return fail(q.lastError());
    if (q.value(0).toLongLong() != 0)
        return QStringLiteral("%1 already holds a journal; a copy goes into a new, empty one").arg(m_options.path);
    q.prepare(QStringLiteral("INSERT INTO incidents (id, exercise) VALUES (?, ?)"));
    for (const IncidentRow &row : incidents) {
        if (row.id == CentreRegisterId)
            continue; // the new journal has its own register row
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
    if (!events.isEmpty()) {
        m_previous = Link{events.last().seq, events.last().hash};
        return finishAppends();
    }
    return std::nullopt;
}

Result<bool> SqliteJournalStore::addAccount(const Account &account, const QString &password)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO accounts (login, display, role, agency, disabled, password_hash) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(account.login);
    q.addBindValue(account.display);
    q.addBindValue(Roles::id(account.role));
    q.addBindValue(account.agency.isNull() ? QStringLiteral("") : account.agency); // NOT NULL column
    q.addBindValue(account.disabled ? 1 : 0);
    q.addBindValue(PasswordHash::make(password));
    if (!q.exec())
        return failure<bool>(q.lastError());
    return true;
}

Result<bool> SqliteJournalStore::updateAccount(const Account &account)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE accounts SET display = ?, role = ?, agency = ?, disabled = ? WHERE login = ?"));
    q.addBindValue(account.display);
    q.addBindValue(Roles::id(account.role));
    q.addBindValue(account.agency.isNull() ? QStringLiteral("") : account.agency);
    q.addBindValue(account.disabled ? 1 : 0);
    q.addBindValue(account.login);
    if (!q.exec())
        return failure<bool>(q.lastError());
    return q.numRowsAffected() == 1;
}

Result<bool> SqliteJournalStore::checkPassword(const QString &login, const QString &password) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT password_hash FROM accounts WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return failure<bool>(q.lastError());
    return q.next() && PasswordHash::check(password, q.value(0).toString());
}

Result<qint64> SqliteJournalStore::dataVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return failure<qint64>(q.lastError());
    return q.value(0).toLongLong();
}

} // namespace cd
