package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Tables printed without borders (a Word table whose borders were turned off) are read from how their words line up: one line
 * a row, cells joined by " | ", a label or a heading that wrapped inside its column kept in its cell, and a row cut by a page
 * break joined again. Lines in two columns without figures (a letterhead) and the prose around the table keep their reading.
 */
class PdfColumnsTest {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float[] COLUMNS = {72, 190, 270, 350, 430};
    private static final float LINE = 12;
    private static final float ROW_GAP = 8;

    @Test
    void aLabelThatWrapsInsideItsColumnStaysOneCellOfItsRow() throws IOException {
        String text = DocumentText.of(pdf(false), "report.pdf");
        assertTrue(text.contains("\nDossiers received at the centre | 31.452 | 36.817 |"), text);
        assertTrue(text.contains("Share of dossiers on time (%) | 98,2 | 99,4 | survey\n"), text);
    }

    @Test
    void headingCellsThatWrapStayOneHeadingEach() throws IOException {
        String text = DocumentText.of(pdf(false), "report.pdf");
        assertTrue(text.contains("Indicator | Result of the year 2023 | Result of the year 2024 | Note\n"), text);
    }

    @Test
    void aRowCutByThePageBreakIsJoinedAgain() throws IOException {
        String text = DocumentText.of(pdf(true), "report.pdf");
        assertTrue(text.contains("\nOnline payments made through the portal | 5.870 | 9.214 |"), text);
    }

    @Test
    void rowsOnTheNextPageKeepTheWidthOfTheTableThoughItsNotesColumnIsEmptyThere() throws IOException {
        String text = DocumentText.of(pdf(true), "report.pdf");
        assertTrue(text.contains("\nSatisfaction (%) | 97,0 | 98,1 |\n"), text);
    }

    @Test
    void aLetterheadInTwoColumnsAndTheProseAroundTheTableKeepTheirReading() throws IOException {
        String text = DocumentText.of(pdf(false), "report.pdf");
        assertFalse(text.contains("DISTRICT COMMITTEE |"), text);
        assertTrue(text.indexOf("Results are set out below.") < text.indexOf("Indicator |"), text);
        assertTrue(text.contains("\nDifficulties remain in the communes."), text);
        assertFalse(text.contains("| Difficulties"), text);
    }

    /** A report page with a letterhead in two columns and a table without borders; with {@code cut}, its last row goes on over the page. */
    private static byte[] pdf(boolean cut) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage first = new PDPage(PDRectangle.A4);
            document.addPage(first);
            float y;
            try (PDPageContentStream page = new PDPageContentStream(document, first)) {
                text(page, 72, 800, "DISTRICT COMMITTEE");
                text(page, 300, 800, "SOCIALIST REPUBLIC");
                text(page, 72, 786, "No: 12/BC");
                text(page, 300, 786, "Lakeside, 5 December 2024");
                text(page, 72, 750, "Results are set out below.");
                y = row(page, 720, "Indicator", "Result of the|year 2023", "Result of the|year 2024", "Note");
                y = row(page, y, "Dossiers received|at the centre", "31.452", "36.817");
                y = row(page, y, "Share of dossiers|on time (%)", "98,2", "99,4", "survey");
                if (cut) {
                    row(page, y, "Online payments|made through", "5.870", "9.214");
                } else {
                    text(page, 72, y - 30, "Difficulties remain in the communes.");
                }
            }
            if (cut) {
                PDPage second = new PDPage(PDRectangle.A4);
                document.addPage(second);
                try (PDPageContentStream page = new PDPageContentStream(document, second)) {
                    text(page, 72, 800, "the portal");
                    y = row(page, 786, "Satisfaction (%)", "97,0", "98,1");
                    text(page, 72, y - 30, "Difficulties remain in the communes.");
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A row's cells, each cell's lines under one another ("|" parts), top-aligned; returns where the next row starts. */
    private static float row(PDPageContentStream page, float top, String... cells) throws IOException {
        int lines = 1;
        for (int c = 0; c < cells.length; c++) {
            String[] parts = cells[c].split("\\|");
            for (int l = 0; l < parts.length; l++) {
                text(page, COLUMNS[c], top - l * LINE, parts[l]);
            }
            lines = Math.max(lines, parts.length);
        }
        return top - lines * LINE - ROW_GAP;
    }

    private static void text(PDPageContentStream page, float x, float y, String words) throws IOException {
        page.beginText();
        page.setFont(FONT, 10);
        page.newLineAtOffset(x, y);
        page.showText(words);
        page.endText();
    }
}
