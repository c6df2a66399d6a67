package vn.dti.report.extraction;

import java.util.regex.Pattern;

/**
 * "Riêng thành phố Lai Châu tiếp nhận 18.402 hồ sơ", "riêng Trung tâm Phục vụ hành chính công tỉnh tiếp nhận …" in a province's
 * report, "riêng xã Tân An đạt 98%" in a district's: "riêng" singles out one body or lower tier of the unit, whose figure is a part
 * of the unit's, not the unit's own. The unit's own office ("riêng Văn phòng UBND tỉnh tiếp nhận 41.250 văn bản đến") is the
 * government itself for its documents, so it is not singled out.
 */
final class SingledOutPart {

    private static final String LEAD = "(?<!\\p{L})riêng (?:tại |ở |của |đối với |với |trong )?(?:các |khối |mỗi )?";
    private static final Pattern OF_A_PROVINCE = Pattern.compile(LEAD + "(?:huyện|thành phố|thị xã|quận|xã|phường|thị trấn|sở|chi cục|trung tâm"
            + "|phòng|bộ phận|cấp (?:tỉnh|sở|huyện|xã))(?!\\p{L})");
    private static final Pattern OF_A_DISTRICT = Pattern.compile(LEAD + "(?:xã|phường|thị trấn|phòng|trung tâm|bộ phận"
            + "|cấp (?:huyện|xã))(?!\\p{L})");

    private SingledOutPart() {
    }

    /** Whether "riêng" and a body or tier of the unit come before the figure at {@code at} in its clause. */
    static boolean before(String lower, Clause clause, int at, UnitLevel level) {
        Pattern part = switch (level) {
            case PROVINCE -> OF_A_PROVINCE;
            case DISTRICT -> OF_A_DISTRICT;
            default -> null;
        };
        return part != null && at > clause.start() && part.matcher(lower).region(clause.start(), Math.min(at, clause.end())).find();
    }
}
