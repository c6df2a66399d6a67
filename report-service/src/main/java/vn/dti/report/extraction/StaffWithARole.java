package vn.dti.report.extraction;

import java.util.regex.Pattern;

/**
 * "Sở có 05 người làm công tác công nghệ thông tin", "hiện có ba công chức phụ trách chuyển đổi số", "Phòng có 04 công chức được
 * phân công theo dõi …": a count of people followed right away by the work they are given counts the people in that role, not the
 * unit's staff; it is never {@code infra.staff_total}. Since session 12 also after the rest of a list of staff nouns ("98 công chức,
 * viên chức chuyên trách, kiêm nhiệm công nghệ thông tin").
 */
final class StaffWithARole {

    private static final String ELEMENT = "infra.staff_total";
    private static final Pattern ROLE_AFTER = Pattern.compile("^(?:,? ?(?:và )?(?:cán bộ|công chức|viên chức|người lao động)(?!\\p{L}))*\\s?(?:làm(?! việc tại| việc ở)|phụ trách|chuyên trách|kiêm nhiệm|được (?:phân công|giao|bố trí|cử)"
            + "|trực tiếp (?:làm|phụ trách|theo dõi)|theo dõi|thực hiện nhiệm vụ)(?!\\p{L})");

    private StaffWithARole() {
    }

    static boolean countsARole(String lower, Candidate c) {
        return ELEMENT.equals(c.element()) && c.end() < lower.length()
                && ROLE_AFTER.matcher(lower).region(c.end(), Math.min(lower.length(), c.end() + 40)).lookingAt();
    }
}
