// Build tool: reads a GeoJSON FeatureCollection published in GCJ-02 (the Chinese web-map
// datum, a few hundred metres off), parses it with RegionMap::fromGeoJson, which converts its
// positions to WGS-84 as the program would at start-up, and writes the regions in RegionMap's
// binary form. The embedded county outlines are made here once instead of at every start
// (converting them was 5 ms of the desk's first frame, parsing the JSON 2 ms); tst_units
// compares them with a conversion at run time.
//
//   cd_geo_wgs84 IN.geojson OUT.cdgeo
// A file that does not say "datum": "GCJ-02" is refused: it needs no conversion.
#include "geo/RegionMap.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace {

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
    const QByteArray data = file.readAll();
    QJsonParseError error{};
    const QJsonObject doc = QJsonDocument::fromJson(data, &error).object();
    if (error.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1: malformed JSON at offset %2: %3").arg(in).arg(error.offset).arg(error.errorString()));
    if (doc.value(QLatin1String("datum")).toString() != QLatin1String("GCJ-02"))
        return fail(in + QStringLiteral(": $.datum: not \"GCJ-02\"; nothing to convert"));
    const auto map = cd::RegionMap::fromGeoJson(data, in);
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
