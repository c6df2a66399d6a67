package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements of a news item (or report) whose clause names a body other than the unit as the owner of the figure (session 12):
 * <ul>
 * <li>a mass organisation as the subject that did it ("Đoàn Thanh niên phường còn lập thêm 2 tổ hỗ trợ với 20 đoàn viên",
 * "Huyện Đoàn thành lập 1 đội tình nguyện"): the Youth Union's, Women's Union's or Front's own teams and members, not the
 * unit's (the unit coordinating with them, "phối hợp Đoàn Thanh niên tổ chức …", stays the unit's);</li>
 * <li>the province named by its name as the owner or the territory of a figure in a lower unit's or a department's item
 * ("tỷ lệ hồ sơ trực tuyến của TP.HCM", "toàn tỉnh Long An có …");</li>
 * <li>a share of a list of bodies that names the localities or a tier ("100% đơn vị, địa phương đã thành lập ban chỉ đạo",
 * "100% cơ quan, đơn vị cấp xã"): each of them has the thing, the unit's own yes/no fact is not stated.</li>
 * </ul>
 */
final class AnotherBodysFigure {

    /** A mass organisation named as a subject ("Đoàn xã Mỹ An", "Hội Liên hiệp Phụ nữ huyện", "Ủy ban MTTQ xã", "các cấp hội, đoàn"). */
    private static final Pattern MASS_ORGANISATION = Pattern.compile("(?<!\\p{L})(?:(?:huyện|tỉnh|thành|thị|quận) đoàn"
            + "|đoàn (?:thanh niên|tncs|xã|phường|thị trấn|trường)|chi đoàn|hội (?:liên hiệp phụ nữ|lhpn|phụ nữ|nông dân|cựu chiến binh"
            + "|người cao tuổi|chữ thập đỏ)|(?:ủy ban |ban thường trực )?(?:mttq|mặt trận tổ quốc)|các cấp hội,? đoàn|đoàn,? hội)(?!\\p{L})");
    /** The organisation's own action right after its name (and a place name of up to four words). */
    private static final Pattern ITS_ACTION = Pattern.compile("^(?:[\\p{L}\\d]+ ){0,4}?(?:(?:đã|còn|cũng|vừa|đồng thời|tiếp tục) )*"
            + "(?:lập|thành lập|ra mắt|tổ chức|duy trì|phát triển|xây dựng|huy động|có)(?!\\p{L})");
    /** The unit works with or through the organisation: the figure stays the unit's. */
    private static final Pattern WITH_THE_UNIT = Pattern.compile("(?<!\\p{L})(?:phối hợp(?: với)?|cùng với|với sự (?:phối hợp|tham gia) của"
            + "|chỉ đạo|giao|thành viên|bí thư|phó bí thư|chủ tịch|gồm|bao gồm|đại diện)(?!\\p{L})[^.;]{0,40}$");

    /** "100% đơn vị, địa phương", "100% cơ quan, đơn vị cấp xã": a share of a list of bodies that names the localities or a tier. */
    private static final Pattern SHARE_OF_A_LIST_OF_BODIES = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[.,]\\d+)? ?(?:%|phần trăm) (?:các |số )?"
            + "(?:(?:cơ quan|đơn vị|sở|ban|ngành)(?: nhà nước)?(?:,? và|,)? ){1,4}(?:(?:các )?địa phương|cấp (?:xã|huyện|sở|tỉnh|thôn))(?!\\p{L})");

    /** "trên Cổng dịch vụ công của tỉnh Long An": the province's shared platform the unit works on, not the province's figure. */
    private static final Pattern SHARED_PLATFORM = Pattern.compile("(?<!\\p{L})(?:nền tảng|hệ thống|cổng|trục|mạng|phần mềm|kho)(?!\\p{L})[^,;]{0,40}$");
    /** "Hệ thống một cửa điện tử của tỉnh …", "Mạng diện rộng của tỉnh mà huyện sử dụng chung …": a system the province owns. */
    private static final Pattern PROVINCES_SYSTEM = Pattern.compile("(?<!\\p{L})(?:hệ thống|mạng|cổng|nền tảng|trung tâm dữ liệu|phần mềm)(?!\\p{L})"
            + "[^,;.()]{0,50}?(?<!\\p{L})(?:của|thuộc) (?:ubnd )?tỉnh(?!\\p{L})");

    private AnotherBodysFigure() {
    }

    /** The candidate's figure or fact belongs to another body named in its clause. */
    static boolean isAnotherBodys(String lower, Candidate c, List<Clause> clauses, ReportHeader header) {
        Clause clause = ProposalCheck.clauseOf(c, clauses);
        if (clause == null) {
            return false;
        }
        boolean numeric = c.value() instanceof BigDecimal || c.value() instanceof Number;
        return numeric && (isAMassOrganisationsFigure(lower, clause, c.start()) || namesTheProvinceAsOwner(lower, clause, c, header))
                || c.element().startsWith("sec.security_level") && isTheProvincesSystem(lower, clause, c, header);
    }

    /**
     * In a department's, a district's or a commune's text, the security level approved for a system the sentence names as the
     * province's ("Hệ thống một cửa điện tử của tỉnh … đã được phê duyệt cấp độ 3") is the province's approval, not the unit's.
     */
    static boolean isTheProvincesSystem(String lower, Clause clause, Candidate c, ReportHeader header) {
        UnitLevel level = header.level();
        if (level != UnitLevel.DEPARTMENT && level != UnitLevel.DISTRICT && level != UnitLevel.COMMUNE) {
            return false;
        }
        int from = clause.sentenceStart();
        return PROVINCES_SYSTEM.matcher(lower).region(from, Math.max(from, Math.min(c.end(), lower.length()))).find();
    }

    /** In the sentence up to the statement, a mass organisation is the subject that set up or did what is counted. */
    static boolean isAMassOrganisationsFigure(String lower, Clause clause, int at) {
        int from = clause.sentenceStart();
        Matcher m = MASS_ORGANISATION.matcher(lower).region(from, Math.max(from, Math.min(at, lower.length())));
        while (m.find()) {
            String before = lower.substring(from, m.start());
            String after = lower.substring(m.end(), Math.min(lower.length(), m.end() + 60));
            if (ITS_ACTION.matcher(after.stripLeading()).find() && !WITH_THE_UNIT.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * In a department's, a district's or a commune's text: the province named by its name as the owner or the territory of the
     * statement ("… của TP.HCM chiếm hơn 40%", "toàn tỉnh Hà Giang có …"), from the comma before the statement to its end or right
     * after it ("Thực hiện kế hoạch của tỉnh Nghệ An, Sở đã có 98% …" is the department's; "61,8% (toàn tỉnh: 66,2%)" sets the
     * province's figure apart in a parenthesis). "toàn tỉnh", "trên địa bàn tỉnh" count too without the name; "của tỉnh" after a
     * platform ("trên Cổng dịch vụ công của tỉnh") names where the unit works, not whose figure it is.
     * A district named like its province ("thành phố Thanh Hóa" in tỉnh Thanh Hóa) is the unit itself unless "tỉnh" is written.
     */
    static boolean namesTheProvinceAsOwner(String lower, Clause clause, Candidate c, ReportHeader header) {
        UnitLevel level = header.level();
        String province = provinceOf(header);
        if (level != UnitLevel.DEPARTMENT && level != UnitLevel.DISTRICT && level != UnitLevel.COMMUNE || province == null) {
            return false;
        }
        String name = Normalizer.normalize(province.toLowerCase(Locale.ROOT), Normalizer.Form.NFC).strip();
        name = name.replaceFirst("^(?:tỉnh|thành phố|tp\\.?) ", "");
        boolean sameNamedUnit = level != UnitLevel.DEPARTMENT && header.unitName() != null
                && header.unitName().toLowerCase(Locale.ROOT).contains(name);
        String names = Pattern.quote(name) + (name.contains("hồ chí minh") ? "|hcm|tp\\.? ?hcm|tphcm" : "");
        String tiers = sameNamedUnit ? "tỉnh " : "(?:tỉnh |thành phố |tp\\.? ?)?";
        Pattern owner = Pattern.compile("(?<!\\p{L})(?:(?:của|toàn|cả|trên địa bàn|trên phạm vi(?: toàn)?) " + tiers + "(?:" + names + ")"
                + "|(?:toàn|cả|trên địa bàn|trên phạm vi(?: toàn)?) tỉnh)(?!\\p{L})");
        int end = c.end();
        int limit = Math.min(clause.end(), c.end() + 30);
        while (end < limit && lower.charAt(end) != ',' && lower.charAt(end) != ';' && lower.charAt(end) != '(') {
            end++;
        }
        int from = c.start();
        while (from > clause.start() && lower.charAt(from - 1) != ',' && lower.charAt(from - 1) != ':') {
            from--;
        }
        Matcher m = owner.matcher(lower).region(from, Math.max(from, end));
        while (m.find()) {
            if (!m.group().startsWith("của") || !SHARED_PLATFORM.matcher(lower.substring(from, m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern PROVINCE_IN_A_DEPARTMENTS_NAME = Pattern.compile("(?:tỉnh|thành phố) (\\p{L}[\\p{L} ]+)$");

    /** The province the header names, else the one a department's own name ends with ("Sở Nội vụ tỉnh Nghệ An"). */
    private static String provinceOf(ReportHeader header) {
        if (header.province() != null && !header.province().isBlank()) {
            return header.province();
        }
        if (header.level() != UnitLevel.DEPARTMENT || header.unitName() == null) {
            return null;
        }
        Matcher m = PROVINCE_IN_A_DEPARTMENTS_NAME.matcher(header.unitName().toLowerCase(Locale.ROOT).strip());
        return m.find() ? m.group(1) : null;
    }

    /** "100% đơn vị, địa phương đã thành lập Ban Chỉ đạo": each of the bodies counted has it, not the unit itself. */
    static boolean isEachOfAListOfBodies(String lower, int clauseStart, int at) {
        return SHARE_OF_A_LIST_OF_BODIES.matcher(lower).region(clauseStart, Math.max(clauseStart, at)).find();
    }
}
