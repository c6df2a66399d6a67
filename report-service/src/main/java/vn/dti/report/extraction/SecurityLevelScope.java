package vn.dti.report.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which approved security level is the unit's own (session 12):
 * <ul>
 * <li>a sentence that gives the levels of several systems, and not one level for all ("03 hệ thống được phê duyệt cấp độ (cổng
 * thông tin cấp độ 2, camera giám sát cấp độ 1)"), gives no single {@code sec.security_level}; the approval itself still stands;</li>
 * <li>a system the report names as the province's ("Mạng diện rộng của tỉnh mà huyện dùng chung đã được phê duyệt cấp độ 3",
 * "Hệ thống một cửa điện tử của tỉnh đặt tại …") in the report of a department, district or commune is not the unit's own:
 * neither its level nor its approval is read.</li>
 * </ul>
 */
final class SecurityLevelScope {

    private static final String LEVEL = "sec.security_level";
    private static final String APPROVED = "sec.security_level_approved";
    private static final Pattern LEVEL_FIGURE = Pattern.compile("cấp độ (?:an toàn (?:hệ thống thông tin |thông tin |httt )?)?(\\d)(?!\\d)");
    /** The subject of the approval names the province (or a ministry) as the owner: "… của tỉnh", "… của UBND tỉnh", "… của Bộ". */
    private static final Pattern ANOTHER_OWNER = Pattern.compile("(?<!\\p{L})(?:của|thuộc) (?:ubnd |ủy ban nhân dân |uỷ ban nhân dân )?"
            + "(?:tỉnh|bộ|trung ương)(?!\\p{L})");
    /** Where the subject ends: "đã được …", "được Sở … phê duyệt", "phê duyệt". */
    private static final Pattern APPROVAL = Pattern.compile("(?<!\\p{L})(?:được|phê duyệt)(?!\\p{L})");

    private SecurityLevelScope() {
    }

    /** Whether the candidate is a level or an approval that this unit's own systems do not give. */
    static boolean notTheUnitsOwn(String lower, Candidate c, List<Clause> clauses, UnitLevel level) {
        if (!LEVEL.equals(c.element()) && !APPROVED.equals(c.element())) {
            return false;
        }
        int[] sentence = Sentences.around(lower, c, clauses);
        if (LEVEL.equals(c.element()) && mixedLevels(lower, sentence[0], sentence[1])) {
            return true;
        }
        if (level == UnitLevel.PROVINCE || Boolean.FALSE.equals(c.value())) {
            return false;
        }
        return ownedByAnother(lower, sentence[0], Math.max(sentence[0], Math.min(sentence[1], c.end())));
    }

    /** Two or more different levels in one sentence: the levels of several systems. */
    static boolean mixedLevels(String lower, int from, int to) {
        Matcher m = LEVEL_FIGURE.matcher(lower).region(from, to);
        String first = null;
        while (m.find()) {
            if (first == null) {
                first = m.group(1);
            } else if (!first.equals(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The words before the approval name the province or a ministry as the system's owner. */
    static boolean ownedByAnother(String lower, int from, int to) {
        Matcher approval = APPROVAL.matcher(lower).region(from, to);
        int subjectEnd = approval.find() ? approval.start() : to;
        return ANOTHER_OWNER.matcher(lower).region(from, subjectEnd).find();
    }
}
