// Journal benchmark: durable and bulk appends/s, the fold and the verification of 100k events,
// each beside a baseline doing the same storage work (the raw sqlite3 C API on a journal file
// of the same schema, a raw SELECT of the same rows, sha256sum of the same file), in
// interleaved rounds. Not a test: it prints a Markdown table (and writes it to --out FILE).
//
//   bench_journal [--out FILE] [--durable N] [--bulk N] [--fold N] [--rounds R ≥ 5]
#include "items/IncidentStore.h"
#include "journal/IncidentState.h"
#include "journal/Journal.h"
#include "plan/PlanLibrary.h"
#include "time/Clock.h"
#include "time/WorkCalendar.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
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

// The raw side: the sqlite3 C API writing into a journal file that CommandDesk itself created,
// so both sides have the same tables, index, foreign key, triggers and pragmas (WAL,
// synchronous=FULL, foreign_keys=ON). It inserts ready-made rows and moves the chain head:
// the storage work alone, without checks, hashing or the fold.
class RawStore {
public:
    explicit RawStore(const QString &path)
    {
        check(sqlite3_open(path.toUtf8().constData(), &m_db), m_db, "open");
        exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        check(sqlite3_prepare_v2(m_db, "INSERT INTO events (seq, incident_id, event_time, entry_time, actor, workstation, kind, "
                                       "payload, prev_hash, hash) VALUES (?,?,'2026-11-22T03:10:00.000Z','2026-11-22T03:10:00.000Z',"
                                       "'值班员甲 (zhijia)','desk-1','note',?,?,?)", -1, &m_insert, nullptr), m_db, "prepare");
        check(sqlite3_prepare_v2(m_db, "INSERT INTO chain_head (id, seq, hash) VALUES (1, ?, ?) "
                                       "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash", -1, &m_head, nullptr),
              m_db, "prepare");
        // The events go into the incident the journal opened (its `reported` is seq 1).
        sqlite3_stmt *q = nullptr;
        check(sqlite3_prepare_v2(m_db, "SELECT seq, incident_id FROM events ORDER BY seq DESC LIMIT 1", -1, &q, nullptr), m_db, "prepare");
        if (sqlite3_step(q) == SQLITE_ROW) {
            m_seq = sqlite3_column_int64(q, 0);
            m_incident = sqlite3_column_int64(q, 1);
        }
        sqlite3_finalize(q);
    }
    ~RawStore()
    {
        sqlite3_finalize(m_insert);
        sqlite3_finalize(m_head);
        sqlite3_close(m_db);
    }
    void exec(const char *sql) { check(sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr), m_db, sql); }
    void insert(const QByteArray &payload)
    {
        static const QByteArray hash(64, 'a');
        ++m_seq;
        sqlite3_bind_int64(m_insert, 1, m_seq);
        sqlite3_bind_int64(m_insert, 2, m_incident);
        sqlite3_bind_text(m_insert, 3, payload.constData(), int(payload.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 4, hash.constData(), 64, SQLITE_STATIC);
        sqlite3_bind_text(m_insert, 5, hash.constData(), 64, SQLITE_STATIC);
        check(sqlite3_step(m_insert), m_db, "insert");
        sqlite3_reset(m_insert);
    }
    void moveHead()
    {
        static const QByteArray hash(64, 'a');
        sqlite3_bind_int64(m_head, 1, m_seq);
        sqlite3_bind_text(m_head, 2, hash.constData(), 64, SQLITE_STATIC);
        check(sqlite3_step(m_head), m_db, "head");
        sqlite3_reset(m_head);
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_head = nullptr;
    qint64 m_seq = 0, m_incident = 0;
};

// Median and spread of one measure over the rounds.
struct Spread {
    QList<double> values;
    double median() const
    {
        QList<double> v = values;
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0 : v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
    }
    QString text(int decimals = 1) const
    {
        if (values.isEmpty())
            return QStringLiteral("—");
        const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        return QStringLiteral("%1 (%2–%3)").arg(median(), 0, 'f', decimals).arg(*lo, 0, 'f', decimals).arg(*hi, 0, 'f', decimals);
    }
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

// One measure on both sides over the rounds; the ratio is taken within each round (ours and
// raw ran back to back, on the same machine state), then its median.
struct Row {
    QString what;
    QString unit;
    Spread ours = {}, raw = {}, ratio = {};
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto opt = [&args](const char *name, int fallback) {
        const auto i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int durableN = opt("--durable", 300), bulkN = opt("--bulk", 20000), foldN = opt("--fold", 100000);
    const int rounds = std::max(5, opt("--rounds", 5));
    const auto library = cd::PlanLibrary::loadBuiltin().value();
    cd::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(3, 10), Qt::UTC));
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX")); // on the real disk, not tmpfs
    const cd::EventAuthor author{QStringLiteral("bench"), QStringLiteral("desk")};
    const QJsonObject notePayload{{QStringLiteral("text"), QStringLiteral("现场约260人,情绪稳定,已劝离部分人员")}};
    const QByteArray rawPayload = QJsonDocument(notePayload).toJson(QJsonDocument::Compact);

    auto openJournal = [&](const QString &path) {
        cd::Journal::Options o;
        o.path = path;
        o.initialise = true;
        return cd::Journal::open(o, clock, *library).value();
    };
    // The starting point of every append round: a journal file made by CommandDesk with one
    // incident opened. Both sides copy it, so they write into the same schema and state.
    const QString templatePath = dir.filePath(QStringLiteral("template.sqlite"));
    qint64 incident = 0;
    {
        auto j = openJournal(templatePath);
        incident = j->createIncident(QStringLiteral("bench"), true, QJsonObject{{QStringLiteral("participants"), 300}}, clock.now(), author).value();
    }
    auto fresh = [&](const QString &name) {
        const QString path = dir.filePath(name);
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        if (!QFile::copy(templatePath, path))
            qFatal("copy %s", qPrintable(path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    };
    auto seconds = [](const QElapsedTimer &t) { return t.nsecsElapsed() / 1e9; };

    Row durable{QStringLiteral("durable appends (1 per transaction, synchronous=FULL)"), QStringLiteral("events/s")};
    Row bulk{QStringLiteral("bulk appends (%1 in one transaction)").arg(bulkN), QStringLiteral("events/s")};
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer t;
        {
            auto j = openJournal(fresh(QStringLiteral("ours.sqlite")));
            t.start();
            for (int i = 0; i < durableN; ++i)
                (void)j->append({incident, QStringLiteral("note"), notePayload, clock.now(), author}).value();
            durable.ours.values << durableN / seconds(t);
        }
        {
            RawStore raw(fresh(QStringLiteral("raw.sqlite")));
            t.start();
            for (int i = 0; i < durableN; ++i) {
                raw.exec("BEGIN IMMEDIATE");
                raw.insert(rawPayload);
                raw.moveHead();
                raw.exec("COMMIT");
            }
            durable.raw.values << durableN / seconds(t);
        }
        durable.ratio.values << durable.ours.values.last() / durable.raw.values.last();
        {
            auto j = openJournal(fresh(QStringLiteral("ours.sqlite")));
            QList<cd::NewEvent> batch;
            batch.reserve(bulkN);
            for (int i = 0; i < bulkN; ++i)
                batch << cd::NewEvent{incident, QStringLiteral("note"), notePayload, clock.now(), author};
            t.start();
            (void)j->appendBatch(batch).value();
            bulk.ours.values << bulkN / seconds(t);
        }
        {
            RawStore raw(fresh(QStringLiteral("raw.sqlite")));
            t.start();
            raw.exec("BEGIN IMMEDIATE");
            for (int i = 0; i < bulkN; ++i)
                raw.insert(rawPayload);
            raw.moveHead();
            raw.exec("COMMIT");
            bulk.raw.values << bulkN / seconds(t);
        }
        bulk.ratio.values << bulk.ours.values.last() / bulk.raw.values.last();
    }

    // Read + fold and verify of one incident of foldN events: facts updates every 100th, duty
    // acknowledgements every 10th, the rest notes.
    const QString foldPath = dir.filePath(QStringLiteral("fold.sqlite"));
    qint64 foldId = 0;
    {
        auto j = openJournal(foldPath);
        foldId = j->createIncident(QStringLiteral("bench"), true,
                                   QJsonObject{{QStringLiteral("participants"), 300}, {QStringLiteral("cause"), QStringLiteral("wage_arrears")}},
                                   clock.now(), author).value();
        QList<cd::NewEvent> batch;
        for (int i = 1; i < foldN; ++i) {
            if (i % 100 == 0)
                batch << cd::NewEvent{foldId, QStringLiteral("facts_updated"),
                                      QJsonObject{{QStringLiteral("facts"), QJsonObject{{QStringLiteral("participants"), 300 + i / 100}}}},
                                      clock.now().addMSecs(i - foldN), author};
            else if (i % 10 == 0)
                batch << cd::NewEvent{foldId, QStringLiteral("duty_acknowledged"),
                                      QJsonObject{{QStringLiteral("plan"), QStringLiteral("mass-incident")}, {QStringLiteral("agency"), QStringLiteral("市公安局")}},
                                      clock.now().addMSecs(i - foldN), author};
            else
                batch << cd::NewEvent{foldId, QStringLiteral("note"), notePayload, clock.now().addMSecs(i - foldN), author};
        }
        (void)j->appendBatch(batch).value();
    } // closed: the WAL is checkpointed into the file, so sha256sum reads every byte verify reads
    Row fold{QStringLiteral("read + fold of %1 events (one incident) vs a raw SELECT of the same rows").arg(foldN), QStringLiteral("ms")};
    Row verify{QStringLiteral("verify the chain of %1 events (%2 MB) vs sha256sum of the file")
                   .arg(foldN).arg(QFileInfo(foldPath).size() / 1e6, 0, 'f', 1),
               QStringLiteral("ms")};
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer t;
        {
            cd::Journal::Options o;
            o.path = foldPath;
            o.readOnly = true;
            auto j = cd::Journal::open(o, clock, *library).value();
            t.start();
            auto events = j->events(foldId).value();
            // Handed over as the store does (IncidentStore::foldOne): the state keeps the events read.
            const auto state = cd::IncidentState::fold(std::move(events), {*library, cd::WorkCalendar::builtin()}, {}, clock.now().addDays(3));
            fold.ours.values << t.nsecsElapsed() / 1e6;
            if (state.events.size() != foldN)
                qFatal("fold saw %lld events", qint64(state.events.size()));
        }
        t.start();
        rawScan(foldPath);
        fold.raw.values << t.nsecsElapsed() / 1e6;
        fold.ratio.values << fold.ours.values.last() / fold.raw.values.last();

        t.start();
        {
            cd::Journal::Options o;
            o.path = foldPath;
            o.readOnly = true;
            const auto check = cd::Journal::open(o, clock, *library).value()->verify().value();
            if (!check.intact || check.events != foldN)
                qFatal("chain broken");
        }
        verify.ours.values << t.nsecsElapsed() / 1e6;
        QProcess sha;
        t.start();
        sha.start(QStringLiteral("sha256sum"), {foldPath});
        if (!sha.waitForFinished() || sha.exitCode() != 0)
            qFatal("sha256sum failed");
        verify.raw.values << t.nsecsElapsed() / 1e6;
        verify.ratio.values << verify.ours.values.last() / verify.raw.values.last();
    }

    // An append's cost must not grow with the incident (issue 13): 100 events against foldN.
    const double small = recordMedianMs(library, clock, dir.filePath(QStringLiteral("record-small.sqlite")), 100);
    const double large = recordMedianMs(library, clock, dir.filePath(QStringLiteral("record-large.sqlite")), foldN);

    QString table = QStringLiteral("Machine: %1, %2 cores; SQLite %3; Qt %4. %5 interleaved rounds: median (min–max); "
                                   "the ratio is ours ÷ raw within each round, its median.\n\n"
                                   "| measure | CommandDesk | raw | ratio | unit |\n| --- | ---: | ---: | ---: | --- |\n")
                        .arg(QSysInfo::prettyProductName()).arg(QThread::idealThreadCount()).arg(QLatin1String(sqlite3_libversion()))
                        .arg(QLatin1String(qVersion())).arg(rounds);
    for (const Row *r : {&durable, &bulk, &fold, &verify})
        table += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n").arg(r->what, r->ours.text(r->unit == QLatin1String("ms") ? 1 : 0),
                                                                   r->raw.text(r->unit == QLatin1String("ms") ? 1 : 0),
                                                                   QString::number(r->ratio.median(), 'f', 2), r->unit);
    table += QStringLiteral("| record one facts update (append + state), incident of 100 events (median of 9) | %1 | — | — | ms |\n").arg(small, 0, 'f', 2);
    table += QStringLiteral("| … incident of %1 events (median of 9) | %2 | — | %3× the cost at 100 | ms |\n")
                 .arg(foldN).arg(large, 0, 'f', 2).arg(large / small, 0, 'f', 2);
    std::fputs(table.toUtf8().constData(), stdout);
    const auto out = args.indexOf(QStringLiteral("--out"));
    if (out >= 0 && out + 1 < args.size()) {
        QFile f(args.at(out + 1));
        if (f.open(QIODevice::WriteOnly))
            f.write(table.toUtf8());
    }
    return 0;
}
