#include "geo/ScaleBar.h"

#include <cmath>

namespace cd {

ScaleBar ScaleBar::choose(double metresPerPixel, double maxPixels)
{
    ScaleBar bar;
    if (metresPerPixel <= 0 || maxPixels <= 0)
        return bar;
    const double maxMetres = metresPerPixel * maxPixels;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maxMetres) {
            bar.metres = step * magnitude;
            break;
        }
    }
    bar.pixels = bar.metres / metresPerPixel;
    bar.label = bar.metres >= 1000 ? QStringLiteral("%1 km").arg(bar.metres / 1000.0) : QStringLiteral("%1 m").arg(bar.metres);
    return bar;
}

} // namespace cd
