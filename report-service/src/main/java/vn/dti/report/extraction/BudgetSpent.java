package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report says was spent on DX in the period ({@code fin.dx_budget}, session 12):
 * <ul>
 * <li>an amount allocated ("ngân sách huyện bố trí 3,2 tỷ đồng cho chuyển đổi số", "kinh phí được giao 900 triệu đồng") followed,
 * in the rest of its sentence or in the next one, by what has been disbursed ("đến ngày 30/6 đã giải ngân 1,4 tỷ đồng") gives way to
 * the amount disbursed, which is read although its sentence does not name DX again; an allocation followed only by a share
 * disbursed ("mới giải ngân được 40%") gives no value (the share is not turned into money);</li>
 * <li>the parts of an amount broken down by source in a parenthesis right after it ("27 tỷ đồng (ngân sách trung ương 10 tỷ đồng,
 * ngân sách tỉnh 17 tỷ đồng)") are never the value; the whole before the parenthesis is, when its sentence opens with "tổng
 * kinh phí" and is no plan.</li>
 * </ul>
 */
final class BudgetSpent {

    private static final String ELEMENT = "fin.dx_budget";
    private static final String MONEY = RuleTemplates.expand("{M}");
    private static final Pattern ALLOCATED = Pattern.compile("(?<!\\p{L})(?:bố trí|được giao|giao dự toán|phân bổ|dự toán|được cấp)(?!\\p{L})");
    private static final Pattern SPENT_BEFORE = Pattern.compile("(?<!\\p{L})(?:giải ngân|đã chi|chi cho|thực hiện|sử dụng)(?!\\p{L})");
    private static final Pattern DISBURSED_MONEY = Pattern.compile("(?<!\\p{L})(?:đã|mới|được) giải ngân(?: được)?(?: là| khoảng| số tiền)?[^.;\\d%]{0,30}?"
            + MONEY);
    private static final Pattern DISBURSED_SHARE = Pattern.compile("(?<!\\p{L})(?:đã|mới|được) giải ngân(?: được)?[^.;\\d%]{0,30}?"
            + "\\d{1,3}(?:[.,]\\d+)? ?%");
    private static final Pattern MONEY_THEN_PARENTHESIS = Pattern.compile(MONEY + " ?\\((?<inside>[^()]{0,200})\\)");
    private static final Pattern SOURCE = Pattern.compile("(?<!\\p{L})(?:ngân sách|nguồn|vốn)(?!\\p{L})");
    private static final Pattern WHOLE_OPENING = Pattern.compile("(?<!\\p{L})tổng kinh phí(?!\\p{L})");
    private static final Pattern PLAN = Pattern.compile("(?<!\\p{L})(?:dự kiến|kế hoạch|phấn đấu|dự toán|nhu cầu|đề xuất|đề nghị|mục tiêu)(?!\\p{L})");
    /** The end of a sentence: a full stop or semicolon before a space or the line's end (not the dot of "1.186"), or a line break. */

    private BudgetSpent() {
    }

    /** Replaces allocations followed by what was disbursed, and parts of a broken-down amount by the whole. */
    static void preferSpending(String lower, List<Candidate> candidates) {
        List<Candidate> added = new ArrayList<>();
        candidates.removeIf(c -> {
            if (!ELEMENT.equals(c.element())) {
                return false;
            }
            Optional<Candidate> whole = wholeOfAPart(lower, c);
            if (whole.isPresent()) {
                added.add(whole.get());
                return true;
            }
            if (inBreakdown(lower, c)) {
                return true;
            }
            if (!allocated(lower, c)) {
                return false;
            }
            int to = endOfNextSentence(lower, c.end());
            Matcher money = DISBURSED_MONEY.matcher(lower).region(c.end(), to);
            if (money.find()) {
                Optional<BigDecimal> amount = VietnameseNumbers.parseMoney(money.group("num"), money.group("mult"));
                amount.ifPresent(a -> added.add(new Candidate(ELEMENT, a, money.start(), money.end(), c.confidence(),
                        "spent-after-allocation:" + c.source())));
                return amount.isPresent();
            }
            return DISBURSED_SHARE.matcher(lower).region(c.end(), to).find();
        });
        for (Candidate a : added) {
            boolean known = candidates.stream().anyMatch(c -> c.element().equals(a.element()) && c.valueKey().equals(a.valueKey())
                    && c.start() == a.start());
            if (!known) {
                candidates.add(a);
            }
        }
    }

    /** An allocation: its statement names an allocation before the figure and no spending. */
    private static boolean allocated(String lower, Candidate c) {
        int from = Sentences.startBefore(lower, c.start());
        int figure = figureStart(lower, c);
        String before = lower.substring(from, Math.max(from, figure));
        return ALLOCATED.matcher(before).find() && !SPENT_BEFORE.matcher(before).find();
    }

    /** The candidate's figure stands inside a parenthesis of sources right after another amount. */
    private static boolean inBreakdown(String lower, Candidate c) {
        return parentOf(lower, c) != null;
    }

    private static Optional<Candidate> wholeOfAPart(String lower, Candidate c) {
        Matcher parent = parentOf(lower, c);
        if (parent == null) {
            return Optional.empty();
        }
        int from = Sentences.startBefore(lower, parent.start());
        String before = lower.substring(from, parent.start());
        if (!WHOLE_OPENING.matcher(before).find() || PLAN.matcher(before).find()) {
            return Optional.empty();
        }
        return VietnameseNumbers.parseMoney(parent.group("num"), parent.group("mult"))
                .map(a -> new Candidate(ELEMENT, a, parent.start(), parent.end("num"), c.confidence(), "whole-of-parts:" + c.source()));
    }

    /** The amount whose parenthesis of sources holds the candidate's figure, or null. */
    private static Matcher parentOf(String lower, Candidate c) {
        int figure = figureStart(lower, c);
        int open = lower.lastIndexOf('(', figure);
        if (open < 0 || figure - open > 200 || lower.indexOf(')', open) < figure) {
            return null;
        }
        int from = Math.max(Sentences.startBefore(lower, open), open - 60);
        Matcher m = MONEY_THEN_PARENTHESIS.matcher(lower).region(from, Math.min(lower.length(), open + 202));
        while (m.find()) {
            if (m.start("inside") - 1 == open && SOURCE.matcher(m.group("inside")).find()
                    && countMoney(m.group("inside")) >= 2) {
                return m;
            }
        }
        return null;
    }

    private static int countMoney(String text) {
        Matcher m = Pattern.compile(MONEY).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Where the candidate's figure begins: the last money figure of its span. */
    private static int figureStart(String lower, Candidate c) {
        Matcher m = Pattern.compile(MONEY).matcher(lower).region(c.start(), Math.min(lower.length(), c.end() + 1));
        int at = c.start();
        while (m.find()) {
            at = m.start("num");
        }
        return at;
    }

    private static int endOfNextSentence(String lower, int from) {
        Matcher m = Sentences.end().matcher(lower).region(from, lower.length());
        int ends = 0;
        while (m.find()) {
            if (++ends == 2 || m.group().equals("\n") && ends == 1 && lower.startsWith("\n", m.start() + 1)) {
                return m.end();
            }
        }
        return lower.length();
    }
}
