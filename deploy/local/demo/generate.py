#!/usr/bin/env python3
"""Generates the demo data of deploy/local (units.jsonl, merges.jsonl, values-<period>.csv).

Run once by a developer when the demo set changes; the outputs are committed, so a fresh machine
needs no Python. Values are plausible and deterministic (seeded by unit and year), improving a
little each year; the figures of the three seed reports (shared/seeds/gold) replace generated ones
for their unit and period.
"""
import csv, json, random, os

HERE = os.path.dirname(os.path.abspath(__file__))
PERIODS = ["2021", "2022", "2023", "2024"]

DEPARTMENTS = [  # code, Vietnamese name, English name
    ("SNGV", "Sở Ngoại vụ", "Department of Foreign Affairs"),
    ("SNV", "Sở Nội vụ", "Department of Home Affairs"),
    ("STP", "Sở Tư pháp", "Department of Justice"),
    ("SKHDT", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment"),
    ("STC", "Sở Tài chính", "Department of Finance"),
    ("SCT", "Sở Công Thương", "Department of Industry and Trade"),
    ("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Department of Agriculture and Rural Development"),
    ("SGTVT", "Sở Giao thông vận tải", "Department of Transport"),
    ("SXD", "Sở Xây dựng", "Department of Construction"),
    ("STNMT", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment"),
    ("STTTT", "Sở Thông tin và Truyền thông", "Department of Information and Communications"),
    ("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs"),
    ("SVHTT", "Sở Văn hóa và Thể thao", "Department of Culture and Sports"),
    ("SDL", "Sở Du lịch", "Department of Tourism"),
    ("SKHCN", "Sở Khoa học và Công nghệ", "Department of Science and Technology"),
    ("SGDDT", "Sở Giáo dục và Đào tạo", "Department of Education and Training"),
    ("SYT", "Sở Y tế", "Department of Health"),
    ("TTT", "Thanh tra tỉnh", "Provincial Inspectorate"),
    ("VPUBND", "Văn phòng UBND tỉnh", "Office of the Provincial People's Committee"),
    ("BQLKKT", "Ban Quản lý Khu kinh tế", "Economic Zone Management Board"),
    ("BDT", "Ban Dân tộc", "Ethnic Minorities Committee"),
]
PROVINCES = {
    "BDI": ("Tỉnh Bình Định", "Binh Dinh Province", len(DEPARTMENTS), []),
    "QNG": ("Tỉnh Quảng Ngãi", "Quang Ngai Province", 19, [
        ("BINHSON", "Bình Sơn"), ("SONTINH", "Sơn Tịnh"), ("TUNGHIA", "Tư Nghĩa"), ("NGHIAHANH", "Nghĩa Hành"),
        ("MODUC", "Mộ Đức"), ("DUCPHO", "Đức Phổ"), ("BATO", "Ba Tơ"), ("MINHLONG", "Minh Long"),
        ("SONHA", "Sơn Hà"), ("SONTAY", "Sơn Tây"), ("TRABONG", "Trà Bồng"), ("LYSON", "Lý Sơn"),
        ("TPQNG", "Quảng Ngãi")]),
    "DNA": ("Tỉnh Đồng Nai", "Dong Nai Province", 17, [
        ("BIENHOA", "Biên Hòa"), ("LONGKHANH", "Long Khánh"), ("NHONTRACH", "Nhơn Trạch"), ("LONGTHANH", "Long Thành"),
        ("TRANGBOM", "Trảng Bom"), ("THONGNHAT", "Thống Nhất"), ("CAMMY", "Cẩm Mỹ"), ("XUANLOC", "Xuân Lộc"),
        ("DINHQUAN", "Định Quán"), ("TANPHU", "Tân Phú"), ("VINHCUU", "Vĩnh Cửu")]),
}
CITIES = {"TPQNG": "UBND thành phố", "BIENHOA": "UBND thành phố", "LONGKHANH": "UBND thành phố", "DUCPHO": "UBND thị xã"}
# The 2025 reform: departments merged on 1 March 2025, districts abolished on 1 July 2025.
MERGES = [("STTTT", "SKHCN"), ("SKHDT", "STC"), ("SLDTBXH", "SNV")]
GOLD = {("BDI.SNGV", "2023"): "000_853a2af8d72fb1f2.json", ("QNG.SNGV", "2021-9M"): "002_e4f16cdb68ef494b.json",
        ("QNG.BINHSON", "2023"): "003_741b7664cff395cb.json"}


def units():
    rows = []
    for province, (name, name_en, department_count, districts) in PROVINCES.items():
        rows.append({"code": province, "name": name, "nameEn": name_en, "level": "PROVINCE", "validFrom": "2016-01-01"})
        for code, vi, en in DEPARTMENTS[:department_count]:
            rows.append({"code": f"{province}.{code}", "name": vi, "nameEn": en, "level": "DEPARTMENT",
                         "group": "so-ban-nganh", "parentCode": province, "validFrom": "2016-01-01"})
        for code, vi in districts:
            kind = CITIES.get(code, "UBND huyện")
            rows.append({"code": f"{province}.{code}", "name": f"{kind} {vi}", "nameEn": f"{vi} People's Committee",
                         "level": "DISTRICT", "group": "huyen", "parentCode": province, "validFrom": "2016-01-01",
                         "validTo": "2025-06-30"})
    return rows


def clamp(x, lo, hi):
    return max(lo, min(hi, x))


def values(unit, year):
    r = random.Random(f"{unit['code']}:{year}")
    base = random.Random(unit["code"])
    quality = base.uniform(0.55, 0.95)          # how far along this unit is
    growth = (int(year) - 2021) * base.uniform(0.02, 0.06)
    q = clamp(quality + growth, 0, 1)
    local = unit["level"] == "DISTRICT"
    yes = lambda p: r.random() < clamp(p, 0, 1)
    pct = lambda lo: round(clamp(r.gauss(lo + (100 - lo) * q, 4), 0, 100), 2)
    staff = base.randint(80, 260) if local else base.randint(18, 120)
    total_procedures = base.randint(60, 320) if local else base.randint(4, 160)
    full = int(total_procedures * clamp(q * 0.7 + r.uniform(-0.1, 0.1), 0, 1))
    partial = int((total_procedures - full) * r.uniform(0.3, 0.9))
    received = r.randint(800, 30000) if local else r.randint(50, 12000)
    desktops = int(staff * r.uniform(0.75, 1.0))
    laptops = r.randint(2, 25)
    v = {
        "dir.steering_committee": yes(0.6 + q * 0.4), "dir.annual_plan": yes(0.5 + q * 0.5),
        "dir.directive_docs": r.randint(0, int(2 + q * 10)), "dir.dx_news_posts": r.randint(0, int(5 + q * 40)),
        "dir.dx_portal_section": yes(0.4 + q * 0.6), "dir.dx_staff_assigned": yes(0.6 + q * 0.4),
        "inst.security_policy": yes(0.3 + q * 0.7), "inst.it_regulations": r.randint(0, 5),
        "infra.staff_total": staff, "infra.staff_with_computer": int(staff * clamp(0.8 + q * 0.2, 0, 1)),
        "infra.computers_networked_pct": pct(80), "infra.dedicated_network": yes(0.7 + q * 0.3),
        "infra.video_conference": yes(0.5 + q * 0.5), "infra.desktops": desktops, "infra.laptops": laptops,
        "hr.it_staff": r.randint(1, 5 if local else 3), "hr.trained_staff": int(staff * r.uniform(0.2, 1.0) * q),
        "hr.training_courses": r.randint(0, 6),
        "sec.security_level": r.choice([1, 2, 2, 3]) if q > 0.6 else 1, "sec.security_level_approved": yes(q),
        "sec.antivirus_pct": pct(70), "sec.central_malware_connected": int((desktops + laptops) * q),
        "sec.incidents": r.choice([0, 0, 0, 0, 1, 2]),
        "dvc.procedures_total": total_procedures, "dvc.online_full": full, "dvc.online_partial": partial,
        "dvc.dossiers_received": received, "dvc.dossiers_online": int(received * clamp(q * 0.9 + r.uniform(-0.1, 0.1), 0, 1)),
        "dvc.dossiers_on_time_pct": pct(85), "dvc.satisfaction_pct": pct(80),
        "dvc.dossier_digitization_pct": pct(30), "dvc.result_digitization_pct": pct(20),
        "dvc.online_payments": int(r.randint(0, 3000) * q), "dvc.online_payment_amount": int(r.randint(0, 3000) * q) * 1_000_000,
        "doc.incoming": r.randint(3000, 30000) if local else r.randint(800, 12000),
        "doc.outgoing": r.randint(800, 9000) if local else r.randint(200, 4000),
        "doc.electronic_pct": pct(75), "doc.signed_pct": pct(60), "doc.digital_signature_pct": pct(70),
        "doc.official_email_pct": pct(80), "soc.vneid_staff_pct": pct(60) if int(year) >= 2023 else None,
        "fin.dx_budget": int(r.uniform(50, 900 if not local else 3000) * q) * 1_000_000,
    }
    if local:
        teams = r.randint(5, 25)
        v.update({"hr.community_tech_teams": teams, "hr.community_tech_members": teams * r.randint(4, 9),
                  "soc.mobile_coverage_pct": pct(90), "soc.household_fiber_pct": pct(45), "soc.smartphone_pct": pct(60),
                  "eco.einvoice_businesses": int(r.randint(200, 4000) * q)})
    return {k: x for k, x in v.items() if x is not None}


def gold(unit_code, period, shared):
    path = os.path.join(shared, "seeds", "gold", GOLD[(unit_code, period)])
    return {item["element"]: item["value"] for item in json.load(open(path, encoding="utf-8"))["values"]}


def main():
    shared = os.path.join(HERE, "..", "..", "..", "..", "shared")
    all_units = units()
    with open(os.path.join(HERE, "units.jsonl"), "w", encoding="utf-8") as out:
        for unit in all_units:
            out.write(json.dumps(unit, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "merges.jsonl"), "w", encoding="utf-8") as out:
        for province in PROVINCES:
            for old, new in MERGES:
                out.write(json.dumps({"unit": f"{province}.{old}", "into": f"{province}.{new}", "date": "2025-03-01",
                                      "reason": "Sắp xếp tổ chức bộ máy 2025 / 2025 restructuring"}, ensure_ascii=False) + "\n")
    reporting = [u for u in all_units if u["level"] != "PROVINCE"]
    periods = PERIODS + ["2021-9M"]
    for period in periods:
        with open(os.path.join(HERE, f"values-{period}.csv"), "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["unit", "period", "element", "value"])
            for unit in reporting:
                if period == "2021-9M" and (unit["code"], period) not in GOLD:
                    continue
                data = gold(unit["code"], period, shared) if (unit["code"], period) in GOLD else values(unit, period[:4])
                if (unit["code"], period) in GOLD and period != "2021-9M":
                    data = {**values(unit, period[:4]), **data}
                    data["dvc.procedures_total"] = max(data["dvc.procedures_total"], data["dvc.online_full"] + data["dvc.online_partial"])
                    computers = data["infra.desktops"] + data["infra.laptops"]
                    data["sec.central_malware_connected"] = min(data["sec.central_malware_connected"], computers)
                for element, value in sorted(data.items()):
                    writer.writerow([unit["code"], period, element, str(value).lower() if isinstance(value, bool) else value])


if __name__ == "__main__":
    main()
