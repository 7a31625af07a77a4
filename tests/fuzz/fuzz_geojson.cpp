// GeoJSON county maps and urban areas (map/urbanAreaFile setting).
#include "FuzzSupport.h"
#include "geo/RegionMap.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto map = cd::RegionMap::fromGeoJson(cd::fuzz::bytes(data, size), QStringLiteral("fuzz.geojson"));
    if (map) { // what loads must answer point queries
        (void)map->bounds();
        (void)map->regionAt(QGeoCoordinate(28.45, 119.92));
        (void)map->regionAt(QGeoCoordinate(0, 0), 0);
    }
    return 0;
}
