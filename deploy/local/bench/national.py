#!/usr/bin/env python3
"""National burst and national recompute (deploy/local must be up).

    deploy/local/bench/national.py burst [PROVINCES=34] [DEPARTMENTS=20] [COMMUNES=100]
        bulk-imports a report per unit for a fresh year, submits and accepts them all (8 at a time, DTI_BENCH_CLIENTS),
        then measures the time from the last acceptance until every unit has its FINAL score and
        every draft ranking ranks them all with those scores.
    deploy/local/bench/national.py recompute [PROVINCES=34] [DEPARTMENTS=20] [COMMUNES=100]
        activates a new version of framework dti-bench for all those provinces from the year of the
        last burst and measures the time until every FINAL score is on it and every draft ranking
        is updated.

Re-runnable: each burst takes a fresh year (2021-2027, the years the seeded framework covers and
the API accepts) of a generation of bench provinces (codes N<generation><two letters>, created
once per generation); when a generation has used all its years the next one is created. Reports
already submitted or accepted (an interrupted run) are taken as they are.
"""
import os
import string
import sys
import time
from datetime import datetime, timezone
from concurrent.futures import ThreadPoolExecutor

from dti_api import Api

YEARS = [str(y) for y in range(2027, 2020, -1)]
mode = sys.argv[1] if len(sys.argv) > 1 else "burst"
provinces_n, departments_n, communes_n = (int(a) for a in (sys.argv[2:5] + ["34", "20", "100"][len(sys.argv[2:5]):]))
GROUPS = {"so-ban-nganh": ("DEPARTMENT", "S", departments_n), "xa": ("COMMUNE", "X", communes_n)}
api = Api()
# DTI_BENCH_CLIENTS: concurrent clients submitting and accepting (8 by default)
pool = ThreadPoolExecutor(int(os.environ.get("DTI_BENCH_CLIENTS", "8")))
# Seconds between two polls: the polling reads whole groups through the gateway, so a short pause
# loads the services it is timing; the exact times come from the suite's own timestamps instead.
POLL = float(os.environ.get("DTI_BENCH_POLL", "0.5"))


def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def since(start, stamps, what):
    """Seconds from the wall-clock start to the newest of the suite's timestamps."""
    print(f"{what}: {(max(instant(t) for t in stamps) - start).total_seconds():.2f} s (suite timestamps)")


def provinces_of(generation):
    return [f"N{generation}{chr(65 + p // 26)}{chr(65 + p % 26)}" for p in range(provinces_n)]  # letters only


def units_of(province):
    return [(f"{province}.{prefix}{i:03d}", level, group) for group, (level, prefix, n) in GROUPS.items()
            for i in range(1, n + 1)]


def used(generation, year):
    """A burst ran (or began) for this generation and year: its first or last unit has a report."""
    provinces = provinces_of(generation)
    probes = [units_of(provinces[0])[0][0], units_of(provinces[-1])[-1][0]]
    return any(api.ok("GET", f"/api/v1/reports?unit={unit}&period={year}", accept=(200, 404)).get("total", 0) > 0
               for unit in probes if api.call("GET", f"/api/v1/units/{unit}")[0] == 200)


def slots():
    for generation in string.ascii_uppercase:
        for year in YEARS:
            yield generation, year


def first_free():
    previous = None
    for slot in slots():
        if not used(*slot):
            return slot, previous
        previous = slot
    raise SystemExit("every bench year of every generation is used: deploy/local/down.sh --clean")


def create_units(provinces):
    def create(body):
        api.ok("POST", "/api/v1/units", body, accept=(201, 409))
    for province in provinces:
        create({"code": province, "name": f"Tỉnh {province}", "nameEn": f"Province {province}", "level": "PROVINCE",
                "validFrom": "2016-01-01"})
        list(pool.map(create, [{"code": code, "name": f"Đơn vị {code}", "nameEn": f"Unit {code}", "level": level,
                                "group": group, "parentCode": province, "validFrom": "2016-01-01"}
                               for code, level, group in units_of(province)]))


def reports_of(provinces, year):
    """id -> status of the year's reports of these provinces' units."""
    prefixes = tuple(p + "." for p in provinces)
    found, page = {}, 0
    while True:
        answer = api.ok("GET", f"/api/v1/reports?period={year}&size=500&page={page}")
        found.update({r["id"]: r["status"] for r in answer["items"] if r["unitCode"].startswith(prefixes)})
        if (page + 1) * 500 >= answer["total"]:
            return found
        page += 1


def finals(provinces, year):
    """Unit -> (framework, frameworkVersion, index) of every FINAL score of the year."""
    found = {}
    for province in provinces:
        for group in GROUPS:
            page = api.ok("GET", f"/api/v1/scores?period={year}&province={province}&group={group}&stage=FINAL&size=500")
            found.update({s["unitCode"]: (s["framework"], s["frameworkVersion"], s["index"], s["computedAt"])
                          for s in page["items"]})
    return found


def rankings_match(provinces, year, scores, groups=None, updated=None):
    for province in provinces:
        for group in groups or GROUPS:
            status, ranking = api.call("GET", f"/api/v1/rankings?province={province}&group={group}&period={year}")
            if status != 200:
                return False
            expected = {u: s[2] for u, s in scores.items() if u.startswith(province + ".") and
                        (u.split(".")[1][0] == GROUPS[group][1])}
            if {e["unitCode"]: e["index"] for e in ranking["entries"]} != expected:
                return False
            if updated is not None:
                updated.append(ranking["updatedAt"])
    return True


def answered(done):
    """A service being restarted (the backlog run) answers 503 for a while: that is "not yet", not a failure."""
    try:
        return done()
    except RuntimeError as error:
        if " answered 503" not in str(error):
            raise
        return False


def wait(what, done, started, limit=1800, pause=None):
    while not answered(done):
        if time.monotonic() - started > limit:
            raise SystemExit(f"{what}: not reached within {limit} s")
        time.sleep(POLL if pause is None else pause)
    print(f"{what}: {time.monotonic() - started:.1f} s (polled every {POLL if pause is None else pause} s)")


def burst():
    (generation, year), _ = first_free()
    provinces = provinces_of(generation)
    units = [code for province in provinces for code, _, _ in units_of(province)]
    create_units(provinces)
    rows = ["unit,period,element,value"]
    for n, unit in enumerate(units):
        rows += [f"{unit},{year},dir.steering_committee,{'true' if n % 3 else 'false'}",
                 f"{unit},{year},doc.signed_pct,{(n * 7) % 101}", f"{unit},{year},fin.dx_budget,{(n % 50 + 1) * 10**8}"]
    started = time.monotonic()
    for province in provinces:
        chunk = [rows[0]] + [r for r in rows[1:] if r.startswith(province + ".")]
        api.ok("POST", "/api/v1/data-value-sets", "\n".join(chunk) + "\n", "text/csv")
    reports = reports_of(provinces, year)
    print(f"{len(reports)} reports of {len(units)} units imported in {time.monotonic() - started:.1f} s "
          f"(provinces N{generation}AA.., year {year})")

    def accept(item):
        report, status = item
        for _ in range(10):  # a 503 (a closed pooled connection) may or may not have applied: read the status again
            try:
                if status in ("DRAFT", "RETURNED"):
                    status = api.ok("POST", f"/api/v1/reports/{report}/submit", {})["status"]
                if status == "SUBMITTED":
                    api.ok("POST", f"/api/v1/reports/{report}/review", {"decision": "ACCEPT"})
                return
            except RuntimeError as failure:
                if "answered 503" not in str(failure):
                    raise
                time.sleep(0.5)
                status = api.ok("GET", f"/api/v1/reports/{report}")["status"]
        raise RuntimeError(f"report {report} not accepted after 10 attempts")
    started = time.monotonic()
    list(pool.map(accept, reports.items()))
    last, last_wall = time.monotonic(), datetime.now(timezone.utc)
    print(f"{len(reports)} reports accepted in {last - started:.1f} s")
    wait("last acceptance -> every FINAL score", lambda: len(finals(provinces, year)) == len(units), last)
    updated = []
    wait("last acceptance -> every draft ranking",
         lambda: updated.clear() or rankings_match(provinces, year, finals(provinces, year), updated=updated), last)
    since(last_wall, [s[3] for s in finals(provinces, year).values()], "last acceptance -> newest FINAL score")
    since(last_wall, updated, "last acceptance -> newest draft ranking")


def recompute():
    _, previous = first_free()
    if previous is None:
        raise SystemExit("run a burst first")
    generation, year = previous
    provinces = provinces_of(generation)
    document = api.ok("GET", "/api/v1/frameworks/dti-mau-2024/versions/1")
    document["code"] = "dti-bench"
    document["indices"][0]["components"][0]["maxPoints"] += 5
    document["indices"][0]["components"][1]["maxPoints"] -= 5
    version = api.ok("POST", "/api/v1/frameworks", document)["version"]
    started, started_wall = time.monotonic(), datetime.now(timezone.utc)
    api.ok("POST", f"/api/v1/frameworks/dti-bench/versions/{version}/activations",
           {"provinces": provinces, "fromPeriod": year, "toPeriod": year})  # the burst's year: 4,080 units
    print(f"dti-bench v{version} activated for {len(provinces)} provinces (N{generation}AA..) from {year}")
    units_in = {(province, group): [code for code, _, _ in units_of(province) if code.split(".")[1][0] == GROUPS[group][1]]
                for province in provinces for group in GROUPS}

    # Each peer group is checked until it is done, then left alone: once on the new version its
    # scores and ranking do not change again, so the polling shrinks as groups finish (the earlier
    # whole-country poll took 1-2 s per round and loaded the services it was timing).
    pending_scores = {(province, group) for province in provinces for group in GROUPS}
    pending_rankings = set(pending_scores)
    group_scores = {}

    def scores_of(province, group):
        page = api.ok("GET", f"/api/v1/scores?period={year}&province={province}&group={group}&stage=FINAL&size=500")
        return {s["unitCode"]: (s["framework"], s["frameworkVersion"], s["index"], s["computedAt"]) for s in page["items"]}

    def all_on_it():
        for pair in list(pending_scores):
            scores = scores_of(*pair)
            if len(scores) == len(units_in[pair]) and all(s[:2] == ("dti-bench", version) for s in scores.values()):
                pending_scores.discard(pair)
                group_scores[pair] = scores
        return not pending_scores

    ranking_updates = []

    def rankings_follow():
        for province, group in list(pending_rankings):
            if rankings_match([province], year, group_scores[(province, group)], [group], ranking_updates):
                pending_rankings.discard((province, group))
        return not pending_rankings
    wait("activation -> every FINAL score on it", all_on_it, started)
    wait("activation -> every draft ranking", rankings_follow, started)
    since(started_wall, [s[3] for scores in group_scores.values() for s in scores.values()],
          "activation -> newest FINAL score")
    since(started_wall, ranking_updates, "activation -> newest draft ranking")


burst() if mode == "burst" else recompute()
