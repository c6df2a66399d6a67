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
 * Tables drawn with borders in a PDF (Word's and LibreOffice's "Table Grid") are read as a .docx table is: one line a row,
 * cells joined by " | ", however many lines a cell's words wrapped over, and a row cut by a page break joined again.
 */
class PdfTableTest {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float[] COLUMNS = {72, 102, 262, 342};
    private static final float ROW = 30;

    @Test
    void aCellWhoseWordsWrapStaysOneCellOfItsRow() throws IOException {
        String text = DocumentText.of(pdf(false), "table.pdf");
        assertTrue(text.contains("No | Indicator | Result\n"), text);
        assertTrue(text.contains("1 | Documents sent out by the district | 3.412\n"), text);
        assertTrue(text.contains("2 | Dossiers received | 8.760\n"), text);
    }

    @Test
    void aCellMergedOverTwoColumnsIsFollowedByAnEmptyOne() throws IOException {
        String text = DocumentText.of(pdf(false), "table.pdf");
        assertTrue(text.contains("II | Infrastructure | \n") || text.contains("II | Infrastructure |\n"), text);
    }

    @Test
    void aRowCutByThePageBreakIsJoinedAgain() throws IOException {
        String text = DocumentText.of(pdf(true), "table.pdf");
        assertTrue(text.contains("3 | Share of dossiers received online | 71,4\n"), text);
        assertFalse(text.contains("| received online |"), text);
    }

    @Test
    void proseAroundTheTableKeepsItsPlace() throws IOException {
        String text = DocumentText.of(pdf(false), "table.pdf");
        assertTrue(text.indexOf("Results of the year") < text.indexOf("No | Indicator"), text);
        assertTrue(text.indexOf("2 | Dossiers received") < text.indexOf("Difficulties remain"), text);
    }

    /** A report page with a ruled table; with {@code cut}, its last row goes on at the top of a second page. */
    private static byte[] pdf(boolean cut) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage first = new PDPage(PDRectangle.A4);
            document.addPage(first);
            try (PDPageContentStream page = new PDPageContentStream(document, first)) {
                text(page, 72, 780, "Results of the year, as the plan asked for them, are set out in the table below.");
                float top = 750;
                String[][] rows = {{"No", "Indicator", "Result"}, {"1", "Documents sent out|by the district", "3.412"},
                    {"2", "Dossiers received", "8.760"}, {"II", "Infrastructure", null}};
                for (int r = 0; r < rows.length; r++) {
                    row(page, top - r * ROW, rows[r]);
                }
                float bottom = top - rows.length * ROW;
                if (cut) {
                    row(page, bottom, new String[] {"3", "Share of dossiers", ""});
                    bottom -= ROW;
                }
                horizontal(page, top - rows.length * ROW);
                horizontal(page, bottom);
                if (!cut) {
                    text(page, 72, bottom - 30, "Difficulties remain in the communes, where the network is slow.");
                }
            }
            if (cut) {
                PDPage second = new PDPage(PDRectangle.A4);
                document.addPage(second);
                try (PDPageContentStream page = new PDPageContentStream(document, second)) {
                    row(page, 780, new String[] {"", "received online", "71,4"});
                    horizontal(page, 780 - ROW);
                    text(page, 72, 700, "The next year's plan follows.");
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A row's top border, its cells' borders and words; a null last cell is merged into the one before it. */
    private static void row(PDPageContentStream page, float top, String[] cells) throws IOException {
        horizontal(page, top);
        for (int c = 0; c < COLUMNS.length; c++) {
            boolean merged = cells[cells.length - 1] == null && c == COLUMNS.length - 2;
            if (!merged) {
                page.moveTo(COLUMNS[c], top);
                page.lineTo(COLUMNS[c], top - ROW);
                page.stroke();
            }
        }
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] == null) {
                continue;
            }
            String[] lines = cells[c].split("\\|");
            for (int l = 0; l < lines.length; l++) {
                text(page, COLUMNS[c] + 4, top - 11 - l * 12, lines[l]);
            }
        }
    }

    private static void horizontal(PDPageContentStream page, float y) throws IOException {
        page.moveTo(COLUMNS[0], y);
        page.lineTo(COLUMNS[COLUMNS.length - 1], y);
        page.stroke();
    }

    private static void text(PDPageContentStream page, float x, float y, String words) throws IOException {
        page.beginText();
        page.setFont(FONT, 10);
        page.newLineAtOffset(x, y);
        page.showText(words);
        page.endText();
    }
}
