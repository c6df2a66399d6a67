package vn.dti.report.rest;

import vn.dti.platform.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
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
    void unreadableDocumentIs422NamingDocument() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> resource.fromDocument(new byte[] { 1, 2, 3 }, ExtractionResource.DOCX, null));
        assertEquals(422, e.problem().status());
        assertEquals("document", e.problem().errors().get(0).field());
    }

    @Test
    void readsPdfAndLegacyWordReports() throws IOException {
        ExtractionResource.ExtractionResponse pdf = resource.fromDocument(resource("documents/seed-003-justified.pdf"),
                ExtractionResource.PDF, null);
        ExtractionResource.ExtractionResponse doc = resource.fromDocument(resource("documents/bao-cao-mau.doc"),
                ExtractionResource.DOC, null);
        assertFalse(pdf.values().isEmpty(), "values read from the PDF");
        assertFalse(doc.values().isEmpty(), "values read from the .doc");
    }

    @Test
    void documentThatCannotBeParsedWithinTheBudgetIs422() throws IOException {
        ExtractionResource hurried = new ExtractionResource(new ExtractionEngine(Catalog.fromClasspath()),
                new ExtractionReaders(Duration.ofMillis(1), 1, 4, Duration.ofSeconds(20)));
        byte[] pdf = resource("documents/seed-003-justified.pdf");
        ProblemException e = assertThrows(ProblemException.class, () -> hurried.fromDocument(pdf, ExtractionResource.PDF, null));
        assertEquals(422, e.problem().status());
        assertEquals("document", e.problem().errors().get(0).field());
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ExtractionResourceTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
