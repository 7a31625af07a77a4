#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cd {

// One NMEA 0183 sentence, checked: the checksum, the fields of RMC and GGA (any talker: GP, GN,
// BD, GL …), and CommandDesk's own proprietary unit tag:
//
//   $PCDU,<unit id>*hh
//
// "P" marks a proprietary sentence, "CD" is CommandDesk, "U" the unit tag. On a multiplexed
// feed (a gateway relaying many vehicles on one TCP stream, or one recorded log) it names the
// unit of the position sentences that follow it, up to the next tag. Unit ids are those of the
// roster (letters, digits, - _ ., at most 32). The checksum is required on every sentence we
// accept (it is optional in NMEA, but a feed without it cannot tell a torn line from a fix).
struct NmeaSentence {
    enum class Type {
        Rmc,        // a fix with date and time, speed and course
        Gga,        // a fix with time only (the date comes from the last RMC)
        UnitTag,    // $PCDU
        Other,      // a well-formed sentence we do not use (GSA, GSV, VTG …): ignored, not bad
        NoFix,      // well formed, but the receiver says it has no fix (RMC status V, GGA quality 0)
        BadChecksum,
        Malformed,
    };
    Type type = Type::Malformed;
    QString problem; // for BadChecksum / Malformed

    // Rmc and Gga (WGS-84 as every GNSS receiver gives it)
    double latitude = 0;
    double longitude = 0;
    QTime utcTime;
    QDate utcDate;                  // Rmc only
    std::optional<double> speedMps; // Rmc: knots converted
    std::optional<double> courseDeg;
    // UnitTag
    QString unit;

    bool isBad() const { return type == Type::BadChecksum || type == Type::Malformed; }
    static NmeaSentence parse(QByteArray line);
    // The checksum of the text between '$' and '*': for writing tags and test logs.
    static QByteArray checksum(const QByteArray &body);
};

} // namespace cd
