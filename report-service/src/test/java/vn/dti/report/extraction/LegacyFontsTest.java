package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class LegacyFontsTest {

    private static final String TCVN3 = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00ADõøö÷ùúýûüþ¡¢§£¤¥¦";
    private static final String UNICODE = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";

    @Test
    void aParagraphTypedInTcvn3ReadsAsUnicode() {
        assertEquals("Sở Thông tin và Truyền thông đã tiếp nhận 1.234 hồ sơ trực tuyến",
                LegacyFonts.toUnicode("Së Th«ng tin vµ TruyÒn th«ng ®· tiÕp nhËn 1.234 hå s¬ trùc tuyÕn"));
        assertEquals("Đảm bảo an toàn thông tin cấp độ 3", LegacyFonts.toUnicode("§¶m b¶o an toµn th«ng tin cÊp ®é 3"));
    }

    @Test
    void aHeadingTypedInTheCapitalsFontIsCapitals() {
        assertEquals("BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2023", LegacyFonts.toUnicode("B¸O C¸O KÕT QU¶ CHUYÓN §æI Sè N¡M 2023"));
    }

    @Test
    void unicodeTextAndPlainEnglishAreLeftAsTheyAre() {
        String unicode = "BÁO CÁO\nNăm 2023, tỷ lệ hồ sơ trực tuyến đạt 64,2%; giá 5 µm × 3 không đổi.\nTÒA ÁN Ô MÔN";
        assertEquals(unicode, LegacyFonts.toUnicode(unicode));
        assertEquals("Report 2023: café à la carte", LegacyFonts.toUnicode("Report 2023: café à la carte"));
    }

    @Test
    void aMixedDocumentConvertsOnlyItsTcvn3Paragraphs() {
        assertEquals("Ủy ban nhân dân huyện\nbáo cáo kết quả", LegacyFonts.toUnicode("Ủy ban nhân dân huyện\nb¸o c¸o kÕt qu¶"));
    }

    @Test
    void textInAVniFontIsRefusedWithHowToConvertIt() {
        String vni = "Baùo caùo keát quaû chuyeån ñoåi soá naêm 2023 cuûa Sôû Thoâng tin vaø Truyeàn thoâng tænh";
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> LegacyFonts.toUnicode(vni));
        assertTrue(refused.getMessage().contains("VNI"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DocumentText.of(vni.getBytes(StandardCharsets.UTF_8), "bao-cao.txt"));
    }

    @Test
    void aTextFileSavedInTheTcvn3CodePageIsRead() {
        byte[] legacy = "B¸o c¸o: n¨m 2023 huyÖn tiÕp nhËn 1.234 hå s¬".getBytes(Charset.forName("windows-1252"));
        assertEquals("Báo cáo: năm 2023 huyện tiếp nhận 1.234 hồ sơ", DocumentText.of(legacy, "bao-cao.txt"));
    }

    @Test
    void aDocxTypedInTcvn3ReadsAsUnicode() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("UBND HUYÖN AN PHó");
            document.createParagraph().createRun().setText("N¨m 2023, tû lÖ hå s¬ trùc tuyÕn cña huyÖn ®¹t 64,2%.");
            document.write(out);
            String text = DocumentText.of(out.toByteArray(), "bao-cao.docx");
            assertTrue(text.contains("Năm 2023, tỷ lệ hồ sơ trực tuyến của huyện đạt 64,2%."), text);
            assertTrue(text.startsWith("UBND HUYỆN AN PHÚ"), text);
        }
    }

    /** Real reports retyped in TCVN3 give the values their Unicode text gives. */
    @Test
    void realReportsTypedInTcvn3GiveTheSameValues() throws IOException, URISyntaxException {
        ExtractionEngine engine = new ExtractionEngine(Catalog.fromClasspath());
        Path dev = Path.of(getClass().getClassLoader().getResource("corpus/dev").toURI());
        List<Path> texts;
        try (Stream<Path> files = Files.list(dev)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(40).toList();
        }
        int values = 0;
        for (Path file : texts) {
            String unicode = Files.readString(file, StandardCharsets.UTF_8);
            String read = DocumentText.of(typedInTcvn3(unicode).getBytes(StandardCharsets.UTF_8), "report.txt");
            assertFalse(LegacyFonts.hasTcvn3(read), file.toString());
            List<String> expected = valuesOf(engine.extract(unicode));
            assertEquals(expected, valuesOf(engine.extract(read)), file.toString());
            values += expected.size();
        }
        assertTrue(values > 40, "the documents give values: " + values);
    }

    @Test
    void noUnicodeReportOfTheCorpusIsAltered() throws IOException, URISyntaxException {
        Path corpus = Path.of(getClass().getClassLoader().getResource("corpus").toURI());
        List<Path> texts;
        try (Stream<Path> files = Files.walk(corpus)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        for (Path file : texts) {
            String unicode = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(unicode, LegacyFonts.toUnicode(unicode), file.toString());
        }
        assertTrue(texts.size() > 100, "corpus texts read: " + texts.size());
    }

    private static List<String> valuesOf(ExtractionResult result) {
        return result.values().stream().map(p -> p.element() + "=" + p.value()).sorted().toList();
    }

    /**
     * The text as a typist using the TCVN3 fonts would have left it: a toned capital has no code of its own, so it takes the small
     * letter's code (the capitals font draws it as a capital), which only an all-capitals line gets back.
     */
    static String typedInTcvn3(String unicode) {
        StringBuilder out = new StringBuilder();
        for (char c : unicode.toCharArray()) {
            int at = UNICODE.indexOf(c);
            if (at < 0 && UNICODE.indexOf(Character.toLowerCase(c)) >= 0) {
                at = UNICODE.indexOf(Character.toLowerCase(c));
            }
            out.append(at < 0 ? c : TCVN3.charAt(at));
        }
        return out.toString();
    }
}
