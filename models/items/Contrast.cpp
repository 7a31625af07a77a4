#include "items/Contrast.h"

#include <cmath>

namespace cd::Contrast {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textOn(const QColor &fill)
{
    const QColor black(0x11, 0x11, 0x11), white(Qt::white);
    return ratio(fill, black) >= ratio(fill, white) ? black : white;
}

} // namespace cd::Contrast
