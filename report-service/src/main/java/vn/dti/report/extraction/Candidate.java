package vn.dti.report.extraction;

/** A value one rule found at one place, in offsets of the cleaned text, before the best is chosen. */
record Candidate(String element, Object value, int start, int end, double confidence, String source) {

    /** Same element and value, whatever the scale of a number (100 and 100.0). */
    String valueKey() {
        return value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }
}
