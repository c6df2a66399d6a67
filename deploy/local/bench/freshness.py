#!/usr/bin/env python3
"""Freshness: accepted report -> FINAL score, and -> draft ranking, p50/p99 over N acceptances in the
demo province's department group (deploy/local must be up). Each round amends one department's
report in a fresh year, changes a value, submits and accepts it, then polls (every 5 ms) until the
FINAL score carries the new version and the draft ranking carries the new index.

    deploy/local/bench/freshness.py [ROUNDS=50]
"""
import random
import sys
import time

from dti_api import Api, free_year, percentile

PROVINCE, GROUP = "BDI", "so-ban-nganh"
rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 50
api = Api()
units = [u["code"] for u in api.ok("GET", f"/api/v1/units?province={PROVINCE}&group={GROUP}&size=500")["items"]]
year = free_year(api, PROVINCE, 2025)  # periods after next year are refused; the seeded framework scores 2021 on
rows = ["unit,period,element,value"]
for unit in units:
    rows += [f"{unit},{year},dir.steering_committee,true", f"{unit},{year},doc.signed_pct,{random.randint(0, 100)}"]
api.ok("POST", "/api/v1/data-value-sets", "\n".join(rows) + "\n", "text/csv")
reports = {r["unitCode"]: r["id"] for r in api.ok("GET", f"/api/v1/reports?province={PROVINCE}&period={year}&size=500")["items"]}
for report in reports.values():
    api.ok("POST", f"/api/v1/reports/{report}/submit", {})
    api.ok("POST", f"/api/v1/reports/{report}/review", {"decision": "ACCEPT"})
units = sorted(reports)  # units closed or merged before the year have no report
print(f"{len(reports)} departments accepted for {year}; warming up")
time.sleep(5)


def wait_for(probe, limit=30.0):
    start = time.monotonic()
    while time.monotonic() - start < limit:
        if probe():
            return
        time.sleep(0.005)
    raise RuntimeError("not fresh within %.0f s" % limit)


to_score, to_ranking = [], []
for i in range(rounds):
    unit = units[i % len(units)]
    report = reports[unit]
    api.ok("POST", f"/api/v1/reports/{report}/amend", {"reason": "benchmark"})
    version = api.ok("GET", f"/api/v1/reports/{report}")["version"]
    api.ok("PUT", f"/api/v1/reports/{report}/values", [{"element": "doc.signed_pct", "value": (i * 37) % 101}])
    api.ok("POST", f"/api/v1/reports/{report}/submit", {})
    api.ok("POST", f"/api/v1/reports/{report}/review", {"decision": "ACCEPT"})
    accepted = time.monotonic()
    score = {}

    def scored():
        status, body = api.call("GET", f"/api/v1/scores/{unit}/{year}?stage=FINAL")
        if status == 200 and body["sources"] and body["sources"][0]["version"] == version:
            score.update(body)
            return True
        return False

    wait_for(scored)
    to_score.append((time.monotonic() - accepted) * 1000)

    def ranked():
        status, body = api.call("GET", f"/api/v1/rankings?province={PROVINCE}&group={GROUP}&period={year}")
        return status == 200 and any(e["unitCode"] == unit and abs(e["index"] - score["index"]) < 1e-9
                                     for e in body["entries"])

    wait_for(ranked)
    to_ranking.append((time.monotonic() - accepted) * 1000)

print(f"rounds={rounds} group={PROVINCE}/{GROUP} ({len(units)} units) period={year}")
print("accepted -> FINAL score   p50 %.0f ms  p99 %.0f ms  max %.0f ms" % (
    percentile(to_score, 50), percentile(to_score, 99), max(to_score)))
print("accepted -> draft ranking p50 %.0f ms  p99 %.0f ms  max %.0f ms" % (
    percentile(to_ranking, 50), percentile(to_ranking, 99), max(to_ranking)))
