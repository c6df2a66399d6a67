package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features of one candidate value for {@link ProposalCheck}: what kind of statement made it (element, family, rule or
 * lexicon entry, confidence bucket), the words of its clause (plain, and crossed with the element's family), the unit right
 * after its figure, scope words (crossed with the report's level), plan, change and part words, and whether the document
 * states the element with another value elsewhere. Tokens hold no spaces, so a feature list is one line of the table.
 */
final class ProposalFeatures {

    /** Words of the clause looked at: this many characters before the candidate and after it. */
    private static final int BEFORE = 120;
    private static final int AFTER = 60;
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\d+(?:[.,]\\d+)*|%");
    private static final Map<String, Pattern> SCOPE = words("tỉnh", "toàn tỉnh", "trên địa bàn", "huyện", "quận", "thị xã", "thành phố",
            "xã", "phường", "thị trấn", "thôn", "cả nước", "toàn quốc", "trung tâm", "sở", "bộ", "ngành", "các", "cấp", "đơn vị",
            "cơ quan", "địa phương", "doanh nghiệp", "người dân");
    private static final Map<String, Pattern> PLAN = words("kế hoạch", "mục tiêu", "chỉ tiêu", "phấn đấu", "dự kiến", "đến năm", "giai đoạn",
            "lũy kế", "tăng", "giảm", "so với", "cùng kỳ", "trong đó", "riêng", "gồm", "tổng số", "tổng cộng", "trên tổng số", "chưa", "không");

    private ProposalFeatures() {
    }

    private static Map<String, Pattern> words(String... words) {
        Map<String, Pattern> out = new java.util.LinkedHashMap<>();
        for (String w : words) {
            out.put(w.replace(' ', '_'), Pattern.compile("(?<!\\p{L})" + Pattern.quote(w) + "(?!\\p{L})"));
        }
        return out;
    }

    /**
     * @param c the candidate, in offsets of {@code lower}
     * @param clause the clause holding its start (null when none does)
     * @param all every candidate of the document, {@code c} among them
     */
    static List<String> of(Candidate c, String lower, Clause clause, UnitLevel level, List<Candidate> all) {
        String family = c.element().substring(0, Math.max(0, c.element().indexOf('.')));
        List<String> f = new ArrayList<>();
        f.add("e:" + c.element());
        f.add("fam:" + family);
        String source = c.source().replace(' ', '_');
        f.add("src:" + source);
        f.add("kind:" + source.replaceFirst("[:#].*", ""));
        f.add("conf:" + String.format(Locale.ROOT, "%.2f", Math.floor(c.confidence() * 20) / 20));
        f.add("lvl:" + level);
        f.add("lvl-fam:" + level + "|" + family);
        f.addAll(valueFeatures(c.value()));
        int from = clause == null ? c.start() : Math.max(clause.start(), c.start() - BEFORE);
        int to = clause == null ? c.end() : Math.min(clause.end(), c.end() + AFTER);
        String window = lower.substring(from, Math.max(from, to));
        for (String t : tokens(window)) {
            f.add("w:" + t);
            f.add("fw:" + family + "|" + t);
        }
        List<String> tokens = tokens(window);
        for (int i = 1; i < tokens.size(); i++) {
            f.add("ww:" + tokens.get(i - 1) + "_" + tokens.get(i));
        }
        unitAfterTheFigure(c, lower, clause).ifPresent(u -> f.add("u:" + u));
        SCOPE.forEach((name, p) -> {
            if (p.matcher(window).find()) {
                f.add("s:" + name);
                f.add("lvl-s:" + level + "|" + name);
            }
        });
        PLAN.forEach((name, p) -> {
            if (p.matcher(window).find()) {
                f.add("p:" + name);
            }
        });
        String before = lower.substring(clause == null ? c.start() : clause.start(), c.start());
        if (before.contains("trong đó")) {
            f.add("part-before");
        }
        f.addAll(others(c, all));
        return f;
    }

    private static List<String> valueFeatures(Object value) {
        if (value instanceof Boolean b) {
            return List.of("type:bool", "bool:" + b);
        }
        if (!(value instanceof BigDecimal d)) {
            return List.of("type:other");
        }
        List<String> out = new ArrayList<>();
        out.add(d.signum() == 0 ? "v:zero" : d.compareTo(BigDecimal.valueOf(100)) == 0 ? "v:100" : "v:digits" + d.toBigInteger().toString().length());
        if (d.stripTrailingZeros().scale() > 0) {
            out.add("v:decimal");
        }
        return out;
    }

    /** The word right after the candidate's figure ("%", "hồ sơ" → "hồ"), when the figure is found in it. */
    private static java.util.Optional<String> unitAfterTheFigure(Candidate c, String lower, Clause clause) {
        if (clause == null || !(c.value() instanceof BigDecimal value)) {
            return java.util.Optional.empty();
        }
        for (ClauseFigures.Figure fig : ClauseFigures.in(lower, clause.start(), clause.end())) {
            if (fig.start() >= c.start() && fig.start() < c.end() && fig.value().compareTo(value) == 0) {
                if (fig.percent()) {
                    return java.util.Optional.of("%");
                }
                List<String> after = tokens(lower.substring(fig.end(), Math.min(clause.end(), fig.end() + 20)));
                return java.util.Optional.of(after.isEmpty() ? "(end)" : after.get(0));
            }
        }
        return java.util.Optional.of("(not-found)");
    }

    /** Another candidate of the element: with another value (firmer or not), or the same value stated elsewhere. */
    private static List<String> others(Candidate c, List<Candidate> all) {
        boolean other = false;
        boolean firmer = false;
        boolean agree = false;
        for (Candidate o : all) {
            if (o == c || !o.element().equals(c.element())) {
                continue;
            }
            if (!o.valueKey().equals(c.valueKey())) {
                other = true;
                firmer |= o.confidence() >= c.confidence();
            } else if (o.start() >= c.end() || o.end() <= c.start()) {
                agree = true;
            }
        }
        List<String> out = new ArrayList<>();
        if (other) {
            out.add(firmer ? "other-value-firmer" : "other-value-weaker");
        }
        if (agree) {
            out.add("same-value-elsewhere");
        }
        return out;
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String t = m.group();
            out.add(Character.isDigit(t.charAt(0)) ? "#" : t);
        }
        return out;
    }
}
