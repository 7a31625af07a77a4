#include "report/MapSnapshot.h"
#include "report/ReportKind.h"

#include "geo/RegionMap.h"
#include "geo/ScaleBar.h"
#include "geo/WebMercator.h"

#include <QPainter>
#include <QPainterPath>

namespace cd {

QImage MapSnapshot::render(const RegionMap &regions, const QString &county, const QGeoCoordinate &site, const QColor &markerColor,
                           QSize size)
{
    const WebMercator projection(12);
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0xdc, 0xe8, 0xf0));
    // Frame: the site's county (or the whole city when the county is not on the map).
    QRectF frame;
    for (const auto &r : regions.regions())
        if (r.name == county || county.isEmpty() || !std::any_of(regions.regions().begin(), regions.regions().end(),
                                                                 [&county](const Region &x) { return x.name == county; }))
            for (const auto &p : r.polygons)
                for (const auto &c : p.perimeter())
                    frame |= QRectF(projection.project(c), QSizeF(0.01, 0.01));
    if (site.isValid())
        frame |= QRectF(projection.project(site), QSizeF(0.01, 0.01));
    frame.adjust(-frame.width() * 0.15, -frame.height() * 0.15, frame.width() * 0.15, frame.height() * 0.15);
    const double scale = std::min(size.width() / frame.width(), size.height() / frame.height());
    QTransform t;
    t.translate(size.width() / 2.0, size.height() / 2.0);
    t.scale(scale, scale);
    t.translate(-frame.center().x(), -frame.center().y());

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f(ReportFont::family());
    f.setPixelSize(std::max(11, size.height() / 28));
    p.setFont(f);
    for (const auto &r : regions.regions()) {
        QPainterPath path;
        for (const auto &poly : r.polygons) {
            QPolygonF ring;
            for (const auto &c : poly.perimeter())
                ring << t.map(projection.project(c));
            path.addPolygon(ring);
            path.closeSubpath();
        }
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), r.name == county ? 2.0 : 1.0));
        p.setBrush(r.name == county ? QColor(0xf6, 0xe7, 0xb8) : QColor(0xf7, 0xf4, 0xea));
        p.drawPath(path);
    }
    p.setPen(QColor(0x33, 0x33, 0x33));
    for (const auto &r : regions.regions()) {
        const QPointF at = t.map(projection.project(r.label));
        const QRectF box(at.x() - 60, at.y() - 10, 120, 20);
        if (QRectF(image.rect()).contains(at))
            p.drawText(box, Qt::AlignCenter, r.name);
    }
    if (site.isValid()) {
        const QPointF at = t.map(projection.project(site));
        p.setPen(QPen(Qt::black, 2));
        p.setBrush(markerColor);
        p.drawEllipse(at, 8, 8);
        p.drawLine(at + QPointF(-14, 0), at + QPointF(-9, 0));
        p.drawLine(at + QPointF(9, 0), at + QPointF(14, 0));
    }
    const double metresPerPixel = projection.metresPerPixel(projection.unproject(frame.center()).latitude()) / scale;
    const auto bar = ScaleBar::choose(metresPerPixel, size.width() / 4.0);
    const QPointF origin(12, size.height() - 14);
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(origin, origin + QPointF(bar.pixels, 0));
    p.drawText(origin + QPointF(0, -6), bar.label);
    return image;
}

} // namespace cd
