#pragma once

#include "time/ShanghaiTime.h"

#include <QDateTime>

namespace cd {

// A QDateTimeEdit shows Beijing wall time whatever the machine's zone: it holds the wall time
// as a zone-less (UTC-tagged) value, converted here on the way in and out.
inline QDateTime asShownInBeijing(const QDateTime &utc)
{
    const QDateTime local = toShanghai(utc);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

inline QDateTime fromShownInBeijing(const QDateTime &shown) { return QDateTime(shown.date(), shown.time(), shanghaiZone()).toUTC(); }

} // namespace cd
