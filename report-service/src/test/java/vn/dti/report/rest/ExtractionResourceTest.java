package vn.dti.report.rest;

import vn.dti.platform.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.dti.report.extraction.Catalog;
import vn.dti.report.extraction.ExtractionEngine;
import vn.dti.report.service.ExtractionReaders;

/** The resource's own logic, called directly (no server): mapping, limits and problems. */
class ExtractionResourceTest {

    private final ExtractionResource resource = new ExtractionResource(new ExtractionEngine(Catalog.fromClasspath()),
            new ExtractionReaders(Duration.ofSeconds(20), 1, 4, Duration.ofSeconds(20)));

    @Test
    void returnsValuesWithQuotesAndOffsets() {
        String text = "Sở Ngoại vụ báo cáo như sau: UBND huyện tiếp nhận 26.157 văn bản đến.";
        ExtractionResource.ExtractionResponse response = resource.fromJson(new ExtractionResource.TextRequest(text), null);
        ExtractionResource.Value v = response.values().get(0);
        assertEquals("doc.incoming", v.element());
        assertEquals(new BigDecimal("26157"), v.value());
        assertEquals(v.quote(), text.substring(v.start(), v.end()));
        assertEquals("Sở Ngoại vụ", response.unit());
    }

    @Test
    void emptyTextIs422() {
        assertEquals(422, assertThrows(ProblemException.class, () -> resource.fromText("  ", null)).problem().status());
    }

    @Test
    void missingBodyIs400() {
        assertEquals(400, assertThrows(ProblemException.class, () -> resource.fromJson(null, null)).problem().status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> resource.fromJson(new ExtractionResource.TextRequest(null), null)).problem().status());
    }

    @Test
    void textOverOneMegabyteIs413() {
        String big = "a".repeat(ExtractionResource.MAX_TEXT_BYTES + 1);
        assertEquals(413, assertThrows(ProblemException.class, () -> resource.fromText(big, null)).problem().status());
    }

    @Test
    void unreadableDocxIs422() {
        assertEquals(422, assertThrows(ProblemException.class, () -> resource.fromDocx(new byte[] { 1, 2, 3 }, null)).problem().status());
    }
}
