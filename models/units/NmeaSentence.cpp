#include "units/NmeaSentence.h"

#include <QList>
#include <QRegularExpression>

namespace cd {
namespace {

NmeaSentence bad(NmeaSentence::Type type, const QString &problem)
{
    NmeaSentence s;
    s.type = type;
    s.problem = problem;
    return s;
}

// ddmm.mmmm / dddmm.mmmm and a hemisphere letter, to signed degrees.
std::optional<double> angle(const QByteArray &value, const QByteArray &hemisphere, int degreeDigits, double limit)
{
    if (value.size() < degreeDigits + 3 || value.at(degreeDigits + 2) != '.')
        return std::nullopt;
    bool okDeg = false, okMin = false;
    const int deg = value.left(degreeDigits).toInt(&okDeg);
    const double min = value.mid(degreeDigits).toDouble(&okMin);
    if (!okDeg || !okMin || min < 0 || min >= 60)
        return std::nullopt;
    double v = deg + min / 60.0;
    if (v > limit)
        return std::nullopt;
    if (hemisphere == "S" || hemisphere == "W")
        v = -v;
    else if (hemisphere != "N" && hemisphere != "E")
        return std::nullopt;
    return v;
}

std::optional<QTime> hhmmss(const QByteArray &v)
{
    if (v.size() < 6)
        return std::nullopt;
    bool ok1 = false, ok2 = false, ok3 = false;
    const int h = v.left(2).toInt(&ok1), m = v.mid(2, 2).toInt(&ok2);
    const double s = v.mid(4).toDouble(&ok3);
    // Seconds checked before they are converted: a torn field can read as 5.6e9 (or nan),
    // which no int holds (found by fuzz_nmea).
    if (!ok1 || !ok2 || !ok3 || !(s >= 0 && s < 60))
        return std::nullopt;
    const QTime t(h, m, int(s), int((s - int(s)) * 1000 + 0.5) % 1000);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

} // namespace

QByteArray NmeaSentence::checksum(const QByteArray &body)
{
    quint8 x = 0;
    for (const char c : body)
        x ^= quint8(c);
    return QByteArray::number(x, 16).toUpper().rightJustified(2, '0');
}

NmeaSentence NmeaSentence::parse(QByteArray line)
{
    while (!line.isEmpty() && (line.endsWith('\n') || line.endsWith('\r')))
        line.chop(1);
    if (line.size() > 120) // NMEA allows 82 characters; a tag with a long id a little more
        return bad(Type::Malformed, QStringLiteral("longer than any NMEA sentence"));
    if (!line.startsWith('$'))
        return bad(Type::Malformed, QStringLiteral("does not start with $"));
    const qsizetype star = line.lastIndexOf('*');
    if (star < 0 || star + 3 != line.size())
        return bad(Type::Malformed, QStringLiteral("no *hh checksum at the end"));
    const QByteArray body = line.mid(1, star - 1);
    for (const char c : body)
        if (c < 0x20 || c > 0x7e || c == '$' || c == '*')
            return bad(Type::Malformed, QStringLiteral("a character NMEA does not allow"));
    if (checksum(body) != line.mid(star + 1).toUpper())
        return bad(Type::BadChecksum, QStringLiteral("checksum %1, computed %2").arg(QString::fromLatin1(line.mid(star + 1)), QString::fromLatin1(checksum(body))));
    const QList<QByteArray> f = body.split(',');
    const QByteArray address = f.at(0);
    NmeaSentence s;
    if (address == "PCDU") {
        static const QRegularExpression unitId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"));
        if (f.size() != 2 || !unitId.match(QString::fromLatin1(f.at(1))).hasMatch())
            return bad(Type::Malformed, QStringLiteral("$PCDU needs one field, a unit id"));
        s.type = Type::UnitTag;
        s.unit = QString::fromLatin1(f.at(1));
        return s;
    }
    if (address.size() != 5 || address.startsWith('P')) {
        s.type = Type::Other;
        return s;
    }
    const QByteArray type = address.mid(2);
    if (type == "RMC") {
        // $--RMC,hhmmss.ss,A,llll.ll,a,yyyyy.yy,a,x.x,x.x,ddmmyy,x.x,a[,m]
        if (f.size() < 10)
            return bad(Type::Malformed, QStringLiteral("RMC with %1 fields").arg(f.size()));
        const auto t = hhmmss(f.at(1));
        if (!t)
            return bad(Type::Malformed, QStringLiteral("RMC time \"%1\"").arg(QString::fromLatin1(f.at(1))));
        if (f.at(2) == "V") {
            s.type = Type::NoFix;
            return s;
        }
        if (f.at(2) != "A")
            return bad(Type::Malformed, QStringLiteral("RMC status \"%1\"").arg(QString::fromLatin1(f.at(2))));
        const auto lat = angle(f.at(3), f.at(4), 2, 90), lon = angle(f.at(5), f.at(6), 3, 180);
        if (!lat || !lon)
            return bad(Type::Malformed, QStringLiteral("RMC position"));
        const QByteArray d = f.at(9);
        // Two-digit years: 80–99 are 19xx (GPS began in 1980), the rest 20xx.
        const int yy = d.mid(4, 2).toInt();
        const QDate date = d.size() == 6 ? QDate(yy >= 80 ? 1900 + yy : 2000 + yy, d.mid(2, 2).toInt(), d.left(2).toInt()) : QDate();
        if (!date.isValid())
            return bad(Type::Malformed, QStringLiteral("RMC date \"%1\"").arg(QString::fromLatin1(d)));
        s.type = Type::Rmc;
        s.latitude = *lat;
        s.longitude = *lon;
        s.utcTime = *t;
        s.utcDate = date;
        bool ok = false;
        if (const double knots = f.at(7).toDouble(&ok); ok && knots >= 0)
            s.speedMps = knots * 1852.0 / 3600.0;
        if (const double course = f.at(8).toDouble(&ok); ok && course >= 0 && course <= 360)
            s.courseDeg = course;
        return s;
    }
    if (type == "GGA") {
        // $--GGA,hhmmss.ss,llll.ll,a,yyyyy.yy,a,q,nn,h.h,alt,M,…
        if (f.size() < 10)
            return bad(Type::Malformed, QStringLiteral("GGA with %1 fields").arg(f.size()));
        const auto t = hhmmss(f.at(1));
        if (!t)
            return bad(Type::Malformed, QStringLiteral("GGA time \"%1\"").arg(QString::fromLatin1(f.at(1))));
        bool ok = false;
        const int quality = f.at(6).toInt(&ok);
        if (!ok)
            return bad(Type::Malformed, QStringLiteral("GGA fix quality \"%1\"").arg(QString::fromLatin1(f.at(6))));
        if (quality == 0) {
            s.type = Type::NoFix;
            return s;
        }
        const auto lat = angle(f.at(2), f.at(3), 2, 90), lon = angle(f.at(4), f.at(5), 3, 180);
        if (!lat || !lon)
            return bad(Type::Malformed, QStringLiteral("GGA position"));
        s.type = Type::Gga;
        s.latitude = *lat;
        s.longitude = *lon;
        s.utcTime = *t;
        return s;
    }
    s.type = Type::Other;
    return s;
}

} // namespace cd
