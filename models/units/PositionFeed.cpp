#include "units/PositionFeed.h"

#include "units/NmeaSentence.h"

#include <cmath>

namespace cd {

PositionFeed::PositionFeed(QString onlyUnit, Tagging tagging)
    : m_only(std::move(onlyUnit))
    , m_tagging(m_only.isEmpty() ? Tagging::Tagged : tagging)
{
}

PositionFeed::Tagging PositionFeed::taggingOf(const QByteArray &log)
{
    return log.contains("$PCDU,") ? Tagging::Tagged : Tagging::Untagged;
}

const PositionFeed::Counters &PositionFeed::countersOf(const QString &unit) const
{
    static const Counters none;
    const auto it = m_units.find(unit);
    return it == m_units.end() ? none : it->counters;
}

QList<UnitFix> PositionFeed::addData(const QByteArray &data)
{
    QList<UnitFix> out;
    m_partial += data;
    qsizetype from = 0;
    for (qsizetype nl = m_partial.indexOf('\n'); nl >= 0; nl = m_partial.indexOf('\n', from)) {
        out << addLine(m_partial.mid(from, nl - from));
        from = nl + 1;
    }
    m_partial.remove(0, from);
    if (m_partial.size() > 4096) // a stream that never ends a line is not NMEA
        m_partial.clear();
    return out;
}

QList<UnitFix> PositionFeed::addLine(const QByteArray &line)
{
    if (line.trimmed().isEmpty())
        return {};
    ++m_counters.lines;
    const NmeaSentence s = NmeaSentence::parse(line);
    // A bad line is charged to the unit it would have belonged to, when that is known.
    const QString owner = m_tagging == Tagging::Tagged ? m_current : m_only;
    auto count = [&](qint64 Counters::*field) {
        ++(m_counters.*field);
        if (!owner.isEmpty() && (m_only.isEmpty() || owner == m_only))
            ++(m_units[owner].counters.*field);
    };
    switch (s.type) {
    case NmeaSentence::Type::BadChecksum: count(&Counters::badChecksum); return {};
    case NmeaSentence::Type::Malformed: count(&Counters::malformed); return {};
    case NmeaSentence::Type::Other: return {};
    case NmeaSentence::Type::UnitTag: m_current = s.unit; return {};
    case NmeaSentence::Type::NoFix:
        if (m_only.isEmpty() || owner == m_only)
            count(&Counters::noFix);
        return {};
    case NmeaSentence::Type::Rmc:
    case NmeaSentence::Type::Gga: break;
    }
    if (owner.isEmpty()) {
        ++m_counters.untagged;
        return {};
    }
    if (!m_only.isEmpty() && owner != m_only)
        return {}; // another unit's, on a shared log: not ours to judge
    UnitState &u = m_units[owner];
    QDate date = s.utcDate;
    if (s.type == NmeaSentence::Type::Rmc) {
        u.date = date;
    } else {
        if (!u.date.isValid()) {
            count(&Counters::noFix); // a time without a date is no fix yet
            return {};
        }
        date = u.date;
        // Past midnight UTC before the next RMC brought the new date.
        if (u.last.isValid() && QDateTime(date, s.utcTime, Qt::UTC) < u.last.timestamp().addSecs(-12 * 3600))
            date = date.addDays(1);
    }
    QGeoPositionInfo fix(QGeoCoordinate(s.latitude, s.longitude), QDateTime(date, s.utcTime, Qt::UTC));
    if (s.speedMps)
        fix.setAttribute(QGeoPositionInfo::GroundSpeed, *s.speedMps);
    if (s.courseDeg)
        fix.setAttribute(QGeoPositionInfo::Direction, *s.courseDeg);
    if (auto accepted = accept(u, owner, fix))
        return {*accepted};
    return {};
}

std::optional<UnitFix> PositionFeed::accept(UnitState &u, const QString &unit, QGeoPositionInfo fix)
{
    auto countDrop = [&](qint64 Counters::*field) {
        ++(m_counters.*field);
        ++(u.counters.*field);
    };
    if (u.last.isValid()) {
        const qint64 dtMs = u.last.timestamp().msecsTo(fix.timestamp());
        if (dtMs == 0) {
            // The GGA of the RMC's second (or the other way round): one fix. Keep what the
            // first lacked.
            if (!u.last.hasAttribute(QGeoPositionInfo::GroundSpeed) && fix.hasAttribute(QGeoPositionInfo::GroundSpeed))
                u.last.setAttribute(QGeoPositionInfo::GroundSpeed, fix.attribute(QGeoPositionInfo::GroundSpeed));
            return std::nullopt;
        }
        if (dtMs < 0) {
            countDrop(&Counters::timeBackwards);
            return std::nullopt;
        }
        const double metres = u.last.coordinate().distanceTo(fix.coordinate());
        if (metres / (double(dtMs) / 1000.0) > MaxSpeedMps) {
            // Do the rejected fixes agree among themselves? Then the old anchor was the outlier.
            bool consistent = true;
            if (!u.rejected.isEmpty()) {
                const auto &prev = u.rejected.last();
                const double dt = double(prev.timestamp().msecsTo(fix.timestamp())) / 1000.0;
                consistent = dt > 0 && prev.coordinate().distanceTo(fix.coordinate()) / dt <= MaxSpeedMps;
            }
            if (!consistent)
                u.rejected.clear();
            u.rejected << fix;
            if (u.rejected.size() < ReanchorAfter) {
                countDrop(&Counters::impossibleJump);
                return std::nullopt;
            }
        }
    }
    u.rejected.clear();
    if (!fix.hasAttribute(QGeoPositionInfo::GroundSpeed) && u.last.isValid()) {
        const double dt = double(u.last.timestamp().msecsTo(fix.timestamp())) / 1000.0;
        fix.setAttribute(QGeoPositionInfo::GroundSpeed, u.last.coordinate().distanceTo(fix.coordinate()) / dt);
    }
    if (!fix.hasAttribute(QGeoPositionInfo::Direction) && u.last.isValid() && u.last.coordinate().distanceTo(fix.coordinate()) > 1)
        fix.setAttribute(QGeoPositionInfo::Direction, u.last.coordinate().azimuthTo(fix.coordinate()));
    u.last = fix;
    ++m_counters.fixes;
    ++u.counters.fixes;
    return UnitFix{unit, fix};
}

} // namespace cd
