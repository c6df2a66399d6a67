#!/usr/bin/env python3
"""National burst and national recompute (deploy/local must be up).

    deploy/local/bench/national.py burst [PROVINCES=34] [DEPARTMENTS=20] [COMMUNES=100]
        creates the provinces' units (once), bulk-imports a report per unit for a fresh year,
        submits and accepts them all (8 at a time), then measures the time from the last
        acceptance until every unit has its FINAL score and every draft ranking ranks them all.
    deploy/local/bench/national.py recompute [PROVINCES=34] [DEPARTMENTS=20] [COMMUNES=100]
        activates a new framework version for all provinces from that year and measures the time
        until every FINAL score is on it and every draft ranking is updated.
"""
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from dti_api import Api

mode = sys.argv[1] if len(sys.argv) > 1 else "burst"
provinces_n, departments_n, communes_n = (int(a) for a in (sys.argv[2:5] + ["34", "20", "100"][len(sys.argv[2:5]):]))
PROVINCES = [f"N{chr(65 + p // 26)}{chr(65 + p % 26)}" for p in range(provinces_n)]  # codes are letters only
GROUPS = {"so-ban-nganh": ("DEPARTMENT", "S", departments_n), "xa": ("COMMUNE", "X", communes_n)}
api = Api()
pool = ThreadPoolExecutor(8)


def units_of(province):
    return [(f"{province}.{prefix}{i:03d}", level, group) for group, (level, prefix, n) in GROUPS.items()
            for i in range(1, n + 1)]


def create_units():
    def create(body):
        api.ok("POST", "/api/v1/units", body, accept=(201, 409))
    for province in PROVINCES:
        create({"code": province, "name": f"Tỉnh {province}", "nameEn": f"Province {province}", "level": "PROVINCE",
                "validFrom": "2016-01-01"})
        list(pool.map(create, [{"code": code, "name": f"Đơn vị {code}", "nameEn": f"Unit {code}", "level": level,
                                "group": group, "parentCode": province, "validFrom": "2016-01-01"}
                               for code, level, group in units_of(province)]))


def every_unit():
    return [code for province in PROVINCES for code, _, _ in units_of(province)]


def free_year():
    year = 2026  # periods after next year are refused; the run before this one uses year - 1
    while api.ok("GET", f"/api/v1/reports?province={PROVINCES[0]}&period={year}")["total"] > 0:
        year += 1
    return str(year)


def finals(year):
    """Unit -> (framework, index) of every FINAL score of the year."""
    found = {}
    for province in PROVINCES:
        for group in GROUPS:
            page = api.ok("GET", f"/api/v1/scores?period={year}&province={province}&group={group}&stage=FINAL&size=500")
            found.update({s["unitCode"]: (s["framework"], s["index"]) for s in page["items"]})
    return found


def rankings_match(year, scores):
    for province in PROVINCES:
        for group in GROUPS:
            status, ranking = api.call("GET", f"/api/v1/rankings?province={province}&group={group}&period={year}")
            if status != 200:
                return False
            expected = {u: s[1] for u, s in scores.items() if u.startswith(province + ".") and
                        (u.split(".")[1][0] == GROUPS[group][1])}
            if {e["unitCode"]: e["index"] for e in ranking["entries"]} != expected:
                return False
    return True


def wait(what, done, since):
    while not done():
        time.sleep(0.2)
    print(f"{what}: {time.monotonic() - since:.1f} s")


units = every_unit()
if mode == "burst":
    create_units()
    year = free_year()
    rows = ["unit,period,element,value"]
    for n, unit in enumerate(units):
        rows += [f"{unit},{year},dir.steering_committee,{'true' if n % 3 else 'false'}",
                 f"{unit},{year},doc.signed_pct,{(n * 7) % 101}", f"{unit},{year},fin.dx_budget,{(n % 50 + 1) * 10**8}"]
    for province in PROVINCES:
        chunk = [rows[0]] + [r for r in rows[1:] if r.startswith(province + ".")]
        api.ok("POST", "/api/v1/data-value-sets", "\n".join(chunk) + "\n", "text/csv")
    reports = [r["id"] for p in PROVINCES for r in api.ok("GET", f"/api/v1/reports?province={p}&period={year}&size=500")["items"]]

    def accept(report):
        api.ok("POST", f"/api/v1/reports/{report}/submit", {})
        api.ok("POST", f"/api/v1/reports/{report}/review", {"decision": "ACCEPT"})
    started = time.monotonic()
    list(pool.map(accept, reports))
    last = time.monotonic()
    print(f"{len(reports)} reports accepted in {last - started:.1f} s (year {year})")
    wait("last acceptance -> every FINAL score", lambda: len(finals(year)) == len(units), last)
    wait("last acceptance -> every draft ranking", lambda: rankings_match(year, finals(year)), last)
else:
    year = str(int(free_year()) - 1)
    document = api.ok("GET", "/api/v1/frameworks/dti-mau-2024/versions/1")
    document["code"] = "dti-bench"
    document["indices"][0]["components"][0]["maxPoints"] += 5
    document["indices"][0]["components"][1]["maxPoints"] -= 5
    version = api.ok("POST", "/api/v1/frameworks", document)["version"]
    started = time.monotonic()
    api.ok("POST", f"/api/v1/frameworks/dti-bench/versions/{version}/activations",
           {"provinces": PROVINCES, "fromPeriod": year})
    print(f"dti-bench v{version} activated for {len(PROVINCES)} provinces from {year}")
    wait("activation -> every FINAL score on it",
         lambda: all(f == "dti-bench" for f, _ in finals(year).values()), started)
    wait("activation -> every draft ranking", lambda: rankings_match(year, finals(year)), started)
