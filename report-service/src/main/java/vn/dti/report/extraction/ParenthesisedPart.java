package vn.dti.report.extraction;

import java.math.BigDecimal;
import java.util.List;

/**
 * "Xã bố trí 02 công chức làm công tác công nghệ thông tin (01 chuyên trách, 01 kiêm nhiệm)", "có ba công chức chuyên trách công
 * nghệ thông tin (một người tại Văn phòng, hai người tại Phòng Văn hóa)": when a phrase has its count right before it, a figure
 * that opens a parenthesis right after the phrase breaks that count down; it is a part, not a second reading of the phrase.
 */
final class ParenthesisedPart {

    /** How far into the parenthesis the figure may stand ("(01", "(một người", "(trong đó 02"). */
    private static final int REACH = 14;

    private ParenthesisedPart() {
    }

    /** Whether the candidate is the first figure of a parenthesis after a phrase whose larger count of the same element stands before it. */
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
