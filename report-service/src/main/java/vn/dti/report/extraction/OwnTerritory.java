package vn.dti.report.extraction;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The territory a text speaks of as its own when no letterhead, subject or closing names the unit: the commune, district or
 * province it names most often ("xã Phú Giáo" four times, "tỉnh Bình Dương" once), with "trên địa bàn xã", "toàn xã", "Trung tâm
 * Phục vụ hành chính công xã" counting for the commune's tier. Only a clear lead answers: a wrong level turns correct values off,
 * no level leaves them to the permissive reading.
 */
final class OwnTerritory {

    /** Named at least this often … */
    static final int MIN_MENTIONS = 2;
    /** … and this many times as often as any territory of another tier. */
    static final int LEAD_FACTOR = 2;

    private static final Pattern NAMED = Pattern.compile("(?<!\\p{L})((?i:thị xã|thị trấn|thành phố|xã|phường|huyện|quận|tỉnh)) "
            + "(?!(?:Ủy|Uỷ|Đoàn|Hội|Nông)(?!\\p{L}))(\\p{Lu}[\\p{L}'’]*(?: \\p{Lu}[\\p{L}'’]*){0,3}|\\d{1,2}(?![\\d.,%/]))");
    /** "trên địa bàn xã", "toàn phường", "Trung tâm Phục vụ hành chính công xã": the text's own tier without its name. */
    private static final Pattern OWN_TIER = Pattern.compile("(?<!\\p{L})(?:(?i:toàn|trên địa bàn|cả|trung tâm phục vụ hành chính công|bộ phận một cửa)"
            + " ((?i:thị xã|thị trấn|xã|phường|huyện|quận|tỉnh))|(?i:ubnd|ủy ban nhân dân|uỷ ban nhân dân) ((?i:xã|phường|thị trấn)))"
            + "(?![\\p{L}\\d])(?! \\p{Lu}| \\d)(?!,? (?i:xã|phường|thị trấn|huyện|quận|thị xã)(?!\\p{L}))");
    private static final Pattern CENTRAL_CITY = Pattern.compile("hà nội|hồ chí minh|hải phòng|đà nẵng|cần thơ");

    record Territory(String unitName, UnitLevel level) {
    }

    private OwnTerritory() {
    }

    static Optional<Territory> of(String text) {
        Map<String, Integer> named = new LinkedHashMap<>();
        Map<UnitLevel, Integer> byTier = new LinkedHashMap<>();
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            String key = m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2);
            named.merge(key, 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : named.entrySet()) {
            if (best == null || e.getValue() > named.get(best)) {
                best = e.getKey();
            }
            byTier.merge(levelOf(e.getKey()), e.getValue(), Math::max);
        }
        Matcher own = OWN_TIER.matcher(text);
        Map<UnitLevel, Integer> bare = new LinkedHashMap<>();
        while (own.find()) {
            bare.merge(levelOf((own.group(1) != null ? own.group(1) : own.group(2)) + " x"), 1, Integer::sum);
        }
        if (best == null) {
            return Optional.empty();
        }
        UnitLevel level = levelOf(best);
        int score = named.get(best) + bare.getOrDefault(level, 0);
        for (UnitLevel tier : UnitLevel.values()) {
            int other = byTier.getOrDefault(tier, 0) + bare.getOrDefault(tier, 0);
            if (tier != level && score < LEAD_FACTOR * other) {
                return Optional.empty();
            }
        }
        return score >= MIN_MENTIONS ? Optional.of(new Territory("UBND " + best, level)) : Optional.empty();
    }

    private static UnitLevel levelOf(String tierAndName) {
        String n = tierAndName.toLowerCase(Locale.ROOT);
        if (n.startsWith("xã ") || n.startsWith("phường ") || n.startsWith("thị trấn ")) {
            return UnitLevel.COMMUNE;
        }
        if (n.startsWith("tỉnh ") || n.startsWith("thành phố ") && CENTRAL_CITY.matcher(n).find()) {
            return UnitLevel.PROVINCE;
        }
        return UnitLevel.DISTRICT;
    }
}
