// Cold start to first painted frame, and peak memory: `commanddesk --screenshot` on a journal
// beside a hello-world Qt Widgets window, both fresh processes timed the same way (from main()
// to the window grabbed, PNG encoding not counted; VmHWM at that moment). Rounds are
// interleaved, the order alternating, so that a busy machine weighs on both alike; median and
// min–max of each, and the ratio of the medians. The desk's first frame is its window with
// the map, the menus and the docks in place (MainWindow::Build::FrameFirst); the docks'
// contents are built on the next turn and the incidents are read on a thread of their own
// (StartupLoad). Rows of their own: the desk loaded (incidents listed and on the map), the
// time the UI thread took to take them in (adopt), and the longest single event it delivered
// between the first frame and the loaded desk (commanddesk's TimedApplication).
//
//   QT_QPA_PLATFORM=offscreen bench_startup --db JOURNAL [--runs N] [--label TEXT] [--out FILE]
//   QT_QPA_PLATFORM=offscreen bench_startup --incidents N [--runs N] [--out FILE]
// With --db, a journal built by tests/bench/make-journal.py and `commanddesk-cli import`; a
// first run (not counted) brings its summary projection up to date, as any start-up would.
// Without it, N exercise incidents are created here (slow beyond ~10k).
#include "journal/Journal.h"
#include "plan/PlanLibrary.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

struct Run {
    double frameMs = -1;
    double peakMb = -1;
    double loadedMs = -1; // the desk with its incidents in (the app only)
    double loadedPeakMb = -1;
    double adoptMs = -1;        // the incidents taken in on the UI thread (IncidentStore::adopt)
    double longestEventMs = -1; // the longest event the UI thread delivered between the two
    QString longestWhat;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(600000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const auto m = QRegularExpression(QStringLiteral("first frame after ([\\d.]+) ms, peak RSS (\\d+) kB")).match(out);
    if (!m.hasMatch())
        return {};
    Run r;
    r.frameMs = m.captured(1).toDouble();
    r.peakMb = m.captured(2).toDouble() / 1024.0;
    const auto l = QRegularExpression(QStringLiteral("desk loaded after (\\d+) ms, peak RSS (\\d+) kB, longest event ([\\d.]+) ms \\(([^)]*)\\)")).match(out);
    if (l.hasMatch()) {
        r.loadedMs = l.captured(1).toDouble();
        r.loadedPeakMb = l.captured(2).toDouble() / 1024.0;
        r.longestEventMs = l.captured(3).toDouble();
        r.longestWhat = l.captured(4);
    }
    if (const auto a = QRegularExpression(QStringLiteral("incidents taken in on the UI thread in (\\d+) ms")).match(out); a.hasMatch())
        r.adoptMs = a.captured(1).toDouble();
    return r;
}

struct Spread {
    double median, min, max;
};

Spread spread(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return {v.at(v.size() / 2), v.first(), v.last()};
}

QString text(const Spread &s, const char *unit, int decimals = 0)
{
    return QStringLiteral("%1 %4 (%2–%3)")
        .arg(s.median, 0, 'f', decimals)
        .arg(s.min, 0, 'f', decimals)
        .arg(s.max, 0, 'f', decimals)
        .arg(QLatin1String(unit));
}

QString makeJournal(const QString &db, int incidents)
{
    const auto library = cd::PlanLibrary::loadBuiltin().value();
    cd::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(3, 10), Qt::UTC));
    cd::Journal::Options o;
    o.path = db;
    auto journal = cd::Journal::open(o, clock, *library).value();
    for (int i = 0; i < incidents; ++i) {
        const QJsonObject facts{{QStringLiteral("participants"), 50 + (i * 37) % 6000},
                                {QStringLiteral("cause"), i % 3 ? QStringLiteral("other") : QStringLiteral("wage_arrears")},
                                {QStringLiteral("location"), QJsonObject{{QStringLiteral("lat"), 27.8 + (i % 100) * 0.01},
                                                                         {QStringLiteral("lon"), 119.0 + (i / 100) * 0.012}}}};
        (void)journal->createIncident(QStringLiteral("bench %1").arg(i), true, facts, clock.now().addSecs(-i * 60), {QStringLiteral("bench"), {}}).value();
    }
    return QStringLiteral("%1 incidents created by bench_startup").arg(incidents);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto opt = [&args](const char *name) {
        const auto i = args.indexOf(QLatin1String(name));
        return i > 0 && i + 1 < args.size() ? std::optional<QString>(args.at(i + 1)) : std::nullopt;
    };
    const int runs = std::max(5, opt("--runs").value_or(QStringLiteral("5")).toInt());
    QTemporaryDir dir;
    QString db = opt("--db").value_or(QString());
    QString label = opt("--label").value_or(QString());
    if (db.isEmpty()) {
        db = dir.filePath(QStringLiteral("big.sqlite"));
        label = makeJournal(db, opt("--incidents").value_or(QStringLiteral("10000")).toInt());
    } else if (label.isEmpty()) {
        label = QFileInfo(db).fileName();
    }
    const QStringList guiArgs{QStringLiteral("--db"), db, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("s.png")),
                              QStringLiteral("--size"), QStringLiteral("1920x1080")};
    (void)run(QStringLiteral(CD_GUI_PATH), guiArgs); // warm-up: the projection caught up, files in the page cache
    (void)run(QStringLiteral(CD_HELLO_PATH), {});
    QList<double> guiFrame, guiPeak, helloFrame, helloPeak, guiLoaded, guiLoadedPeak, guiAdopt, guiLongest;
    QStringList longestWhat;
    for (int r = 0; r < runs; ++r) {
        Run gui, hello;
        if (r % 2 == 0) {
            gui = run(QStringLiteral(CD_GUI_PATH), guiArgs);
            hello = run(QStringLiteral(CD_HELLO_PATH), {});
        } else {
            hello = run(QStringLiteral(CD_HELLO_PATH), {});
            gui = run(QStringLiteral(CD_GUI_PATH), guiArgs);
        }
        if (gui.frameMs < 0 || hello.frameMs < 0 || gui.loadedMs < 0 || gui.adoptMs < 0) {
            std::fprintf(stderr, "bench_startup: a run printed no first frame or no loaded desk\n");
            return 1;
        }
        guiFrame << gui.frameMs;
        guiPeak << gui.peakMb;
        guiLoaded << gui.loadedMs;
        guiLoadedPeak << gui.loadedPeakMb;
        guiAdopt << gui.adoptMs;
        guiLongest << gui.longestEventMs;
        if (!longestWhat.contains(gui.longestWhat))
            longestWhat << gui.longestWhat;
        helloFrame << hello.frameMs;
        helloPeak << hello.peakMb;
    }
    const Spread gf = spread(guiFrame), hf = spread(helloFrame), gp = spread(guiPeak), hp = spread(helloPeak),
                 gl = spread(guiLoaded), glp = spread(guiLoadedPeak), ga = spread(guiAdopt), ge = spread(guiLongest);
    const QString table =
        QStringLiteral("| cold start to first frame, %1 (median, min–max of %2 interleaved) | %3 | hello-world %4 | %5× |\n"
                       "| peak RSS at the first frame, %1 | %6 | hello-world %7 | %8× |\n"
                       "| desk loaded (incidents listed, screenshot grabbed), %1 | %9 | — | — |\n"
                       "| peak RSS once loaded, %1 | %10 | — | — |\n"
                       "| the incidents taken in on the UI thread (adopt), %1 | %11 | — | ≤ 16 ms |\n"
                       "| longest event on the UI thread after the first frame, %1 | %12 | %13 | ≤ 16 ms |\n")
            .arg(label).arg(runs)
            .arg(text(gf, "ms", 1), text(hf, "ms", 1)).arg(gf.median / hf.median, 0, 'f', 2)
            .arg(text(gp, "MiB"), text(hp, "MiB")).arg(gp.median / hp.median, 0, 'f', 2)
            .arg(text(gl, "ms"), text(glp, "MiB"))
            .arg(text(ga, "ms"), text(ge, "ms", 1), longestWhat.join(QStringLiteral(", ")));
    std::fputs(table.toUtf8().constData(), stdout);
    if (const auto out = opt("--out")) {
        QFile f(*out);
        if (f.open(QIODevice::WriteOnly | QIODevice::Append))
            f.write(table.toUtf8());
    }
    return 0;
}
