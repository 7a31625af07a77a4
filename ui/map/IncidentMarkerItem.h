#pragma once

#include <QColor>
#include <QGraphicsItem>

namespace cd {

// An incident on the map: a disc in its level's colour, a white edge for live incidents and a
// dashed black one with "演" for exercises, a thicker outline when selected. Drawn at a fixed
// screen size whatever the zoom.
class IncidentMarkerItem final : public QGraphicsItem {
public:
    IncidentMarkerItem(qint64 id, QGraphicsItem *parent = nullptr);
    void setAppearance(const QColor &fill, bool exercise, const QString &tooltip);
    void setSelectedMarker(bool selected);
    qint64 incidentId() const { return m_id; }
    bool isExercise() const { return m_exercise; }
    QColor fill() const { return m_fill; }

    static constexpr double Radius = 9.0;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    qint64 m_id;
    QColor m_fill;
    bool m_exercise = false;
    bool m_selected = false;
};

} // namespace cd
