#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QString>

#include <vector>

namespace cd {

// One incident's marker as the layer keeps it: where (scene pixels), how it looks, and whether
// the list's filter shows it. (Its tooltip is made from the summary when asked: 100k strings
// made ahead would cost more than the markers.)
class IncidentMarker {
public:
    qint64 incidentId() const { return id; }
    QPointF pos() const { return at; }
    QColor fill() const { return QColor::fromRgba(rgba); }
    bool isExercise() const { return exercise; }
    bool isShown() const { return shown; }

    qint64 id = 0;
    QPointF at;
    double lat = 0, lon = 0; // where `at` was projected from: a moved incident is projected again
    QRgb rgba = 0;
    int severity = 0; // drawn in this order: the gravest level on top
    bool exercise = false;
    bool shown = true;
};

// Every incident on the map as ONE scene item. A QGraphicsItem per incident cost ~700 ms and
// ~200 MB at 100k incidents (issue 13); here a marker is 60-odd bytes in a vector, painted as
// a cached pixmap at a fixed screen size, culled to the exposed rect, and a pixel already
// holding the same look is not painted twice (100k markers crowd into a few thousand pixels
// at city zoom). Hit-testing is a scan in scene units: well under a millisecond at 100k.
class IncidentLayer final : public QGraphicsItem {
public:
    static constexpr double Radius = 9.0; // screen pixels, whatever the zoom

    IncidentLayer();

    // Adds or moves/recolours one marker; returns false when nothing changed.
    bool set(const IncidentMarker &marker);
    void remove(qint64 id);
    // A full sync: set() every marker between the two, and those not set are removed (no set
    // of ids to build at 100k incidents). Room is made for `expected` markers, and the layer
    // repaints once at the end instead of once per marker set.
    // `inOneCall`: every set() until endSync() comes from the caller's one pass over unique
    // ids; false when the sync spans event-loop turns, with other set() calls in between.
    void beginSync(size_t expected = 0, bool inOneCall = true);
    void endSync();
    // A sync begun on an empty layer (the first, at start-up): every marker set() is new, so
    // neither the caller nor set() needs to look it up (two hash lookups per marker at 100k).
    bool syncingFromEmpty() const { return m_syncing && m_fromEmpty; }
    // `repaint` false: the caller changes many and calls markersChanged() once.
    void setShown(qint64 id, bool shown, bool repaint = true);
    void setAllShown(bool shown);
    void setSelected(qint64 id);

    const IncidentMarker *marker(qint64 id) const;
    int count() const { return int(m_markers.size()); }
    // How many marker pixmaps the last paint drew (the rest were covered or outside).
    int lastPaintBlits() const { return m_lastPaintBlits; }
    template <typename F> void forEach(F f)
    {
        for (auto &m : m_markers)
            f(m);
    }
    void markersChanged(); // one repaint after forEach or setShown(..., false) changed markers
    // The shown marker nearest a point of the view (device pixels) within `tolerance` pixels,
    // given the view's scale (device pixels per scene pixel); nullptr when none.
    const IncidentMarker *hit(const QPointF &scenePoint, double scale, double tolerance) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void reorder();
    std::vector<IncidentMarker> m_markers;
    QHash<qint64, int> m_index;  // id → position in m_markers
    std::vector<int> m_order;    // paint order: by severity, then insertion
    std::vector<quint32> m_touched; // per marker: the sync that last set it
    std::vector<quint32> m_painted; // paint(): the look last drawn at each device pixel; kept, not reallocated per paint
    std::vector<int> m_topAt;       // paint(): 1 + the paint position of the last opaque marker at each device pixel
    std::vector<int> m_cellOf;      // paint(): each paint position's device pixel, -1 outside
    std::vector<QPointF> m_devicePos; // paint(): each paint position's place on the device
    int m_lastPaintBlits = 0;
    quint32 m_sync = 0;
    bool m_syncing = false;
    bool m_fromEmpty = false;
    void updateAround(const QPointF &at); // a repaint of one marker's square, not the layer
    bool m_changedInSync = false;
    bool m_orderDirty = true;
    qint64 m_selected = -1;
    QRectF m_bounds;
};

} // namespace cd
