#pragma once

#include "geo/WebMercator.h"
#include "units/UnitPositions.h"
#include "units/UnitRoster.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QHash>
#include <QPixmap>
#include <QSet>

class QGraphicsPathItem;
class QGraphicsScene;

namespace cd {

// One unit on the map: a heading arrow in its agency's colour with the call sign beside it,
// constant size on screen. Stale (no fix for UnitPositions::StaleSeconds) it turns grey and
// hollow, so an operator never mistakes an old position for a live one.
class UnitMarkerItem final : public QGraphicsItem {
public:
    static constexpr double Size = 9;
    explicit UnitMarkerItem(QString unit, QGraphicsItem *parent = nullptr);
    const QString &unit() const { return m_unit; }
    void setLook(const QString &callsign, const QColor &colour, double headingDeg, bool stale);
    bool isStale() const { return m_stale; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_unit;
    QString m_callsign;
    QColor m_colour;
    double m_heading = 0;
    bool m_stale = false;
    QPixmap m_label; // the call sign, rendered once per text and look
};

// The units' layer of the map: markers, short trails, the agency filter. It reads the roster,
// the positions and the tasks; it never decides arrivals (the geofence does, in models/).
class UnitLayer {
    Q_DECLARE_TR_FUNCTIONS(cd::UnitLayer)
public:
    UnitLayer(QGraphicsScene &scene, const WebMercator &projection);
    ~UnitLayer();
    // Brings the markers up to date (once a second, or when a fix arrives).
    void sync(const UnitRoster &roster, const UnitPositions &positions, const QDateTime &now,
              const QHash<QString, QString> &taskText = {});
    // Only units of these agencies are shown; an empty set shows all.
    void setAgencies(const QSet<QString> &agencies);
    UnitMarkerItem *marker(const QString &unit) const { return m_markers.value(unit); }
    int shownCount() const;
    static QColor agencyColour(const QString &agency);

private:
    QGraphicsScene &m_scene;
    const WebMercator &m_projection;
    QSet<QString> m_agencies;
    QHash<QString, UnitMarkerItem *> m_markers;
    QHash<QString, QGraphicsPathItem *> m_trails;
    QHash<QString, QString> m_agencyOf;
};

} // namespace cd
