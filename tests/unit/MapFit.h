#pragma once

#include "map/MapView.h"

#include <QString>

// Where a map shows its city (MapView::cityRect): an empty text when the counties are whole in
// the view and none of them is under the legend at its bottom, else what is wrong.
inline QString cityPlacement(const cd::MapView &map)
{
    const QRect city = map.mapFromScene(map.cityRect()).boundingRect();
    const QRect view = map.viewport()->rect();
    if (!view.adjusted(-1, -1, 1, 1).contains(city))
        return QStringLiteral("the city %1,%2 %3×%4 is not whole in the view %5×%6")
            .arg(city.x()).arg(city.y()).arg(city.width()).arg(city.height()).arg(view.width()).arg(view.height());
    if (city.bottom() > view.height() - map.legendHeight() + 1)
        return QStringLiteral("the city's bottom at %1 is under the legend, which starts at %2").arg(city.bottom()).arg(view.height() - map.legendHeight());
    return {};
}
