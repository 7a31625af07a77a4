#include "IncidentLayer.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPainter>
#include <QPixmap>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <utility>

namespace cd {

namespace {

constexpr double Margin = IncidentLayer::Radius + 5; // the marker's pixmap reaches this far from its centre

// One pixmap per look (colour, exercise, selected), shared by every marker: stroking a dashed
// antialiased ring and a glyph costs far more than a blit when thousands are on screen.
QPixmap markerPixmap(QRgb fill, bool exercise, bool selected, qreal dpr)
{
    const double r = IncidentLayer::Radius, side = 2 * Margin;
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
    p.setBrush(QColor::fromRgba(fill));
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
    return pm;
}

const QPixmap &cachedPixmap(QRgb fill, bool exercise, bool selected, qreal dpr)
{
    static QHash<QString, QPixmap> cache;
    const QString key = QStringLiteral("%1/%2/%3/%4").arg(fill).arg(exercise).arg(selected).arg(dpr);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, markerPixmap(fill, exercise, selected, dpr));
    return *it;
}

} // namespace

IncidentLayer::IncidentLayer()
{
    setZValue(10);
    setFlag(ItemUsesExtendedStyleOption); // exposedRect: paint only what is uncovered
    setAcceptedMouseButtons(Qt::NoButton); // MapView hit-tests clicks itself
}

bool IncidentLayer::set(const IncidentMarker &marker)
{
    // From empty, each id comes once (syncMarkers walks the summaries, unique and in order).
    Q_ASSERT(!syncingFromEmpty() || !m_index.contains(marker.id));
    auto it = syncingFromEmpty() ? m_index.constEnd() : m_index.constFind(marker.id);
    if (it == m_index.constEnd()) {
        m_index.insert(marker.id, int(m_markers.size()));
        m_markers.push_back(marker);
        m_touched.push_back(m_sync);
        m_orderDirty = true;
    } else {
        m_touched[size_t(*it)] = m_sync;
        IncidentMarker &m = m_markers[size_t(*it)];
        if (m.at == marker.at && m.rgba == marker.rgba && m.exercise == marker.exercise && m.shown == marker.shown
            && m.severity == marker.severity)
            return false; // a replay step or a refold repaints only markers that changed
        m_orderDirty |= m.severity != marker.severity;
        if (!m_syncing)
            updateAround(m.at); // where it was
        m = marker;
    }
    const QRectF reach(marker.at - QPointF(1, 1), QSizeF(2, 2));
    if (!m_bounds.contains(reach)) {
        prepareGeometryChange();
        m_bounds |= reach;
    }
    if (m_syncing)
        m_changedInSync = true;
    else
        updateAround(marker.at);
    return true;
}

void IncidentLayer::updateAround(const QPointF &at)
{
    // Only the marker's own square: with 100k markers a whole-layer repaint for one new
    // incident was most of the time the desk took for it. Its size on screen is fixed, so in
    // scene units it depends on each view's zoom: the farthest one decides.
    double smallestScale = 0;
    if (const QGraphicsScene *s = scene())
        for (const QGraphicsView *view : s->views()) {
            const double scale = std::abs(view->transform().m11());
            smallestScale = smallestScale <= 0 ? scale : std::min(smallestScale, scale);
        }
    if (smallestScale <= 1e-9) {
        update(); // not in a view yet
        return;
    }
    const double reach = (Margin + 1) / smallestScale;
    update(QRectF(at - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach)));
}

void IncidentLayer::remove(qint64 id)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.constEnd())
        return;
    const int at = *it;
    m_index.erase(it);
    // Swap with the last so the vector stays dense.
    const int last = int(m_markers.size()) - 1;
    const QPointF was = m_markers[size_t(at)].at;
    if (at != last) {
        m_markers[size_t(at)] = std::move(m_markers[size_t(last)]);
        m_touched[size_t(at)] = m_touched[size_t(last)];
        m_index[m_markers[size_t(at)].id] = at;
    }
    m_markers.pop_back();
    m_touched.pop_back();
    m_orderDirty = true;
    updateAround(was);
}

void IncidentLayer::beginSync(size_t expected, bool inOneCall)
{
    ++m_sync;
    // A sync begun again before the last one ended (a second reset while a large one ran over
    // several turns) keeps its pending repaint: what changed meanwhile was set without one.
    m_changedInSync = m_syncing && m_changedInSync;
    m_syncing = true;
    m_fromEmpty = m_markers.empty() && inOneCall;
    if (expected > m_markers.size()) {
        m_markers.reserve(expected);
        m_touched.reserve(expected);
        m_index.reserve(qsizetype(expected));
    }
}

void IncidentLayer::endSync()
{
    m_syncing = false;
    if (m_changedInSync)
        update();
    std::vector<qint64> gone;
    for (size_t i = 0; i < m_markers.size(); ++i)
        if (m_touched[i] != m_sync)
            gone.push_back(m_markers[i].id);
    for (qint64 id : gone)
        remove(id);
}

void IncidentLayer::setShown(qint64 id, bool shown, bool repaint)
{
    const auto it = m_index.constFind(id);
    if (it != m_index.constEnd() && m_markers[size_t(*it)].shown != shown) {
        m_markers[size_t(*it)].shown = shown;
        if (repaint)
            updateAround(m_markers[size_t(*it)].at);
    }
}

void IncidentLayer::setAllShown(bool shown)
{
    for (auto &m : m_markers)
        m.shown = shown;
    update();
}

void IncidentLayer::markersChanged() { update(); }

void IncidentLayer::setSelected(qint64 id)
{
    if (m_selected == id)
        return;
    for (const qint64 changed : {m_selected, id})
        if (const IncidentMarker *m = marker(changed))
            updateAround(m->at);
    m_selected = id;
}

const IncidentMarker *IncidentLayer::marker(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_markers[size_t(*it)];
}

const IncidentMarker *IncidentLayer::hit(const QPointF &scenePoint, double scale, double tolerance) const
{
    // In scene units the tolerance shrinks as the view zooms in: markers keep their screen size.
    const double reach = tolerance / std::max(scale, 1e-9);
    const IncidentMarker *best = nullptr;
    double bestD2 = reach * reach;
    // The one painted on top wins a tie: the selected, then the gravest, then the latest.
    for (const auto &m : m_markers) {
        if (!m.shown)
            continue;
        const double dx = m.at.x() - scenePoint.x(), dy = m.at.y() - scenePoint.y();
        const double d2 = dx * dx + dy * dy;
        if (d2 < bestD2 || (d2 == bestD2 && best && (m.id == m_selected || m.severity > best->severity))) {
            bestD2 = d2;
            best = &m;
        }
    }
    return best;
}

QRectF IncidentLayer::boundingRect() const
{
    // Markers keep their screen size, so at the farthest zoom (0.02, MapView::zoomBy) a marker
    // reaches Margin / 0.02 scene pixels beyond its centre.
    const double reach = Margin / 0.02;
    return m_bounds.isNull() ? QRectF() : m_bounds.adjusted(-reach, -reach, reach, reach);
}

void IncidentLayer::reorder()
{
    // By severity, insertion order kept among equals. Severity has a handful of values: a
    // counting sort, where a stable_sort of 100k markers was 8 ms of each start-up's first paint.
    m_order.resize(m_markers.size());
    m_orderDirty = false;
    if (m_markers.empty())
        return;
    const auto [lo, hi] = std::minmax_element(m_markers.cbegin(), m_markers.cend(),
                                              [](const IncidentMarker &a, const IncidentMarker &b) { return a.severity < b.severity; });
    const int least = lo->severity;
    std::vector<size_t> next(size_t(hi->severity - least) + 1, 0);
    for (const IncidentMarker &m : m_markers)
        ++next[size_t(m.severity - least)];
    size_t at = 0;
    for (size_t &n : next)
        at += std::exchange(n, at); // each severity's first place
    for (size_t i = 0; i < m_markers.size(); ++i)
        m_order[next[size_t(m_markers[i].severity - least)]++] = int(i);
}

void IncidentLayer::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_markers.empty())
        return;
    if (m_orderDirty)
        reorder();
    const QTransform toDevice = p->worldTransform();
    const double scale = std::max(std::abs(toDevice.m11()), 1e-9);
    const double reach = Margin / scale;
    const QRectF area = option->exposedRect.adjusted(-reach, -reach, reach, reach);
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    // The per-pixel grids cover where markers are, not the whole exposed area: at 1920×1080
    // two of them were 16 MB to clear (and page in) for markers on a third of the screen.
    const QRect device = toDevice.mapRect(option->exposedRect & boundingRect()).toAlignedRect().adjusted(-1, -1, 1, 1);

    // Which look was last painted at each device pixel: the same look again adds nothing. The
    // colour is the level's and markers go in order of level, so whatever was painted in between
    // at that pixel was of the same level: skipping changes only the order among equals.
    // A member, so that each paint clears it instead of allocating (and page-faulting) 6 MB anew.
    std::vector<quint32> &painted = m_painted;
    painted.assign(size_t(std::max(0, device.width())) * size_t(std::max(0, device.height())), 0);
    p->save();
    p->resetTransform();
    // The few looks of this paint, found once each: a cache lookup per marker showed in profiles.
    struct Look {
        quint32 key;
        const QPixmap *pixmap;
    };
    std::vector<Look> looks;
    auto pixmapFor = [&](const IncidentMarker &m, quint32 key) -> const QPixmap & {
        for (const Look &l : looks)
            if (l.key == key)
                return *l.pixmap;
        looks.push_back({key, &cachedPixmap(m.rgba, m.exercise, false, dpr)});
        return *looks.back().pixmap;
    };
    // Pass 1, top down: the last opaque marker drawn at each device pixel. It covers every
    // marker drawn before it at that pixel (same size, drawn over it), which need not be drawn:
    // at 100k incidents most markers share a pixel with another at the city's zoom, and their
    // blits were most of a 40 ms paint. Exercise markers (dashed rings) and the selected one
    // (drawn last, apart) cover nothing.
    const int width = std::max(0, device.width()), height = std::max(0, device.height());
    std::vector<int> &topAt = m_topAt;
    topAt.assign(size_t(width) * size_t(height), 0);
    // Each marker's device pixel in the grids; -1 drawn but beyond the grids' edge (a marker
    // partly outside the exposed area), NotDrawn hidden or outside the area.
    constexpr int NotDrawn = -2;
    std::vector<int> &cellOf = m_cellOf;
    cellOf.assign(m_order.size(), NotDrawn);
    std::vector<QPointF> &devicePos = m_devicePos;
    devicePos.resize(m_order.size());
    for (int k = int(m_order.size()) - 1; k >= 0; --k) {
        const IncidentMarker &m = m_markers[size_t(m_order[size_t(k)])];
        if (!m.shown || !area.contains(m.at))
            continue;
        const QPointF d = toDevice.map(m.at);
        devicePos[size_t(k)] = d;
        const int x = int(std::lround(d.x())) - device.left(), y = int(std::lround(d.y())) - device.top();
        if (x < 0 || y < 0 || x >= width || y >= height) {
            cellOf[size_t(k)] = -1;
            continue;
        }
        const int cell = y * width + x;
        cellOf[size_t(k)] = cell;
        if (!m.exercise && m.id != m_selected && topAt[size_t(cell)] == 0)
            topAt[size_t(cell)] = k + 1;
    }
    // Pass 2, bottom up: what shows.
    int blits = 0;
    const IncidentMarker *selected = nullptr;
    size_t selectedAt = 0;
    for (size_t k = 0; k < m_order.size(); ++k) {
        const int cell = cellOf[k];
        if (cell == NotDrawn)
            continue;
        const IncidentMarker &m = m_markers[size_t(m_order[k])];
        if (m.id == m_selected) {
            selected = &m; // on top of everything
            selectedAt = k;
            continue;
        }
        if (cell >= 0 && topAt[size_t(cell)] > int(k) + 1)
            continue; // covered by an opaque marker drawn later at the same pixel
        const quint32 look = (m.rgba & 0xffffff) << 1 | (m.exercise ? 1 : 0) | 0x80000000u; // never 0, the empty cell
        if (cell >= 0) {
            quint32 &last = painted[size_t(cell)];
            if (last == look)
                continue;
            last = look;
        }
        p->drawPixmap(devicePos[k] - QPointF(Margin, Margin), pixmapFor(m, look));
        ++blits;
    }
    if (selected) {
        p->drawPixmap(devicePos[selectedAt] - QPointF(Margin, Margin), cachedPixmap(selected->rgba, selected->exercise, true, dpr));
        ++blits;
    }
    m_lastPaintBlits = blits;
    p->restore();
}

} // namespace cd
