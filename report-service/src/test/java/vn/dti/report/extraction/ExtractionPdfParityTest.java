package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agencies send their reports as PDF more often than as text: a formal report of the development corpus set as a PDF (made with
 * LibreOffice from its text, ragged right, so that wrapped lines end short of the margin) gives the same values as its text.
 * Four of them (t1, t5, t12, w36) were set from a .docx whose tables are real Word tables with borders, so the PDF wraps long
 * labels inside their cells and cuts a row at a page break (t5, t12), as agencies' PDFs do. Four more (t6, t11, t12, w37, in
 * {@code documents/formal-borderless}) were set from a .docx whose Word tables have no borders: their columns are found from how
 * the words line up ({@link PdfColumns}).
 */
class ExtractionPdfParityTest {

    private static ExtractionEngine engine;

    @BeforeAll
    static void createEngine() {
        engine = new ExtractionEngine(Catalog.fromClasspath());
    }

    static List<String> formalReports() throws IOException, URISyntaxException {
        return pdfsIn("documents/formal");
    }

    static List<String> formalReportsWithBorderlessTables() throws IOException, URISyntaxException {
        return pdfsIn("documents/formal-borderless");
    }

    private static List<String> pdfsIn(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(ExtractionPdfParityTest.class.getClassLoader().getResource(folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted()
                    .map(n -> folder + "/" + n.substring(0, n.length() - ".pdf".length())).toList();
        }
    }

    @ParameterizedTest
    @MethodSource({"formalReports", "formalReportsWithBorderlessTables"})
    void aFormalReportReadFromItsPdfGivesTheValuesOfItsText(String pdf) throws IOException {
        String report = pdf.substring(pdf.lastIndexOf('/') + 1);
        String text = new String(bytes("corpus/dev/" + report + ".txt"), StandardCharsets.UTF_8);
        String fromPdf = DocumentText.of(bytes(pdf + ".pdf"), report + ".pdf");
        Set<String> expected = values(engine.extract(text));
        assertFalse(expected.isEmpty(), "the text gives values");
        assertEquals(expected, values(engine.extract(fromPdf)));
    }

    private static Set<String> values(ExtractionResult result) {
        Set<String> values = new TreeSet<>();
        result.values().forEach(p -> values.add(p.element() + "=" + p.value()));
        return values;
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = ExtractionPdfParityTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
