#pragma once

#include "geo/WebMercator.h"

#include <QGeoCoordinate>
#include <QGraphicsView>
#include <QPainterPath>
#include <QHash>

#include <algorithm>
#include <functional>

class QGraphicsEllipseItem;
class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QTimer;

namespace cd {

class IncidentLayer;
class IncidentMarker;
class IncidentStore;
class RegionMap;
struct Region;
struct IncidentSummary;

struct MapPalette {
    // neighbour: the counties outside Lishui that the data outlines (Quzhou's), a shade off the background.
    QColor background, land, border, label, legend, neighbour, neighbourBorder, neighbourLabel;
    static MapPalette light();
    static MapPalette dark();
};

// The offline map: a QGraphicsView whose scene is Web Mercator pixels at a fixed zoom, with
// county polygons, names, incident markers and the selection ring. Wheel zooms around the
// cursor, dragging pans, a click selects a marker or (in pick mode) reports a location.
class MapView final : public QGraphicsView {
    Q_OBJECT
public:
    // Later: the view starts blank (its background colour) and buildOutlines() draws the city,
    // so that a window's first frame need not wait for the counties (MainWindow::Build::FrameFirst).
    enum class Outlines { Now, Later };
    MapView(IncidentStore &store, const RegionMap &regions, QWidget *parent = nullptr, Outlines outlines = Outlines::Now);

    void buildOutlines(); // the counties, their names and seats, the neighbours, fitted; once
    bool hasOutlines() const { return !m_counties.isEmpty(); }

    const WebMercator &projection() const { return m_projection; }
    QRectF cityRect() const { return m_city; } // the counties' extent in the scene; empty without outlines
    void fitCity();
    void setPickingLocation(bool on);
    bool isPickingLocation() const { return m_picking; }
    void setPalette(const MapPalette &palette);
    int markerCount() const;
    const IncidentMarker *marker(qint64 id) const; // nullptr: no marker (no location)
    double metresPerViewPixel() const;
    // Which incidents get a marker: those the incident list's filter accepts, asked per row of
    // the store's summaries (never a set of 100k ids: building one was a tenth of taking 100k
    // incidents in at start-up). All of them until set.
    using Accepts = std::function<bool(size_t summaryRow)>;
    void setShownIf(Accepts accepts);
    void refilter(); // the filter changed: asks again for every incident
    void reconsider(const QList<qint64> &ids); // rows the filter just let in or out
    bool isMarkerShown(qint64 id) const;
    int seatCount() const;
    int neighbourCount() const { return int(m_neighbours.size()); }
    QString legendText() const; // what the map is drawn from and how exact it is
    int legendHeight() const;   // the legend and the scale bar above it, at the bottom of the view
    static constexpr double MaxScale = 2.0; // ≈17 m a pixel: closer would pretend a precision the data lacks
    bool seatNamesShown() const; // zoomed in past the whole city
    void zoomBy(double factor);
    // The store's incidents are taken in over several event-loop turns when there are more of
    // them than this (100k markers in one go held the UI thread 16 ms).
    static constexpr size_t DefaultSyncRowsPerTurn = 20000;
    void setSyncRowsPerTurn(size_t rows) { m_syncRowsPerTurn = std::max<size_t>(1, rows); }
    bool isSyncing() const { return m_syncPending; }

Q_SIGNALS:
    void locationPicked(const QGeoCoordinate &where);
    void markersSynced(); // every incident of the last reset has its marker

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    QPainterPath projectedPath(const Region &region) const;
    void buildCounties();
    void buildNeighbours();
    QFont legendFont() const;
    bool showsTheFit() const; // as fitCity() left it: not zoomed, not moved since
    void syncMarkers();
    void continueSync();
    void syncMarker(qint64 id);
    void syncSummary(const IncidentSummary &s, size_t row); // row: its index in the store's summaries
    bool accepts(qint64 id) const; // by the filter, for one incident
    void updateSelection();
    void updateDetail();
    const IncidentMarker *markerAt(const QPointF &viewPoint) const;
    static QString markerToolTip(const IncidentSummary &s);
    struct SeatItems {
        QGraphicsRectItem *dot;
        QGraphicsSimpleTextItem *name;
    };
    QList<SeatItems> m_seats;
    QRectF m_city; // buildOutlines()
    double m_fitScale = 0;
    QPoint m_fitScroll;               // the scroll bars' values right after fitCity()
    bool m_refitUntilPainted = false; // see fitCity()

    IncidentStore &m_store;
    const RegionMap &m_regions;
    WebMercator m_projection;
    MapPalette m_palette = MapPalette::light();
    QList<QGraphicsPathItem *> m_counties;
    QList<QGraphicsSimpleTextItem *> m_labels;
    QList<QGraphicsPathItem *> m_neighbours;
    QList<QGraphicsSimpleTextItem *> m_neighbourLabels;
    IncidentLayer *m_layer = nullptr;
    QGraphicsEllipseItem *m_ring = nullptr;
    Accepts m_accepts; // empty: every incident is shown
    size_t m_syncRowsPerTurn = DefaultSyncRowsPerTurn;
    size_t m_syncRow = 0; // the next summary row the sync under way takes in
    bool m_syncPending = false;
    QTimer *m_syncTurn = nullptr;
    bool m_picking = false;
    QPoint m_pressPos;
};

} // namespace cd
