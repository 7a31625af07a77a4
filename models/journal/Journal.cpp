#include "journal/Journal.h"

#include "journal/ChainHash.h"
#include "journal/EventKinds.h"
#include "journal/IncidentState.h"
#include "plan/FactsParser.h"
#include "time/WorkCalendar.h"
#include "journal/SqlErrors.h"
#include "time/Clock.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace cd {
namespace {

QAtomicInteger<int> g_connectionCounter;

// BEGIN IMMEDIATE takes the write lock up front, so two processes appending at once queue on
// the busy timeout instead of deadlocking on a lock upgrade. Rolls back unless committed.
class WriteTransaction {
public:
    explicit WriteTransaction(QSqlDatabase db) : m_db(std::move(db)) {}
    ~WriteTransaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    std::optional<QSqlError> begin()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return q.lastError();
        m_active = true;
        return std::nullopt;
    }
    std::optional<QSqlError> commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT")))
            return q.lastError();
        m_active = false;
        return std::nullopt;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

// Reads the SQLite header straight from the file, without SQLite: is it a database at all?
std::optional<QString> checkHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("%1 cannot be read: %2").arg(path, f.errorString());
    const QByteArray header = f.read(100);
    if (header.isEmpty())
        return std::nullopt; // empty file: SQLite treats it as a new database
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return QStringLiteral("%1 is not a CommandDesk database (it is not an SQLite file, or its header is "
                              "damaged). It was left untouched. Restore it from a backup, or choose another "
                              "file with --db.")
            .arg(path);
    return std::nullopt;
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

} // namespace

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/commanddesk.sqlite");
}

Journal::Journal(Options options, const Clock &clock, const PlanLibrary &library)
    : m_options(std::move(options))
    , m_clock(clock)
    , m_library(library)
    , m_connection(QStringLiteral("cd-journal-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Journal::~Journal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<Journal>> Journal::open(const Options &options, const Clock &clock, const PlanLibrary &library)
{
    using R = Result<std::unique_ptr<Journal>>;
    Options o = options;
    o.path = QFileInfo(options.path).absoluteFilePath();
    const bool exists = QFileInfo::exists(o.path);
    if (exists) {
        if (auto problem = checkHeader(o.path))
            return R::failure(*problem);
        // Said up front: SQLite would otherwise fall back to read-only and fail on the first write.
        if (!o.readOnly && !QFileInfo(o.path).isWritable())
            return R::failure(QStringLiteral("%1 is read-only for this account. Nothing was written. Check the file's "
                                             "permissions, or copy the database somewhere writable and use --db.")
                                  .arg(o.path));
        if (!o.readOnly && !QFileInfo(QFileInfo(o.path).absolutePath()).isWritable())
            return R::failure(QStringLiteral("%1: the folder %2 is read-only for this account, and the journal needs "
                                             "to keep its write-ahead log beside the file. Nothing was written.")
                                  .arg(o.path, QFileInfo(o.path).absolutePath()));
    } else if (o.readOnly) {
        return R::failure(QStringLiteral("%1: no such database").arg(o.path));
    } else if (!QDir().mkpath(QFileInfo(o.path).absolutePath())) {
        return R::failure(QStringLiteral("%1: cannot create the folder %2").arg(o.path, QFileInfo(o.path).absolutePath()));
    }
    std::unique_ptr<Journal> journal(new Journal(o, clock, library));
    if (auto problem = journal->connect())
        return R::failure(*problem);
    return R(std::move(journal));
}

std::optional<QString> Journal::connect()
{
    const QString &path = m_options.path;
    // First look with a read-only connection: nothing may be written before we know the file
    // is ours and not newer than this program.
    {
        const QString probeName = m_connection + QStringLiteral("-probe");
        std::optional<QString> problem;
        int version = 0;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            probe.setDatabaseName(path);
            probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
            if (QFileInfo::exists(path) && QFileInfo(path).size() > 0) {
                if (!probe.open()) {
                    problem = describeDbError(path, probe.lastError(), m_options.busyTimeoutMs);
                } else {
                    QSqlQuery q(probe);
                    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master), "
                                               "(SELECT application_id FROM pragma_application_id), "
                                               "(SELECT user_version FROM pragma_user_version)")) ||
                        !q.next()) {
                        problem = describeDbError(path, q.lastError(), m_options.busyTimeoutMs);
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
                    }
                    probe.close();
                }
            }
        }
        QSqlDatabase::removeDatabase(probeName);
        if (problem)
            return problem;
        if (m_options.readOnly && version < SchemaVersion)
            return QStringLiteral("%1 is an older journal (schema %2) and was opened read-only; open it once "
                                  "read-write to upgrade it.").arg(path).arg(version);
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1%2")
                             .arg(m_options.busyTimeoutMs)
                             .arg(m_options.readOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()));
    if (!db.open())
        return describeDbError(path, db.lastError(), m_options.busyTimeoutMs);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(q.lastError());
    if (m_options.readOnly)
        return std::nullopt;
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

std::optional<QString> Journal::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    WriteTransaction tx(db);
    if (auto e = tx.begin())
        return fail(*e);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(q.lastError());
    const int version = q.value(0).toInt();
    if (version == SchemaVersion)
        return std::nullopt; // the transaction rolls back: nothing to do
    // Forward migrations, one step per version. Version 0 is a new, empty file.
    if (version < 1) {
        for (const char *statement : SchemaV1)
            if (!q.exec(QString::fromUtf8(statement)))
                return fail(q.lastError());
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
            return fail(q.lastError());
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)))
        return fail(q.lastError());
    if (auto e = tx.commit())
        return fail(*e);
    return std::nullopt;
}

QString Journal::fail(const QSqlError &error) const { return describeDbError(m_options.path, error, m_options.busyTimeoutMs); }

Result<qint64> Journal::createIncident(const QString &title, bool exercise, const QJsonObject &facts, const QDateTime &at,
                                       const EventAuthor &author)
{
    using R = Result<qint64>;
    const QJsonObject payload{{QStringLiteral("title"), title}, {QStringLiteral("exercise"), exercise}, {QStringLiteral("facts"), facts}};
    if (auto problem = EventKinds::validate(QStringLiteral("reported"), payload, m_library))
        return R::failure(*problem);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    WriteTransaction tx(db);
    if (auto e = tx.begin())
        return R::failure(fail(*e));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO incidents (exercise) VALUES (?)"));
    q.addBindValue(exercise ? 1 : 0);
    if (!q.exec())
        return R::failure(fail(q.lastError()));
    const qint64 id = q.lastInsertId().toLongLong();
    const auto seqs = appendInTransaction({NewEvent{id, QStringLiteral("reported"), payload, at, author}});
    if (!seqs)
        return R::failure(seqs.error());
    if (auto e = tx.commit())
        return R::failure(fail(*e));
    return id;
}

Result<qint64> Journal::append(const NewEvent &event)
{
    if (event.kind == QLatin1String("reported"))
        return Result<qint64>::failure(QStringLiteral("kind: \"reported\" opens an incident; use incident new"));
    auto seqs = appendBatch({event});
    if (!seqs)
        return Result<qint64>::failure(seqs.error());
    return seqs->front();
}

Result<QList<qint64>> Journal::appendBatch(const QList<NewEvent> &events)
{
    using R = Result<QList<qint64>>;
    for (qsizetype i = 0; i < events.size(); ++i)
        if (events.at(i).kind == QLatin1String("reported"))
            return R::failure(QStringLiteral("event %1 of %2: kind: \"reported\" opens an incident; use incident new").arg(i + 1).arg(events.size()));
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    WriteTransaction tx(db);
    if (auto e = tx.begin())
        return R::failure(fail(*e));
    auto seqs = appendInTransaction(events);
    if (!seqs)
        return seqs;
    if (auto e = tx.commit())
        return R::failure(fail(*e));
    return seqs;
}

Result<QList<qint64>> Journal::appendInTransaction(const QList<NewEvent> &events)
{
    using R = Result<QList<qint64>>;
    const bool many = events.size() > 1;
    auto problemAt = [&](qsizetype i, const QString &problem) {
        return R::failure(many ? QStringLiteral("event %1 of %2: %3").arg(i + 1).arg(events.size()).arg(problem) : problem);
    };
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // Prepared once per batch: preparing per row would cost more than the insert itself.
    QSqlQuery exists(db), insert(db), head(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM incidents WHERE id = ?"));
    insert.prepare(QStringLiteral("INSERT INTO events (seq, incident_id, event_time, entry_time, actor, workstation, kind, "
                                  "payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!head.exec(QStringLiteral("SELECT seq, hash FROM chain_head WHERE id = 1")))
        return R::failure(fail(head.lastError()));
    StoredEvent previous;
    previous.hash = ChainHash::genesis();
    if (head.next()) {
        previous.seq = head.value(0).toLongLong();
        previous.hash = head.value(1).toString();
    }
    head.finish();

    QSet<qint64> knownIncidents;
    QHash<qint64, QJsonObject> currentFacts; // per incident, as merged so far in this batch
    const QDateTime entry = m_clock.now();
    QList<qint64> seqs;
    seqs.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const NewEvent &event = events.at(i);
        if (auto problem = EventKinds::validate(event.kind, event.payload, m_library))
            return problemAt(i, *problem);
        if (!event.at.isValid())
            return problemAt(i, QStringLiteral("at: the event time is missing"));
        if (event.author.actor.trimmed().isEmpty()) // every entry must be attributable
            return problemAt(i, QStringLiteral("actor: who records the event is required"));
        if (!knownIncidents.contains(event.incidentId)) {
            exists.addBindValue(event.incidentId);
            if (!exists.exec())
                return R::failure(fail(exists.lastError()));
            if (!exists.next())
                return problemAt(i, QStringLiteral("id: no incident %1 in %2").arg(event.incidentId).arg(m_options.path));
            exists.finish();
            knownIncidents.insert(event.incidentId);
        }
        if (auto problem = checkAgainstJournal(event, currentFacts); problem)
            return problemAt(i, *problem);
        StoredEvent e;
        e.seq = previous.seq + 1;
        e.prevHash = previous.hash;
        e.incidentId = event.incidentId;
        e.eventTime = event.at.toUTC();
        e.entryTime = entry;
        e.eventTimeText = ChainHash::timeText(e.eventTime);
        e.entryTimeText = ChainHash::timeText(e.entryTime);
        if (e.eventTime.date().year() < 1970 || e.eventTime.date().year() > 9999)
            return problemAt(i, QStringLiteral("at: %1 is not a plausible event time").arg(e.eventTimeText));
        e.actor = event.author.actor;
        e.workstation = event.author.workstation.isNull() ? QStringLiteral("") : event.author.workstation; // NOT NULL column
        e.kind = event.kind;
        e.payloadText = ChainHash::canonicalPayload(event.payload);
        e.hash = ChainHash::of(e);
        for (const QVariant &v : {QVariant(e.seq), QVariant(e.incidentId), QVariant(e.eventTimeText),
                                  QVariant(e.entryTimeText), QVariant(e.actor), QVariant(e.workstation),
                                  QVariant(e.kind), QVariant(QString::fromUtf8(e.payloadText)), QVariant(e.prevHash),
                                  QVariant(e.hash)})
            insert.addBindValue(v);
        if (!insert.exec())
            return R::failure(fail(insert.lastError()));
        seqs << e.seq;
        previous = std::move(e);
    }
    head.prepare(QStringLiteral("INSERT INTO chain_head (id, seq, hash) VALUES (1, ?, ?) "
                                "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"));
    head.addBindValue(previous.seq);
    head.addBindValue(previous.hash);
    if (!head.exec())
        return R::failure(fail(head.lastError()));
    return seqs;
}

std::optional<QString> Journal::checkAgainstJournal(const NewEvent &event, QHash<qint64, QJsonObject> &currentFacts) const
{
    if (event.kind == QLatin1String("facts_updated")) {
        // The update alone was checked field by field; here the facts it leads to.
        if (!currentFacts.contains(event.incidentId)) {
            const auto events = this->events(event.incidentId);
            if (!events)
                return events.error();
            const auto state = IncidentState::fold(events.value(), {m_library, WorkCalendar::builtin()}, {}, event.at);
            currentFacts.insert(event.incidentId, state.factsAsEntered());
        }
        const QJsonObject merged = FactsParser::merged(currentFacts.value(event.incidentId), event.payload.value(QLatin1String("facts")).toObject());
        if (const auto parsed = FactsParser(m_library).parse(merged); !parsed)
            return QStringLiteral("payload.facts.") + parsed.error() + QStringLiteral(" (with the facts already recorded)");
        currentFacts.insert(event.incidentId, merged);
    } else if (event.kind == QLatin1String("correction")) {
        // Only an earlier event of the same incident, and not the report that opened it or
        // another correction, can be corrected.
        const qint64 target = event.payload.value(QLatin1String("corrects")).toInteger();
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(QStringLiteral("SELECT incident_id, kind FROM events WHERE seq = ?"));
        q.addBindValue(target);
        if (!q.exec())
            return fail(q.lastError());
        if (!q.next() || q.value(0).toLongLong() != event.incidentId)
            return QStringLiteral("payload.corrects: event %1 is not an event of incident %2").arg(target).arg(event.incidentId);
        if (q.value(1).toString() == QLatin1String("reported"))
            return QStringLiteral("payload.corrects: the report that opened the incident cannot be withdrawn; correct its facts with facts_updated");
        if (q.value(1).toString() == QLatin1String("correction"))
            return QStringLiteral("payload.corrects: a correction cannot be corrected; correct the original event again");
        currentFacts.remove(event.incidentId); // the facts may change under it
    }
    return std::nullopt;
}

namespace {

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

const QString EventColumns =
    QStringLiteral("seq, incident_id, event_time, entry_time, actor, workstation, kind, payload, prev_hash, hash");

} // namespace

Result<QList<StoredEvent>> Journal::events(qint64 incidentId) const
{
    using R = Result<QList<StoredEvent>>;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + EventColumns + QStringLiteral(" FROM events WHERE incident_id = ? ORDER BY seq"));
    q.addBindValue(incidentId);
    if (!q.exec())
        return R::failure(fail(q.lastError()));
    QList<StoredEvent> out;
    while (q.next())
        out << readEvent(q);
    return out;
}

Result<QList<QList<StoredEvent>>> Journal::eventsByIncident() const
{
    using R = Result<QList<QList<StoredEvent>>>;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + EventColumns + QStringLiteral(" FROM events ORDER BY incident_id, seq")))
        return R::failure(fail(q.lastError()));
    QList<QList<StoredEvent>> out;
    while (q.next()) {
        StoredEvent e = readEvent(q);
        if (out.isEmpty() || out.last().last().incidentId != e.incidentId)
            out.append(QList<StoredEvent>());
        out.last().append(std::move(e));
    }
    return out;
}

Result<QList<IncidentRow>> Journal::incidents() const
{
    using R = Result<QList<IncidentRow>>;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, exercise FROM incidents ORDER BY id")))
        return R::failure(fail(q.lastError()));
    QList<IncidentRow> out;
    while (q.next())
        out << IncidentRow{q.value(0).toLongLong(), q.value(1).toInt() != 0};
    return out;
}

Result<ChainCheck> Journal::verify() const
{
    using R = Result<ChainCheck>;
    // One snapshot for the events and the head: an append by another program between the two
    // reads must not look like missing events.
    QSqlQuery snapshot(QSqlDatabase::database(m_connection));
    if (!snapshot.exec(QStringLiteral("BEGIN")))
        return R::failure(fail(snapshot.lastError()));
    struct EndRead {
        QSqlDatabase db;
        ~EndRead() { QSqlQuery(db).exec(QStringLiteral("COMMIT")); }
    } endRead{QSqlDatabase::database(m_connection)};
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + EventColumns + QStringLiteral(" FROM events ORDER BY seq")))
        return R::failure(fail(q.lastError()));
    ChainCheck check;
    QString prev = ChainHash::genesis();
    qint64 expectedSeq = 1;
    auto broken = [&check](qint64 seq, const QString &problem) {
        check.intact = false;
        check.firstBadSeq = seq;
        check.problem = problem;
    };
    while (q.next()) {
        const StoredEvent e = readEvent(q);
        ++check.events;
        if (e.seq != expectedSeq) {
            broken(expectedSeq, QStringLiteral("event %1 is missing (the next one is %2)").arg(expectedSeq).arg(e.seq));
            return check;
        }
        if (e.prevHash != prev) {
            broken(e.seq, QStringLiteral("event %1 does not follow event %2 (previous hash differs)").arg(e.seq).arg(e.seq - 1));
            return check;
        }
        if (ChainHash::of(e) != e.hash) {
            broken(e.seq, QStringLiteral("event %1 was altered (its content no longer matches its hash)").arg(e.seq));
            return check;
        }
        prev = e.hash;
        ++expectedSeq;
    }
    check.headHash = prev;
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM chain_head WHERE id = 1")))
        return R::failure(fail(q.lastError()));
    const qint64 last = expectedSeq - 1;
    if (q.next()) {
        const qint64 headSeq = q.value(0).toLongLong();
        if (headSeq != last || q.value(1).toString() != prev)
            broken(last + 1, headSeq > last
                                 ? QStringLiteral("the newest events %1–%2 are missing (the chain head records %2)").arg(last + 1).arg(headSeq)
                                 : QStringLiteral("the chain head does not match the newest event %1").arg(last));
    } else if (last > 0) {
        broken(1, QStringLiteral("the chain head record is missing"));
    }
    return check;
}

} // namespace cd
