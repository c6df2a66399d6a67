package vn.dti.report.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The unit, province and period a report states about itself. */
record ReportHeader(String unitName, String province, String period, UnitLevel level) {

    private static final String UNIT_HEAD = "(?:Sở|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Ban|Văn phòng|Thanh tra|Trung tâm"
            + "|Cục|Chi cục|Công an|Đài|Bệnh viện|Trường|Kho bạc|Bảo hiểm xã hội|Liên đoàn|Hội|Tỉnh đoàn|Phòng)";
    /** "..., Sở Ngoại vụ báo cáo ..." / "; UBND huyện Bình Sơn Báo cáo ..." */
    private static final Pattern REPORTING_SUBJECT = Pattern.compile(
            "(?:^|[,;:.] +|\\n)(" + UNIT_HEAD + "(?: [^\\s,;:.()]+){1,8}?) (?:kính )?(?:báo cáo|Báo cáo)(?!\\p{L})");
    private static final Pattern GENERIC_NAME = Pattern.compile("^" + UNIT_HEAD);
    /** "Trên đây là (nội dung) báo cáo ... của Sở Ngoại vụ," */
    private static final Pattern CLOSING = Pattern.compile(
            "Trên đây là[^\\n]{0,120}?(?:báo cáo|Báo cáo)[^\\n]{0,80}?(?:của|tại)\\s+(" + UNIT_HEAD + "(?: [^\\s,;:.()]+){1,8}?) ?[,;.(]");
    private static final Pattern TITLE_UNIT = Pattern.compile("(?:tại|của)\\s+(" + UNIT_HEAD + "(?: [^\\s,;:.()]+){1,8}) *$");
    /** "Kết quả kiểm tra ... tại xã Vĩnh Trạch, huyện Thoại Sơn": a report about one commune or ward, whoever writes it. */
    private static final Pattern TITLE_COMMUNE = Pattern.compile("(?:tại|của)\\s+(xã|phường|thị trấn) (\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3})");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?<!\\p{L})(?:về|việc|của|đã|đang|được|xin|tổng hợp|theo|tại|và các)(?!\\p{L})");
    private static final String CAP_WORD = "\\p{Lu}\\p{Ll}*";
    private static final Pattern PROVINCE = Pattern.compile(
            "(?:tỉnh|Tỉnh)(?:\\s+(?:ủy|uỷ))?\\s+(" + CAP_WORD + "(?:\\s+" + CAP_WORD + "){1,2})(?!\\s*-\\s*\\p{Lu})");
    /** "UBND TỈNH NGHỆ AN" in the letterhead. */
    private static final Pattern PROVINCE_LETTERHEAD = Pattern.compile("(?m)^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN) TỈNH ((?:\\p{Lu}+)(?:(?: | ?[–-] ?)\\p{Lu}+){0,3})\\s*$");
    /** "Nghệ An, ngày 10 tháng 7 năm 2024": the place of writing. */
    private static final Pattern PLACE_AND_DATE = Pattern.compile("(?m)^(" + "\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){1,2}),? ngày");
    private static final Pattern CITY = Pattern.compile("(?:thành phố|Thành phố|TP\\.?)\\s+(Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ|Huế)");
    /** After a dash inside a letterhead's name ("SỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI"): not the opening of another body. */
    private static final String NOT_A_BODY = "(?!(?:TRUNG TÂM|TRANG|CỔNG|BAN|UBND|ỦY BAN|UỶ BAN|PHÒNG|SỞ|VĂN PHÒNG|ĐOÀN|HỘI|ĐẢNG|HĐND)(?!\\p{L}))";
    /**
     * "UBND XÃ VĨNH HƯNG", "ỦY BAN NHÂN DÂN HUYỆN LÂM THAO", "SỞ TƯ PHÁP", "PHƯỜNG AN HỘI (TỈNH VĨNH LONG)", "UBND PHƯỜNG 1 (...)",
     * "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LÂM ĐỒNG" at the top.
     */
    private static final Pattern LETTERHEAD_UNIT = Pattern.compile("(?m)^\\s*(?:(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN) (?<level>HUYỆN|XÃ|PHƯỜNG|THỊ XÃ|THỊ TRẤN|QUẬN|THÀNH PHỐ)"
            + "|(?<bare>HUYỆN|XÃ|PHƯỜNG|THỊ TRẤN|QUẬN)(?! ỦY| UỶ| ĐOÀN| HỘI)|(?<dept>SỞ)|(?<centre>TRUNG TÂM (?:PHỤC VỤ )?HÀNH CHÍNH CÔNG)) (?<name>(?:[\\p{Lu}'’]+)(?:(?: | ?[–-] ?" + NOT_A_BODY + ")(?:[\\p{Lu}'’]+|\\d{1,2}(?!\\d))){0,8}|\\d{1,2}(?!\\d))\\s*(?:\\([^)\\n]*\\))?"
            + "\\s*(?:[–-]\\s*(?:TRANG|CỔNG) THÔNG TIN ĐIỆN TỬ\\s*)?$");
    /** "TỈNH THANH HÓA – BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH", "UBND TỈNH KON TUM – CỔNG THÔNG TIN ĐIỆN TỬ TỈNH": a first line naming the province, then one of its own bodies. */
    private static final Pattern PROVINCE_FIRST_LINE = Pattern.compile("^\\s*(?:UBND |ỦY BAN NHÂN DÂN |UỶ BAN NHÂN DÂN |CỔNG THÔNG TIN ĐIỆN TỬ |CỔNG DỊCH VỤ CÔNG )?TỈNH (?!(?:ỦY|UỶ)(?!\\p{L}))((?:\\p{Lu}+)(?: \\p{Lu}+){0,2})\\s*(?:$|[–-][^\\n]*TỈNH\\s*$)");
    /**
     * "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK (25/4/2024)", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA – Tin tức hoạt động chuyển đổi số": the
     * province's portal with a note of the date or of its section after its name is the province's masthead all the same.
     */
    private static final Pattern PROVINCE_PORTAL_WITH_A_NOTE = Pattern.compile("^\\s*CỔNG THÔNG TIN ĐIỆN TỬ TỈNH (?!(?:ỦY|UỶ)(?!\\p{L}))((?:\\p{Lu}+)(?: \\p{Lu}+){0,2})"
            + "\\s*(?:\\([^)\\n]*\\)|[–-]\\s*\\p{Lu}\\p{Ll}[^\\n]*)\\s*$");
    /**
     * "UBND TỈNH SÓC TRĂNG" over "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "VĂN PHÒNG UBND TỈNH PHÚ THỌ" over the same, "UBND TỈNH BÌNH
     * DƯƠNG" over "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "UBND TỈNH TUYÊN QUANG" over "VĂN PHÒNG": a body of the province named on the
     * line above. The province's steering committee ("BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ") speaks for the province itself.
     */
    private static final Pattern BODY_UNDER_A_PROVINCE = Pattern.compile("(?m)^\\s*(?:VĂN PHÒNG )?(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN) TỈNH "
            + "((?:\\p{Lu}+)(?: \\p{Lu}+){0,3})\\s*\\n\\s*(?<body>(?:TRUNG TÂM|BAN|VĂN PHÒNG|ĐÀI|THANH TRA)(?: [\\p{Lu}&,]+){0,12})\\s*$");
    private static final Pattern PUBLIC_SERVICE_CENTRE = Pattern.compile("TRUNG TÂM (?:PHỤC VỤ )?HÀNH CHÍNH CÔNG");
    /** "Trung tâm Phục vụ hành chính công tỉnh", "Văn phòng UBND tỉnh": a body's name that stops short of its province's. */
    private static final Pattern NAME_WITHOUT_ITS_PROVINCE = Pattern.compile("^(?!(?:UBND|Ủy ban|Uỷ ban)\\s).+\\stỉnh$");
    /** "Xã Tân Lập" after "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG": a commune's or district's own centre speaks for its government. */
    private static final Pattern LOWER_TIER_NAME = Pattern.compile("(Xã|Phường|Thị Trấn|Huyện|Quận|Thị Xã) (\\p{Lu}.*|\\d{1,2})");
    private static final Pattern TITLE_LINE = Pattern.compile("(?m)^\\s*BÁO CÁO\\s*(?:\\n|:)?\\s*([^\\n]{5,300})$");

    /** A report written as one ("BÁO CÁO" over its title), not an item published on a body's portal. */
    static boolean isAFormalReport(String text) {
        return TITLE_LINE.matcher(text.substring(0, Math.min(text.length(), 2000))).find();
    }

    static ReportHeader detect(NormalizedText text) {
        return detect(text, KnownReport.NOTHING);
    }

    /** The header, with the unit the caller knows in place of the one read. */
    static ReportHeader detect(NormalizedText text, KnownReport known) {
        String s = Letterhead.wrappedNamesJoined(Letterhead.columnsApart(text.text()));
        Optional<Matcher> subject = firstMatch(REPORTING_SUBJECT, s);
        String title = firstGroup(TITLE_LINE, s).orElse("");
        Matcher titleLine = TITLE_LINE.matcher(s);
        String anyTitle = titleLine.find() ? titleLine.group(1) : "";
        String unit = subject.map(m -> m.group(1).strip()).filter(ReportHeader::namesItself)
                .or(() -> firstGroup(TITLE_UNIT, title))
                .or(() -> titleCommune(anyTitle))
                .or(() -> firstGroup(CLOSING, s))
                .or(() -> letterheadUnit(s))
                .or(() -> provinceLetterhead(s))
                .or(() -> provinceFirstLine(s))
                .or(() -> Letterhead.unit(s))
                .or(() -> Headline.agency(s).map(agency -> inProvince(agency, province(s))))
                .or(() -> ReportOpening.unit(s))
                .or(() -> OwnTerritory.of(s).map(OwnTerritory.Territory::unitName))
                .or(() -> Headline.unit(s))
                .or(() -> Headline.lowerUnit(s))
                .or(() -> Headline.provinceAt(s))
                .orElse(null);
        String period = ReportOpening.period(text.lower())
                .or(() -> PeriodPhrases.find(PeriodPhrases.withoutDates(anyTitle.toLowerCase(Locale.ROOT))))
                .or(() -> subject.flatMap(m -> PeriodPhrases.find(restOfSentence(text.lower(), m.end()))))
                .or(() -> ReportOpening.periodOrYearOfWriting(text.lower()))
                .orElse(null);
        unit = lowerPortalOverItsProvince(s, unit).orElse(unit);
        if (UnitLevel.ofName(unit) == UnitLevel.DEPARTMENT && title.isEmpty()) {
            String department = unit;
            unit = communeHeadlinedByADepartment(s).or(() -> provinceHeadlinedByItsDxDepartment(s, department)).orElse(unit);
        }
        if (UnitLevel.ofName(unit) == UnitLevel.PROVINCE && !statesItsWriter(s, subject, title, anyTitle)) {
            unit = SectorNews.department(s, unit).orElse(unit);
        }
        if (unit == null) {
            unit = departmentOfAnUnheadedItem(s).orElse(null);
        }
        if (known.unitName() != null) {
            return new ReportHeader(known.unitName(), province(s), period,
                    known.level() != null ? UnitLevel.valueOf(known.level()) : UnitLevel.ofName(known.unitName()));
        }
        unit = withItsProvince(unit, s);
        return new ReportHeader(unit, province(s), period, UnitLevel.ofName(unit));
    }

    /** "Trung tâm Phục vụ hành chính công tỉnh" under "UBND TỈNH VĨNH LONG" is that province's centre. */
    private static String withItsProvince(String unit, String s) {
        if (unit == null || !NAME_WITHOUT_ITS_PROVINCE.matcher(unit).matches()) {
            return unit;
        }
        Matcher letterhead = PROVINCE_LETTERHEAD.matcher(s.substring(0, Math.min(s.length(), 600)));
        Matcher office = BODY_UNDER_A_PROVINCE.matcher(s.substring(0, Math.min(s.length(), 600)));
        String province = letterhead.find() ? letterhead.group(1) : office.find() ? office.group(1) : null;
        return province == null ? unit : unit + " " + titleCase(province);
    }

    /** "Xã Tân An, thị xã Tân Châu đạt 04/04 chỉ tiêu …", "Lễ công bố quyết định … công nhận xã Vĩnh Châu đạt chuẩn …" as the headline. */
    private static final Pattern HEADLINED_COMMUNE = Pattern.compile("^\\s*(?:(?<lead>Xã|Phường|Thị trấn) |.{0,120}?(?<!\\p{L})công nhận (?<named>xã|phường|thị trấn) )"
            + "(?<name>\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3}|\\d{1,2}(?!\\d))(?![\\p{L}\\d])");

    /**
     * A department's portal (its name as the first line) publishing a commune's news ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG AN GIANG" over
     * "Xã Vĩnh An, huyện Châu Thành đạt chuẩn xã nông thôn mới năm 2023"): the commune the headline opens with, or that it says is
     * recognised, is the unit the figures belong to.
     */
    private static Optional<String> communeHeadlinedByADepartment(String s) {
        String[] lines = s.strip().split("\n", 3);
        if (lines.length < 2) {
            return Optional.empty();
        }
        Matcher m = HEADLINED_COMMUNE.matcher(lines[1]);
        if (!m.find()) {
            return Optional.empty();
        }
        String tier = m.group("lead") != null ? m.group("lead") : m.group("named");
        return Optional.of("UBND " + tier.toLowerCase(Locale.ROOT) + " " + m.group("name"));
    }

    private static final Pattern DX_DEPARTMENT = Pattern.compile("(?i)^sở (?:thông tin và truyền thông|khoa học và công nghệ)(?!\\p{L})");
    private static final Pattern HEADLINE_OF_A_BODY = Pattern.compile("(?i)(?<!\\p{L})(?:sở|ngành|báo cáo)(?!\\p{L})");
    private static final Pattern LEADING_PLACE = Pattern.compile("^\\s*(\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,2})(?=[ :])");

    /**
     * The department that steers the province's digital transformation publishing the province's news under its own masthead
     * ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG ĐỒNG NAI" over "Đồng Nai đẩy mạnh chuyển đổi số", "… phát triển kinh tế - xã hội tỉnh Bắc
     * Giang"): a headline with the province as its subject, naming no department or sector, is the province's item.
     */
    private static Optional<String> provinceHeadlinedByItsDxDepartment(String s, String department) {
        String[] lines = s.strip().split("\n", 3);
        if (lines.length < 2 || !DX_DEPARTMENT.matcher(department).find() || HEADLINE_OF_A_BODY.matcher(lines[1]).find()) {
            return Optional.empty();
        }
        Matcher leading = LEADING_PLACE.matcher(lines[1]);
        Optional<String> place = leading.find() && !Headline.withTier(leading.group(1)).equals(leading.group(1))
                ? Optional.of(leading.group(1)) : firstGroup(PROVINCE, lines[1]);
        return place.map(p -> "UBND " + Headline.withTier(p)).filter(u -> UnitLevel.ofName(u) == UnitLevel.PROVINCE);
    }

    /** Whether a letterhead, a reporting subject, the title or the closing names the writer (else the unit is read from a news item). */
    private static boolean statesItsWriter(String s, Optional<Matcher> subject, String title, String anyTitle) {
        return subject.map(m -> m.group(1).strip()).filter(ReportHeader::namesItself).isPresent() || firstGroup(TITLE_UNIT, title).isPresent()
                || titleCommune(anyTitle).isPresent() || firstGroup(CLOSING, s).isPresent() || letterheadUnit(s).isPresent()
                || provinceLetterhead(s).isPresent() || provinceFirstLine(s).isPresent() || Letterhead.unit(s).isPresent();
    }

    /** "Trang thông tin điện tử xã Việt Hưng (huyện Văn Lâm, tỉnh Hưng Yên)", "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG LÁT" as the first line. */
    private static final Pattern LOWER_PORTAL = Pattern.compile("^\\s*(?:TRANG|CỔNG|Trang|Cổng) (?:THÔNG TIN ĐIỆN TỬ|thông tin điện tử) "
            + "(?<level>HUYỆN|XÃ|PHƯỜNG|THỊ XÃ|THỊ TRẤN|QUẬN|THÀNH PHỐ|huyện|xã|phường|thị xã|thị trấn|quận|thành phố) "
            + "(?<name>\\p{Lu}[\\p{L}'’]*(?: \\p{Lu}[\\p{L}'’]*){0,4}|\\d{1,2}(?!\\d))\\s*(?:\\([^)\\n]*\\))?\\s*$", Pattern.MULTILINE);

    /**
     * A district's or a commune's own portal (its name on the first line) republishing the province's text ("Đề án chuyển đổi số
     * tỉnh Hưng Yên …", "Giao chỉ tiêu … trên địa bàn tỉnh Thanh Hóa"): the text read as the province's is the portal unit's page,
     * so the province's figures in it are not its own. A lower unit read from the text (a commune story on a city's portal) stays.
     */
    private static Optional<String> lowerPortalOverItsProvince(String s, String unit) {
        if (UnitLevel.ofName(unit) != UnitLevel.PROVINCE) {
            return Optional.empty();
        }
        int eol = s.indexOf('\n');
        Matcher m = LOWER_PORTAL.matcher(eol < 0 ? s : s.substring(0, eol));
        if (!m.find()) {
            return Optional.empty();
        }
        String portal = "UBND " + m.group("level").toLowerCase(Locale.ROOT) + " " + titleCase(m.group("name"));
        return UnitLevel.ofName(portal) == UnitLevel.PROVINCE ? Optional.empty() : Optional.of(portal);
    }

    /** "Sở Y tế" of a text about Thanh Hóa is "Sở Y tế tỉnh Thanh Hóa"; a name that already says its province stays. */
    private static String inProvince(String agency, String province) {
        if (province == null || agency.contains(province)) {
            return agency;
        }
        String place = Headline.withTier(province);
        return place.equals(province) ? agency : agency + " " + place;
    }

    /** "UBND huyện Bình Sơn", "Sở Ngoại vụ", but not "Ủy ban nhân dân xã" (the writer's own short name, which says only the tier). */
    private static boolean namesItself(String unit) {
        return GENERIC_NAME.matcher(unit).replaceFirst("").codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** The last calendar year the period covers, or 0 when the period is unknown. */
    int periodEndYear() {
        if (period == null) {
            return 0;
        }
        int slash = period.indexOf('/');
        return Integer.parseInt(slash > 0 ? period.substring(slash + 1) : period.substring(0, 4));
    }

    /** The first calendar year the period covers, or 0 when the period is unknown. */
    int periodStartYear() {
        return period == null ? 0 : Integer.parseInt(period.substring(0, 4));
    }

    private static Optional<Matcher> firstMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (!NOT_A_NAME.matcher(m.group(1)).find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstGroup(Pattern p, String s) {
        return firstMatch(p, s).map(m -> m.group(1).strip());
    }

    private static String restOfSentence(String lower, int from) {
        int end = lower.indexOf('\n', from);
        String rest = lower.substring(from, end < 0 ? lower.length() : end);
        int stop = rest.indexOf(". ");
        return stop < 0 ? rest : rest.substring(0, stop);
    }

    /**
     * A news item that names no unit in any heading but whose body is one department's work ("Sở Xây dựng đã lựa chọn …", "Theo Sở
     * Tư pháp, …" named at least twice, not tied): that department of the province the text names, as for a province's headline.
     */
    private static Optional<String> departmentOfAnUnheadedItem(String s) {
        String province = province(s);
        return SectorNews.department(s, province == null ? "" : "UBND " + Headline.withTier(province));
    }

    /** The province named most often ("tỉnh Bình Định", "Tỉnh ủy Quảng Ngãi"). */
    private static String province(String s) {
        Map<String, Integer> counts = new HashMap<>();
        String first = null;
        for (Pattern p : new Pattern[] { PROVINCE, CITY }) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                String name = m.group(1);
                counts.merge(name, 1, Integer::sum);
                if (first == null) {
                    first = name;
                }
            }
        }
        Matcher letterhead = PROVINCE_LETTERHEAD.matcher(s);
        if (letterhead.find()) {
            String name = titleCase(letterhead.group(1));
            counts.merge(name, 3, Integer::sum);
            first = first == null ? name : first;
        }
        Matcher place = PLACE_AND_DATE.matcher(s);
        if (place.find() && (counts.containsKey(place.group(1)) || first == null)) {
            counts.merge(place.group(1), 2, Integer::sum);
            first = first == null ? place.group(1) : first;
        }
        String best = first;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > counts.getOrDefault(best, 0)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** "UBND HUYỆN ĐỒNG PHÚ" over "UBND XÃ TÂN LẬP": the commune under its district's name writes; the first line's unit otherwise. */
    private static Optional<String> letterheadUnit(String s) {
        String head = s.substring(0, Math.min(s.length(), 600));
        Matcher m = LETTERHEAD_UNIT.matcher(head);
        if (!m.find()) {
            return provincesBody(s);
        }
        Optional<String> first = letterheadUnit(m);
        int end = m.end();
        if (m.find() && head.substring(end, m.start()).isBlank() && head.substring(end, m.start()).chars().filter(c -> c == '\n').count() == 1) {
            Optional<String> below = letterheadUnit(m);
            boolean communeUnderItsDistrict = UnitLevel.ofName(first.orElse(null)) == UnitLevel.DISTRICT
                    && UnitLevel.ofName(below.orElse(null)) == UnitLevel.COMMUNE;
            return communeUnderItsDistrict ? below : first;
        }
        return first;
    }

    /** The unit a letterhead line found by {@link #LETTERHEAD_UNIT} names. */
    private static Optional<String> letterheadUnit(Matcher m) {
        String name = titleCase(m.group("name"));
        if (m.group("dept") != null) {
            return Optional.of("Sở " + name);
        }
        Matcher lowerTier = LOWER_TIER_NAME.matcher(name);
        if (m.group("centre") != null && lowerTier.matches()) {
            return Optional.of("UBND " + lowerTier.group(1).toLowerCase(Locale.ROOT) + " " + lowerTier.group(2));
        }
        if (m.group("centre") != null) {
            String centre = m.group("centre").contains("PHỤC VỤ") ? "Trung tâm Phục vụ hành chính công " : "Trung tâm Hành chính công ";
            return Optional.of(centre + name.replaceFirst("^Tỉnh ", "tỉnh "));
        }
        String level = m.group("level") != null ? m.group("level") : m.group("bare");
        return Optional.of("UBND " + level.toLowerCase(Locale.ROOT) + " " + name);
    }

    private static Optional<String> provincesBody(String s) {
        Matcher m = BODY_UNDER_A_PROVINCE.matcher(s.substring(0, Math.min(s.length(), 600)));
        if (!m.find()) {
            return Optional.empty();
        }
        String province = titleCase(m.group(1));
        String body = m.group("body");
        if (PUBLIC_SERVICE_CENTRE.matcher(body).matches()) {
            return Optional.of((body.contains("PHỤC VỤ") ? "Trung tâm Phục vụ hành chính công tỉnh " : "Trung tâm Hành chính công tỉnh ") + province);
        }
        if (body.equals("VĂN PHÒNG")) {
            return Optional.of("Văn phòng UBND tỉnh " + province);
        }
        if (body.startsWith("BAN CHỈ ĐẠO")) {
            return Optional.of("UBND tỉnh " + province);
        }
        return Optional.of(sentenceCase(body) + " tỉnh " + province);
    }

    /** "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP" → "Ban quản lý các khu công nghiệp". */
    private static String sentenceCase(String upper) {
        String lower = upper.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** "UBND TỈNH AN GIANG" heading the letter with no body of its own under it: the province reports. */
    private static Optional<String> provinceLetterhead(String s) {
        String head = s.substring(0, Math.min(s.length(), 600));
        Matcher m = PROVINCE_LETTERHEAD.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String next = head.substring(m.end()).strip();
        int eol = next.indexOf('\n');
        String nextLine = (eol < 0 ? next : next.substring(0, eol)).strip();
        boolean subordinate = !nextLine.isEmpty() && nextLine.equals(nextLine.toUpperCase(Locale.ROOT))
                && nextLine.codePoints().anyMatch(Character::isLetter) && !nextLine.startsWith("CỘNG HÒA") && !nextLine.startsWith("CỘNG HOÀ")
                && !nextLine.startsWith("BÁO CÁO") && !nextLine.startsWith("-");
        return subordinate ? Optional.empty() : Optional.of("UBND tỉnh " + titleCase(m.group(1)).replace('–', '-'));
    }

    private static Optional<String> titleCommune(String title) {
        Matcher m = TITLE_COMMUNE.matcher(title);
        return m.find() ? Optional.of("UBND " + m.group(1) + " " + m.group(2)) : Optional.empty();
    }

    private static Optional<String> provinceFirstLine(String s) {
        int eol = s.indexOf('\n');
        String first = eol < 0 ? s : s.substring(0, eol);
        Matcher m = PROVINCE_FIRST_LINE.matcher(first);
        Matcher noted = PROVINCE_PORTAL_WITH_A_NOTE.matcher(first);
        if (m.find()) {
            return Optional.of("UBND tỉnh " + titleCase(m.group(1)));
        }
        return noted.find() ? Optional.of("UBND tỉnh " + titleCase(noted.group(1))) : Optional.empty();
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String word : upper.toLowerCase(Locale.ROOT).split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
