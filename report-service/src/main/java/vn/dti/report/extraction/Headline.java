package vn.dti.report.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A news article that names no unit in a letterhead often names its province first in the headline: "Quảng Ngãi: Kết quả nổi bật
 * …", "Bình Dương cam kết hướng tới …", "Yên Bái từng bước hoàn thiện hạ tầng số". The province names are data
 * ({@code extraction/provinces.txt}).
 */
final class Headline {

    private static final int HEADING_LINES = 4;
    private static final List<Province> PROVINCES = load();

    private record Province(String name, boolean city, Pattern opening, Pattern anywhere) {
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

    /** Whether the text names a province or centrally-run city anywhere, in any case. */
    static boolean namesAProvince(String text) {
        return PROVINCES.stream().anyMatch(p -> p.anywhere().matcher(text).find());
    }

    private static List<Province> load() {
        List<Province> out = new ArrayList<>();
        try (InputStream in = Headline.class.getClassLoader().getResourceAsStream("extraction/provinces.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] spellings = line.strip().split("\\|");
                boolean city = spellings[0].endsWith("*");
                String name = spellings[0].replace("*", "");
                List<String> quoted = new ArrayList<>();
                for (String s : spellings) {
                    quoted.add(Pattern.quote(s.replace("*", "")));
                }
                // "Quảng Ngãi: …", "Bình Dương cam kết …" — but not "Quảng Ngãi và Bình Định …" or a name inside a longer name.
                Pattern anywhere = Pattern.compile("(?<!\\p{L})(?:" + String.join("|", quoted) + ")(?!\\p{L})",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                out.add(new Province(name, city, Pattern.compile("(?:(?:tỉnh|Tỉnh|TP\\.?|[Tt]hành phố) )?(?:" + String.join("|", quoted)
                        + ")(?:\\s*:|\\s+(?!và |với |,)\\p{Ll})"), anywhere));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
