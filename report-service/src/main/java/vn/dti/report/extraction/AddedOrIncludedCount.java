package vn.dti.report.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures that are not the unit's stock or total but an addition to it (session 12):
 * <ul>
 * <li>a figure introduced by "ngoài ra" ("besides": "…cho 120 lượt công chức; ngoài ra cử 08 lượt tham gia lớp do Sở Nội vụ tổ
 * chức") adds to a figure of the same element stated before it (without one, "ngoài ra" only opens another fact);</li>
 * <li>a figure said to be counted in another ("(đã tính trong số lượt nêu trên)", "(đã bao gồm trong tổng số máy hiện có)") is a part
 * of it;</li>
 * <li>the parts of a count given in a parenthesis right after it ("04 người (01 chuyên trách, 03 kiêm nhiệm)") are not the value;</li>
 * <li>people or computers counted "tại các bệnh viện …" (at several other bodies, at the head of the clause) are not the unit's own;</li>
 * <li>computers bought, added or replaced in the period ("mua sắm bổ sung 10 máy tính để bàn", "được huyện cấp thêm 04 máy tính
 * xách tay") are no count of the computers the unit has.</li>
 * </ul>
 */
final class AddedOrIncludedCount {

    private static final Pattern BESIDES = Pattern.compile("(?<!\\p{L})ngoài ra(?!\\p{L})");
    private static final Pattern INCLUDED = Pattern.compile("(?<!\\p{L})(?:đã|được) (?:được )?(?:tính|bao gồm|cộng) (?:trong|vào)(?!\\p{L})");
    private static final Set<String> EQUIPMENT = Set.of("infra.desktops", "infra.laptops");
    private static final Pattern BOUGHT = Pattern.compile("(?<!\\p{L})(?:mua sắm|mua mới|mua thêm|bổ sung|thay thế|cấp thêm|trang bị thêm|"
            + "đầu tư mới|đầu tư mua)(?!\\p{L})[^.;:\\d]{0,40}$");
    /** Counts of people and things whose parts a report gives in a parenthesis right after the whole. */
    private static final Set<String> BROKEN_DOWN = Set.of("hr.it_staff", "infra.staff_total", "hr.trained_staff", "infra.desktops",
            "infra.laptops", "hr.community_tech_teams", "hr.community_tech_members", "fin.dx_budget");
    /** Counts of the unit's own people and computers. */
    private static final Set<String> OWN_COUNTS = Set.of("hr.it_staff", "infra.staff_total", "infra.desktops", "infra.laptops");
    /** A clause about several other bodies: "tại các bệnh viện tuyến tỉnh có 46 viên chức …", "ở các trường học có …". */
    private static final Pattern AT_SEVERAL_BODIES = Pattern.compile("\\s*(?:-\\s*)?(?:còn |riêng )?(?:tại|ở) (?:các|những) (?:bệnh viện|trường|trung tâm|"
            + "đơn vị|chi cục|trạm|cơ sở|doanh nghiệp|xã|phường|thị trấn)(?!\\p{L})");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private AddedOrIncludedCount() {
    }

    /** Whether the candidate is an addition to, or a part of, a figure stated elsewhere. */
    static boolean isAnAddition(String lower, Candidate c, List<Candidate> all) {
        if (c.value() instanceof Boolean) {
            return false;
        }
        int figure = figureStart(lower, c);
        int from = Sentences.startBefore(lower, figure);
        if (BESIDES.matcher(lower).region(from, figure).find() && statedBefore(c, from, all)) {
            return true;
        }
        if (OWN_COUNTS.contains(c.element()) && AT_SEVERAL_BODIES.matcher(lower).region(Sentences.startBefore(lower, figure), figure).lookingAt()) {
            return true;
        }
        if (insideTheBreakdownOf(lower, c, figure, all)) {
            return true;
        }
        int to = Sentences.endAfter(lower, Math.max(figure, c.end()));
        if (INCLUDED.matcher(lower).region(Math.max(figure, c.end()), to).find()) {
            return true;
        }
        return EQUIPMENT.contains(c.element())
                && BOUGHT.matcher(lower).region(Math.max(from, figure - 60), figure).find();
    }

    /**
     * The figure stands inside a parenthesis opened right after another figure of the element: "05 người làm công tác công nghệ
     * thông tin (04 viên chức chuyên trách …, 01 công chức kiêm nhiệm …)" breaks the 05 down; its parts are not the value.
     */
    private static boolean insideTheBreakdownOf(String lower, Candidate c, int figure, List<Candidate> all) {
        if (!BROKEN_DOWN.contains(c.element())) {
            return false;
        }
        int open = lower.lastIndexOf('(', figure);
        if (open < 0 || figure - open > 160 || lower.indexOf(')', open) < figure && lower.indexOf(')', open) >= 0) {
            return false;
        }
        return all.stream().anyMatch(o -> o != c && o.element().equals(c.element()) && !o.valueKey().equals(c.valueKey())
                && o.start() < open && o.end() <= open + 1 && open - o.end() <= 3);
    }

    /** Another figure of the element stated shortly before the sentence of "ngoài ra" (the one the addition is added to). */
    private static boolean statedBefore(Candidate c, int sentenceStart, List<Candidate> all) {
        return all.stream().anyMatch(o -> o != c && o.element().equals(c.element()) && !o.valueKey().equals(c.valueKey())
                && o.start() >= sentenceStart - 600 && o.end() <= c.start());
    }

    private static int figureStart(String lower, Candidate c) {
        Matcher m = DIGIT.matcher(lower).region(c.start(), Math.max(c.start(), Math.min(lower.length(), c.end())));
        return m.find() ? m.start() : c.start();
    }
}
