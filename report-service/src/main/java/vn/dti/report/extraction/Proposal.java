package vn.dti.report.extraction;

/**
 * A value the engine proposes for one catalog element. {@code value} is a {@link java.math.BigDecimal}
 * for numbers and a {@link Boolean} for booleans; {@code quote} is exactly
 * {@code text.substring(start, end)} of the text given to the engine; {@code source} names the rule or
 * lexicon entry that found it ("lexicon:doc.outgoing#0", "rule:doc.incoming#1", "label:infra.desktops").
 */
public record Proposal(String element, Object value, String quote, int start, int end, double confidence, String source) {
}
