package vn.dti.report.extraction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a section heading says about the figures under it. A heading about directions, proposals or
 * the tasks of a later period ("PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2021", "NHIỆM VỤ TRỌNG TÂM
 * NĂM 2024", "KIẾN NGHỊ, ĐỀ XUẤT") opens a plan section; a heading naming the communes
 * ("d. UBND các xã, thị trấn") opens a commune section.
 */
final class SectionKind {

    private static final Pattern RESULTS = Pattern.compile("kết quả|đánh giá|tình hình|thực trạng");
    private static final Pattern ALWAYS_PLAN = Pattern.compile("phương hướng|kiến nghị|đề xuất|dự kiến|đề nghị");
    private static final Pattern TASKS = Pattern.compile("nhiệm vụ|kế hoạch|giải pháp|mục tiêu|định hướng|chỉ tiêu(?! (?:số )?\\d)");
    /** "1. Mục tiêu", "2. Mục tiêu cụ thể", "MỤC TIÊU CHUNG", "Các chỉ tiêu chủ yếu": a section that states the targets themselves. */
    private static final Pattern TARGETS = Pattern.compile("^(?:[\\divxlc]{1,4}[.)]\\s*)*(?:các |những )?(?:mục tiêu(?!\\p{L})|chỉ tiêu (?:cụ thể|chủ yếu))");
    private static final Pattern LATER = Pattern.compile("(?<!\\p{L})(?:tới|tiếp theo|cuối năm|còn lại|đến năm|sắp tới)(?!\\p{L})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
    private static final Pattern COMMUNES = Pattern.compile("(?:các|cấp) xã|xã, (?:phường|thị trấn)|(?:ubnd|ủy ban nhân dân) (?:xã|phường)");
    private static final Pattern MANY_COMMUNES = Pattern.compile("(?:các|cấp) xã|xã, (?:phường|thị trấn)");
    private static final Pattern DISTRICT = Pattern.compile("huyện|thị xã|quận");
    private static final Pattern PROVINCES_TERRITORY = Pattern.compile("(?<!\\p{L})(?:trên địa bàn (?:toàn )?tỉnh|toàn tỉnh|cả tỉnh|chung của tỉnh|trên phạm vi (?:toàn )?tỉnh)(?!\\p{L})");

    private SectionKind() {
    }

    /** @param periodEndYear the last year of the report's period, or 0 when unknown */
    static boolean isPlan(String heading, int periodEndYear) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (RESULTS.matcher(h).find()) {
            return false;
        }
        if (ALWAYS_PLAN.matcher(h).find() || TARGETS.matcher(h.strip()).find()) {
            return true;
        }
        return TASKS.matcher(h).find() && (LATER.matcher(h).find() || mentionsLaterYear(h, periodEndYear));
    }

    static boolean isCommunes(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        return COMMUNES.matcher(h).find() && !DISTRICT.matcher(h).find();
    }

    /**
     * "TÌNH HÌNH CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH", "Kết quả toàn tỉnh", "Số liệu chung của tỉnh": in a department's report, a section
     * about the province's territory, whose figures are the province's, not the department's own.
     */
    static boolean isProvincesTerritory(String heading) {
        return PROVINCES_TERRITORY.matcher(heading.toLowerCase(Locale.ROOT)).find();
    }

    /** "UBND các xã, thị trấn", "Cấp xã": the communes as a tier, never one commune that may be the reporting unit. */
    static boolean isManyCommunes(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        return MANY_COMMUNES.matcher(h).find() && !DISTRICT.matcher(h).find();
    }

    private static boolean mentionsLaterYear(String h, int periodEndYear) {
        Matcher m = YEAR.matcher(h);
        while (m.find()) {
            if (periodEndYear == 0 || Integer.parseInt(m.group(1)) > periodEndYear) {
                return true;
            }
        }
        return false;
    }
}
