package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import vn.dti.platform.testing.SharedFolder;

class DocumentTextTest {

    @Test
    void plainTextAndMarkdownAreReadAsUtf8() {
        byte[] md = "\uFEFF**BÁO CÁO** 26.157 văn bản đến".getBytes(StandardCharsets.UTF_8);
        assertEquals("**BÁO CÁO** 26.157 văn bản đến", DocumentText.of(md, "bao-cao.md"));
        assertEquals("Sở Ngoại vụ", DocumentText.of("Sở Ngoại vụ".getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8"));
    }

    @Test
    void docxParagraphsAndTablesInOrder() throws IOException {
        byte[] docx = docx();
        String text = DocumentText.of(docx, "bao-cao.docx");
        assertTrue(text.indexOf("Sở đã trang bị") < text.indexOf("Số máy tính để bàn | 20"), text);
        ExtractionResult r = new ExtractionEngine(Catalog.fromClasspath()).extract(DocumentText.of(docx, null));
        assertTrue(r.values().stream().anyMatch(p -> p.element().equals("infra.desktops")), r.toString());
    }

    @Test
    void emptyBinaryAndUnsupportedInputAreRefusedClearly() {
        assertThrows(IllegalArgumentException.class, () -> DocumentText.of(new byte[0], "a.txt"));
        assertThrows(IllegalArgumentException.class, () -> DocumentText.of("  \n ".getBytes(StandardCharsets.UTF_8), "a.txt"));
        IllegalArgumentException binary = assertThrows(IllegalArgumentException.class,
                () -> DocumentText.of(new byte[] { 'a', 0, 'b' }, "a.txt"));
        assertTrue(binary.getMessage().contains("binary"));
        IllegalArgumentException pdf = assertThrows(IllegalArgumentException.class,
                () -> DocumentText.of("%PDF-1.4".getBytes(StandardCharsets.UTF_8), "report.pdf"));
        assertTrue(pdf.getMessage().contains("not a readable PDF"), pdf.getMessage());
        IllegalArgumentException doc = assertThrows(IllegalArgumentException.class,
                () -> DocumentText.of("not a word file".getBytes(StandardCharsets.UTF_8), "bao-cao.doc"));
        assertTrue(doc.getMessage().contains(".doc"), doc.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DocumentText.of("x".getBytes(StandardCharsets.UTF_8), "a.odt"))
                .getMessage().contains("Unsupported"));
        assertThrows(IllegalArgumentException.class, () -> DocumentText.of(new byte[] { (byte) 0xC3, (byte) 0x28 }, "a.txt"));
        assertThrows(IllegalArgumentException.class, () -> DocumentText.of("PK not a zip".getBytes(StandardCharsets.UTF_8), "x.docx"));
    }

    @Test
    void aDocxLetterheadTableGivesTheUnitAndItsBodyTheValues() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable letterhead = document.createTable(1, 2);
            lines(letterhead.getRow(0).getCell(0), "ỦY BAN NHÂN DÂN", "HUYỆN AN PHÚ", "Số: 31/BC-UBND");
            lines(letterhead.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "An Phú, ngày 07 tháng 01 năm 2024");
            document.createParagraph().createRun().setText("BÁO CÁO");
            document.createParagraph().createRun().setText("Kết quả thực hiện chuyển đổi số năm 2023");
            document.createParagraph().createRun().setText("Năm 2023, tỷ lệ hồ sơ trực tuyến của huyện đạt 64,2%.");
            document.write(out);
            String text = DocumentText.of(out.toByteArray(), "bao-cao.docx");
            assertTrue(text.startsWith("ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\n"), text);
            ExtractionResult r = new ExtractionEngine(Catalog.fromClasspath()).extract(text);
            assertEquals("UBND huyện An Phú", r.unitName());
            assertEquals("2023", r.period());
            assertTrue(r.values().stream().anyMatch(p -> p.element().equals("dvc.dossiers_online_pct")), r.toString());
        }
    }

    private static void lines(XWPFTableCell cell, String... lines) {
        cell.getParagraphs().get(0).createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i]);
        }
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Sở đã trang bị máy tính cho công chức.");
            XWPFTable table = document.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Số máy tính để bàn");
            table.getRow(0).getCell(1).setText("20");
            document.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfIsReadThroughItsTextLayer() throws IOException {
        byte[] pdf = pdf(new PDType1Font(Standard14Fonts.FontName.HELVETICA), "Trong nam 2023, van ban di: 1.234 van ban");
        assertTrue(DocumentText.of(pdf, "report.pdf").contains("van ban di: 1.234 van ban"));
        assertTrue(DocumentText.of(pdf, null).contains("1.234"), "a PDF is recognised by its content too");
    }

    @Test
    void aVietnamesePdfGivesItsValues() throws IOException {
        Path font = Stream.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf").map(Path::of).filter(Files::exists)
                .findFirst().orElse(null);
        Assumptions.assumeTrue(font != null, "needs a Unicode TrueType font on this machine to write the test PDF");
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            pdf = pdf(document, PDType0Font.load(document, font.toFile()), "Trong năm 2023, văn bản đi: 1.234 văn bản.");
        }
        ExtractionResult r = new ExtractionEngine(Catalog.fromClasspath()).extract(DocumentText.of(pdf, "bao-cao.pdf"));
        assertTrue(r.values().stream().anyMatch(p -> p.element().equals("doc.outgoing")
                && ((java.math.BigDecimal) p.value()).intValue() == 1234), r.toString());
    }

    @Test
    void aSentenceRunningOverAPdfPageBreakIsReadWithoutThePageNumber() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            addPage(document, font, "Bao cao so 12/BC-UBND", "Nam 2023, huyen da tiep nhan", "- 1 -");
            addPage(document, font, "Bao cao so 12/BC-UBND", "1.234 van ban den va gui 567 van ban di.", "- 2 -");
            addPage(document, font, "Bao cao so 12/BC-UBND", "Het.", "- 3 -");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
        String text = DocumentText.of(pdf, "bao-cao.pdf");
        assertTrue(text.matches("(?s).*Nam 2023, huyen da tiep nhan\\s1\\.234 van ban den.*"), "nothing between the two halves: " + text);
        assertTrue(!text.contains("- 2 -") && !text.contains("Bao cao so 12"), "page numbers and the running header are gone: " + text);
    }

    @Test
    void aPdfTableKeepsItsCellsApartAndIsReadUnderItsHeadings() throws IOException {
        String text = DocumentText.of(resource("documents/bao-cao-bang.pdf"), "bao-cao-bang.pdf");
        assertTrue(text.contains("STT | Tổng số hồ sơ tiếp nhận | Số hồ sơ nộp trực tuyến | Tỷ lệ (%) | Giải quyết đúng hạn (%)"), text);
        assertTrue(text.contains("1 | 5.210 | 4.100 | 78,7 | 99,2"), text);
        assertTrue(text.contains("UBND HUYỆN AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "a two-column letterhead is no table row: " + text);
        ExtractionResult r = new ExtractionEngine(Catalog.fromClasspath()).extract(text);
        assertEquals("UBND huyện An Phú", r.unitName());
        assertValue(r, "dvc.dossiers_received", 5210);
        assertValue(r, "dvc.dossiers_online", 4100);
        assertValue(r, "doc.outgoing", 2345);
        assertValue(r, "hr.community_tech_members", 98);
    }

    @Test
    void aLegacyWordReportGivesItsLetterheadUnitAndItsHeadedTable() throws IOException {
        String text = DocumentText.of(resource("documents/bao-cao-bang.doc"), "bao-cao-bang.doc");
        assertTrue(text.contains("UBND HUYỆN AN PHÚ\nSố: 125/BC-UBND"), "a manual line break is a line break: " + text);
        ExtractionResult r = new ExtractionEngine(Catalog.fromClasspath()).extract(text);
        assertEquals("UBND huyện An Phú", r.unitName());
        assertValue(r, "dvc.dossiers_received", 5210);
        assertValue(r, "dvc.dossiers_online", 4100);
    }

    @Test
    void aJustifiedPdfGivesTheSameValuesAsItsText() throws IOException {
        Path seed = SharedFolder.locate().resolve("seeds/003_741b7664cff395cb.txt");
        ExtractionEngine engine = new ExtractionEngine(Catalog.fromClasspath());
        Set<String> fromText = valuesOf(engine.extract(Files.readString(seed)));
        Set<String> fromPdf = valuesOf(engine.extract(DocumentText.of(resource("documents/seed-003-justified.pdf"), "bao-cao.pdf")));
        assertEquals(fromText, fromPdf);
    }

    private static Set<String> valuesOf(ExtractionResult r) {
        return r.values().stream().map(p -> p.element() + "=" + p.value()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static byte[] resource(String name) throws IOException {
        try (var in = DocumentTextTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aLegacyWordDocumentGivesItsTextAndTableRows() throws IOException {
        byte[] doc;
        try (var in = DocumentTextTest.class.getClassLoader().getResourceAsStream("documents/bao-cao-mau.doc")) {
            doc = in.readAllBytes();
        }
        String text = DocumentText.of(doc, "bao-cao-mau.doc");
        assertTrue(text.contains("UBND xã đã tiếp nhận 3.456 văn bản đến"), text);
        assertTrue(text.contains("Số hồ sơ tiếp nhận trực tuyến | 4.120"), "a table row keeps its cells on one line: " + text);
        assertEquals(text, DocumentText.of(doc, null), "an OLE file without a name is read as .doc");
        ExtractionResult r = new ExtractionEngine(Catalog.fromClasspath()).extract(text);
        assertValue(r, "doc.incoming", 3456);
        assertValue(r, "doc.outgoing", 1234);
        assertValue(r, "dvc.dossiers_online", 4120);
        assertTrue(r.values().stream().anyMatch(p -> p.element().equals("dvc.dossiers_online_pct")
                && ((java.math.BigDecimal) p.value()).compareTo(new java.math.BigDecimal("72.5")) == 0), r.toString());
        assertTrue(r.values().stream().anyMatch(p -> p.element().equals("sec.incidents")
                && ((java.math.BigDecimal) p.value()).signum() == 0), r.toString());
    }

    private static void assertValue(ExtractionResult r, String element, int expected) {
        assertTrue(r.values().stream().anyMatch(p -> p.element().equals(element)
                && ((java.math.BigDecimal) p.value()).intValue() == expected), element + " " + expected + " in " + r);
    }

    @Test
    void aScannedPdfWithoutATextLayerIsRefused() throws IOException {
        byte[] blank;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.addPage(new PDPage());
            document.save(out);
            blank = out.toByteArray();
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentText.of(blank, "scan.pdf"));
        assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
    }

    private static byte[] pdf(PDFont font, String line) throws IOException {
        try (PDDocument document = new PDDocument()) {
            return pdf(document, font, line);
        }
    }

    private static byte[] pdf(PDDocument document, PDFont font, String line) throws IOException {
        addPage(document, font, line);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** A page with one line of text under another, from the top. */
    private static void addPage(PDDocument document, PDFont font, String... lines) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(font, 12);
            content.newLineAtOffset(50, 750);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    content.newLineAtOffset(0, -50);
                }
                content.showText(lines[i]);
            }
            content.endText();
        }
    }
}
