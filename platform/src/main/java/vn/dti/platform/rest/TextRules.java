package vn.dti.platform.rest;

import java.text.Normalizer;

/**
 * What text a person may send: NFC-normalised (Vietnamese typed on different keyboards compares
 * equal), no control characters but tab and line breaks, no bidi overrides, no lone surrogates,
 * and not only invisible characters. {@link #problemOf} names the broken rule, null when fine.
 */
public final class TextRules {

    private TextRules() {
    }

    public static String normalize(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Rules for any string in a request body. */
    public static String problemOf(String text) {
        if (text == null) {
            return null;
        }
        boolean visible = text.isEmpty();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return "contains a lone surrogate (not valid Unicode)";
                }
                i++;
                visible = true;
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                return "contains a lone surrogate (not valid Unicode)";
            }
            if (c == 0) {
                return "contains a NUL character";
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "contains a control character";
            }
            if (isBidiControl(c)) {
                return "contains a bidirectional override or isolate character";
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                return "contains a non-character";
            }
            if (!Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT && !Character.isSpaceChar(c)) {
                visible = true;
            }
        }
        return visible ? null : "contains only invisible characters";
    }

    /** Rules for a single-line parameter (query, path, header-like form field): no line breaks either. */
    public static String problemOfParameter(String text) {
        if (text != null && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0)) {
            return "contains a control character";
        }
        return text == null || text.isEmpty() ? null : problemOf(text);
    }

    /** Names, titles, labels: the body rules and at least one letter. */
    public static String problemOfName(String text) {
        String problem = problemOf(text);
        if (problem != null || text == null) {
            return problem;
        }
        return text.codePoints().anyMatch(Character::isLetter) ? null : "must contain at least one letter";
    }

    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }
}
