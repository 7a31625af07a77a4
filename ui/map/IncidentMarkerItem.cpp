#include "IncidentMarkerItem.h"

#include <QCursor>
#include <QPainter>

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
    m_fill = fill;
    m_exercise = exercise;
    setToolTip(tooltip);
    update();
}

void IncidentMarkerItem::setSelectedMarker(bool selected)
{
    m_selected = selected;
    setZValue(selected ? 20 : 10);
    update();
}

QRectF IncidentMarkerItem::boundingRect() const
{
    const double r = Radius + 5;
    return {-r, -r, 2 * r, 2 * r};
}

void IncidentMarkerItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_exercise ? QColor(0x20, 0x20, 0x20) : Qt::white, m_selected ? 3.5 : 2.0);
    if (m_exercise)
        pen.setStyle(Qt::DashLine);
    p->setPen(pen);
    p->setBrush(m_fill);
    p->drawEllipse(QPointF(0, 0), Radius, Radius);
    if (m_exercise) {
        QFont f = p->font();
        f.setPixelSize(11);
        f.setBold(true);
        p->setFont(f);
        p->setPen(Qt::black);
        p->drawText(QRectF(-Radius, -Radius, 2 * Radius, 2 * Radius), Qt::AlignCenter, QStringLiteral("演"));
    }
}

} // namespace cd
