package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

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
        assertTrue(pdf.getMessage().contains("Unsupported"));
        assertThrows(IllegalArgumentException.class, () -> DocumentText.of(new byte[] { (byte) 0xC3, (byte) 0x28 }, "a.txt"));
        assertThrows(IllegalArgumentException.class, () -> DocumentText.of("PK not a zip".getBytes(StandardCharsets.UTF_8), "x.docx"));
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
}
