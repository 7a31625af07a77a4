// One replay step with a big journal beside it: the replay window's cursor moved by one
// minute, its incident refolded at the cursor and its views repainted (events processed), as
// the Play button does five times a second. Also the live map following an incidentsReset of
// the whole desk (its markers moved and restyled, not recreated), and the whole desk (a copy
// of the journal in a MainWindow) taking an operator's note, a new incident and the clock's
// once-a-second tick: the UI thread's time for each, events processed.
//
//   QT_QPA_PLATFORM=offscreen bench_replay --db JOURNAL [--incident ID] [--steps N] [--label TEXT] [--out FILE]
// JOURNAL: built by tests/bench/make-journal.py and `commanddesk-cli import`.
#include "MainWindow.h"
#include "ReplayWindow.h"
#include "geo/RegionMap.h"
#include "items/IncidentStore.h"
#include "journal/Journal.h"
#include "map/MapView.h"
#include "plan/PlanLibrary.h"
#include "time/Clock.h"
#include "time/WorkCalendar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

QString spread(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return QStringLiteral("%1 ms (%2–%3; p95 %4)")
        .arg(v.at(v.size() / 2), 0, 'f', 2)
        .arg(v.first(), 0, 'f', 2)
        .arg(v.last(), 0, 'f', 2)
        .arg(v.at(std::min<qsizetype>(v.size() - 1, qsizetype(v.size() * 0.95))), 0, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto opt = [&args](const char *name) {
        const auto i = args.indexOf(QLatin1String(name));
        return i > 0 && i + 1 < args.size() ? std::optional<QString>(args.at(i + 1)) : std::nullopt;
    };
    const auto db = opt("--db");
    if (!db) {
        std::fprintf(stderr, "usage: bench_replay --db JOURNAL [--incident ID] [--steps N] [--label TEXT] [--out FILE]\n");
        return 2;
    }
    const int steps = std::max(5, opt("--steps").value_or(QStringLiteral("200")).toInt());
    const QString label = opt("--label").value_or(QFileInfo(*db).fileName());
    const auto library = cd::PlanLibrary::loadBuiltin().value();
    cd::SystemClock clock;
    cd::Journal::Options o;
    o.path = *db;
    auto journal = cd::Journal::open(o, clock, *library);
    if (!journal)
        qFatal("%s", qPrintable(journal.error()));
    cd::IncidentStore live(library, cd::WorkCalendar::builtin(), clock, *journal.value());
    QElapsedTimer t;
    t.start();
    if (const auto r = live.reload(); !r)
        qFatal("%s", qPrintable(r.error()));
    const double reloadMs = t.nsecsElapsed() / 1e6;
    const qint64 id = opt("--incident").value_or(QString::number(live.summaries().back().id)).toLongLong();

    cd::MapView map(live, cd::RegionMap::lishuiCounties());
    map.resize(1280, 800);
    map.show();
    while (map.isSyncing()) // the first sync, over several turns beyond 20k incidents
        QApplication::processEvents();
    QApplication::processEvents();
    // A reset: its markers synced over as many turns as it takes (all of them timed), and the
    // longest of those turns, the most the UI thread was held at once.
    QList<double> mapResets, mapLongestTurn;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        Q_EMIT live.incidentsReset();
        double longest = t.nsecsElapsed() / 1e6;
        QElapsedTimer turn;
        do {
            turn.start();
            QApplication::processEvents();
            longest = std::max(longest, turn.nsecsElapsed() / 1e6);
        } while (map.isSyncing());
        mapResets << t.nsecsElapsed() / 1e6;
        mapLongestTurn << longest;
    }

    // An operator's click on a closed incident: its full state folded on demand (one query,
    // one fold), what the detail docks need.
    QList<double> onDemand;
    for (const auto &summary : live.summaries()) {
        if (summary.needsFullFold())
            continue;
        t.restart();
        if (!live.incident(summary.id))
            qFatal("incident %lld not folded", summary.id);
        onDemand << t.nsecsElapsed() / 1e6;
        if (onDemand.size() == 50)
            break;
    }

    cd::ReplayWindow replay(live, id);
    replay.setAttribute(Qt::WA_DeleteOnClose, false);
    replay.show();
    QApplication::processEvents();
    QList<double> stepMs;
    for (int i = 0; i < steps; ++i) {
        t.restart();
        replay.setCursor(replay.cursor().addSecs(60));
        QApplication::processEvents(); // the views repaint
        stepMs << t.nsecsElapsed() / 1e6;
    }
    replay.close();

    // The whole desk on a copy of the journal (it is written to).
    QTemporaryDir scratch(QDir::currentPath() + QStringLiteral("/bench-desk-XXXXXX"));
    const QString copy = scratch.filePath(QStringLiteral("desk.sqlite"));
    if (!QFile::copy(*db, copy))
        qFatal("cannot copy %s", qPrintable(*db));
    cd::Journal::Options deskOptions;
    deskOptions.path = copy;
    auto deskJournal = cd::Journal::open(deskOptions, clock, *library);
    if (!deskJournal)
        qFatal("%s", qPrintable(deskJournal.error()));
    cd::IncidentStore desk(library, cd::WorkCalendar::builtin(), clock, *deskJournal.value());
    if (const auto r = desk.reload(); !r)
        qFatal("%s", qPrintable(r.error()));
    const auto urban = cd::RegionMap::loadFile(QStringLiteral(":/geo/urban-area.geojson")).value();
    cd::MainWindow window(desk, cd::RegionMap::lishuiCounties(), urban);
    window.resize(1920, 1080);
    window.show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const qint64 open = desk.incidents().empty() ? id : desk.incidents().back()->id;
    QList<double> noteMs, newMs, tickMs;
    for (int i = 0; i < 20; ++i) {
        t.restart();
        if (!desk.record(open, QStringLiteral("note"), QJsonObject{{QStringLiteral("text"), QStringLiteral("现场平稳 %1").arg(i)}}))
            qFatal("note not recorded");
        QApplication::processEvents();
        noteMs << t.nsecsElapsed() / 1e6;
        t.restart();
        Q_EMIT desk.ticked(clock.now());
        QApplication::processEvents();
        tickMs << t.nsecsElapsed() / 1e6;
    }
    for (int i = 0; i < 10; ++i) {
        t.restart();
        const QJsonObject facts{{QStringLiteral("participants"), 120 + i}, {QStringLiteral("cause"), QStringLiteral("wage_arrears")}};
        if (!desk.createIncident(QStringLiteral("bench %1").arg(i), false, facts, clock.now()))
            qFatal("incident not created");
        QApplication::processEvents();
        newMs << t.nsecsElapsed() / 1e6;
    }

    const QString table = QStringLiteral("| replay step (cursor +1 min, incident #%1 refolded and repainted), %2 (median, min–max of %3) | %4 |\n"
                                         "| live map after incidentsReset, %5 markers kept and moved, all its turns, %2 (of 5) | %6 |\n"
                                         "| — the longest of those turns, %2 (of 5) | %13 |\n"
                                         "| live store reload (summary projection + open incidents folded), %2 | %7 ms |\n"
                                         "| full state of a closed incident folded on demand (a click), %2 (of %8) | %9 |\n"
                                         "| desk: an operator's note on an open incident, UI thread, %2 (of 20) | %10 |\n"
                                         "| desk: a new incident entered, UI thread, %2 (of 10) | %11 |\n"
                                         "| desk: the clock's once-a-second tick, UI thread, %2 (of 20) | %12 |\n")
                              .arg(id).arg(label).arg(steps).arg(spread(stepMs))
                              .arg(live.summaries().size()).arg(spread(mapResets)).arg(reloadMs, 0, 'f', 0).arg(onDemand.size()).arg(spread(onDemand))
                              .arg(spread(noteMs), spread(newMs), spread(tickMs))
                              .arg(spread(mapLongestTurn));
    std::fputs(table.toUtf8().constData(), stdout);
    if (const auto out = opt("--out")) {
        QFile f(*out);
        if (f.open(QIODevice::WriteOnly | QIODevice::Append))
            f.write(table.toUtf8());
    }
    return 0;
}
