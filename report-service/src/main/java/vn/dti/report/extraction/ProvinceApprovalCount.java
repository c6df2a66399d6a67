package vn.dti.report.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "Đến nay, tỉnh đã phê duyệt cấp độ an toàn cho 48/63 hệ thống thông tin", "27 hệ thống thông tin của các cơ quan nhà nước được
 * phê duyệt hồ sơ đề xuất cấp độ", "Số hệ thống thông tin được phê duyệt hồ sơ cấp độ | 36": in a province's own report the
 * approval of security levels is counted over the systems of its agencies (the province approves them); the count is
 * {@code sec.systems_level_approved}, not the yes/no {@code sec.security_level_approved} of one unit's own dossier. A province's
 * sentence that names one system ("Cổng thông tin điện tử tỉnh đã được phê duyệt cấp độ 3") still gives the yes/no fact. Since
 * session 12 the same holds for a count of systems not yet approved ("14 hệ thống thông tin chưa được phê duyệt cấp độ"): no "false".
 */
final class ProvinceApprovalCount {

    private static final String ELEMENT = "sec.security_level_approved";
    /** A count of systems: "48/63 hệ thống", "08 HTTT", "100% hệ thống", "số hệ thống", "các hệ thống", "tổng số hệ thống". */
    private static final Pattern COUNTED_SYSTEMS = Pattern.compile("(?<![\\p{L}])(?:\\d+(?:[.,]\\d+)?(?:/\\d+)? ?(?:%|phần trăm)? ?"
            + "|(?:tổng )?số |các |những )(?:hệ thống|httt)(?!\\p{L})");

    private ProvinceApprovalCount() {
    }

    /** Whether the candidate is a province's yes/no approval (either way) read from a sentence that counts the approved systems. */
    static boolean countsSystems(String lower, Candidate c, List<Clause> clauses, UnitLevel level) {
        if (level != UnitLevel.PROVINCE || !ELEMENT.equals(c.element()) || !(c.value() instanceof Boolean)) {
            return false;
        }
        int[] sentence = Sentences.around(lower, c, clauses);
        return COUNTED_SYSTEMS.matcher(lower).region(sentence[0], sentence[1]).find();
    }
}
