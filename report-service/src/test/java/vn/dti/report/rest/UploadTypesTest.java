package vn.dti.report.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UploadTypesTest {

    @Test
    void aGenericPartIsTypedByItsFileName() {
        assertEquals("application/pdf", UploadTypes.of("application/octet-stream", "QĐ-1968.PDF"));
        assertEquals("image/png", UploadTypes.of(null, "anh.png"));
    }

    @Test
    void aDeclaredTypeIsKeptAndAnUnknownExtensionStaysGeneric() {
        assertEquals("text/plain", UploadTypes.of("text/plain", "ghi-chu.pdf"));
        assertEquals("application/octet-stream", UploadTypes.of("application/octet-stream", "tep.exe"));
    }
}
