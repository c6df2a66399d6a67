package vn.dti.report.rest;

import java.util.Locale;
import java.util.Map;

/**
 * The media type of an uploaded part. Generated clients send every file as
 * application/octet-stream; then the file name's extension tells what the file is.
 */
final class UploadTypes {

    private static final String GENERIC = "application/octet-stream";
    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt", "application/vnd.oasis.opendocument.text",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png");

    private UploadTypes() {
    }

    static String of(String declared, String fileName) {
        boolean generic = declared == null || declared.isBlank() || declared.toLowerCase(Locale.ROOT).startsWith(GENERIC);
        if (!generic || fileName == null || fileName.lastIndexOf('.') < 0) {
            return declared;
        }
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, declared);
    }
}
