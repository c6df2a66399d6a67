package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Toàn huyện đã tiếp nhận 41.484 hồ sơ (trong đó cấp huyện là 12.932 hồ sơ, cấp xã là 28.552 hồ sơ)", "Toàn huyện hiện nay có 484
 * TTHC, trong đó có 323 TTHC cấp huyện": in a district's report the district tier's part of the territory's total is the
 * district's own figure (RULES.md 003), so it is proposed a little above the total it splits; in a text without a header,
 * when the sentence calls the total the district's ("toàn huyện").
 */
final class OwnTierPart {

    private static final double BONUS = 0.05;
    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+|\\d+";
    private static final Pattern PART = Pattern.compile("^[^;%\\d]{0,40}?(?<!\\p{L})trong đó,? (?:có )?(?:(?:thuộc )?thẩm quyền(?: giải quyết)?(?: của)? )?"
            + "(?:cấp huyện(?: là| có| đạt|:)? ?(?:hơn |gần |trên |khoảng )?(?<a>" + NUMBER + ")(?: (?<mult>nghìn|ngàn))?"
            + "|(?:hơn |gần |trên |khoảng )?(?<b>" + NUMBER + ") [^\\d,;.()%]{1,25}? cấp huyện)(?![\\d.,]?\\d| ?%| ?phần trăm)");

    private OwnTierPart() {
    }

    /** The district tier's parts of the district-level counts among the candidates. */
    static List<Candidate> parts(String lower, List<Candidate> candidates, UnitLevel level) {
        List<Candidate> out = new ArrayList<>();
        if (level != UnitLevel.DISTRICT && level != UnitLevel.UNKNOWN) {
            return out;
        }
        for (Candidate c : candidates) {
            if (level == UnitLevel.UNKNOWN && !lower.substring(Math.max(0, c.start() - 80), c.end()).contains("toàn huyện")) {
                continue;
            }
            if (!(c.value() instanceof BigDecimal total) || total.stripTrailingZeros().scale() > 0 || c.end() >= lower.length()
                    || lower.charAt(c.end() - 1) == '%') {
                continue;
            }
            Matcher m = PART.matcher(lower).region(c.end(), Math.min(lower.length(), c.end() + 160));
            if (!m.find()) {
                continue;
            }
            String group = m.group("a") != null ? "a" : "b";
            value(m, group).filter(v -> v.signum() > 0 && v.compareTo(total) < 0).ifPresent(v -> out.add(
                    new Candidate(c.element(), v, c.start(), m.end(), Math.min(0.95, c.confidence() + BONUS), c.source() + "/own-tier")));
        }
        return out;
    }

    private static Optional<BigDecimal> value(Matcher m, String group) {
        return m.group("mult") != null && group.equals("a")
                ? VietnameseNumbers.parseMoney(m.group("a"), m.group("mult"))
                : VietnameseNumbers.parse(m.group(group));
    }
}
