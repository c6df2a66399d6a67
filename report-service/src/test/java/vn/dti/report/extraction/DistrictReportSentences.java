package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The wording tests' way of reading one sentence: under a district report header for 2023, with one engine built
 * from the catalog for all of them. An expected number is given as text ("99.5") and compared without trailing zeros.
 */
final class DistrictReportSentences {

    static final String HEADER = "UBND HUYỆN AN PHÚ\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";

    private static final ExtractionEngine ENGINE = new ExtractionEngine(Catalog.fromClasspath());

    private DistrictReportSentences() {
    }

    /** A whole text, header included. */
    static ExtractionResult extract(String text) {
        return ENGINE.extract(text);
    }

    static ExtractionResult read(String body) {
        return extract(HEADER + body + "\n");
    }

    static Optional<Proposal> find(String body, String element) {
        return read(body).values().stream().filter(p -> p.element().equals(element)).findFirst();
    }

    static void assertValue(String body, String element, Object expected) {
        assertProposed(read(body), body, element, expected);
    }

    /** The same for a whole text with its own header (another unit, level or none). */
    static void assertValueInText(String text, String element, Object expected) {
        assertProposed(extract(text), text, element, expected);
    }

    private static void assertProposed(ExtractionResult result, String text, String element, Object expected) {
        Proposal p = result.values().stream().filter(v -> v.element().equals(element)).findFirst()
                .orElseThrow(() -> new AssertionError(element + " was not proposed from: " + text));
        Object value = p.value() instanceof BigDecimal d ? d.stripTrailingZeros() : p.value();
        Object want = expected instanceof String s ? new BigDecimal(s).stripTrailingZeros() : expected;
        assertEquals(want, value, element + " from \"" + p.quote() + "\"");
    }

    static void assertNone(String body, String element) {
        assertNoneInText(HEADER + body + "\n", element);
    }

    /** The same for a whole text with its own header. */
    static void assertNoneInText(String text, String element) {
        Optional<Proposal> p = extract(text).values().stream().filter(v -> v.element().equals(element)).findFirst();
        assertTrue(p.isEmpty(), () -> element + " must not be proposed, got " + p.get().value() + " from \"" + p.get().quote() + "\"");
    }
}
