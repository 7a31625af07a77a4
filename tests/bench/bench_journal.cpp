// Journal benchmark: durable and bulk appends/s and the fold of 100k events, each beside the
// raw sqlite3 C API doing the same storage work with the same pragmas, on the same machine in
// the same run. Not a test: it prints a Markdown table (and writes it to --out FILE).
//
//   bench_journal [--out FILE] [--durable N] [--bulk N] [--fold N]
#include "items/IncidentStore.h"
#include "journal/IncidentState.h"
#include "journal/Journal.h"
#include "plan/PlanLibrary.h"
#include "time/Clock.h"
#include "time/WorkCalendar.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <QJsonDocument>

#include <sqlite3.h>

#include <cstdio>

namespace {

struct Figure {
    QString what;
    double ours;   // operations per second (or ms for folds)
    double raw;
    QString unit;
};

void check(int rc, sqlite3 *db, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        qFatal("%s: %s", what, sqlite3_errmsg(db));
}

// The same table shape as the journal, written with the C API: the cost of the storage alone.
class RawStore {
public:
    explicit RawStore(const QString &path)
    {
        check(sqlite3_open(path.toUtf8().constData(), &m_db), m_db, "open");
        exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
             "CREATE TABLE events (seq INTEGER PRIMARY KEY, incident_id INTEGER, event_time TEXT, entry_time TEXT,"
             " actor TEXT, workstation TEXT, kind TEXT, payload TEXT, prev_hash TEXT, hash TEXT);"
             "CREATE TABLE chain_head (id INTEGER PRIMARY KEY, seq INTEGER, hash TEXT);");
        check(sqlite3_prepare_v2(m_db, "INSERT INTO events VALUES (?,1,'2026-11-22T03:10:00.000Z','2026-11-22T03:10:00.000Z',"
                                       "'bench','desk',?,?,?,?)", -1, &m_insert, nullptr), m_db, "prepare");
        check(sqlite3_prepare_v2(m_db, "INSERT OR REPLACE INTO chain_head VALUES (1, ?, ?)", -1, &m_head, nullptr), m_db, "prepare");
    }
    ~RawStore()
    {
        sqlite3_finalize(m_insert);
        sqlite3_finalize(m_head);
        sqlite3_close(m_db);
    }
    void exec(const char *sql) { check(sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr), m_db, sql); }
    void insert(qint64 seq, const QByteArray &payload)
    {
        static const QByteArray hash(64, 'a');
        sqlite3_bind_int64(m_insert, 1, seq);
        sqlite3_bind_text(m_insert, 2, "note", -1, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 3, payload.constData(), int(payload.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 4, hash.constData(), 64, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 5, hash.constData(), 64, SQLITE_STATIC);
        check(sqlite3_step(m_insert), m_db, "insert");
        sqlite3_reset(m_insert);
        sqlite3_bind_int64(m_head, 1, seq);
        sqlite3_bind_text(m_head, 2, hash.constData(), 64, SQLITE_STATIC);
        check(sqlite3_step(m_head), m_db, "head");
        sqlite3_reset(m_head);
    }
    sqlite3 *db() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_head = nullptr;
};

// The median time of recording one facts update through the store (append, then the state
// brought up to date) in an incident that already has `events` events.
double recordMedianMs(const std::shared_ptr<const cd::PlanLibrary> &library, cd::ManualClock &clock, const QString &path, int events)
{
    cd::Journal::Options o;
    o.path = path;
    auto j = cd::Journal::open(o, clock, *library).value();
    const cd::EventAuthor author{QStringLiteral("bench"), QStringLiteral("desk")};
    const qint64 id = j->createIncident(QStringLiteral("bench"), false,
                                        QJsonObject{{QStringLiteral("participants"), 300}, {QStringLiteral("cause"), QStringLiteral("wage_arrears")}},
                                        clock.now(), author).value();
    QList<cd::NewEvent> batch;
    for (int i = 1; i < events; ++i)
        batch << cd::NewEvent{id, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("现场情况")}}, clock.now(), author};
    if (!batch.isEmpty())
        (void)j->appendBatch(batch).value();
    cd::IncidentStore store(library, cd::WorkCalendar::builtin(), clock, *j);
    (void)store.reload().value();
    QList<double> ms;
    for (int round = 0; round < 9; ++round) {
        QElapsedTimer t;
        t.start();
        (void)store.record(id, QStringLiteral("facts_updated"),
                           {{QStringLiteral("facts"), QJsonObject{{QStringLiteral("participants"), 301 + round}}}}).value();
        ms << t.nsecsElapsed() / 1e6;
    }
    if (store.incident(id)->events.size() != events + 9)
        qFatal("record: %lld events folded", qint64(store.incident(id)->events.size()));
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

// Reads every column of every row of `path`'s events table: the floor for any fold.
qint64 rawScan(const QString &path)
{
    sqlite3 *db = nullptr;
    check(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), db, "open");
    sqlite3_stmt *q = nullptr;
    check(sqlite3_prepare_v2(db, "SELECT seq, incident_id, event_time, entry_time, actor, workstation, kind, payload, prev_hash, hash "
                                 "FROM events ORDER BY seq", -1, &q, nullptr), db, "prepare");
    qint64 bytes = 0;
    while (sqlite3_step(q) == SQLITE_ROW)
        for (int c = 0; c < 10; ++c)
            bytes += sqlite3_column_bytes(q, c);
    sqlite3_finalize(q);
    sqlite3_close(db);
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto opt = [&args](const char *name, int fallback) {
        const auto i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int durableN = opt("--durable", 300), bulkN = opt("--bulk", 20000), foldN = opt("--fold", 100000);
    const auto library = cd::PlanLibrary::loadBuiltin().value();
    cd::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(3, 10), Qt::UTC));
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX")); // on the real disk, not tmpfs
    QList<Figure> figures;
    const cd::EventAuthor author{QStringLiteral("bench"), QStringLiteral("desk")};
    const QJsonObject notePayload{{QStringLiteral("text"), QStringLiteral("现场约260人,情绪稳定,已劝离部分人员")}};
    const QByteArray rawPayload = QJsonDocument(notePayload).toJson(QJsonDocument::Compact);

    auto openJournal = [&](const QString &name) {
        cd::Journal::Options o;
        o.path = dir.filePath(name);
        return cd::Journal::open(o, clock, *library).value();
    };

    { // Durable appends: one transaction and one fsync each.
        auto j = openJournal(QStringLiteral("durable.sqlite"));
        const qint64 id = j->createIncident(QStringLiteral("bench"), true, QJsonObject{{QStringLiteral("participants"), 300}}, clock.now(), author).value();
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < durableN; ++i)
            (void)j->append({id, QStringLiteral("note"), notePayload, clock.now(), author}).value();
        const double ours = durableN / (t.nsecsElapsed() / 1e9);
        RawStore raw(dir.filePath(QStringLiteral("durable-raw.sqlite")));
        t.restart();
        for (int i = 1; i <= durableN; ++i) {
            raw.exec("BEGIN IMMEDIATE");
            raw.insert(i, rawPayload);
            raw.exec("COMMIT");
        }
        figures << Figure{QStringLiteral("durable appends (1 per transaction, synchronous=FULL)"), ours,
                          durableN / (t.nsecsElapsed() / 1e9), QStringLiteral("events/s")};
    }
    { // Bulk: one transaction.
        auto j = openJournal(QStringLiteral("bulk.sqlite"));
        const qint64 id = j->createIncident(QStringLiteral("bench"), true, QJsonObject{{QStringLiteral("participants"), 300}}, clock.now(), author).value();
        QList<cd::NewEvent> batch;
        for (int i = 0; i < bulkN; ++i)
            batch << cd::NewEvent{id, QStringLiteral("note"), notePayload, clock.now(), author};
        QElapsedTimer t;
        t.start();
        (void)j->appendBatch(batch).value();
        const double ours = bulkN / (t.nsecsElapsed() / 1e9);
        RawStore raw(dir.filePath(QStringLiteral("bulk-raw.sqlite")));
        t.restart();
        raw.exec("BEGIN IMMEDIATE");
        for (int i = 1; i <= bulkN; ++i)
            raw.insert(i, rawPayload);
        raw.exec("COMMIT");
        figures << Figure{QStringLiteral("bulk appends (%1 in one transaction)").arg(bulkN), ours, bulkN / (t.nsecsElapsed() / 1e9),
                          QStringLiteral("events/s")};
    }
    { // Fold of one incident with foldN events: facts updates every 100th, the rest notes/duties.
        auto j = openJournal(QStringLiteral("fold.sqlite"));
        const qint64 id = j->createIncident(QStringLiteral("bench"), true,
                                            QJsonObject{{QStringLiteral("participants"), 300}, {QStringLiteral("cause"), QStringLiteral("wage_arrears")}},
                                            clock.now(), author).value();
        QList<cd::NewEvent> batch;
        for (int i = 1; i < foldN; ++i) {
            if (i % 100 == 0)
                batch << cd::NewEvent{id, QStringLiteral("facts_updated"),
                                      QJsonObject{{QStringLiteral("facts"), QJsonObject{{QStringLiteral("participants"), 300 + i / 100}}}},
                                      clock.now().addMSecs(i - foldN), author};
            else if (i % 10 == 0)
                batch << cd::NewEvent{id, QStringLiteral("duty_acknowledged"),
                                      QJsonObject{{QStringLiteral("plan"), QStringLiteral("mass-incident")}, {QStringLiteral("agency"), QStringLiteral("市公安局")}},
                                      clock.now().addMSecs(i - foldN), author};
            else
                batch << cd::NewEvent{id, QStringLiteral("note"), notePayload, clock.now().addMSecs(i - foldN), author};
        }
        (void)j->appendBatch(batch).value();
        QElapsedTimer t;
        t.start();
        const auto events = j->events(id).value();
        const auto state = cd::IncidentState::fold(events, {*library, cd::WorkCalendar::builtin()}, {}, clock.now().addDays(3));
        const double oursMs = t.nsecsElapsed() / 1e6;
        if (state.events.size() != foldN)
            qFatal("fold saw %lld events", qint64(state.events.size()));
        j.reset();
        t.restart();
        rawScan(dir.filePath(QStringLiteral("fold.sqlite")));
        figures << Figure{QStringLiteral("read + fold of %1 events (one incident)").arg(foldN), oursMs, t.nsecsElapsed() / 1e6,
                          QStringLiteral("ms")};
        t.restart();
        const auto check = [&] {
            cd::Journal::Options o;
            o.path = dir.filePath(QStringLiteral("fold.sqlite"));
            o.readOnly = true;
            return cd::Journal::open(o, clock, *library).value()->verify().value();
        }();
        figures << Figure{QStringLiteral("verify the chain of %1 events").arg(foldN), t.nsecsElapsed() / 1e6, 0, QStringLiteral("ms")};
        if (!check.intact)
            qFatal("chain broken");
    }

    { // An append's cost must not grow with the incident (issue 13): 100 events against foldN.
        const double small = recordMedianMs(library, clock, dir.filePath(QStringLiteral("record-small.sqlite")), 100);
        const double large = recordMedianMs(library, clock, dir.filePath(QStringLiteral("record-large.sqlite")), foldN);
        figures << Figure{QStringLiteral("record one facts update (append + state), incident of 100 events"), small, 0, QStringLiteral("ms")};
        figures << Figure{QStringLiteral("record one facts update (append + state), incident of %1 events (%2× the cost at 100)")
                              .arg(foldN).arg(large / small, 0, 'f', 2),
                          large, 0, QStringLiteral("ms")};
    }

    QString table = QStringLiteral("Machine: %1, %2 cores; SQLite %3; Qt %4.\n\n| measure | CommandDesk | raw sqlite3 C API | unit |\n| --- | ---: | ---: | --- |\n")
                        .arg(QSysInfo::prettyProductName()).arg(QThread::idealThreadCount()).arg(QLatin1String(sqlite3_libversion()))
                        .arg(QLatin1String(qVersion()));
    for (const auto &f : figures)
        table += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(f.what).arg(f.ours, 0, 'f', 1)
                     .arg(f.raw > 0 ? QString::number(f.raw, 'f', 1) : QStringLiteral("—")).arg(f.unit);
    std::fputs(table.toUtf8().constData(), stdout);
    const auto out = args.indexOf(QStringLiteral("--out"));
    if (out >= 0 && out + 1 < args.size()) {
        QFile f(args.at(out + 1));
        if (f.open(QIODevice::WriteOnly))
            f.write(table.toUtf8());
    }
    return 0;
}
