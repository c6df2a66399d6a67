package vn.dti.report.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports of units formed by merging others (the 1 July 2025 reform): a figure said of the former units ("ba xã cũ có 30 tổ",
 * "Trung tâm tỉnh Bến Tre cũ tiếp nhận …", "hai Sở cũ") or of the time before the merger ("Trước ngày 01/7/2025, …", "trước khi
 * sắp xếp …") is not the new unit's own, unless the new unit's figure includes them ("UBND xã (bao gồm ba xã cũ) ban hành …").
 */
final class FormerUnits {

    private static final Pattern FORMER = Pattern.compile("(?<!\\p{L})(?:xã|phường|thị trấn|tỉnh|huyện|quận|thị xã|sở|trung tâm|đơn vị|ubnd|bộ phận)"
            + "(?!\\p{L})[^,;.()\\n]{0,40}? cũ(?!\\p{L})"
            + "|(?<!\\p{L})trước (?:ngày |khi )?(?:0?1/0?7/2025|(?:thực hiện )?(?:sắp xếp|sáp nhập|hợp nhất))(?!\\p{L})");
    /** "(bao gồm ba xã cũ)", "gồm cả số liệu của các xã cũ": the new unit's figure that takes the former units in. */
    private static final Pattern INCLUDING = Pattern.compile("(?:bao gồm|gồm|kể cả|tính cả|cộng cả|cộng dồn)(?: cả)?(?: số liệu)?(?: của)?(?: \\p{L}+){0,3} ?$");

    private FormerUnits() {
    }

    /** Whether former units or the time before the merger are named before the figure at {@code at} in its sentence. */
    static boolean before(String lower, int sentenceStart, int at) {
        if (at <= sentenceStart) {
            return false;
        }
        Matcher m = FORMER.matcher(lower).region(sentenceStart, at);
        while (m.find()) {
            if (!INCLUDING.matcher(lower.substring(Math.max(sentenceStart, m.start() - 30), m.start())).find()) {
                return true;
            }
        }
        return false;
    }
}
