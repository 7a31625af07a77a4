// Cold start to first frame: `commanddesk --screenshot` on a journal with 10,000 incidents,
// beside a hello-world Qt Widgets window, both as fresh processes (median of N runs; the
// wall time of the process is reported too).
//
//   QT_QPA_PLATFORM=offscreen bench_startup [--incidents N] [--runs N] [--out FILE]
#include "journal/Journal.h"
#include "plan/PlanLibrary.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

std::pair<double, double> timeRun(const QString &program, const QStringList &args)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(program, args);
    p.waitForFinished(600000);
    const double wall = t.nsecsElapsed() / 1e6;
    const auto m = QRegularExpression(QStringLiteral("first frame after (\\d+) ms")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return {m.hasMatch() ? m.captured(1).toDouble() : -1, wall};
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto opt = [&args](const char *name, int fallback) {
        const auto i = args.indexOf(QLatin1String(name));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int incidents = opt("--incidents", 10000), runs = opt("--runs", 5);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("big.sqlite"));
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
    }
    QList<double> guiFrame, guiWall, helloFrame, helloWall;
    for (int r = 0; r < runs; ++r) {
        const auto gui = timeRun(QStringLiteral(CD_GUI_PATH), {QStringLiteral("--db"), db, QStringLiteral("--screenshot"),
                                                               dir.filePath(QStringLiteral("s.png")), QStringLiteral("--size"), QStringLiteral("1920x1080")});
        const auto hello = timeRun(QStringLiteral(CD_HELLO_PATH), {});
        guiFrame << gui.first;
        guiWall << gui.second;
        helloFrame << hello.first;
        helloWall << hello.second;
    }
    const QString table = QStringLiteral("| cold start to first frame, %1 incidents in the journal (median of %2; process wall time) | %3 ms (%4 ms) | %5 ms (%6 ms) |\n")
                              .arg(incidents).arg(runs)
                              .arg(median(guiFrame), 0, 'f', 0).arg(median(guiWall), 0, 'f', 0)
                              .arg(median(helloFrame), 0, 'f', 0).arg(median(helloWall), 0, 'f', 0);
    std::fputs(table.toUtf8().constData(), stdout);
    const int oi = args.indexOf(QStringLiteral("--out"));
    if (oi > 0) {
        QFile f(args.at(oi + 1));
        if (f.open(QIODevice::WriteOnly))
            f.write(table.toUtf8());
    }
    return 0;
}
