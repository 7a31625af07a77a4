// Build tool: reads a GeoJSON FeatureCollection published in GCJ-02 (the Chinese web-map
// datum, a few hundred metres off), converts its positions to WGS-84 by the same
// ChinaCoordinates::gcj02ToWgs84 the program would run on it at start-up, parses the result as
// RegionMap::fromGeoJson would, and writes it in RegionMap's binary form. The embedded county
// outlines are made here once instead of at every start (converting them was 5 ms of the
// desk's first frame, parsing the JSON 2 ms); read back they are the very regions a parse of
// the converted GeoJSON gives (tst_units compares them with a conversion at run time).
//
//   cd_geo_wgs84 IN.geojson OUT.cdgeo
// A file that does not say "datum": "GCJ-02" is refused: it needs no conversion.
#include "geo/ChinaCoordinates.h"
#include "geo/RegionMap.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace {

QJsonArray convertedPosition(const QJsonArray &lonLat)
{
    const QGeoCoordinate w = cd::ChinaCoordinates::gcj02ToWgs84(QGeoCoordinate(lonLat.at(1).toDouble(), lonLat.at(0).toDouble()));
    return QJsonArray{w.longitude(), w.latitude()};
}

QJsonArray converted(const QJsonArray &ring)
{
    QJsonArray out;
    for (const QJsonValue &p : ring)
        out.append(convertedPosition(p.toArray()));
    return out;
}

QJsonArray convertedPolygon(const QJsonArray &rings)
{
    QJsonArray out;
    for (const QJsonValue &r : rings)
        out.append(converted(r.toArray()));
    return out;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "cd_geo_wgs84: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3)
        return fail(QStringLiteral("usage: cd_geo_wgs84 IN.geojson OUT.cdgeo"));
    const QString in = QString::fromLocal8Bit(argv[1]), outPath = QString::fromLocal8Bit(argv[2]);
    QFile file(in);
    if (!file.open(QIODevice::ReadOnly))
        return fail(in + QStringLiteral(": ") + file.errorString());
    QJsonParseError error{};
    QJsonObject doc = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1: malformed JSON at offset %2: %3").arg(in).arg(error.offset).arg(error.errorString()));
    if (doc.value(QLatin1String("datum")).toString() != QLatin1String("GCJ-02"))
        return fail(in + QStringLiteral(": $.datum: not \"GCJ-02\"; nothing to convert"));
    QJsonArray features = doc.value(QLatin1String("features")).toArray();
    for (qsizetype i = 0; i < features.size(); ++i) {
        QJsonObject feature = features.at(i).toObject();
        QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
        if (type == QLatin1String("Polygon")) {
            geometry.insert(QLatin1String("coordinates"), convertedPolygon(coordinates));
        } else if (type == QLatin1String("MultiPolygon")) {
            QJsonArray polygons;
            for (const QJsonValue &p : coordinates)
                polygons.append(convertedPolygon(p.toArray()));
            geometry.insert(QLatin1String("coordinates"), polygons);
        } else {
            return fail(QStringLiteral("%1: $.features[%2].geometry.type: must be Polygon or MultiPolygon").arg(in).arg(i));
        }
        feature.insert(QLatin1String("geometry"), geometry);
        // The label point (properties.cp) is in the file's datum too.
        QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        if (const QJsonArray cp = properties.value(QLatin1String("cp")).toArray(); cp.size() == 2) {
            properties.insert(QLatin1String("cp"), convertedPosition(cp));
            feature.insert(QLatin1String("properties"), properties);
        }
        features.replace(i, feature);
    }
    doc.insert(QLatin1String("features"), features);
    doc.insert(QLatin1String("datum"), QStringLiteral("WGS-84"));
    doc.insert(QLatin1String("converted_from"), QStringLiteral("GCJ-02"));
    const auto map = cd::RegionMap::fromGeoJson(QJsonDocument(doc).toJson(QJsonDocument::Compact), in);
    if (!map)
        return fail(map.error());
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return fail(outPath + QStringLiteral(": ") + out.errorString());
    out.write(map->toBinary());
    if (!out.commit())
        return fail(outPath + QStringLiteral(": ") + out.errorString());
    return 0;
}
