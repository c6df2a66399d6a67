package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LayoutTest {

    @Test
    void aSentenceWithoutFullStopsIsReadInPiecesCutAtCommas() {
        String text = "Năm 2023 huyện tiếp nhận 1.234 hồ sơ, trong đó 1.000 hồ sơ trực tuyến, ".repeat(200);
        NormalizedText normalized = NormalizedText.of(text);
        List<Clause> clauses = Layout.clauses(normalized, 2023, UnitLevel.DISTRICT);
        assertTrue(clauses.size() > 1, "one clause of " + text.length() + " characters");
        for (Clause c : clauses) {
            assertTrue(c.sentenceEnd() - c.sentenceStart() <= Layout.MAX_SENTENCE_CHARS, "a piece of " + (c.sentenceEnd() - c.sentenceStart()));
            assertTrue(normalized.text().charAt(c.sentenceEnd() - 1) == ',' || c.sentenceEnd() == normalized.length(), "cut after a comma");
        }
    }

    @Test
    void anOrdinarySentenceStaysWhole() {
        NormalizedText normalized = NormalizedText.of("Năm 2023, huyện tiếp nhận 1.234 hồ sơ; trong đó 1.000 hồ sơ trực tuyến.");
        List<Clause> clauses = Layout.clauses(normalized, 2023, UnitLevel.DISTRICT);
        assertEquals(2, clauses.size());
        assertEquals(0, clauses.get(1).sentenceStart());
    }
}
