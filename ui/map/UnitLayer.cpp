#include "map/UnitLayer.h"

#include <QFontMetrics>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QPen>

#include <cmath>

namespace cd {

UnitMarkerItem::UnitMarkerItem(QString unit, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_unit(std::move(unit))
{
    setFlag(ItemIgnoresTransformations);
    setZValue(15); // above incidents (10), below the selected one (20)
}

void UnitMarkerItem::setLook(const QString &callsign, const QColor &colour, double headingDeg, bool stale)
{
    if (callsign != m_callsign || stale != m_stale || m_label.isNull()) {
        m_callsign = callsign;
        m_stale = stale;
        // The label as a pixmap: text shaping per frame for 200 units would cost more than the map.
        QFont font;
        font.setPointSizeF(8);
        const QFontMetrics fm(font);
        const QSize size(fm.horizontalAdvance(callsign) + 6, fm.height() + 2);
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setFont(font);
        p.fillRect(pm.rect(), QColor(255, 255, 255, stale ? 120 : 200));
        p.setPen(stale ? QColor(0x70, 0x70, 0x70) : QColor(0x10, 0x10, 0x10));
        p.drawText(pm.rect(), Qt::AlignCenter, callsign);
        p.end();
        prepareGeometryChange();
        m_label = pm;
    }
    m_colour = colour;
    m_heading = headingDeg;
    update();
}

QRectF UnitMarkerItem::boundingRect() const
{
    const double r = Size + 2;
    return QRectF(-r, -r, 2 * r, 2 * r).united(QRectF(r, -m_label.height() / 2.0, m_label.width(), m_label.height()));
}

void UnitMarkerItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    p->setRenderHint(QPainter::Antialiasing);
    p->drawPixmap(QPointF(Size + 2, -m_label.height() / 2.0), m_label);
    p->save();
    p->rotate(m_heading); // 0° north is up on the map; the scene's y grows southwards
    static const QPolygonF arrow({QPointF(0, -Size), QPointF(Size * 0.7, Size * 0.8), QPointF(0, Size * 0.35),
                                  QPointF(-Size * 0.7, Size * 0.8)});
    if (m_stale) {
        p->setPen(QPen(QColor(0x80, 0x80, 0x80), 1.5, Qt::DashLine));
        p->setBrush(QColor(0xd0, 0xd0, 0xd0, 160));
    } else {
        p->setPen(QPen(Qt::white, 1.5));
        p->setBrush(m_colour);
    }
    p->drawPolygon(arrow);
    p->restore();
}

UnitLayer::UnitLayer(QGraphicsScene &scene, const WebMercator &projection)
    : m_scene(scene)
    , m_projection(projection)
{
}

UnitLayer::~UnitLayer() = default; // the scene owns the items

QColor UnitLayer::agencyColour(const QString &agency)
{
    // The services' own colours where a convention exists; a stable hue otherwise.
    if (agency.contains(QStringLiteral("公安")))
        return QColor(0x1f, 0x4e, 0x9c);
    if (agency.contains(QStringLiteral("武警")))
        return QColor(0x2e, 0x6b, 0x2e);
    if (agency.contains(QStringLiteral("急救")) || agency.contains(QStringLiteral("卫生")))
        return QColor(0xc6, 0x28, 0x28);
    return QColor::fromHsv(int(qHash(agency) % 360), 160, 170);
}

void UnitLayer::setAgencies(const QSet<QString> &agencies)
{
    m_agencies = agencies;
    for (auto it = m_markers.begin(); it != m_markers.end(); ++it) {
        const bool shown = m_agencies.isEmpty() || m_agencies.contains(m_agencyOf.value(it.key()));
        it.value()->setVisible(shown && it.value()->data(0).toBool());
        if (auto *trail = m_trails.value(it.key()))
            trail->setVisible(it.value()->isVisible());
    }
}

int UnitLayer::shownCount() const
{
    int n = 0;
    for (const auto *m : m_markers)
        n += m->isVisible();
    return n;
}

void UnitLayer::sync(const UnitRoster &roster, const UnitPositions &positions, const QDateTime &now, const QHash<QString, QString> &taskText)
{
    for (const Unit &u : roster.all()) {
        const auto *pos = positions.position(u.id);
        UnitMarkerItem *m = m_markers.value(u.id);
        if (!m) {
            m = new UnitMarkerItem(u.id);
            m_scene.addItem(m);
            m_markers.insert(u.id, m);
            auto *trail = new QGraphicsPathItem;
            trail->setZValue(14);
            m_scene.addItem(trail);
            m_trails.insert(u.id, trail);
        }
        m_agencyOf.insert(u.id, u.agency);
        const bool placed = pos && !u.retired;
        m->setData(0, placed); // has a position to show
        const bool shown = placed && (m_agencies.isEmpty() || m_agencies.contains(u.agency));
        m->setVisible(shown);
        QGraphicsPathItem *trail = m_trails.value(u.id);
        trail->setVisible(shown);
        if (!placed)
            continue;
        const bool stale = positions.isStale(u.id, now);
        const QColor colour = agencyColour(u.agency);
        m->setLook(u.label(), colour, pos->heading, stale);
        m->setPos(m_projection.project(pos->last.coordinate()));
        QPainterPath path;
        for (qsizetype i = 0; i < pos->trail.size(); ++i) {
            const QPointF pt = m_projection.project(pos->trail.at(i));
            i == 0 ? path.moveTo(pt) : path.lineTo(pt);
        }
        trail->setPath(path);
        QPen pen(stale ? QColor(0x90, 0x90, 0x90, 140) : QColor(colour.red(), colour.green(), colour.blue(), 150), 2);
        pen.setCosmetic(true);
        trail->setPen(pen);
        // Hover: who is on board, how to reach them, what they are doing. Rebuilt only when
        // something it says changed (the text for 200 units every second would cost a frame).
        const QString tipKey = taskText.value(u.id) + QLatin1Char('|') +
                               (stale ? QString::number(pos->last.timestamp().secsTo(now) / 60) : QString()) + QLatin1Char('|') +
                               u.callsign + u.crew + u.phone + u.agency + QString::number(u.leader);
        if (m->data(1).toString() == tipKey)
            continue;
        m->setData(1, tipKey);
        QStringList lines{u.label() + QStringLiteral(" · ") + u.agency};
        if (!u.crew.isEmpty())
            lines << tr("Crew: %1").arg(u.crew);
        if (!u.phone.isEmpty())
            lines << tr("Phone: %1").arg(u.phone);
        if (u.leader)
            lines << tr("Carries a responsible leader (86号 3(2))");
        if (taskText.contains(u.id))
            lines << taskText.value(u.id);
        if (stale)
            lines << tr("No position for %n min", nullptr, int(pos->last.timestamp().secsTo(now) / 60));
        if (u.demo)
            lines << tr("Demo data");
        m->setToolTip(lines.join(QLatin1Char('\n')));
    }
}

} // namespace cd
