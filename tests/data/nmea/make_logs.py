#!/usr/bin/env python3
"""Writes the recorded NMEA logs of tests/data/nmea and expected.json beside them.

    python3 tests/data/nmea/make_logs.py

Deterministic (no randomness): re-running gives byte-identical files. The expected values
(arrival times, fix and drop counts, distances) are computed here in Python on the same
sphere Qt Positioning uses (mean radius 6371.0072 km), independently of the C++ pipeline.

The scene is the urban incident of the tests: 28.4517 N, 119.9229 E (WGS-84, 丽水市区).
Dispatch at 2026-11-21T19:20:00Z (03:20 Beijing time). Radius 300 m, dwell 30 s.
"""
import json
import math
import os
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
R = 6371007.2
SITE = (28.4517, 119.9229)
DISPATCH = datetime(2026, 11, 21, 19, 20, 0, tzinfo=timezone.utc)
RADIUS = 300.0
DWELL = 30
ROAD_FACTOR = 1.4
ASSUMED_SPEED = 40 / 3.6


def dist(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * R * math.asin(math.sqrt(h))


def offset(p, north_m, east_m):
    lat = p[0] + math.degrees(north_m / R)
    lon = p[1] + math.degrees(east_m / (R * math.cos(math.radians(p[0]))))
    return (lat, lon)


def cs(body):
    x = 0
    for c in body.encode("ascii"):
        x ^= c
    return "%02X" % x


def sentence(body):
    return "$%s*%s" % (body, cs(body))


def dm(value, deg_digits, pos, neg):
    hemi = pos if value >= 0 else neg
    v = abs(value)
    d = int(v)
    m = (v - d) * 60
    return ("%0" + str(deg_digits) + "d%09.6f") % (d, m), hemi


def rmc(t, p, speed_mps, course, status="A"):
    lat, ns = dm(p[0], 2, "N", "S")
    lon, ew = dm(p[1], 3, "E", "W")
    return sentence("GPRMC,%s,%s,%s,%s,%s,%s,%.1f,%.1f,%s,,,A" % (
        t.strftime("%H%M%S.%f")[:9], status, lat, ns, lon, ew, speed_mps * 3600 / 1852, course, t.strftime("%d%m%y")))


def gga(t, p, quality=1):
    lat, ns = dm(p[0], 2, "N", "S")
    lon, ew = dm(p[1], 3, "E", "W")
    return sentence("GPGGA,%s,%s,%s,%s,%s,%d,09,0.9,55.0,M,8.0,M,," % (t.strftime("%H%M%S.%f")[:9], lat, ns, lon, ew, quality))


def drive(start_time, start, bearing_deg, speed, seconds, parked=0):
    """(time, position, speed, course) once a second: parked first, then straight on."""
    out = []
    p = start
    for s in range(parked + seconds + 1):
        t = start_time + timedelta(seconds=s)
        v = 0.0 if s <= parked else speed
        if s > parked:
            b = math.radians(bearing_deg)
            p = offset(p, math.cos(b) * speed, math.sin(b) * speed)
        out.append((t, p, v, bearing_deg))
    return out


def bearing_to(a, b):
    y = math.sin(math.radians(b[1] - a[1])) * math.cos(math.radians(b[0]))
    x = math.cos(math.radians(a[0])) * math.sin(math.radians(b[0])) - math.sin(math.radians(a[0])) * math.cos(
        math.radians(b[0])) * math.cos(math.radians(b[1] - a[1]))
    return (math.degrees(math.atan2(y, x)) + 360) % 360


def arrival(fixes):
    """The first fix inside the radius from which every fix stays inside for DWELL s."""
    candidate = None
    for t, p, _, _ in fixes:
        d = dist(p, SITE)
        assert abs(d - RADIUS) > 2, "a fix lies on the rim: move the route"
        if d <= RADIUS:
            if candidate is None:
                candidate = t
            elif (t - candidate).total_seconds() >= DWELL:
                return candidate
        else:
            candidate = None
    return None


def off_rim(fixes):
    return all(abs(dist(p, SITE) - RADIUS) > 2 for _, p, _, _ in fixes)


def approach(start_distance, speed, parked, stay, start_time=DISPATCH):
    """Parked about start_distance m south-west of the scene, then straight to it and stop there.
    The start moves out metre by metre until no fix lies within 2 m of the rim, so that the
    expected arrival cannot hang on a rounding difference."""
    while True:
        fixes = approach_from(start_distance, speed, parked, stay, start_time)
        if off_rim(fixes):
            return fixes
        start_distance += 1


def approach_from(start_distance, speed, parked, stay, start_time):
    start = offset(SITE, -start_distance * math.cos(math.radians(40)), -start_distance * math.sin(math.radians(40)))
    b = bearing_to(start, SITE)
    travel = int(dist(start, SITE) / speed)
    fixes = drive(start_time, start, b, speed, travel, parked)
    last_t, last_p = fixes[-1][0], fixes[-1][1]
    fixes += [(last_t + timedelta(seconds=s), last_p, 0.0, b) for s in range(1, stay + 1)]
    return fixes


def write(name, lines):
    with open(os.path.join(HERE, name), "w", encoding="latin-1", newline="\r\n") as f:
        for line in lines:
            f.write(line + "\n")


def plain(fixes, every_gga=10):
    lines = []
    for i, (t, p, v, c) in enumerate(fixes):
        lines.append(rmc(t, p, v, c))
        if i % every_gga == 0:
            lines.append(gga(t, p))  # the same second: one fix with the RMC
    return lines


def with_bad_sentences(fixes):
    """The plain log with one of each kind of bad input mixed in (each right after the fix it
    is derived from, so that its time fits in), and one well-formed sentence we ignore."""
    def after(i, line):
        return (i, line)
    good = rmc(fixes[20][0], fixes[20][1], fixes[20][2], fixes[20][3])
    extra = [
        after(5, sentence("GPGSV,3,1,11,03,03,111,00,04,15,270,00,06,01,010,00,13,06,292,00")),  # ignored, not bad
        after(20, good[:-4] + ("1" if good[-4] != "1" else "2") + good[-3:]),  # checksum: a digit changed in transit
        after(30, good[:30]),                                                   # malformed: a torn line
        after(35, "\x07\x1b garbage from a dying serial line \xff"),          # malformed: binary noise
        after(40, rmc(fixes[40][0] + timedelta(milliseconds=500), offset(fixes[40][1], 50000, 0), 10, 0)),  # 50 km in 0.5 s
        after(60, rmc(fixes[60][0] + timedelta(milliseconds=500), fixes[60][1], 0, 0, status="V")),       # receiver: no fix
    ]
    out = []
    for i, (t, p, v, c) in enumerate(fixes):
        out.append(rmc(t, p, v, c))
        if i % 10 == 0:
            out.append(gga(t, p))
        out += [line for j, line in extra if j == i]
    return out, {"checksum": 1, "malformed": 2, "impossible_jump": 1, "no_fix": 1}


def iso(t):
    return t.astimezone(timezone(timedelta(hours=8))).isoformat(timespec="seconds") if t else None


def main():
    expected = {"site": {"lat": SITE[0], "lon": SITE[1]}, "radius_m": RADIUS, "dispatched_at": iso(DISPATCH)}

    # 1. A leader's car parked 6 km away, 10 s to set off, 12 m/s: arrives well inside 30 min.
    fixes = approach(6000, 12.0, 10, 120)
    lines, dropped = with_bad_sentences(fixes)
    write("approach-ontime.nmea", lines)
    eta = round(dist(fixes[0][1], SITE) * ROAD_FACTOR / ASSUMED_SPEED)  # parked at dispatch
    expected["approach-ontime.nmea"] = {"fixes": len(fixes), "dropped": sum(dropped.values()), "dropped_by_reason": dropped,
                                        "arrived_at": iso(arrival(fixes)), "eta_s_at_dispatch": eta}

    # 2. The same car from 25 km at 11 m/s: later than the 30 minutes of 86号 3(2).
    fixes = approach(25000, 11.0, 10, 60)
    write("approach-late.nmea", plain(fixes))
    expected["approach-late.nmea"] = {"fixes": len(fixes), "dropped": 0, "arrived_at": iso(arrival(fixes)),
                                      "eta_s_at_dispatch": round(dist(fixes[0][1], SITE) * ROAD_FACTOR / ASSUMED_SPEED)}

    # 3. A pass-by: 20 m/s along a line 200 m from the scene, inside the radius about 22 s.
    start = offset(SITE, -200, -2000)
    fixes = drive(DISPATCH, start, 90.0, 20.0, 200)
    inside = [t for t, p, _, _ in fixes if dist(p, SITE) <= RADIUS]
    write("passby.nmea", plain(fixes))
    expected["passby.nmea"] = {"fixes": len(fixes), "dropped": 0, "arrived_at": None,
                               "seconds_inside": (inside[-1] - inside[0]).total_seconds() if inside else 0}

    # 4. A multiplexed gateway feed: two units behind $PCDU tags, with a position before any tag.
    a = approach(1500, 10.0, 0, 40)
    b = drive(DISPATCH, offset(SITE, 3000, 3000), 225.0, 8.0, len(a) - 1)
    lines = [rmc(a[0][0], a[0][1], 0, 0)]  # untagged: dropped
    for (ta, pa, va, ca), (tb, pb, vb, cb) in zip(a, b):
        lines += [sentence("PCDU,LS-RS-01"), rmc(ta, pa, va, ca), sentence("PCDU,LS-GA-01"), rmc(tb, pb, vb, cb)]
    write("multiplexed.nmea", lines)
    expected["multiplexed.nmea"] = {"units": {"LS-RS-01": {"fixes": len(a), "arrived_at": iso(arrival(a))},
                                              "LS-GA-01": {"fixes": len(b), "arrived_at": iso(arrival(b))}},
                                    "untagged": 1}

    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
