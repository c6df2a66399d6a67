package vn.dti.report.extraction;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A section heading and its depth: "Phần thứ hai" 0, "II." or an all-capitals line 1, "2." 2,
 * "2.1." 3, "a)" 4.
 */
record Heading(int level, String title) {

    private static final Pattern PART = Pattern.compile("^phần\\s+(?:thứ\\s+)?\\S+$");
    private static final Pattern ROMAN = Pattern.compile("^[IVX]+[.)]\\s+\\S.*");
    private static final Pattern NUMBER = Pattern.compile("^\\d+[.)]\\s+\\S.*");
    private static final Pattern SUB_NUMBER = Pattern.compile("^\\d+\\.\\d+(?:\\.\\d+)*[.)]?\\s+\\S.*");
    private static final Pattern LETTER = Pattern.compile("^[a-zđ][.)]\\s+\\S.*");
    /** "PHẦN C. TÌNH HÌNH … (để UBND tỉnh theo dõi)": a part with its title on the same line, read as an all-capitals heading is. */
    private static final Pattern PART_WITH_TITLE = Pattern.compile("^phần\\s+(?:thứ\\s+)?[\\p{L}\\d]{1,6}\\s*[.:)\\-–]\\s+\\S.*");
    private static final int MAX_LENGTH = 200;

    /** True for "Phần thứ hai": its title is on the next line. */
    static boolean isPartMarker(String line) {
        return PART.matcher(line.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** The heading this line is, or null for a body line. */
    static Heading of(String line) {
        String t = line.strip().replaceFirst("^#+\\s*", "");
        if (t.isEmpty() || t.length() > MAX_LENGTH || t.endsWith(".") || t.endsWith(";") || t.endsWith(",")) {
            return null;
        }
        if (isPartMarker(t)) {
            return new Heading(0, t);
        }
        if (SUB_NUMBER.matcher(t).matches()) {
            return new Heading(3, t);
        }
        if (ROMAN.matcher(t).matches()) {
            return new Heading(1, t);
        }
        if (NUMBER.matcher(t).matches()) {
            return new Heading(2, t);
        }
        if (LETTER.matcher(t).matches()) {
            return new Heading(4, t);
        }
        return isAllCapitals(t) || PART_WITH_TITLE.matcher(t.toLowerCase(Locale.ROOT)).matches() ? new Heading(1, t) : null;
    }

    private static boolean isAllCapitals(String t) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 6 && upper >= letters * 0.8 && t.contains(" ");
    }
}
