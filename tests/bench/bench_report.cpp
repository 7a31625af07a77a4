// Time to produce a situation report (PDF) and the CAP/CSV exports for an incident with 500
// events, median of N runs.   QT_QPA_PLATFORM=offscreen bench_report [--runs N] [--out FILE]
#include "geo/RegionMap.h"
#include "journal/IncidentState.h"
#include "journal/Journal.h"
#include "plan/PlanLibrary.h"
#include "report/CapExport.h"
#include "report/SituationReport.h"
#include "time/Clock.h"
#include "time/WorkCalendar.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int ri = args.indexOf(QStringLiteral("--runs"));
    const int runs = ri > 0 ? args.at(ri + 1).toInt() : 5;
    const auto library = cd::PlanLibrary::loadBuiltin().value();
    cd::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(3, 10), Qt::UTC));
    QTemporaryDir dir;
    cd::Journal::Options o;
    o.path = dir.filePath(QStringLiteral("r.sqlite"));
    auto journal = cd::Journal::open(o, clock, *library).value();
    const cd::EventAuthor author{QStringLiteral("bench"), QStringLiteral("desk")};
    const qint64 id = journal->createIncident(QStringLiteral("bench"), false,
                                              QJsonObject{{QStringLiteral("cause"), QStringLiteral("wage_arrears")}, {QStringLiteral("participants"), 260},
                                                          {QStringLiteral("location"), QJsonObject{{QStringLiteral("lat"), 28.45}, {QStringLiteral("lon"), 119.91}}}},
                                              clock.now(), author).value();
    QList<cd::NewEvent> batch;
    for (int i = 1; i < 500; ++i)
        batch << cd::NewEvent{id, i % 50 == 0 ? QStringLiteral("facts_updated") : QStringLiteral("note"),
                              i % 50 == 0 ? QJsonObject{{QStringLiteral("facts"), QJsonObject{{QStringLiteral("participants"), 260 + i}}}}
                                          : QJsonObject{{QStringLiteral("text"), QStringLiteral("现场情况续报第%1条").arg(i)}},
                              clock.now().addSecs(i * 30), author};
    (void)journal->appendBatch(batch).value();
    const auto events = journal->events(id).value();
    QList<double> pdf, cap;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const auto state = cd::IncidentState::fold(events, {*library, cd::WorkCalendar::builtin()}, {}, clock.now().addDays(1));
        const cd::SituationReport report(state, *library, cd::RegionMap::lishuiCounties(), {});
        (void)report.writePdf(dir.filePath(QStringLiteral("r.pdf"))).value();
        pdf << t.nsecsElapsed() / 1e6;
        t.restart();
        (void)cd::CapExport::alert(state, *library);
        (void)cd::CsvExport::timeline(state, *library);
        cap << t.nsecsElapsed() / 1e6;
    }
    std::sort(pdf.begin(), pdf.end());
    std::sort(cap.begin(), cap.end());
    const QString table = QStringLiteral("| situation report PDF for an incident with 500 events, fold included (median of %1) | %2 ms | — |\n"
                                         "| CAP 1.2 + CSV export of the same incident | %3 ms | — |\n")
                              .arg(runs).arg(pdf.at(pdf.size() / 2), 0, 'f', 0).arg(cap.at(cap.size() / 2), 0, 'f', 1);
    std::fputs(table.toUtf8().constData(), stdout);
    if (const int oi = args.indexOf(QStringLiteral("--out")); oi > 0) {
        QFile f(args.at(oi + 1));
        if (f.open(QIODevice::WriteOnly))
            f.write(table.toUtf8());
    }
    return 0;
}
