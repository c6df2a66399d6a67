package vn.dti.report.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures that bound a value rather than state it: a threshold ("đạt tối thiểu 90%", "từ 80% trở lên"), the ends of a range ("dao động từ 93,02% đến 95,44%"), the start of a change ("từ 30% năm 2017 lên trên 99,5%"), and
 * a share that a number of units reached ("Có 31/43 cơ quan có tỷ lệ hồ sơ DVCTT trên 65%"). Agency reports and news of
 * every element write them so; a change's end ("lên trên 99,5%") is the value, the other figures are not.
 */
final class Thresholds {

    private static final String FIGURE = "\\d{1,3}(?:[.,]\\d+)*";
    /** "tối thiểu 90%", "tối đa 3 ngày" ("ít nhất 95% người dân ... hài lòng" is left to the plan checks: often a result). */
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?<!\\p{L})(?:tối thiểu|tối đa|ít nhất|không (?:thấp|ít) hơn)(?: là| đạt| ở mức| bằng)? ?$");
    private static final Pattern FROM_BEFORE = Pattern.compile("(?<!\\p{L})từ (?:mức )?$");
    /** After "từ X": "trở lên", "đến Y", "tới Y"; "lên Y" is a change whose end is read instead. */
    private static final Pattern FROM_END = Pattern.compile(FIGURE + " ?(?:%|phần trăm)?(?<noun>[^\\d;,%()]{0,25}?)"
            + "(?:(?<bound> trở lên| trở xuống)(?!\\p{L})"
            + "|(?: (?:năm|vào năm|trong năm|cuối năm) (?:19|20)\\d\\d)?,? ?(?<word>đến|tới|lên)(?: mức| trên| hơn| gần| khoảng)? ?(?<to>\\d))");
    /** "Có 31/43 cơ quan có tỷ lệ ... trên 65%", "16 Sở đạt 100%": a share that several units reached. */
    private static final Pattern UNITS_REACHING = Pattern.compile("(?<![\\d.,/])\\d+(?:/\\d+)? (?:cơ quan|đơn vị|sở|xã|phường|huyện|quận|"
            + "địa phương|trường)(?!\\p{L})[^\\d;%,]{0,40}?(?<!\\p{L})(?:có|đạt)(?!\\p{L})[^\\d;%]{0,80}$");
    private static final Pattern FIGURE_START = Pattern.compile("(?<![\\d.,/])\\d");
    private static final Pattern PERCENT_FIGURE = Pattern.compile("(?<![\\d.,/])" + FIGURE + " ?(?:%|phần trăm)");

    private Thresholds() {
    }

    /** True when the figure starting at {@code at} bounds a value (threshold, range end, change start, units reaching a share). */
    static boolean bounds(String lower, int clauseStart, int clauseEnd, int at) {
        String before = lower.substring(Math.max(clauseStart, at - 24), at);
        if (BOUND_BEFORE.matcher(before).find()) {
            return true;
        }
        if (FROM_BEFORE.matcher(before).find()
                && FROM_END.matcher(lower).region(at, clauseEnd).useTransparentBounds(true).lookingAt()) {
            return true;
        }
        return PERCENT_FIGURE.matcher(lower).region(at, clauseEnd).lookingAt()
                && UNITS_REACHING.matcher(lower.substring(clauseStart, at)).find();
    }

    /** "từ 30% năm 2017 lên trên 99,5%": where the end of the change starts, or -1. */
    static int changeEnd(String lower, int clauseStart, int clauseEnd, int at) {
        if (!FROM_BEFORE.matcher(lower.substring(Math.max(clauseStart, at - 12), at)).find()) {
            return -1;
        }
        Matcher m = FROM_END.matcher(lower).region(at, clauseEnd).useTransparentBounds(true);
        return m.lookingAt() && "lên".equals(m.group("word")) ? m.start("to") : -1;
    }

    /** A rule's match holding a figure that bounds a value: the rule states no value. */
    static boolean holdsABound(String lower, int start, int end, int clauseStart, int clauseEnd) {
        Matcher figure = FIGURE_START.matcher(lower).region(start, Math.min(end, clauseEnd));
        while (figure.find()) {
            if (bounds(lower, clauseStart, clauseEnd, figure.start())) {
                return true;
            }
        }
        return false;
    }
}
