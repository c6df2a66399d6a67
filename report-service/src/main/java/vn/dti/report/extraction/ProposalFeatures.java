package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
        Map<String, Pattern> out = new LinkedHashMap<>();
        for (String w : words) {
            out.put(w.replace(' ', '_'), Pattern.compile("(?<!\\p{L})" + Pattern.quote(w) + "(?!\\p{L})"));
        }
        return out;
    }

    /** Every feature of a candidate: those of its statement and those of the words around it. */
    static List<String> of(Candidate c, String lower, Clause clause, UnitLevel level, List<Candidate> all) {
        List<String> f = new ArrayList<>(ofStatement(c, lower, clause, all));
        f.addAll(ofWindow(window(c, lower, clause), c.element(), level));
        return f;
    }

    /**
     * What made the candidate and how it stands in its document: element, source, confidence bucket, value, the unit
     * after its figure, a part after "trong đó", other values of the element.
     *
     * @param c the candidate, in offsets of {@code lower}
     * @param clause the clause holding its start (null when none does)
     * @param all every candidate of the document, {@code c} among them
     */
    static List<String> ofStatement(Candidate c, String lower, Clause clause, List<Candidate> all) {
        List<String> f = new ArrayList<>();
        f.add("e:" + c.element());
        String source = c.source().replace(' ', '_');
        f.add("src:" + source);
        f.add("kind:" + source.replaceFirst("[:#].*", ""));
        f.add("conf:" + String.format(Locale.ROOT, "%.2f", Math.floor(c.confidence() * 20) / 20));
        f.addAll(valueFeatures(c.value()));
        unitAfterTheFigure(c, lower, clause).ifPresent(u -> f.add("u:" + u));
        String before = lower.substring(clause == null ? c.start() : clause.start(), c.start());
        if (before.contains("trong đó")) {
            f.add("part-before");
        }
        f.addAll(others(c, all));
        return f;
    }

    /** The words of the clause around the candidate, one line without tabs. */
    static String window(Candidate c, String lower, Clause clause) {
        int from = clause == null ? c.start() : Math.max(clause.start(), c.start() - BEFORE);
        int to = clause == null ? c.end() : Math.min(clause.end(), c.end() + AFTER);
        return lower.substring(from, Math.max(from, to)).replaceAll("\\s+", " ");
    }

    /**
     * The words around the candidate: uni- and bigrams, unigrams crossed with the element's family, scope words (also
     * crossed with the report's level) and plan, change and part words; the level crossed with the family.
     */
    static List<String> ofWindow(String window, String element, UnitLevel level) {
        String family = element.substring(0, Math.max(0, element.indexOf('.')));
        List<String> f = new ArrayList<>();
        f.add("fam:" + family);
        f.add("lvl:" + level);
        f.add("lvl-fam:" + level + "|" + family);
        List<String> tokens = tokens(window);
        for (int i = 0; i < tokens.size(); i++) {
            f.add("w:" + tokens.get(i));
            f.add("fw:" + family + "|" + tokens.get(i));
            if (i > 0) {
                f.add("ww:" + tokens.get(i - 1) + "_" + tokens.get(i));
            }
        }
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
    private static Optional<String> unitAfterTheFigure(Candidate c, String lower, Clause clause) {
        if (clause == null || !(c.value() instanceof BigDecimal value)) {
            return Optional.empty();
        }
        for (ClauseFigures.Figure fig : ClauseFigures.in(lower, clause.start(), clause.end())) {
            if (fig.start() >= c.start() && fig.start() < c.end() && fig.value().compareTo(value) == 0) {
                if (fig.percent()) {
                    return Optional.of("%");
                }
                List<String> after = tokens(lower.substring(fig.end(), Math.min(clause.end(), fig.end() + 20)));
                return Optional.of(after.isEmpty() ? "(end)" : after.get(0));
            }
        }
        return Optional.of("(not-found)");
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
            out.add(rank(c, all));
            out.add(all.stream().anyMatch(o -> o.element().equals(c.element()) && o.start() < c.start()) ? "stated-later" : "stated-first");
        }
        if (agree) {
            out.add("same-value-elsewhere");
        }
        return out;
    }

    /** Among the element's numbers in the document: the largest (often a total), the smallest (often a part), or between. */
    private static String rank(Candidate c, List<Candidate> all) {
        if (!(c.value() instanceof BigDecimal v)) {
            return "rank:bool";
        }
        boolean larger = false;
        boolean smaller = false;
        for (Candidate o : all) {
            if (o.element().equals(c.element()) && o.value() instanceof BigDecimal w) {
                larger |= w.compareTo(v) > 0;
                smaller |= w.compareTo(v) < 0;
            }
        }
        return larger && smaller ? "rank:middle" : larger ? "rank:smallest" : "rank:largest";
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
