#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QGeoPositionInfo>
#include <QHash>
#include <QList>
#include <QString>

namespace cd {

// A position of one unit, WGS-84, UTC.
struct UnitFix {
    QString unit;
    QGeoPositionInfo info;
};

// NMEA lines in, checked fixes out: the first stage of the position pipeline, shared by the
// recorded logs (simulation, `units track`), the TCP gateway and serial receivers.
//
// - Bad sentences (checksum, malformed) and fixes the receiver marks as invalid are counted and
//   dropped; nothing in a line can crash or stop the feed.
// - A multiplexed feed names the unit with the $PCDU tag (NmeaSentence); a feed for one unit
//   (constructed with its id) needs no tag, and sentences tagged for other units are skipped.
// - RMC and GGA of the same second are one fix. A GGA takes the date of the unit's last RMC.
// - Impossible jumps: a fix that would mean moving faster than MaxSpeedMps since the last
//   accepted one is dropped. Three such fixes in a row that agree with each other are taken as
//   the receiver's new truth (the earlier fix was the wrong one), so one bad fix cannot lock
//   a unit out for good.
class PositionFeed {
public:
    static constexpr double MaxSpeedMps = 70.0; // 252 km/h: no road vehicle of a member agency
    static constexpr int ReanchorAfter = 3;

    struct Counters {
        qint64 lines = 0;
        qint64 fixes = 0;        // accepted
        qint64 badChecksum = 0;
        qint64 malformed = 0;
        qint64 noFix = 0;        // receiver without a fix (RMC V, GGA quality 0), or GGA before any date
        qint64 impossibleJump = 0;
        qint64 timeBackwards = 0;
        qint64 untagged = 0;     // multiplexed feed: a position before any $PCDU tag
        qint64 dropped() const { return badChecksum + malformed + noFix + impossibleJump + timeBackwards + untagged; }
    };

    // Untagged: every position is the one unit's. Tagged: positions belong to the unit of the
    // last $PCDU tag, and one before any tag to nobody (counted as untagged).
    enum class Tagging { Untagged, Tagged };
    // A multiplexed feed (no unit given) is always tagged.
    explicit PositionFeed(QString onlyUnit = {}, Tagging tagging = Tagging::Untagged);
    // Whether a recorded log carries $PCDU tags.
    static Tagging taggingOf(const QByteArray &log);
    QList<UnitFix> addLine(const QByteArray &line);
    QList<UnitFix> addData(const QByteArray &data); // any number of lines; a partial last line waits
    const Counters &counters() const { return m_counters; }
    const Counters &countersOf(const QString &unit) const; // per unit (untagged lines count on the feed only)

private:
    struct UnitState {
        QDate date;                  // of the last RMC
        QGeoPositionInfo last;       // last accepted fix
        QList<QGeoPositionInfo> rejected; // consecutive impossible jumps
        Counters counters;
    };
    std::optional<UnitFix> accept(UnitState &u, const QString &unit, QGeoPositionInfo fix);

    QString m_only;
    Tagging m_tagging;
    QString m_current; // the unit of the last $PCDU tag
    QByteArray m_partial;
    Counters m_counters;
    QHash<QString, UnitState> m_units;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::UnitFix)
