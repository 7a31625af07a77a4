#pragma once

#include <QString>

namespace cd {

// The map's scale bar: the longest "round" distance (1, 2 or 5 × 10ⁿ metres) that fits in
// `maxPixels` at the current scale.
struct ScaleBar {
    double metres = 0;
    double pixels = 0;
    QString label; // "500 m", "2 km"

    static ScaleBar choose(double metresPerPixel, double maxPixels);
};

} // namespace cd
