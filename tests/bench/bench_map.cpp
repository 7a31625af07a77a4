// Map frame time at 1920×1080 with the nine counties, 1,000 incidents and 200 moving unit
// markers, beside plain QPainter drawing the same geometry into the same image.
//
//   QT_QPA_PLATFORM=offscreen bench_map [--frames N] [--out FILE]
#include "geo/RegionMap.h"
#include "geo/WebMercator.h"
#include "items/IncidentStore.h"
#include "journal/Journal.h"
#include "map/MapView.h"
#include "map/UnitLayer.h"
#include "units/UnitPositions.h"
#include "units/UnitRoster.h"
#include "plan/PlanLibrary.h"
#include "time/Clock.h"
#include "time/WorkCalendar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFontMetrics>
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPixmap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int fi = args.indexOf(QStringLiteral("--frames"));
    const int frames = fi > 0 ? args.at(fi + 1).toInt() : 60;
    QRandomGenerator rng(42); // same positions every run

    const auto library = cd::PlanLibrary::loadBuiltin().value();
    cd::ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(3, 10), Qt::UTC));
    QTemporaryDir dir;
    cd::Journal::Options o;
    o.path = dir.filePath(QStringLiteral("map.sqlite"));
    auto journal = cd::Journal::open(o, clock, *library).value();
    const auto bounds = cd::RegionMap::lishuiCounties().bounds();
    QList<QGeoCoordinate> sites;
    for (int i = 0; i < 1000; ++i) {
        const QGeoCoordinate c(bounds.bottomLeft().latitude() + rng.generateDouble() * bounds.height(),
                               bounds.bottomLeft().longitude() + rng.generateDouble() * bounds.width());
        sites << c;
        const QJsonObject facts{{QStringLiteral("participants"), 50 + int(rng.bounded(6000))},
                                {QStringLiteral("location"), QJsonObject{{QStringLiteral("lat"), c.latitude()}, {QStringLiteral("lon"), c.longitude()}}}};
        const auto id = journal->createIncident(QStringLiteral("bench %1").arg(i), i % 5 == 0, facts, clock.now(), {QStringLiteral("bench"), {}});
        if (!id)
            qFatal("%s", qPrintable(id.error()));
    }
    cd::IncidentStore store(library, cd::WorkCalendar::builtin(), clock, *journal);
    (void)store.reload().value();
    cd::MapView view(store, cd::RegionMap::lishuiCounties());
    view.resize(1920, 1080);
    view.show();
    QApplication::processEvents();
    view.fitCity();
    QApplication::processEvents();
    if (view.viewport()->width() < 1800)
        qFatal("viewport is %dx%d", view.viewport()->width(), view.viewport()->height());

    // 200 units of the roster, moving at 1 Hz (each frame is one second of the feed), drawn by
    // the map's own unit layer: heading arrow, call sign, a 2-minute trail; every tenth is stale.
    QList<cd::StoredEvent> rosterEvents;
    for (int i = 0; i < 200; ++i) {
        cd::Unit u;
        u.id = QStringLiteral("U-%1").arg(i);
        u.callsign = QStringLiteral("丽%1").arg(i, 3, 10, QLatin1Char('0'));
        u.agency = i % 3 == 0 ? QStringLiteral("市公安局") : i % 3 == 1 ? QStringLiteral("市急救中心") : QStringLiteral("市人力社保局");
        u.kind = QStringLiteral("car");
        cd::StoredEvent e;
        e.seq = i + 1;
        e.kind = QStringLiteral("unit_added");
        e.payloadText = QJsonDocument(u.toPayload()).toJson(QJsonDocument::Compact);
        rosterEvents << e;
    }
    const cd::UnitRoster roster = cd::UnitRoster::fold(rosterEvents);
    cd::UnitPositions positions;
    QList<QGeoCoordinate> unitAt;
    QList<double> unitHeading;
    for (int i = 0; i < 200; ++i) {
        unitAt << sites.at(i);
        unitHeading << rng.generateDouble() * 360;
    }
    QDateTime feedTime = clock.now();
    auto feedSecond = [&] {
        feedTime = feedTime.addSecs(1);
        for (int i = 0; i < 200; ++i) {
            if (i % 10 == 0 && feedTime.secsTo(clock.now()) < -1)
                continue; // gone quiet after its first fix: stale after 2 minutes
            unitAt[i] = unitAt[i].atDistanceAndAzimuth(15, unitHeading[i]);
            QGeoPositionInfo fix(unitAt[i], feedTime);
            fix.setAttribute(QGeoPositionInfo::Direction, unitHeading[i]);
            positions.add({QStringLiteral("U-%1").arg(i), fix});
        }
    };
    for (int s = 0; s < 180; ++s) // three minutes of history: full trails, stale units stale
        feedSecond();
    cd::UnitLayer layer(*view.scene(), view.projection());
    layer.sync(roster, positions, feedTime);

    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    QList<double> ours;
    for (int f = 0; f < frames; ++f) {
        feedSecond();
        QElapsedTimer t;
        t.start();
        layer.sync(roster, positions, feedTime); // the second's fixes, then the frame
        QPainter p(&image);
        view.render(&p, QRectF(image.rect()), view.viewport()->rect());
        p.end();
        ours << t.nsecsElapsed() / 1e6;
    }

    if (const int si = args.indexOf(QStringLiteral("--save")); si > 0)
        image.save(args.at(si + 1) + QStringLiteral("-ours.png"));
    // The same picture with plain QPainter: projected county paths, labels, 1,000 + 200 discs.
    const QTransform toView = view.viewportTransform();
    QList<QPainterPath> counties;
    for (const auto &r : cd::RegionMap::lishuiCounties().regions()) {
        QPainterPath path;
        for (const auto &poly : r.polygons) {
            QPolygonF ring;
            for (const auto &c : poly.perimeter())
                ring << view.projection().project(c);
            path.addPolygon(ring);
        }
        counties << toView.map(path);
    }
    QList<QPointF> incidentPoints;
    for (const auto &c : sites)
        incidentPoints << toView.map(view.projection().project(c));
    // Drawn the way a careful hand-written painter would, and the way the map does: a marker
    // is rendered once into a pixmap and blitted (stroking 1,000 antialiased circles per frame
    // made the baseline 4× slower than the same picture needs); the view's own render hints.
    QPixmap disc(22, 22);
    disc.fill(Qt::transparent);
    {
        QPainter d(&disc);
        d.setRenderHint(QPainter::Antialiasing);
        d.setPen(QPen(Qt::white, 2));
        d.setBrush(QColor(0xf2, 0xc4, 0x0f));
        d.drawEllipse(QPointF(11, 11), 9, 9);
    }
    // The raw drawing gets the same help the layer has: labels rendered once.
    QFont labelFont;
    labelFont.setPointSizeF(8);
    QList<QPixmap> labels;
    for (const cd::Unit &u : roster.all()) {
        const QFontMetrics fm(labelFont);
        QPixmap pm(QSize(fm.horizontalAdvance(u.callsign) + 6, fm.height() + 2));
        pm.fill(QColor(255, 255, 255, 200));
        QPainter lp(&pm);
        lp.setFont(labelFont);
        lp.drawText(pm.rect(), Qt::AlignCenter, u.callsign);
        labels << pm;
    }
    const QPolygonF arrow({QPointF(0, -9), QPointF(6.3, 7.2), QPointF(0, 3.15), QPointF(-6.3, 7.2)});
    QList<double> raw;
    for (int f = 0; f < frames; ++f) {
        feedSecond();
        QElapsedTimer t;
        t.start();
        QPainter p(&image);
        p.setRenderHints(view.renderHints());
        p.fillRect(image.rect(), QColor(0xdc, 0xe8, 0xf0));
        p.setPen(QPen(QColor(0x6b, 0x6b, 0x6b), 1));
        p.setBrush(QColor(0xf7, 0xf4, 0xea));
        for (const auto &path : counties)
            p.drawPath(path);
        for (const auto &r : cd::RegionMap::lishuiCounties().regions())
            p.drawText(toView.map(view.projection().project(r.label)), r.name);
        for (const auto &pt : incidentPoints)
            p.drawPixmap(pt - QPointF(11, 11), disc);
        for (int i = 0; i < roster.all().size(); ++i) {
            const auto *pos = positions.position(roster.all().at(i).id);
            QPolygonF trail;
            for (const auto &c : pos->trail)
                trail << toView.map(view.projection().project(c));
            p.setPen(QPen(QColor(0x1f, 0x4e, 0x9c, 150), 2));
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(trail);
            const QPointF at = toView.map(view.projection().project(pos->last.coordinate()));
            p.drawPixmap(at + QPointF(11, -labels.at(i).height() / 2.0), labels.at(i));
            p.save();
            p.translate(at);
            p.rotate(pos->heading);
            p.setPen(QPen(Qt::white, 1.5));
            p.setBrush(QColor(0x1f, 0x4e, 0x9c));
            p.drawPolygon(arrow);
            p.restore();
        }
        p.end();
        raw << t.nsecsElapsed() / 1e6;
    }
    if (const int si = args.indexOf(QStringLiteral("--save")); si > 0)
        image.save(args.at(si + 1) + QStringLiteral("-raw.png"));
    const QString table = QStringLiteral("| map frame at 1920×1080, 9 counties, 1,000 incidents, 200 moving units with trails and call signs at 1 Hz (median of %1) | %2 ms | %3 ms | %4× |\n")
                              .arg(frames).arg(median(ours), 0, 'f', 1).arg(median(raw), 0, 'f', 1).arg(median(ours) / median(raw), 0, 'f', 2);
    std::fputs(table.toUtf8().constData(), stdout);
    const int oi = args.indexOf(QStringLiteral("--out"));
    if (oi > 0) {
        QFile f(args.at(oi + 1));
        if (f.open(QIODevice::WriteOnly))
            f.write(table.toUtf8());
    }
    return 0;
}
