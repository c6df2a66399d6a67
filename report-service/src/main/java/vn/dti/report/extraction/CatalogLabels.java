package vn.dti.report.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules made from the catalog's own Vietnamese names, for reports written as forms or tables that
 * copy the template's labels: "Số máy tính để bàn: 20", "| Tỷ lệ số hóa hồ sơ TTHC khi tiếp nhận | 64,39% |".
 */
final class CatalogLabels {

    private static final double CONFIDENCE = 0.85;

    private CatalogLabels() {
    }

    static List<Rule> rules(Catalog catalog) {
        List<Rule> rules = new ArrayList<>();
        for (CatalogElement e : catalog.elements()) {
            String label = labelPattern(e.nameVi());
            Rule.Builder rule = switch (e.type()) {
                case BOOLEAN -> Rule.of(e.code(), CONFIDENCE, "{B}" + label + " ?[:|] ?(?<bool>có|đã|x|không|chưa){E}").from("bool");
                case PERCENT -> Rule.of(e.code(), CONFIDENCE, "{B}" + label + "{IS}{P}");
                case MONEY_VND -> Rule.of(e.code(), CONFIDENCE, "{B}" + label + "{IS}{M}");
                case LEVEL -> Rule.of(e.code(), CONFIDENCE, "{B}" + label + "{IS}(?:cấp độ )?{LEVEL}");
                case COUNT -> Rule.of(e.code(), CONFIDENCE, "{B}" + label + "{IS}{N}");
            };
            rules.add(rule.with(Rule.Option.PLAN_WORDS_OK).build().withId("label:" + e.code()));
        }
        return rules;
    }

    /** "Tỷ lệ số hóa hồ sơ TTHC khi tiếp nhận" → a pattern that also accepts "tỉ lệ", "(đồng)" and "trong kỳ" left out. */
    static String labelPattern(String nameVi) {
        String name = nameVi.toLowerCase(Locale.ROOT)
                .replaceAll("\\s*\\([^)]*\\)\\s*$", "")
                .replaceAll("\\s+(?:trong|của) kỳ$", "")
                .strip();
        StringBuilder p = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (!p.isEmpty()) {
                p.append(' ');
            }
            p.append(Pattern.quote(word).replace("/", "\\E ?/ ?\\Q"));
        }
        return p.toString().replace(Pattern.quote("tỷ") + " " + Pattern.quote("lệ"), "{RATE}")
                + "(?: (?:trong|của) kỳ)?(?: \\([^)]{0,20}\\))?";
    }
}
