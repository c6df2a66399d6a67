package vn.dti.report.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of an uploaded report: UTF-8 plain text or Markdown as is, a Word .docx as its
 * paragraphs and table rows (cells joined by " | ") in document order, a legacy Word .doc through
 * POI HWPF the same way, and a PDF through its text layer (PDFBox), its table rows' cells joined by " | " and its wrapped lines joined ({@link PdfCells}), without its page numbers and running headers ({@link PageFurniture}). A PDF without a text layer (a scan) is refused. Paragraphs typed in the
 * pre-Unicode TCVN3 fonts are rewritten to Unicode ({@link LegacyFonts}), also in a text file saved in its 8-bit code page.
 */
public final class DocumentText {

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".md", ".markdown", ".text");
    private static final String PDF_TYPE = "application/pdf";
    /** The code page a text file typed in the TCVN3 fonts was saved in: its bytes are the fonts' codes. */
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String DOC_TYPE = "application/msword";
    private static final List<String> UNSUPPORTED = List.of(".odt", ".rtf", ".xls", ".xlsx", ".ppt", ".pptx");
    /** The most text the engine reads in one request (about 10 s of reading on one core); larger reports are sent in parts. */
    public static final int MAX_TEXT_BYTES = 1024 * 1024;
    /** A PDF with fewer letters than this (or than 5 a page) is a scan without a text layer. */
    private static final long MIN_LETTERS = 20;

    private DocumentText() {
    }

    /**
     * @param fileNameOrContentType "bao-cao.docx", "report.md", "text/plain", the .docx media type, or null to sniff
     * @throws IllegalArgumentException for empty, binary or unsupported content, with a message a person can act on
     */
    public static String of(byte[] content, String fileNameOrContentType) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("The document is empty");
        }
        String kind = fileNameOrContentType == null ? "" : fileNameOrContentType.strip().toLowerCase(Locale.ROOT);
        String text;
        if (isPdf(kind, content)) {
            text = pdf(content);
        } else if (isDoc(kind, content)) {
            text = doc(content);
        } else {
            text = isDocx(kind, content) ? docx(content) : plainText(content, kind);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("The document contains no text");
        }
        return LegacyFonts.toUnicode(text);
    }

    private static boolean isPdf(String kind, byte[] content) {
        boolean magic = content.length > 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F';
        return kind.endsWith(".pdf") || kind.startsWith(PDF_TYPE) || magic && (kind.isEmpty() || kind.startsWith("application/octet-stream"));
    }

    private static List<String> pages(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PdfCells();
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(document));
        }
        return pages;
    }

    private static boolean isDoc(String kind, byte[] content) {
        boolean ole = content.length > 8 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF
                && (content[2] & 0xff) == 0x11 && (content[3] & 0xff) == 0xE0;
        return kind.endsWith(".doc") || kind.startsWith(DOC_TYPE) || ole && (kind.isEmpty() || kind.startsWith("application/octet-stream"));
    }

    private static String pdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            String text = PageFurniture.removed(pages(document));
            long letters = text.codePoints().filter(Character::isLetter).count();
            if (letters < Math.max(MIN_LETTERS, 5L * document.getNumberOfPages())) {
                throw new IllegalArgumentException("The PDF has no text layer (a scanned document?): run OCR on it or send "
                        + "the original .docx/.doc / Tệp PDF không có lớp văn bản (bản quét?)");
            }
            return text;
        } catch (IOException e) {
            throw new IllegalArgumentException("The file is not a readable PDF document", e);
        }
    }

    private static String doc(byte[] content) {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content))) {
            try {
                return docWithTableRows(document.getRange());
            } catch (RuntimeException tableStructureNotUnderstood) {
                return docParagraphs(document);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("The file is not a readable Word 97-2003 .doc document", e);
        }
    }

    private static String docWithTableRows(Range range) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph paragraph = range.getParagraph(i);
            if (!paragraph.isInTable()) {
                text.append(docLine(paragraph.text())).append('\n');
                continue;
            }
            Table table = range.getTable(paragraph);
            if (text.toString().isBlank()) {
                appendLetterhead(table, text);
            } else {
                appendTable(table, text);
            }
            i += table.numParagraphs() - 1;
        }
        return text.toString();
    }

    /** Every paragraph on its own line, table cells too: the reading when a table's structure is not understood. */
    private static String docParagraphs(HWPFDocument document) {
        StringBuilder text = new StringBuilder();
        for (String paragraph : new WordExtractor(document).getParagraphText()) {
            text.append(docLine(paragraph)).append('\n');
        }
        return text.toString();
    }

    private static String docLine(String paragraph) {
        return WordExtractor.stripFields(paragraph).replace('\u0007', ' ').replace('\u000B', '\n').replace("\r", "").strip();
    }

    /** A legacy Word table that opens the document: its cells' lines, column by column, as for a .docx letterhead. */
    private static void appendLetterhead(Table table, StringBuilder text) {
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                for (int p = 0; p < cell.numParagraphs(); p++) {
                    String line = docLine(cell.getParagraph(p).text());
                    if (!line.isBlank()) {
                        text.append(line).append('\n');
                    }
                }
            }
        }
        text.append('\n');
    }

    /** A legacy Word table's rows, cells joined by " | " as for a .docx. */
    private static void appendTable(Table table, StringBuilder text) {
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                cells.add(docLine(row.getCell(c).text()).replace('\n', ' ').replaceAll("\\s+", " "));
            }
            text.append(String.join(" | ", cells)).append('\n');
        }
        text.append('\n');
    }

    private static boolean isDocx(String kind, byte[] content) {
        if (kind.endsWith(".docx") || kind.startsWith(DOCX_TYPE)) {
            return true;
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        return zip && kind.isEmpty();
    }

    private static String plainText(byte[] content, String kind) {
        if (UNSUPPORTED.stream().anyMatch(kind::endsWith) || !(kind.isEmpty() || kind.startsWith("text/")
                || TEXT_EXTENSIONS.stream().anyMatch(kind::endsWith))) {
            throw new IllegalArgumentException("Unsupported document type '" + kind
                    + "': send plain text (.txt), Markdown (.md), Word (.docx, .doc) or PDF");
        }
        for (byte b : content) {
            if (b == 0) {
                throw new IllegalArgumentException("The document is binary, not text: send .txt, .md, .docx, .doc or .pdf");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            String legacy = new String(content, WINDOWS_1252);
            if (LegacyFonts.hasTcvn3(legacy)) {
                return legacy;
            }
            throw new IllegalArgumentException("The document is not UTF-8 text: save it as UTF-8 or send a .docx", e);
        }
    }

    private static String docx(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table && text.isEmpty()) {
                    appendLetterhead(table, text);
                } else if (element instanceof XWPFTable table) {
                    appendTable(table, text);
                }
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("The file is not a readable Word .docx document", e);
        }
    }

    /**
     * A table that opens the document is the letterhead laid out in columns (the unit and the document number on the left, the
     * national motto and the place and date on the right): each cell's lines are kept, column by column.
     */
    private static void appendLetterhead(XWPFTable table, StringBuilder text) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(line -> !line.isBlank())
                        .forEach(line -> text.append(line.strip()).append('\n'));
            }
        }
        text.append('\n');
    }

    /** Each row on a line, its cells joined by " | "; a cell merged over several columns is followed by empty ones, so columns stay aligned. */
    private static void appendTable(XWPFTable table, StringBuilder text) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText().replace('\n', ' ').strip());
                for (int more = 1; more < columnsSpanned(cell); more++) {
                    cells.add("");
                }
            }
            text.append(String.join(" | ", cells)).append('\n');
        }
        text.append('\n');
    }

    private static int columnsSpanned(XWPFTableCell cell) {
        var properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null || properties.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.min(properties.getGridSpan().getVal().intValue(), 64);
    }
}
