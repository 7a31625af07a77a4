// Shared-journal benchmark: 20 simulated workstations appending to one PostgreSQL journal
// through our client (checks, cd_append linking the chain under a row lock), beside a raw libpq
// INSERT of the same row into a table of the same shape on the same server; and visibility,
// from an append on workstation A to the fold done on workstation B (NOTIFY → watcher → refold).
// Starts its own server (tests/support/PgServer.h). Not a test: prints a Markdown table.
//
//   bench_shared [--out FILE] [--per-writer N] [--rounds R]
#include "../support/PgServer.h"
#include "items/IncidentStore.h"
#include "journal/ChainHash.h"
#include "journal/Journal.h"
#include "journal/JournalWatcher.h"
#include "journal/PostgresJournalStore.h"
#include "plan/PlanLibrary.h"
#include "time/Clock.h"
#include "time/WorkCalendar.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>

namespace {

constexpr int Workstations = 20;

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5)));
}

qint64 nowNs() { return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

struct Run {
    QList<double> latenciesMs;
    double seconds = 0;
    int count = 0;
};

Run ours(const QString &uri, qint64 incident, int perWriter, const cd::PlanLibrary &library)
{
    Run run;
    QMutex mutex;
    std::vector<std::unique_ptr<QThread>> threads;
    std::atomic<int> failures{0};
    QElapsedTimer wall;
    wall.start();
    for (int w = 0; w < Workstations; ++w)
        threads.emplace_back(QThread::create([&, w] {
            cd::SystemClock clock;
            cd::Journal::Options o;
            o.path = uri;
            o.user = QStringLiteral("duty");
            o.workstation = QStringLiteral("desk-%1").arg(w);
            auto journal = cd::Journal::open(o, clock, library);
            if (!journal)
                qFatal("open: %s", qPrintable(journal.error()));
            QList<double> mine;
            for (int i = 0; i < perWriter; ++i) {
                const qint64 t0 = nowNs();
                const auto seq = journal.value()->append({incident, QStringLiteral("note"),
                                                          QJsonObject{{QStringLiteral("text"), QStringLiteral("desk %1 #%2").arg(w).arg(i)}},
                                                          clock.now(), {}});
                if (!seq)
                    ++failures;
                mine << double(nowNs() - t0) / 1e6;
            }
            QMutexLocker lock(&mutex);
            run.latenciesMs << mine;
        }));
    for (auto &t : threads)
        t->start();
    for (auto &t : threads)
        t->wait();
    run.seconds = double(wall.nsecsElapsed()) / 1e9;
    run.count = Workstations * perWriter;
    if (failures)
        qFatal("%d appends failed", failures.load());
    return run;
}

// The same row, the same durability (autocommit, synchronous_commit on), straight through libpq.
Run raw(const PgServer &pg, const QString &database, int perWriter)
{
    Run run;
    QMutex mutex;
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer wall;
    wall.start();
    for (int w = 0; w < Workstations; ++w)
        threads.emplace_back(QThread::create([&, w] {
            const QByteArray conninfo = QStringLiteral("host=%1 dbname=%2 user=postgres").arg(pg.socketDir(), database).toUtf8();
            PGconn *conn = PQconnectdb(conninfo.constData());
            if (PQstatus(conn) != CONNECTION_OK)
                qFatal("libpq: %s", PQerrorMessage(conn));
            QList<double> mine;
            const QByteArray hash = cd::ChainHash::genesis().toUtf8();
            for (int i = 0; i < perWriter; ++i) {
                const QByteArray text = QStringLiteral(R"({"text":"desk %1 #%2"})").arg(w).arg(i).toUtf8();
                const QByteArray time = cd::ChainHash::timeText(QDateTime::currentDateTimeUtc()).toUtf8();
                const QByteArray ws = QStringLiteral("desk-%1").arg(w).toUtf8();
                const char *values[] = {time.constData(), time.constData(), "值班员甲 (duty)", ws.constData(), "note",
                                        text.constData(), hash.constData(), hash.constData()};
                const qint64 t0 = nowNs();
                PGresult *r = PQexecParams(conn,
                                           "INSERT INTO raw_events (incident_id, event_time, entry_time, actor, workstation, kind, "
                                           "payload, prev_hash, hash) VALUES (1, $1, $2, $3, $4, $5, $6, $7, $8)",
                                           8, nullptr, values, nullptr, nullptr, 0);
                if (PQresultStatus(r) != PGRES_COMMAND_OK)
                    qFatal("raw insert: %s", PQerrorMessage(conn));
                PQclear(r);
                mine << double(nowNs() - t0) / 1e6;
            }
            PQfinish(conn);
            QMutexLocker lock(&mutex);
            run.latenciesMs << mine;
        }));
    for (auto &t : threads)
        t->start();
    for (auto &t : threads)
        t->wait();
    run.seconds = double(wall.nsecsElapsed()) / 1e9;
    run.count = Workstations * perWriter;
    return run;
}

// A appends on a thread of its own every 25 ms; B (this thread) watches, refolds, and notes
// when the fold that includes each event is done.
QList<double> visibility(const QString &uri, qint64 incident, int samples, const cd::PlanLibrary &library,
                         std::shared_ptr<const cd::PlanLibrary> shared, bool underLoad, int perWriter)
{
    cd::SystemClock clock;
    cd::Journal::Options o;
    o.path = uri;
    o.user = QStringLiteral("leader");
    auto bJournal = cd::Journal::open(o, clock, library).value();
    cd::IncidentStore b(shared, cd::WorkCalendar::builtin(), clock, *bJournal);
    (void)b.reload();
    auto location = cd::StoreLocation::parse(uri).value();
    location.user = QStringLiteral("leader");
    cd::JournalWatcher watcher({location, {}, -1, 250});
    QHash<qint64, qint64> sentAt;    // seq → ns, appended on A
    QHash<qint64, qint64> arrivedAt; // seq → ns, folded on B before A's append call returned
    QMutex mutex;
    QList<double> out;
    QObject::connect(&watcher, &cd::JournalWatcher::appended, &b, [&](const QList<cd::StoredEvent> &events) {
        (void)b.applyAppended(events);
        const qint64 done = nowNs();
        QMutexLocker lock(&mutex);
        for (const auto &e : events) {
            if (sentAt.contains(e.seq))
                out << double(done - sentAt.take(e.seq)) / 1e6;
            else if (e.workstation == QLatin1String("desk-A"))
                arrivedAt.insert(e.seq, done); // the notification beat A's bookkeeping
        }
    });
    if (auto problem = watcher.start())
        qFatal("watcher: %s", qPrintable(*problem));
    std::atomic<bool> finished{false};
    std::unique_ptr<QThread> a(QThread::create([&] {
        cd::SystemClock aClock;
        cd::Journal::Options ao;
        ao.path = uri;
        ao.user = QStringLiteral("duty");
        ao.workstation = QStringLiteral("desk-A");
        auto journal = cd::Journal::open(ao, aClock, library).value();
        for (int i = 0; i < samples; ++i) {
            // The time is taken before the append starts: visibility includes the append itself.
            const qint64 t0 = nowNs();
            const auto seq = journal->append({incident, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QString::number(i)}},
                                              aClock.now(), {}});
            if (!seq)
                qFatal("append: %s", qPrintable(seq.error()));
            {
                QMutexLocker lock(&mutex);
                if (arrivedAt.contains(seq.value()))
                    out << double(arrivedAt.take(seq.value()) - t0) / 1e6;
                else
                    sentAt.insert(seq.value(), t0);
            }
            QThread::msleep(25);
        }
        finished = true;
    }));
    std::unique_ptr<QThread> load;
    if (underLoad)
        load.reset(QThread::create([&] { (void)ours(uri, incident, perWriter, library); }));
    a->start();
    if (load)
        load->start();
    while (!finished) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(200);
    }
    // Let the last notifications arrive.
    QElapsedTimer tail;
    tail.start();
    while (out.size() < samples && tail.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    a->wait();
    if (load)
        load->wait();
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    auto option = [&](const char *name, int fallback) {
        const int i = int(args.indexOf(QLatin1String(name)));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int perWriter = option("--per-writer", 50);
    const int rounds = option("--rounds", 3);
    const int outIndex = int(args.indexOf(QStringLiteral("--out")));

    PgServer pg;
    if (!pg.ok() || !pg.createDatabase(QStringLiteral("bench")))
        qFatal("server: %s", qPrintable(pg.problem()));
    const QString uri = pg.uri(QStringLiteral("bench"));
    auto library = cd::PlanLibrary::loadBuiltin().value();
    if (auto init = cd::PostgresJournalStore::initialise({cd::StoreLocation::parse(uri).value(), {}}); !init)
        qFatal("init: %s", qPrintable(init.error()));
    cd::SystemClock clock;
    {
        cd::Journal::Options o;
        o.path = uri;
        auto admin = cd::Journal::open(o, clock, *library).value();
        for (const auto &[login, role] : {std::pair{"duty", cd::Role::DutyOperator}, std::pair{"leader", cd::Role::ShiftLeader}}) {
            if (auto r = admin->addAccount({QLatin1String(login), QLatin1String(login), role, {}, false}, QStringLiteral("pw")); !r)
                qFatal("account: %s", qPrintable(r.error()));
            pg.addPassword(QLatin1String(login), QStringLiteral("pw"));
        }
    }
    if (!pg.superuserExec(QStringLiteral("CREATE TABLE raw_events (seq BIGSERIAL PRIMARY KEY, incident_id BIGINT NOT NULL, "
                                         "event_time TEXT NOT NULL, entry_time TEXT NOT NULL, actor TEXT NOT NULL, workstation TEXT NOT NULL, "
                                         "kind TEXT NOT NULL, payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL); "
                                         "CREATE INDEX raw_by_incident ON raw_events(incident_id, seq)"),
                          QStringLiteral("bench")))
        qFatal("raw table: %s", qPrintable(pg.problem()));
    cd::Journal::Options o;
    o.path = uri;
    o.user = QStringLiteral("duty");
    const qint64 incident = cd::Journal::open(o, clock, *library).value()->createIncident(
        QStringLiteral("基准"), false, QJsonObject{{QStringLiteral("participants"), 300}}, clock.now()).value();

    // Rounds interleaved, so a slow moment of the machine falls on both sides.
    Run ourAll, rawAll;
    for (int r = 0; r < rounds; ++r) {
        const Run a = ours(uri, incident, perWriter, *library);
        const Run b = raw(pg, QStringLiteral("bench"), perWriter);
        ourAll.latenciesMs << a.latenciesMs;
        rawAll.latenciesMs << b.latenciesMs;
        ourAll.seconds += a.seconds;
        rawAll.seconds += b.seconds;
        ourAll.count += a.count;
        rawAll.count += b.count;
    }
    const QList<double> idle = visibility(uri, incident, 200, *library, library, false, perWriter);
    const QList<double> busy = visibility(uri, incident, 200, *library, library, true, perWriter);
    {
        cd::Journal::Options check;
        check.path = uri;
        check.user = QStringLiteral("leader");
        const auto verified = cd::Journal::open(check, clock, *library).value()->verify().value();
        if (!verified.intact)
            qFatal("chain broken after the benchmark: %s", qPrintable(verified.problem));
    }

    const double ourRate = ourAll.count / ourAll.seconds, rawRate = rawAll.count / rawAll.seconds;
    QString table;
    table += QStringLiteral("# Shared journal (PostgreSQL 15, %1 workstations, %2 appends each × %3 rounds, %4 cores, %5)\n\n")
                 .arg(Workstations).arg(perWriter).arg(rounds).arg(QThread::idealThreadCount()).arg(QSysInfo::prettyProductName());
    table += QStringLiteral("| measure | CommandDesk | raw libpq INSERT | ratio |\n| --- | --- | --- | --- |\n");
    table += QStringLiteral("| appends/s, all workstations | %1 | %2 | %3 |\n").arg(ourRate, 0, 'f', 0).arg(rawRate, 0, 'f', 0).arg(ourRate / rawRate, 0, 'f', 2);
    table += QStringLiteral("| durable append p50 | %1 ms | %2 ms | |\n").arg(percentile(ourAll.latenciesMs, 0.5), 0, 'f', 2).arg(percentile(rawAll.latenciesMs, 0.5), 0, 'f', 2);
    table += QStringLiteral("| durable append p99 | %1 ms | %2 ms | |\n").arg(percentile(ourAll.latenciesMs, 0.99), 0, 'f', 2).arg(percentile(rawAll.latenciesMs, 0.99), 0, 'f', 2);
    table += QStringLiteral("| visibility A→B fold, p50 / p99 (idle, %1 samples) | %2 / %3 ms | | target p99 ≤ 250 ms |\n")
                 .arg(idle.size()).arg(percentile(idle, 0.5), 0, 'f', 1).arg(percentile(idle, 0.99), 0, 'f', 1);
    table += QStringLiteral("| visibility A→B fold, p50 / p99 (while 20 desks append, %1 samples) | %2 / %3 ms | | target p99 ≤ 250 ms |\n")
                 .arg(busy.size()).arg(percentile(busy, 0.5), 0, 'f', 1).arg(percentile(busy, 0.99), 0, 'f', 1);
    std::fputs(table.toUtf8().constData(), stdout);
    if (outIndex >= 0 && outIndex + 1 < args.size()) {
        QFile f(args.at(outIndex + 1));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(table.toUtf8());
    }
    return 0;
}
