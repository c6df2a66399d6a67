package vn.dti.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathPartsAreDropped() {
        assertEquals("passwd.png", FileNames.sanitize("../../etc/passwd.png"));
        assertEquals("a.pdf", FileNames.sanitize("C:\\Users\\x\\a.pdf"));
        assertEquals("file", FileNames.sanitize("../"));
    }

    @Test
    void longNamesKeepTheirExtension() {
        String name = FileNames.sanitize("x".repeat(300) + ".pdf");
        assertEquals(FileNames.MAX_LENGTH, name.length());
        assertTrue(name.endsWith(".pdf"));
    }

    @Test
    void invisibleAndControlCharactersAreDropped() {
        assertEquals("báo cáo.pdf", FileNames.sanitize("báo\u202E cáo\u0000.pdf"));
    }

    @Test
    void vietnameseNamesGoIntoFilenameStar() {
        assertEquals("attachment; filename=\"Bao cao Dong Nai.pdf\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%C4%90%E1%BB%93ng%20Nai.pdf",
                FileNames.contentDisposition("Báo cáo Đồng Nai.pdf"));
    }
}
