package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An element whose value is a whole that reports also split into parts: the on-time share is "đúng và trước hạn", while
 * "giải quyết trước hạn 86,5%; đúng hạn 12,5%" states two parts of it. A sentence that names two different parts on their
 * own (outside the whole forms) is a breakdown, and none of its figures is the whole; only a figure stated before its
 * parts, which then follow as a subset, stays the whole ("đúng hạn đạt 98%, trong đó trước hạn 60%"). A part named alone
 * ("2.041 hồ sơ giải quyết trước hạn, đạt trên 99%") is left to the element's phrases. Words are lexicon data
 * ({@code partWords}, {@code wholeForms}).
 */
final class PartsOfAWhole {

    private static final Pattern SUBSET = Pattern.compile("(?<!\\p{L})(?:trong đó|bao gồm|gồm có)(?!\\p{L})");
    private static final int SUBSET_REACH = 40;
    /** How far into the parenthesis the figure may stand ("(01", "(một người", "(trong đó 02"). */
    private static final int REACH = 14;

    private PartsOfAWhole() {
    }

    static boolean isPart(Lexicon.Compiled entry, String lower, int start, int end, int sentenceStart, int sentenceEnd) {
        if (entry.partWords() == null) {
            return false;
        }
        Set<String> named = new HashSet<>();
        boolean outsideTheWhole = false;
        Matcher part = entry.partWords().matcher(lower).region(sentenceStart, sentenceEnd);
        while (part.find()) {
            if (insideWholeForm(entry, lower, part.start(), part.end(), sentenceStart, sentenceEnd)) {
                continue;
            }
            named.add(part.group());
            if (part.start() >= start && part.end() <= end) {
                continue;
            }
            boolean subsetAfter = end <= part.start()
                    && SUBSET.matcher(lower).region(Math.max(sentenceStart, part.start() - SUBSET_REACH), part.start()).find();
            outsideTheWhole |= !subsetAfter;
        }
        return named.size() >= 2 && outsideTheWhole;
    }

    /**
     * "đạt và vượt 43/51 chỉ tiêu, trong đó có 17 chỉ tiêu vượt và 26 chỉ tiêu đạt": a figure of the element that follows
     * "trong đó" after another figure of the same element in the sentence is one of its parts, unless its own wording is the
     * element's preferred one ("tiếp nhận 4.525 hồ sơ, trong đó tiếp nhận mới 4.152 hồ sơ").
     */
    static boolean isAPartOfAnEarlierFigure(String lower, Candidate c, List<Candidate> all, List<Clause> clauses) {
        if (c.value() instanceof Boolean) {
            return false;
        }
        int sentenceStart = clauses.stream().filter(k -> k.start() <= c.start() && c.start() < k.end()).mapToInt(Clause::sentenceStart)
                .findFirst().orElse(c.start());
        return all.stream().anyMatch(o -> o.element().equals(c.element()) && !o.value().equals(c.value())
                && o.confidence() >= c.confidence() && o.start() >= sentenceStart && o.end() <= c.start()
                && SUBSET.matcher(lower).region(o.end(), c.start()).find());
    }

    private static boolean insideWholeForm(Lexicon.Compiled entry, String lower, int from, int to, int sentenceStart, int sentenceEnd) {
        if (entry.wholeForms() == null) {
            return false;
        }
        Matcher whole = entry.wholeForms().matcher(lower).region(sentenceStart, sentenceEnd);
        while (whole.find()) {
            if (whole.start() <= from && to <= whole.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Xã bố trí 02 công chức làm công tác công nghệ thông tin (01 chuyên trách, 01 kiêm nhiệm)", "có ba công chức chuyên trách công
     * nghệ thông tin (một người tại Văn phòng, hai người tại Phòng Văn hóa)": when a phrase has its count right before it, a figure
     * that opens a parenthesis right after the phrase breaks that count down; it is a part, not a second reading of the phrase.
     */
    static boolean breaksDownTheCountBefore(String lower, Candidate c, List<Candidate> all) {
        if (!(c.value() instanceof BigDecimal part) || c.end() > lower.length()) {
            return false;
        }
        String matched = lower.substring(c.start(), c.end());
        int open = matched.lastIndexOf('(');
        if (open <= 0 || matched.length() - open > REACH || matched.indexOf(')', open) >= 0 || !Character.isLetter(matched.charAt(0))) {
            return false;
        }
        int parenthesis = c.start() + open;
        for (Candidate o : all) {
            if (o != c && o.element().equals(c.element()) && o.value() instanceof BigDecimal whole && whole.compareTo(part) > 0
                    && o.start() < c.start() && o.end() > c.start() && o.end() <= parenthesis) {
                return true;
            }
        }
        return false;
    }
}
