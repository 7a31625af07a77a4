// Time to produce a situation report (PDF) and the CAP/CSV exports for an incident with 500
// events, in interleaved rounds beside a baseline: the same HTML body printed by a bare
// QTextDocument to a QPdfWriter (Qt's own text-to-PDF path, without our pages, header, map
// and fold). Median (min–max) of N ≥ 5.
//   QT_QPA_PLATFORM=offscreen bench_report [--runs N] [--out FILE]
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
#include <QPdfWriter>
#include <QTextDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int ri = args.indexOf(QStringLiteral("--runs"));
    const int runs = std::max(5, ri > 0 ? args.at(ri + 1).toInt() : 5);
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
    // Entered as they happen, 30 s apart: the journal refuses events dated after their entry.
    for (int i = 1; i < 500; ++i) {
        clock.advance(30);
        const auto seq = journal->append(cd::NewEvent{id, i % 50 == 0 ? QStringLiteral("facts_updated") : QStringLiteral("note"),
                                                      i % 50 == 0 ? QJsonObject{{QStringLiteral("facts"), QJsonObject{{QStringLiteral("participants"), 260 + i}}}}
                                                                  : QJsonObject{{QStringLiteral("text"), QStringLiteral("现场情况续报第%1条").arg(i)}},
                                                      clock.now(), author});
        if (!seq)
            qFatal("append %d: %s", i, qPrintable(seq.error()));
    }
    const auto events = journal->events(id).value();
    QList<double> pdf, raw, ratio, cap;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const auto state = cd::IncidentState::fold(events, {*library, cd::WorkCalendar::builtin()}, {}, clock.now().addDays(1));
        const cd::SituationReport report(state, *library, cd::RegionMap::lishuiCounties(), {});
        (void)report.writePdf(dir.filePath(QStringLiteral("r.pdf"))).value();
        pdf << t.nsecsElapsed() / 1e6;
        const QString body = report.html();
        t.restart();
        {
            QPdfWriter writer(dir.filePath(QStringLiteral("raw.pdf")));
            writer.setPageSize(QPageSize(QPageSize::A4));
            QTextDocument document;
            document.setHtml(body);
            document.print(&writer);
        }
        raw << t.nsecsElapsed() / 1e6;
        ratio << pdf.last() / raw.last();
        t.restart();
        (void)cd::CapExport::alert(state, *library);
        (void)cd::CsvExport::timeline(state, *library);
        cap << t.nsecsElapsed() / 1e6;
    }
    auto spread = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return QStringLiteral("%1 ms (%2–%3)").arg(v.at(v.size() / 2), 0, 'f', 1).arg(v.first(), 0, 'f', 1).arg(v.last(), 0, 'f', 1);
    };
    std::sort(ratio.begin(), ratio.end());
    const QString table = QStringLiteral("| measure | CommandDesk | baseline | ratio |\n| --- | ---: | ---: | ---: |\n"
                                         "| situation report PDF, incident of 500 events, fold included (%1 interleaved rounds) | %2 | %3 "
                                         "(same HTML, bare QTextDocument → QPdfWriter) | %4 |\n"
                                         "| CAP 1.2 + CSV export of the same incident | %5 | — | — |\n")
                              .arg(runs).arg(spread(pdf), spread(raw)).arg(ratio.at(ratio.size() / 2), 0, 'f', 2).arg(spread(cap));
    std::fputs(table.toUtf8().constData(), stdout);
    if (const int oi = args.indexOf(QStringLiteral("--out")); oi > 0) {
        QFile f(args.at(oi + 1));
        if (f.open(QIODevice::WriteOnly))
            f.write(table.toUtf8());
    }
    return 0;
}
