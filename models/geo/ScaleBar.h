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

// Which marker, if any, lies within `tolerance` pixels of a click (the nearest wins).
struct MarkerHit {
    template <typename Markers, typename Position>
    static int nearest(const Markers &markers, Position position, double x, double y, double tolerance)
    {
        int best = -1;
        double bestD2 = tolerance * tolerance;
        for (int i = 0; i < int(markers.size()); ++i) {
            const auto p = position(markers[i]);
            const double dx = p.x() - x, dy = p.y() - y;
            const double d2 = dx * dx + dy * dy;
            if (d2 <= bestD2) {
                bestD2 = d2;
                best = i;
            }
        }
        return best;
    }
};

} // namespace cd
