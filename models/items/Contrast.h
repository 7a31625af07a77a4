#pragma once

#include <QColor>

namespace cd::Contrast {

// WCAG 2.x relative luminance and contrast ratio (1:1 … 21:1).
double luminance(const QColor &c);
double ratio(const QColor &a, const QColor &b);
// The text colour for a chip of this fill: black or white, whichever reads better. Both
// themes use it, so a Ⅲ级 chip is dark text on yellow whatever the palette's text colour is.
QColor textOn(const QColor &fill);

} // namespace cd::Contrast
