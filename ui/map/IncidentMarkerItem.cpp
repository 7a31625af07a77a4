#include "IncidentMarkerItem.h"

#include <QCursor>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace cd {

IncidentMarkerItem::IncidentMarkerItem(qint64 id, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_id(id)
{
    setFlag(ItemIgnoresTransformations);
    setZValue(10);
    setCursor(Qt::PointingHandCursor);
}

void IncidentMarkerItem::setAppearance(const QColor &fill, bool exercise, const QString &tooltip)
{
    if (m_fill == fill && m_exercise == exercise && toolTip() == tooltip)
        return; // a replay step or a refold repaints only markers that changed
    m_fill = fill;
    m_exercise = exercise;
    setToolTip(tooltip);
    update();
}

void IncidentMarkerItem::setSelectedMarker(bool selected)
{
    if (m_selected == selected && zValue() == (selected ? 20 : 10))
        return;
    m_selected = selected;
    setZValue(selected ? 20 : 10);
    update();
}

QRectF IncidentMarkerItem::boundingRect() const
{
    const double r = Radius + 5;
    return {-r, -r, 2 * r, 2 * r};
}

namespace {

// One pixmap per look (colour, exercise, selected), shared by every marker: stroking a dashed
// antialiased ring and a glyph costs far more than a blit when thousands are on screen.
const QPixmap &markerPixmap(const QColor &fill, bool exercise, bool selected, qreal dpr)
{
    static QHash<QString, QPixmap> cache;
    const QString key = QStringLiteral("%1/%2/%3/%4").arg(fill.rgba()).arg(exercise).arg(selected).arg(dpr);
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    const double r = IncidentMarkerItem::Radius, side = 2 * (r + 5);
    QPixmap pm(QSize(int(side * dpr), int(side * dpr)));
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(side / 2, side / 2);
    QPen pen(exercise ? QColor(0x20, 0x20, 0x20) : Qt::white, selected ? 3.5 : 2.0);
    if (exercise)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.setBrush(fill);
    p.drawEllipse(QPointF(0, 0), r, r);
    if (exercise) {
        QFont f = p.font();
        f.setPixelSize(11);
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::black);
        p.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt::AlignCenter, QStringLiteral("演"));
    }
    p.end();
    return *cache.insert(key, pm);
}

} // namespace

void IncidentMarkerItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPixmap &pm = markerPixmap(m_fill, m_exercise, m_selected, p->device() ? p->device()->devicePixelRatioF() : 1.0);
    const QRectF box = boundingRect();
    p->drawPixmap(box.topLeft(), pm);
}

} // namespace cd
