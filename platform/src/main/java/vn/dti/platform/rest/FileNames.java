package vn.dti.platform.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * File names as clients send them are untrusted: only the last path part is kept, invisible and
 * control characters are dropped, the name is NFC and at most {@link #MAX_LENGTH} characters
 * (extension kept). Downloads name the file per RFC 6266 with a UTF-8 {@code filename*}.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    public static String sanitize(String name) {
        String base = name == null ? "" : name;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        TextRules.normalize(base).codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                        && Character.getType(c) != Character.SURROGATE && c != '"' && c != ':' && c != '*'
                        && c != '?' && c != '<' && c != '>' && c != '|')
                .forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.isBlank()) {
            return "file";
        }
        if (result.codePointCount(0, result.length()) > MAX_LENGTH) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            String stem = result.substring(0, result.length() - extension.length());
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_LENGTH - extension.length()));
            result = stem + extension;
        }
        return result;
    }

    /** {@code attachment; filename="Bao cao.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf} */
    public static String contentDisposition(String name) {
        String safe = sanitize(name);
        String ascii = java.text.Normalizer.normalize(safe.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
