package vn.dti.report.extraction;

import java.util.regex.Pattern;

/**
 * Figures of some members of a group the unit reports on, not the unit's own: a few of its lower units singled out ("một số
 * huyện như A, B tỷ lệ hồ sơ trực tuyến chỉ đạt 28,4% và 31,2%", "một vài đơn vị tiếp nhận …") and the top of a ranking ("Sở X là
 * cơ quan có số hồ sơ trực tuyến cao nhất với 6.912 hồ sơ", "xã Y đạt cao nhất 83%"). "ít nhất" (at least) is a threshold, not a
 * ranking, and is left to the target and bound checks.
 */
final class OtherMembers {

    private static final Pattern A_FEW_UNITS = Pattern.compile("(?<!\\p{L})(?:một số|một vài|vài) (?:huyện|quận|thị xã|thành phố|đơn vị"
            + "|sở|cơ quan|trường|địa phương|ngành|bệnh viện)(?!\\p{L})");
    private static final Pattern TOP_OF_A_RANKING = Pattern.compile("(?<!\\p{L})(?:cao|thấp|nhiều) nhất(?: là| với| đạt| có)?:? ?\\d");

    /** "… thanh toán trực tuyến là 100% đối với lĩnh vực lý lịch tư pháp": a share narrowed, right after it, to one field or group. */
    private static final Pattern NARROWED_AFTER = Pattern.compile("\\s*(?:\\)\\s*)?,?\\s*(?:đối với|trong|ở|tại|thuộc|riêng) (?:các |một số )?(?:lĩnh vực|nhóm thủ tục|thủ tục)(?!\\p{L})");

    private static final String LEAD = "(?<!\\p{L})riêng (?:tại |ở |của |đối với |với |trong )?(?:các |khối |mỗi )?";
    private static final Pattern OF_A_PROVINCE = Pattern.compile(LEAD + "(?:huyện|thành phố|thị xã|quận|xã|phường|thị trấn|sở|chi cục|trung tâm"
            + "|phòng|bộ phận|cấp (?:tỉnh|sở|huyện|xã))(?!\\p{L})");
    private static final Pattern OF_A_DISTRICT = Pattern.compile(LEAD + "(?:xã|phường|thị trấn|phòng|trung tâm|bộ phận"
            + "|cấp (?:huyện|xã))(?!\\p{L})");

    private OtherMembers() {
    }

    /** The clause up to the match singles out a few units, or the match's figure is the top of a ranking. */
    static boolean singledOut(String lower, int clauseStart, int matchEnd) {
        return A_FEW_UNITS.matcher(lower).region(clauseStart, matchEnd).find()
                || TOP_OF_A_RANKING.matcher(lower).region(clauseStart, Math.min(lower.length(), matchEnd + 1)).find();
    }

    /** A share followed by the one field it holds for ("100% đối với lĩnh vực hộ tịch") is that field's, not the unit's. */
    static boolean narrowedAfter(String lower, int figureEnd, int clauseEnd) {
        return figureEnd < clauseEnd && NARROWED_AFTER.matcher(lower).region(figureEnd, clauseEnd).lookingAt();
    }

    /**
     * "Riêng thành phố Lai Châu tiếp nhận 18.402 hồ sơ", "riêng Trung tâm Phục vụ hành chính công tỉnh tiếp nhận …" in a province's
     * report, "riêng xã Tân An đạt 98%" in a district's: "riêng" singles out one body or lower tier of the unit, whose figure is a part
     * of the unit's, not the unit's own. The unit's own office ("riêng Văn phòng UBND tỉnh tiếp nhận 41.250 văn bản đến") is the
     * government itself for its documents, so it is not singled out.
     */
    static boolean singledOutByRieng(String lower, Clause clause, int at, UnitLevel level) {
        Pattern part = switch (level) {
            case PROVINCE -> OF_A_PROVINCE;
            case DISTRICT -> OF_A_DISTRICT;
            default -> null;
        };
        return part != null && at > clause.start() && part.matcher(lower).region(clause.start(), Math.min(at, clause.end())).find();
    }
}
