#!/usr/bin/env python3
"""Writes a plausible incident register as JSON lines for `commanddesk-cli import`.

    make-journal.py --incidents N --events-per-incident K --out FILE [--open-every M] [--seed S]

Each incident is opened by its `reported` event (title, facts with cause, participants, county
and a location in Lishui) and followed by what a desk records: verification, 初报 to the city
and province, dispatch and arrival with the principal leaders, the initial judgment,
investigation, facts updates, notes, the end of the response, closing and the disposal report.
Events beyond that list are notes, facts updates and assessments, so K can be anything from 1.
Incidents are spread over the past years, minutes apart in the register's order; every
M-th incident (default 200) is left open, its windows running, the rest are closed with every
window met: the history a centre keeps.
"""
import argparse
import json
import random
from datetime import datetime, timedelta, timezone

SHANGHAI = timezone(timedelta(hours=8))
COUNTIES = [("莲都区", 28.45, 119.91), ("青田县", 28.14, 120.29), ("缙云县", 28.66, 120.09), ("遂昌县", 28.59, 119.27),
            ("松阳县", 28.45, 119.48), ("云和县", 28.12, 119.57), ("庆元县", 27.62, 119.06), ("景宁畲族自治县", 27.97, 119.63),
            ("龙泉市", 28.07, 119.14)]
CAUSES = ["wage_arrears", "land_requisition", "other"]


def at(t):
    return t.astimezone(SHANGHAI).isoformat(timespec="seconds")


def incident_events(key, i, k, start, closed, rnd):
    county, lat, lon = COUNTIES[i % len(COUNTIES)]
    cause = CAUSES[i % len(CAUSES)]
    # Every 50th is large (more plans apply), and so is every open one: its windows count down.
    participants = 20 + rnd.randrange(400) if i % 50 and closed else 600 + rnd.randrange(2000)
    facts = {"cause": cause, "participants": participants, "county": county,
             "location": {"lat": round(lat + rnd.uniform(-0.08, 0.08), 5), "lon": round(lon + rnd.uniform(-0.08, 0.08), 5)}}
    title = {"wage_arrears": "某工地农民工聚集讨薪", "land_requisition": "某村征地纠纷聚集", "other": "群众聚集上访"}[cause]
    t = start
    out = [("reported", t, {"title": f"{county}{title}(第{i + 1}起)", "exercise": i % 97 == 0, "facts": facts})]

    def step(minutes, kind, payload):
        nonlocal t
        t += timedelta(minutes=minutes)
        out.append((kind, t, payload))

    core = [(5, "verified", {}), (8, "report_sent", {"to": "city", "report": "initial"}),
            (2, "report_sent", {"to": "province", "report": "initial"}),
            (2, "report_sent", {"to": "leading_group", "report": "initial"}), (3, "dispatched", {}),
            (20, "arrived", {"principal": True}), (10, "initial_judgment", {}), (60, "investigation_completed", {})]
    ending = [(120, "response_ended", {}), (30, "closed", {}), (60, "report_sent", {"to": "wage_office", "report": "final"})]
    if closed:
        # Fewer than 12 events: leave out what meets no window first (dispatch, verification,
        # closing), so every window of a closed incident is still met.
        for kind in ("dispatched", "verified", "closed"):
            if 1 + len(core) + len(ending) > k:
                core = [c for c in core if c[1] != kind]
                ending = [c for c in ending if c[1] != kind]
        plan = core
    else:
        plan = core[:1]  # an open incident has only been verified: its reporting windows run
    for minutes, kind, payload in plan:
        step(minutes, kind, payload)
    filler = k - len(out) - (len(ending) if closed else 0)
    for n in range(max(0, filler)):
        if n % 3 == 0:
            step(7, "facts_updated", {"facts": {"participants": participants + 5 * (n + 1)}})
        elif n % 3 == 1:
            step(7, "note", {"text": f"现场情况第{n + 1}次通报:秩序平稳"})
        else:
            step(7, "assessment", {"measures": f"第{n + 1}轮劝导", "trend": "趋于平稳"})
    if closed:
        for minutes, kind, payload in ending:
            step(minutes, kind, payload)
    return [{"incident": key, "kind": kind, "event_time": at(when), "actor": f"{county}值班室", "payload": payload}
            for kind, when, payload in out[:k]]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--incidents", type=int, required=True)
    p.add_argument("--events-per-incident", type=int, default=12)
    p.add_argument("--out", required=True)
    p.add_argument("--open-every", type=int, default=200, help="every M-th incident stays open (0: none)")
    p.add_argument("--seed", type=int, default=13)
    a = p.parse_args()
    if a.incidents < 1 or a.events_per_incident < 1:
        p.error("--incidents and --events-per-incident must be at least 1")
    rnd = random.Random(a.seed)
    now = datetime.now(timezone.utc).replace(microsecond=0)
    # Closed ones spread back from half a day ago, oldest first; open ones opened 3 h ago.
    span = timedelta(minutes=30 * a.incidents)
    first = now - timedelta(hours=12) - span
    events = 0
    with open(a.out, "w", encoding="utf-8") as f:
        for i in range(a.incidents):
            closed = not (a.open_every and i % a.open_every == a.open_every - 1)
            start = first + timedelta(minutes=30 * i)
            if not closed:
                start = now - timedelta(hours=3, minutes=i % 50)
            for e in incident_events(f"GEN-{i + 1:07d}", i, a.events_per_incident, start, closed, rnd):
                f.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")
                events += 1
    print(json.dumps({"incidents": a.incidents, "events": events, "out": a.out}))


if __name__ == "__main__":
    main()
