// NMEA 0183 from a gateway, a serial receiver or a recorded log (responding units, issue 16):
// whatever arrives, sentences are counted and dropped or turned into fixes that make sense.
#include "FuzzSupport.h"
#include "units/PositionFeed.h"

#include <cmath>

namespace {

void check(const QList<cd::UnitFix> &fixes)
{
    for (const cd::UnitFix &f : fixes) {
        const QGeoCoordinate c = f.info.coordinate();
        // An accepted fix is a real place at a real time: anything else was to be dropped.
        if (!c.isValid() || std::isnan(c.latitude()) || std::abs(c.latitude()) > 90 || std::abs(c.longitude()) > 180 ||
            !f.info.timestamp().isValid() || f.unit.isEmpty())
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = cd::fuzz::bytes(data, size);
    // As a multiplexed feed (units named by $PCDU), and as one unit's own receiver, fed in two
    // uneven chunks as a socket delivers them.
    cd::PositionFeed tagged;
    check(tagged.addData(bytes.left(qsizetype(size / 3))));
    check(tagged.addData(bytes.mid(qsizetype(size / 3))));
    cd::PositionFeed single(QStringLiteral("LS-GA-01"));
    check(single.addData(bytes));
    return 0;
}
