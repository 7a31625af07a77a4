#include "geo/RegionMap.h"

#include "geo/ChinaCoordinates.h"

#include <QDataStream>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace cd {
namespace {

// A GeoJSON position [lon, lat] as WGS-84: the one place a published GCJ-02 file is converted.
QGeoCoordinate position(const QJsonArray &a, Datum datum)
{
    const QGeoCoordinate c(a.at(1).toDouble(), a.at(0).toDouble());
    return datum == Datum::Gcj02 ? ChinaCoordinates::gcj02ToWgs84(c) : c;
}

QList<QGeoCoordinate> ring(const QJsonArray &points, Datum datum)
{
    QList<QGeoCoordinate> out;
    out.reserve(points.size());
    for (const auto &p : points)
        out << position(p.toArray(), datum);
    return out;
}

// Distance from c to the segment a–b, in metres, on a local flat approximation (fine at a
// few kilometres, which is all the snapping needs).
double segmentDistance(const QGeoCoordinate &c, const QGeoCoordinate &a, const QGeoCoordinate &b)
{
    const double k = std::cos(c.latitude() * M_PI / 180.0);
    const double ax = (a.longitude() - c.longitude()) * k, ay = a.latitude() - c.latitude();
    const double bx = (b.longitude() - c.longitude()) * k, by = b.latitude() - c.latitude();
    const double dx = bx - ax, dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double px = ax + t * dx, py = ay + t * dy;
    return std::sqrt(px * px + py * py) * 111320.0;
}

// A polygon into its region, the region's bounds grown to hold it: the same doubles from the
// same points, whether the region was read from GeoJSON or from the binary form.
void addPolygon(Region &r, const QGeoPolygon &polygon)
{
    r.polygons << polygon;
    r.bounds = r.bounds.isValid() ? r.bounds.united(polygon.boundingGeoRectangle()) : polygon.boundingGeoRectangle();
}

constexpr qsizetype MinRingPoints = 4; // a closed ring: three corners and the first again

} // namespace

Result<RegionMap> RegionMap::loadFile(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<RegionMap>::failure(file + QStringLiteral(": cannot open: ") + f.errorString());
    const QByteArray data = f.readAll();
    return data.startsWith(BinaryMagic) ? fromBinary(data, file) : fromGeoJson(data, file);
}

namespace {

void writeRing(QDataStream &out, const QList<QGeoCoordinate> &ring)
{
    out << quint32(ring.size());
    for (const QGeoCoordinate &c : ring)
        out << c.latitude() << c.longitude();
}

// A ring as writeRing() wrote it; false when the stream is cut short, claims more points than
// it holds, or holds a point that is no coordinate on Earth (NaN, out of range).
bool readRing(QDataStream &in, QList<QGeoCoordinate> &ring, QString *problem)
{
    quint32 n = 0;
    in >> n;
    if (in.status() != QDataStream::Ok || qint64(n) * 16 > in.device()->bytesAvailable()) {
        *problem = QStringLiteral("it is cut short");
        return false;
    }
    ring.reserve(qsizetype(n));
    for (quint32 i = 0; i < n; ++i) {
        double lat = 0, lon = 0;
        in >> lat >> lon;
        const QGeoCoordinate c(lat, lon);
        if (!c.isValid()) {
            *problem = QStringLiteral("a point (%1, %2) is not a latitude and longitude").arg(lat).arg(lon);
            return false;
        }
        ring << c;
    }
    return in.status() == QDataStream::Ok;
}

} // namespace

QByteArray RegionMap::toBinary() const
{
    QByteArray data(BinaryMagic);
    QDataStream out(&data, QIODevice::Append);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint32(m_regions.size());
    for (const Region &r : m_regions) {
        out << r.name << r.label.latitude() << r.label.longitude() << quint32(r.polygons.size());
        for (const QGeoPolygon &p : r.polygons) {
            out << quint32(p.holesCount());
            writeRing(out, p.perimeter());
            for (int h = 0; h < p.holesCount(); ++h)
                writeRing(out, p.holePath(h));
        }
    }
    return data;
}

Result<RegionMap> RegionMap::fromBinary(const QByteArray &data, const QString &file)
{
    // Held to what fromGeoJson asks of a map: named regions, each with a polygon whose outer
    // ring has 4 points or more, every point a coordinate.
    using R = Result<RegionMap>;
    auto broken = [&file](const QString &what) {
        return R::failure(QStringLiteral("%1: not a whole CommandDesk outline file: %2").arg(file, what));
    };
    if (!data.startsWith(BinaryMagic))
        return broken(QStringLiteral("it does not start with %1").arg(QLatin1String(BinaryMagic).trimmed()));
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    in.skipRawData(int(qstrlen(BinaryMagic)));
    quint32 regions = 0;
    in >> regions;
    RegionMap map;
    for (quint32 i = 0; i < regions && in.status() == QDataStream::Ok; ++i) {
        Region r;
        double lat = 0, lon = 0;
        quint32 polygons = 0;
        in >> r.name >> lat >> lon >> polygons;
        if (in.status() != QDataStream::Ok)
            break;
        const QString where = QStringLiteral("region %1 (%2)").arg(i + 1).arg(r.name);
        r.label = QGeoCoordinate(lat, lon);
        if (r.name.isEmpty())
            return broken(QStringLiteral("region %1 has no name").arg(i + 1));
        if (!r.label.isValid())
            return broken(where + QStringLiteral(": its label point is not a latitude and longitude"));
        if (polygons == 0)
            return broken(where + QStringLiteral(": no polygon"));
        for (quint32 p = 0; p < polygons; ++p) {
            quint32 holes = 0;
            in >> holes;
            QList<QGeoCoordinate> perimeter;
            QString problem;
            if (!readRing(in, perimeter, &problem))
                return broken(where + QStringLiteral(": ") + problem);
            if (perimeter.size() < MinRingPoints)
                return broken(where + QStringLiteral(": a polygon needs a ring of 4 or more points"));
            QGeoPolygon polygon(perimeter);
            for (quint32 h = 0; h < holes; ++h) {
                QList<QGeoCoordinate> hole;
                if (!readRing(in, hole, &problem))
                    return broken(where + QStringLiteral(": ") + problem);
                polygon.addHole(QVariant::fromValue(hole));
            }
            addPolygon(r, polygon);
        }
        map.m_regions.push_back(std::move(r));
    }
    if (in.status() != QDataStream::Ok)
        return broken(QStringLiteral("it is cut short"));
    if (!in.atEnd())
        return broken(QStringLiteral("it has bytes after its last region"));
    if (map.m_regions.empty())
        return broken(QStringLiteral("no regions"));
    return map;
}

const RegionMap &RegionMap::lishuiCounties()
{
    static const RegionMap map = [] {
        auto m = loadFile(QStringLiteral(":/geo/lishui-counties.cdgeo"));
        if (!m)
            qFatal("embedded county map is broken: %s", qPrintable(m.error()));
        return m.value();
    }();
    return map;
}

Result<RegionMap> RegionMap::fromGeoJson(const QByteArray &json, const QString &file)
{
    using R = Result<RegionMap>;
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return R::failure(QStringLiteral("%1: $: malformed JSON at offset %2: %3").arg(file).arg(err.offset).arg(err.errorString()));
    const auto features = doc.object().value(QLatin1String("features"));
    if (!features.isArray())
        return R::failure(QStringLiteral("%1: $.features: a FeatureCollection needs a features array").arg(file));
    // A file says which datum its numbers are in ("datum": "GCJ-02" for the Chinese web-map
    // sources); without the member it is WGS-84, as RFC 7946 says. Regions are held in WGS-84.
    Datum datum = Datum::Wgs84;
    if (const QJsonValue d = doc.object().value(QLatin1String("datum")); !d.isUndefined()) {
        if (d.toString() == QLatin1String("GCJ-02"))
            datum = Datum::Gcj02;
        else if (d.toString() != QLatin1String("WGS-84"))
            return R::failure(QStringLiteral("%1: $.datum: must be \"WGS-84\" or \"GCJ-02\"").arg(file));
    }
    RegionMap map;
    const auto arr = features.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const auto f = arr.at(i).toObject();
        const auto path = QStringLiteral("%1: $.features[%2]").arg(file).arg(i);
        Region r;
        r.name = f.value(QLatin1String("properties")).toObject().value(QLatin1String("name")).toString();
        if (r.name.isEmpty())
            return R::failure(path + QStringLiteral(".properties.name: required"));
        const auto geometry = f.value(QLatin1String("geometry")).toObject();
        const auto type = geometry.value(QLatin1String("type")).toString();
        QJsonArray polys = geometry.value(QLatin1String("coordinates")).toArray();
        if (type == QLatin1String("Polygon"))
            polys = QJsonArray{polys};
        else if (type != QLatin1String("MultiPolygon"))
            return R::failure(path + QStringLiteral(".geometry.type: must be Polygon or MultiPolygon"));
        for (const auto &poly : polys) {
            const auto rings = poly.toArray();
            if (rings.isEmpty() || rings.at(0).toArray().size() < MinRingPoints)
                return R::failure(path + QStringLiteral(".geometry.coordinates: a polygon needs a ring of 4 or more points"));
            QGeoPolygon polygon(ring(rings.at(0).toArray(), datum));
            for (qsizetype h = 1; h < rings.size(); ++h)
                polygon.addHole(QVariant::fromValue(ring(rings.at(h).toArray(), datum)));
            addPolygon(r, polygon);
        }
        const auto cp = f.value(QLatin1String("properties")).toObject().value(QLatin1String("cp")).toArray();
        r.label = cp.size() == 2 ? position(cp, datum) : r.bounds.center();
        map.m_regions.push_back(std::move(r));
    }
    if (map.m_regions.empty())
        return R::failure(QStringLiteral("%1: $.features: no regions").arg(file));
    return map;
}

QGeoRectangle RegionMap::bounds() const
{
    QGeoRectangle all;
    for (const auto &r : m_regions)
        all = all.isValid() ? all.united(r.bounds) : r.bounds;
    return all;
}

const Region *RegionMap::regionAt(const QGeoCoordinate &c, double snapMetres) const
{
    if (!c.isValid())
        return nullptr;
    for (const auto &r : m_regions) {
        if (!r.bounds.contains(c))
            continue;
        for (const auto &p : r.polygons)
            if (p.contains(c))
                return &r;
    }
    if (snapMetres <= 0)
        return nullptr;
    const Region *best = nullptr;
    double bestDistance = std::numeric_limits<double>::max();
    for (const auto &r : m_regions) {
        for (const auto &p : r.polygons) {
            const auto &path = p.perimeter();
            for (qsizetype i = 0; i + 1 < path.size(); ++i) {
                const double d = segmentDistance(c, path.at(i), path.at(i + 1));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = &r;
                }
            }
        }
    }
    return bestDistance <= snapMetres ? best : nullptr;
}

} // namespace cd
