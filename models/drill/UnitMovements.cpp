#include "drill/UnitMovements.h"

#include "units/NmeaSentence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <cmath>

namespace cd::UnitMovements {
namespace {

QByteArray sentence(const QByteArray &body) { return '$' + body + '*' + NmeaSentence::checksum(body) + "\r\n"; }

QByteArray angle(double v, int degreeDigits)
{
    const double a = std::fabs(v);
    const int d = int(a);
    return QByteArray::number(d).rightJustified(degreeDigits, '0') + QByteArray::number((a - d) * 60, 'f', 6).rightJustified(9, '0');
}

QByteArray rmc(const QDateTime &t, const QGeoCoordinate &c, double speedMps, double course)
{
    const QDateTime u = t.toUTC();
    return sentence("GPRMC," + u.toString(QStringLiteral("HHmmss.zzz")).left(9).toLatin1() + ",A," + angle(c.latitude(), 2) + ',' +
                    (c.latitude() >= 0 ? "N" : "S") + ',' + angle(c.longitude(), 3) + ',' + (c.longitude() >= 0 ? "E" : "W") + ',' +
                    QByteArray::number(speedMps * 3600 / 1852, 'f', 1) + ',' + QByteArray::number(course, 'f', 1) + ',' +
                    u.toString(QStringLiteral("ddMMyy")).toLatin1() + ",,,A");
}

} // namespace

Result<QList<UnitMovement>> fromScenarioJson(const QByteArray &json, const QString &file)
{
    using R = Result<QList<UnitMovement>>;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonValue all = root.value(QLatin1String("movements"));
    if (all.isUndefined())
        return QList<UnitMovement>();
    if (!all.isArray())
        return R::failure(QStringLiteral("%1: movements: must be an array").arg(file));
    static const QRegularExpression unitId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"));
    QList<UnitMovement> out;
    const QJsonArray arr = all.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QJsonObject m = arr.at(i).toObject();
        const QString where = QStringLiteral("%1: movements[%2]").arg(file).arg(i);
        UnitMovement mv;
        mv.unit = m.value(QLatin1String("unit")).toString();
        if (!unitId.match(mv.unit).hasMatch())
            return R::failure(where + QStringLiteral(".unit: a unit id is required"));
        const QJsonValue depart = m.value(QLatin1String("depart_minutes"));
        if (!depart.isDouble() || depart.toDouble() < 0 || depart.toDouble() != double(depart.toInt()))
            return R::failure(where + QStringLiteral(".depart_minutes: whole minutes from 0"));
        mv.departMinutes = depart.toInt();
        if (m.contains(QLatin1String("dwell_minutes")))
            mv.dwellMinutes = m.value(QLatin1String("dwell_minutes")).toInt();
        const QJsonArray route = m.value(QLatin1String("route")).toArray();
        if (route.size() < 2)
            return R::failure(where + QStringLiteral(".route: at least two points"));
        for (qsizetype p = 0; p < route.size(); ++p) {
            const QJsonObject pt = route.at(p).toObject();
            const QString at = where + QStringLiteral(".route[%1]").arg(p);
            const double lat = pt.value(QLatin1String("lat")).toDouble(1000), lon = pt.value(QLatin1String("lon")).toDouble(1000);
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180)
                return R::failure(at + QStringLiteral(": lat and lon (WGS-84 degrees) are required"));
            const double speed = pt.value(QLatin1String("speed_kmh")).toDouble(0);
            if (p > 0 && (speed <= 0 || speed > 200))
                return R::failure(at + QStringLiteral(".speed_kmh: the speed on the leg to this point, 1 to 200"));
            mv.route << UnitMovement::Point{QGeoCoordinate(lat, lon), speed};
        }
        out << mv;
    }
    return out;
}

QByteArray nmea(const QList<UnitMovement> &movements, const QDateTime &start)
{
    // Second of scenario time -> the lines of that second, so that units interleave in time.
    QMap<qint64, QByteArray> bySecond;
    for (const UnitMovement &m : movements) {
        const QByteArray tag = sentence("PCDU," + m.unit.toLatin1());
        qint64 second = qint64(m.departMinutes) * 60;
        QGeoCoordinate here = m.route.first().at;
        double course = here.azimuthTo(m.route.at(1).at);
        bySecond[second] += tag + rmc(start.addSecs(second), here, 0, course);
        double carried = 0; // metres already covered on the current leg
        for (qsizetype leg = 1; leg < m.route.size(); ++leg) {
            const QGeoCoordinate from = m.route.at(leg - 1).at, to = m.route.at(leg).at;
            const double length = from.distanceTo(to), speed = m.route.at(leg).speedKmh / 3.6;
            course = from.azimuthTo(to);
            while (carried + speed <= length) {
                carried += speed;
                ++second;
                here = from.atDistanceAndAzimuth(carried, course);
                bySecond[second] += tag + rmc(start.addSecs(second), here, speed, course);
            }
            carried -= length; // the rest of this second runs on the next leg
            if (leg + 1 == m.route.size()) {
                here = to;
                ++second;
                bySecond[second] += tag + rmc(start.addSecs(second), here, 0, course);
            }
        }
        for (int s = 1; s <= m.dwellMinutes * 60; ++s)
            bySecond[second + s] += tag + rmc(start.addSecs(second + s), here, 0, course);
    }
    QByteArray out;
    for (const QByteArray &lines : std::as_const(bySecond))
        out += lines;
    return out;
}

} // namespace cd::UnitMovements
