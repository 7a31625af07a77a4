#include "journal/SummaryProjection.h"

#include "journal/JournalStore.h"
#include "journal/SqliteEventWriter.h"
#include "plan/PlanLibrary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>

namespace cd {
namespace {

const QString Columns = QStringLiteral(
    "incident_id, last_seq, title, exercise, status, county, lat, lon, level, plans, reported_at, unfinished, next_due, "
    "demo, from_drill, drill_ended_at, last_event_at");
constexpr int ColumnCount = 17;

QVariant msOrNull(const QDateTime &t) { return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>()); }
QDateTime timeOf(const QVariant &v) { return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC); }

IncidentStatus statusFromName(const QString &name)
{
    for (auto s : {IncidentStatus::Reported, IncidentStatus::Verified, IncidentStatus::Responding, IncidentStatus::ResponseEnded,
                   IncidentStatus::Closed, IncidentStatus::PostReportSubmitted})
        if (incidentStatusName(s) == name)
            return s;
    return IncidentStatus::Reported;
}

IncidentSummary readRow(const QSqlQuery &q)
{
    IncidentSummary s;
    s.id = q.value(0).toLongLong();
    s.lastSeq = q.value(1).toLongLong();
    s.title = q.value(2).toString();
    s.exercise = q.value(3).toInt() != 0;
    s.status = statusFromName(q.value(4).toString());
    s.county = q.value(5).toString();
    if (!q.value(6).isNull() && !q.value(7).isNull())
        s.location = SummarySite{q.value(6).toDouble(), q.value(7).toDouble()};
    if (!q.value(8).isNull())
        s.level = levelFromString(q.value(8).toString());
    const QString plans = q.value(9).toString();
    if (!plans.isEmpty())
        s.plans = plans.split(QLatin1Char(','));
    s.reportedAt = timeOf(q.value(10));
    s.unfinishedWindows = q.value(11).toInt();
    s.nextDue = timeOf(q.value(12));
    s.demo = q.value(13).toInt() != 0;
    s.fromDrill = q.value(14).toInt() != 0;
    s.drillEndedAt = timeOf(q.value(15));
    s.lastEventAt = timeOf(q.value(16));
    return s;
}

// Texts that repeat from row to row (counties, states, plan lists): converted once and shared
// by every row that has them. 100k incidents hold a dozen counties, not 100k copies; the
// conversions and allocations were a quarter of the read.
template<typename Value>
class RepeatedTexts {
public:
    template<typename Make>
    Value get(const char *bytes, int size, Make make)
    {
        const QByteArrayView key(bytes, size);
        for (const auto &[k, v] : m_seen)
            if (k == key)
                return v;
        Value v = make(QString::fromUtf8(bytes, size));
        if (m_seen.size() < MaxDistinct) // free texts (a mistyped county) stop being shared
            m_seen.emplace_back(QByteArray(bytes, size), v);
        return v;
    }

private:
    static constexpr size_t MaxDistinct = 64;
    std::vector<std::pair<QByteArray, Value>> m_seen;
};

// The same rows through the sqlite3 C API on QtSql's own connection: at 100k incidents QtSql's
// cached result and a QVariant per column were most of the start-up's read (about 110 ms of
// 180). nullopt when the statement cannot run (a table dropped by hand): rebuilt like missing.
std::optional<QList<IncidentSummary>> readRowsSqlite(sqlite3 *db, qsizetype expected)
{
    sqlite3_stmt *st = nullptr;
    const QByteArray sql = (QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM incident_summaries ORDER BY incident_id")).toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK) {
        sqlite3_finalize(st);
        return std::nullopt;
    }
    auto text = [st](int c) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c)), sqlite3_column_bytes(st, c));
    };
    RepeatedTexts<QString> repeated;
    RepeatedTexts<QStringList> planLists;
    const auto same = [](QString s) { return s; };
    auto shared = [st, &repeated, &same](int c) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(st, c)); // text before its length (SQLite's rule)
        return repeated.get(bytes, sqlite3_column_bytes(st, c), same);
    };
    auto time = [st](int c) {
        return sqlite3_column_type(st, c) == SQLITE_NULL ? QDateTime()
                                                         : QDateTime::fromMSecsSinceEpoch(sqlite3_column_int64(st, c), Qt::UTC);
    };
    QList<IncidentSummary> rows;
    rows.reserve(expected);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        IncidentSummary &s = rows.emplace_back();
        s.id = sqlite3_column_int64(st, 0);
        s.lastSeq = sqlite3_column_int64(st, 1);
        s.title = text(2);
        s.exercise = sqlite3_column_int(st, 3) != 0;
        s.status = statusFromName(shared(4));
        s.county = shared(5);
        if (sqlite3_column_type(st, 6) != SQLITE_NULL && sqlite3_column_type(st, 7) != SQLITE_NULL)
            s.location = SummarySite{sqlite3_column_double(st, 6), sqlite3_column_double(st, 7)};
        if (sqlite3_column_type(st, 8) != SQLITE_NULL)
            s.level = levelFromString(shared(8));
        if (const auto *plans = reinterpret_cast<const char *>(sqlite3_column_text(st, 9)); sqlite3_column_bytes(st, 9) > 0)
            s.plans = planLists.get(plans, sqlite3_column_bytes(st, 9), [](const QString &list) { return list.split(QLatin1Char(',')); });
        s.reportedAt = time(10);
        s.unfinishedWindows = sqlite3_column_int(st, 11);
        s.nextDue = time(12);
        s.demo = sqlite3_column_int(st, 13) != 0;
        s.fromDrill = sqlite3_column_int(st, 14) != 0;
        s.drillEndedAt = time(15);
        s.lastEventAt = time(16);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return std::nullopt;
    return rows;
}

// A null QString binds as NULL: the text columns are NOT NULL, empty is ''.
QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

void bindRow(QSqlQuery &q, const IncidentSummary &s)
{
    const QVariant noNumber(QMetaType::fromType<double>());
    q.bindValue(0, s.id);
    q.bindValue(1, s.lastSeq);
    q.bindValue(2, text(s.title));
    q.bindValue(3, s.exercise ? 1 : 0);
    q.bindValue(4, incidentStatusName(s.status));
    q.bindValue(5, text(s.county));
    q.bindValue(6, s.location.isValid() ? QVariant(s.location.latitude()) : noNumber);
    q.bindValue(7, s.location.isValid() ? QVariant(s.location.longitude()) : noNumber);
    q.bindValue(8, s.level ? QVariant(levelCode(*s.level)) : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(9, text(s.plans.join(QLatin1Char(','))));
    q.bindValue(10, msOrNull(s.reportedAt));
    q.bindValue(11, s.unfinishedWindows);
    q.bindValue(12, msOrNull(s.nextDue));
    q.bindValue(13, s.demo ? 1 : 0);
    q.bindValue(14, s.fromDrill ? 1 : 0);
    q.bindValue(15, msOrNull(s.drillEndedAt));
    q.bindValue(16, msOrNull(s.lastEventAt));
}

struct State {
    bool present = false;
    QString inputs;
    qint64 coveredSeq = 0;
};

// Folds one incident's events into its summary (`into` stays in id order), or notes that its
// report is gone.
const IncidentSummary *summarise(const QList<StoredEvent> &events, const SummaryProjection::Fold &fold, QList<IncidentSummary> &into,
                                 QList<qint64> &withoutReport)
{
    if (events.isEmpty())
        return nullptr;
    const qint64 id = events.first().incidentId;
    auto at = std::lower_bound(into.begin(), into.end(), id, [](const IncidentSummary &s, qint64 v) { return s.id < v; });
    const bool present = at != into.end() && at->id == id;
    if (events.first().kind != QLatin1String("reported")) {
        if (present)
            into.erase(at);
        withoutReport << id;
        return nullptr;
    }
    IncidentSummary summary = IncidentSummary::of(fold(events));
    if (present)
        *at = std::move(summary);
    else
        at = into.insert(at, std::move(summary));
    return &*at;
}

std::optional<QString> save(QSqlDatabase db, const QList<IncidentSummary> &rows, bool replaceAll, const QString &inputs, qint64 covered)
{
    QSqlQuery q(db);
    auto failed = [&q] { return q.lastError().text(); };
    // Made here on first use in SQLite; on PostgreSQL `db init` made them, and an operator's
    // login, which may not CREATE in the schema, gets "permission denied" even for IF NOT
    // EXISTS: a refusal here is left to the writes below to report if the tables are missing.
    for (const QString &statement : SummaryProjection::schema())
        q.exec(statement);
    if (!db.transaction())
        return db.lastError().text();
    auto problem = [&]() -> std::optional<QString> {
        if (replaceAll && !q.exec(QStringLiteral("DELETE FROM incident_summaries")))
            return failed();
        QSqlQuery drop(db), insert(db);
        drop.prepare(QStringLiteral("DELETE FROM incident_summaries WHERE incident_id = ?"));
        insert.prepare(QStringLiteral("INSERT INTO incident_summaries (") + Columns + QStringLiteral(") VALUES (") +
                       QStringList(ColumnCount, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')'));
        for (const auto &s : rows) {
            if (!replaceAll) {
                drop.bindValue(0, s.id);
                if (!drop.exec())
                    return drop.lastError().text();
            }
            bindRow(insert, s);
            if (!insert.exec())
                return insert.lastError().text();
        }
        if (!q.exec(QStringLiteral("DELETE FROM summary_state")))
            return failed();
        q.prepare(QStringLiteral("INSERT INTO summary_state (id, inputs, covered_seq) VALUES (1, ?, ?)"));
        q.addBindValue(inputs);
        q.addBindValue(covered);
        if (!q.exec())
            return failed();
        return std::nullopt;
    }();
    if (problem) {
        db.rollback();
        return problem;
    }
    if (!db.commit())
        return db.lastError().text();
    return std::nullopt;
}

} // namespace

QStringList SummaryProjection::schema()
{
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS summary_state (id INTEGER PRIMARY KEY CHECK (id = 1), inputs TEXT NOT NULL, "
                           "covered_seq BIGINT NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS incident_summaries (incident_id BIGINT PRIMARY KEY, last_seq BIGINT NOT NULL, "
                           "title TEXT NOT NULL, exercise INTEGER NOT NULL, status TEXT NOT NULL, county TEXT NOT NULL, "
                           "lat DOUBLE PRECISION, lon DOUBLE PRECISION, level TEXT, plans TEXT NOT NULL, reported_at BIGINT, "
                           "unfinished INTEGER NOT NULL, next_due BIGINT, demo INTEGER NOT NULL, from_drill INTEGER NOT NULL, "
                           "drill_ended_at BIGINT, last_event_at BIGINT)")};
}

QString SummaryProjection::inputsKey(const PlanLibrary &library)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Plan &p : library.plans()) {
        hash.addData(p.id.toUtf8());
        QFile f(p.sourceFile);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
        else
            hash.addData(p.document.toUtf8()); // unreadable now: at least which document it was
    }
    return QStringLiteral("format %1; plans %2").arg(Format).arg(QString::fromLatin1(hash.result().toHex().left(16)));
}

Result<SummaryProjection::Loaded> SummaryProjection::load(const JournalStore &store, const QString &inputsKey, const Fold &fold)
{
    using R = Result<Loaded>;
    QSqlDatabase db = QSqlDatabase::database(store.connectionName());
    // The head first: events appended while we read are then refolded next time, never lost.
    const auto head = store.headSeq();
    if (!head)
        return R::failure(head.error());
    State state;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT inputs, covered_seq FROM summary_state WHERE id = 1")) && q.next())
            state = {true, q.value(0).toString(), q.value(1).toLongLong()};
    }
    Loaded out;
    QList<IncidentSummary> &all = out.summaries;
    QList<IncidentSummary> changed;
    bool usable = state.present && state.inputs == inputsKey && state.coveredSeq <= head.value();
    if (usable) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT count(*) FROM incident_summaries")) && q.next())
            all.reserve(q.value(0).toLongLong());
        // A table that cannot be read (dropped by hand) is rebuilt like a missing one.
        if (sqlite3 *handle = SqliteEventWriter::handleOf(db.driver()->handle())) {
            auto rows = readRowsSqlite(handle, all.capacity());
            usable = rows.has_value();
            if (rows)
                all = std::move(*rows);
        } else {
            usable = q.exec(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM incident_summaries ORDER BY incident_id"));
            while (usable && q.next())
                all.append(readRow(q));
        }
    }
    if (usable) {
        QSqlQuery q(db);
        if (state.coveredSeq < head.value()) {
            QList<qint64> ids;
            // Not the centre's register (incident id 0): it is no incident and has no summary.
            q.prepare(QStringLiteral("SELECT DISTINCT incident_id FROM events WHERE seq > ? AND incident_id <> 0"));
            q.addBindValue(state.coveredSeq);
            if (!q.exec())
                return R::failure(q.lastError().text());
            while (q.next())
                ids << q.value(0).toLongLong();
            for (qint64 id : ids) {
                const auto events = store.events(id);
                if (!events)
                    return R::failure(events.error());
                if (const IncidentSummary *s = summarise(events.value(), fold, all, out.withoutReport))
                    changed << *s;
                ++out.refolded;
            }
        }
    } else {
        all.clear();
        out.rebuilt = true;
        const auto scanned = store.forEachIncident([&](const QList<StoredEvent> &events) {
            summarise(events, fold, all, out.withoutReport);
            ++out.refolded;
        });
        if (!scanned)
            return R::failure(scanned.error());
    }
    out.coveredSeq = head.value();
    const bool dirty = out.rebuilt || !changed.isEmpty() || state.coveredSeq != head.value() || !usable;
    if (dirty && out.withoutReport.isEmpty()) // never store what a damaged journal gave
        if (auto problem = save(db, out.rebuilt ? out.summaries : changed, out.rebuilt, inputsKey, head.value()))
            out.notSaved = *problem;
    return out;
}

} // namespace cd
