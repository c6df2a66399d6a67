package vn.dti.report.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A news article that names no unit in a letterhead often names its province first in the headline: "Quảng Ngãi: Kết quả nổi bật
 * …", "Bình Dương cam kết hướng tới …", "Yên Bái từng bước hoàn thiện hạ tầng số". The province names are data
 * ({@code extraction/provinces.txt}).
 */
final class Headline {

    private static final int HEADING_LINES = 4;
    private static final List<Province> PROVINCES = load();
    /** "Trung tâm Phục vụ hành chính công xã Tân Lập": an agency of a tier below the province is that tier's, not the province's. */
    private static final String LOWER_TIER = "(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tp\\.?|đặc khu)(?!\\p{L})";
    private static final List<Agency> AGENCIES = loadAgencies();
    /**
     * "trung tâm phục vụ hành chính công tỉnh Thanh Hóa", "Sở Y tế Nghệ An": one of the province's agencies named with it, whose story
     * the text may be; not the two departments that report the province's digital transformation (ICT, science and technology).
     */
    private static final Pattern AGENCY_OF_A_PROVINCE = agencyOfAProvince();

    private record Province(String name, boolean city, Pattern opening, Pattern anywhere) {
    }

    private record Agency(String name, Pattern opening) {
    }

    private Headline() {
    }

    /** The province whose name opens one of the first lines, followed by ":" or a lower-case word, as its government's name. */
    static Optional<String> unit(String text) {
        String[] lines = text.strip().split("\n", HEADING_LINES + 1);
        for (int i = 0; i < Math.min(HEADING_LINES, lines.length); i++) {
            String line = lines[i].strip();
            for (Province p : PROVINCES) {
                if (p.opening().matcher(line).lookingAt()) {
                    return Optional.of((p.city() ? "UBND thành phố " : "UBND tỉnh ") + p.name());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The provincial agency whose name opens one of the first lines, followed by ":" or a lower-case word: the subject of a
     * news item about one agency ("Sở Giao thông vận tải giải quyết hơn 1.780 hồ sơ", "Trung tâm Phục vụ hành chính công tỉnh
     * Lạng Sơn: …"). The agencies are data ({@code extraction/agencies.txt}); a province named right after the agency stays.
     */
    static Optional<String> agency(String text) {
        String[] lines = text.strip().split("\n", HEADING_LINES + 1);
        for (int i = 0; i < Math.min(HEADING_LINES, lines.length); i++) {
            String line = lines[i].strip();
            for (Agency a : AGENCIES) {
                Matcher m = a.opening().matcher(line);
                if (m.lookingAt()) {
                    return Optional.of(m.group("place") == null ? a.name() : a.name() + " " + placeAfter(a.name(), m.group("place").strip()));
                }
            }
        }
        return Optional.empty();
    }

    /** "Pleiku tăng tốc chuyển đổi số", "Châu Thành: Dấu ấn …", "Huyện Cần Giuộc tập trung …": a place opening a headline. */
    private static final Pattern HEADLINED_PLACE = Pattern.compile("^(?:[^,:]{0,25}, )?(?:(Huyện|Thị xã|Thành phố|TP\\.?|Quận) )?"
            + "(\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3})(?=:| \\p{Ll})");

    /**
     * The district or district-level city a news headline opens with, when the text names it with its tier ("Pleiku tăng tốc
     * chuyển đổi số" over "Thành phố Pleiku triển khai …", "Hải Hậu phát triển hạ tầng …" over "huyện Hải Hậu"); a province's
     * name is {@link #unit(String)}'s.
     */
    private static final Pattern COMMUNE_NAMED = Pattern.compile("(?<!\\p{L})(?:xã|phường|thị trấn|Xã|Phường|Thị trấn) (\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3})");

    /** "Thành quả bước đầu trong chuyển đổi số ở TP Buôn Ma Thuột": the place a headline (not a caption in brackets) says the story happens in. */
    private static final Pattern HEADLINED_AT = Pattern.compile("(?<!\\p{L})(?:ở|tại) (huyện|TP\\.? ?|thành phố|thị xã|quận|xã|phường|thị trấn) ?"
            + "(\\p{Lu}\\p{Ll}*(?: \\p{Lu}\\p{Ll}*){0,3})(?![\\p{L}\\d])");

    static Optional<String> lowerUnit(String text) {
        String[] lines = text.strip().split("\n", HEADING_LINES + 1);
        for (int i = 0; i < Math.min(HEADING_LINES, lines.length); i++) {
            Matcher at = HEADLINED_AT.matcher(lines[i]);
            if (!lines[i].strip().startsWith("(") && at.find() && PROVINCES.stream().noneMatch(p -> p.name().equals(at.group(2)))) {
                return Optional.of("UBND " + tier(at.group(1)) + " " + at.group(2));
            }
            Matcher m = HEADLINED_PLACE.matcher(lines[i].strip());
            if (!m.find() || PROVINCES.stream().anyMatch(p -> p.name().equals(m.group(2)))) {
                continue;
            }
            if (m.group(1) != null) {
                return Optional.of("UBND " + tier(m.group(1)) + " " + m.group(2));
            }
            Matcher named = Pattern.compile("(?<!\\p{L})((?iu:huyện|thị xã|thành phố|tp\\.? ?|quận))" + " ?" + Pattern.quote(m.group(2))
                    + "(?![\\p{L}\\d])(?! \\p{Lu})").matcher(text);
            if (named.find() && !aCommuneIsNamedMoreOften(text, m.group(2))) {
                return Optional.of("UBND " + tier(named.group(1)) + " " + m.group(2));
            }
        }
        return Optional.empty();
    }

    /**
     * "Chuyển đổi số ở Long An: Chính quyền kiến tạo …", "… cải cách hành chính ở Phú Yên", "… chuyển đổi số của tỉnh Hà Giang": a
     * headline line (not a caption in brackets) saying where the story happens names the province when nothing else named the
     * unit; "của" counts only with the tier ("kinh tế biển của TPHCM" may be a neighbour's), and a text that names one commune
     * twice or more is that commune's story ("Chuyển đổi số ở vùng nông thôn của Lai Châu" over "xã Hồ Thầu").
     */
    static Optional<String> provinceAt(String text) {
        if (AGENCY_OF_A_PROVINCE.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher c = COMMUNE_NAMED.matcher(text);
        Map<String, Integer> communes = new HashMap<>();
        while (c.find()) {
            if (communes.merge(c.group(1), 1, Integer::sum) >= 2) {
                return Optional.empty();
            }
        }
        String[] lines = text.strip().split("\n", HEADING_LINES + 1);
        for (int i = 0; i < Math.min(HEADING_LINES, lines.length); i++) {
            if (lines[i].strip().startsWith("(")) {
                continue;
            }
            for (Province p : PROVINCES) {
                Pattern at = Pattern.compile("(?<!\\p{L})(?:(?:ở|tại) (?:(?:tỉnh|thành phố|TP\\.?) ?)?|của (?:tỉnh|thành phố|TP\\.?) ?)(?:"
                        + p.anywhere().pattern().replace("(?<!\\p{L})", "") + ")", Pattern.UNICODE_CASE);
                if (at.matcher(lines[i]).find()) {
                    return Optional.of((p.city() ? "UBND thành phố " : "UBND tỉnh ") + p.name());
                }
            }
        }
        return Optional.empty();
    }

    /** "Hậu Lộc nỗ lực thực hiện chuyển đổi số cấp xã" over a story about "xã Hoa Lộc": the commune is the subject. */
    private static boolean aCommuneIsNamedMoreOften(String text, String place) {
        Map<String, Integer> communes = new HashMap<>();
        Matcher c = COMMUNE_NAMED.matcher(text);
        while (c.find()) {
            communes.merge(c.group(1), 1, Integer::sum);
        }
        int own = 0;
        Matcher p = Pattern.compile("(?<!\\p{L})" + Pattern.quote(place) + "(?!\\p{L})").matcher(text);
        while (p.find()) {
            own++;
        }
        int mentions = own;
        return communes.values().stream().anyMatch(n -> n > mentions);
    }

    private static String tier(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return w.startsWith("tp") ? "thành phố" : w;
    }

    /** "Công an tỉnh" already says the tier of the place after it; "Sở Y tế" does not. */
    private static String placeAfter(String agency, String place) {
        return agency.endsWith(" tỉnh") || agency.toLowerCase(Locale.ROOT).endsWith(" thành phố") ? place : withTier(place);
    }

    /** "Bình Thuận" → "tỉnh Bình Thuận", "Cần Thơ" → "thành phố Cần Thơ"; a place that names its tier stays. */
    static String withTier(String place) {
        return PROVINCES.stream().filter(p -> p.name().equals(place)).findFirst()
                .map(p -> (p.city() ? "thành phố " : "tỉnh ") + place).orElse(place);
    }

    /** Whether the text names a province or centrally-run city anywhere, in any case. */
    static boolean namesAProvince(String text) {
        return PROVINCES.stream().anyMatch(p -> p.anywhere().matcher(text).find());
    }

    private static List<Agency> loadAgencies() {
        String places = PROVINCES.stream().map(p -> Pattern.quote(p.name()))
                .collect(Collectors.joining("|"));
        List<Agency> out = new ArrayList<>();
        for (String[] spellings : lines("extraction/agencies.txt")) {
            String names = Stream.of(spellings).map(Pattern::quote).collect(Collectors.joining("|"));
            // "Công an tỉnh Bình Dương đã …" but not "Sở Y tế và Sở Tư pháp …", "Sở Y tế, …" or a commune's own centre.
            out.add(new Agency(spellings[0], Pattern.compile("(?:" + names + ")(?<place>\\s+(?:(?:tỉnh|Tỉnh|thành phố|Thành phố|TP\\.?)\\s+)?(?:"
                    + places + "))?(?:\\s*:|\\s+(?!và |với )(?!" + LOWER_TIER + ")\\p{Ll})")));
        }
        return List.copyOf(out);
    }

    private static Pattern agencyOfAProvince() {
        String places = PROVINCES.stream().map(p -> Pattern.quote(p.name())).collect(Collectors.joining("|"));
        String agencies = lines("extraction/agencies.txt").stream()
                .filter(a -> !a[0].contains("Thông tin và Truyền thông") && !a[0].contains("Khoa học và Công nghệ"))
                .flatMap(Stream::of).map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<!\\p{L})(?:" + agencies + ")\\s+(?:(?:tỉnh|thành phố|TP\\.?)\\s+)?(?:" + places + ")(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<String[]> lines(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Headline.class.getClassLoader().getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().split("\\|"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Province> load() {
        List<Province> out = new ArrayList<>();
        for (String[] spellings : lines("extraction/provinces.txt")) {
            boolean city = spellings[0].endsWith("*");
            String quoted = Stream.of(spellings).map(x -> Pattern.quote(x.replace("*", ""))).collect(Collectors.joining("|"));
            // "Quảng Ngãi: …", "Bình Dương cam kết …" — but not "Quảng Ngãi và Bình Định …" or a name inside a longer name.
            Pattern anywhere = Pattern.compile("(?<!\\p{L})(?:" + quoted + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            out.add(new Province(spellings[0].replace("*", ""), city, Pattern.compile("(?:(?:tỉnh|Tỉnh|TP\\.?|[Tt]hành phố) )?(?:" + quoted
                    + ")(?:\\s*:|\\s+(?!và |với |,)\\p{Ll})"), anywhere));
        }
        return List.copyOf(out);
    }
}
