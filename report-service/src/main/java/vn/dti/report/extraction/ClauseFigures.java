package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of one clause that could be a count or a share, each with the words around it as features for
 * {@link ClauseClassifier}: word uni- and bigrams before and after it, the unit right after it ("%", "hồ sơ", "người"),
 * and whether it is the numerator or the denominator of a fraction "N/M". Dates, years, document numbers, levels and
 * list numbers are not figures.
 */
final class ClauseFigures {

    private static final int WORDS_BEFORE = 10;
    private static final int WORDS_AFTER = 4;
    private static final int NEAR = 3;
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,/\\p{L}])(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)(?!\\d)");
    private static final Pattern DENOMINATOR = Pattern.compile("^ ?/ ?(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![\\d/]|[.,]\\d)");
    private static final Pattern PERCENT_AFTER = Pattern.compile("^ ?(?:%|phần trăm(?!\\p{L}))");
    private static final Pattern DATE_OR_CODE_AFTER = Pattern.compile("^(?:[/-]\\d{1,2}[/-]\\d{2,4}|/(?:19|20)\\d\\d(?!\\d)|[/-] ?\\p{L}| (?:tháng|ngày|giờ|năm)(?!\\p{L}))");
    private static final Pattern NOT_A_FIGURE_BEFORE = Pattern.compile("(?<!\\p{L})(?:ngày|tháng|năm|quý|khóa|lần thứ|cấp độ|mức độ|mức|số|giai đoạn|nghị định|quyết định|thông tư|điều|khoản|hotline|tổng đài|đường dây nóng)\\s?$");
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\d+(?:[.,]\\d+)*|%");

    private ClauseFigures() {
    }

    /** One figure: its offsets in the text, its value (a share without its '%'), and its features. */
    record Figure(int start, int end, BigDecimal value, boolean percent, boolean fraction, List<String> features) {
    }

    /** The figures of {@code lower[from, to)}, in order. */
    static List<Figure> in(String lower, int from, int to) {
        List<Figure> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(lower).useTransparentBounds(true).region(from, to);
        while (m.find()) {
            String after = lower.substring(m.end(), Math.min(to, m.end() + 24));
            Matcher den = DENOMINATOR.matcher(after);
            if (den.find()) {
                int denStart = m.end() + den.start(1);
                int denEnd = m.end() + den.end(1);
                figure(lower, from, to, m.start(), m.end(), denEnd, "frac:n").ifPresent(out::add);
                figure(lower, from, to, denStart, denEnd, denEnd, "frac:d").ifPresent(out::add);
                m.region(denEnd, to);
                continue;
            }
            figure(lower, from, to, m.start(), m.end(), m.end(), null).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Figure> figure(String lower, int from, int to, int start, int end, int statedEnd, String fraction) {
        String token = lower.substring(start, end);
        String after = lower.substring(statedEnd, Math.min(to, statedEnd + 24));
        String before = lower.substring(Math.max(from, start - 24), start);
        if (fraction == null && DATE_OR_CODE_AFTER.matcher(after).find() || NOT_A_FIGURE_BEFORE.matcher(before).find()
                || isListNumber(lower, from, start, after) || isYear(token, after)) {
            return Optional.empty();
        }
        Matcher pct = PERCENT_AFTER.matcher(after);
        boolean percent = fraction == null && pct.find();
        Optional<BigDecimal> value = percent ? VietnameseNumbers.parsePercent(token) : VietnameseNumbers.parse(token);
        int figureEnd = percent ? statedEnd + pct.end() : statedEnd;
        return value.map(v -> new Figure(start, figureEnd, v, percent, fraction != null,
                features(lower, from, to, start, figureEnd, percent, fraction, token)));
    }

    private static boolean isListNumber(String lower, int from, int start, String after) {
        return lower.substring(from, start).isBlank() && (after.startsWith(". ") || after.startsWith(") "));
    }

    private static boolean isYear(String token, String after) {
        return token.length() == 4 && token.matches("(?:19[89]|20[0-4])\\d") && !PERCENT_AFTER.matcher(after).find();
    }

    private static List<String> features(String lower, int from, int to, int start, int end, boolean percent, String fraction, String token) {
        List<String> before = tokens(lower, from, start);
        before = before.subList(Math.max(0, before.size() - WORDS_BEFORE), before.size());
        List<String> after = tokens(lower, end, to);
        after = after.subList(0, Math.min(WORDS_AFTER, after.size()));
        List<String> f = new ArrayList<>();
        f.add(percent ? "type:pct" : "type:count");
        if (fraction != null) {
            f.add(fraction);
        }
        if (token.matches(".*[.,]\\d{1,2}$")) {
            f.add("decimal");
        }
        grams("b", before, f);
        for (int i = Math.max(0, before.size() - NEAR); i < before.size(); i++) {
            f.add("n:" + before.get(i));
        }
        grams("a", after, f);
        if (!after.isEmpty()) {
            f.add("u:" + after.get(0));
            if (after.size() > 1) {
                f.add("u:" + after.get(0) + "_" + after.get(1));
            }
        }
        return f;
    }

    private static void grams(String side, List<String> words, List<String> out) {
        for (int i = 0; i < words.size(); i++) {
            out.add(side + ":" + words.get(i));
            if (i > 0) {
                out.add(side + side + ":" + words.get(i - 1) + "_" + words.get(i));
            }
        }
    }

    private static List<String> tokens(String lower, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(lower).region(from, to);
        while (m.find()) {
            String t = m.group();
            out.add(Character.isDigit(t.charAt(0)) ? "#" : t);
        }
        return out;
    }
}
