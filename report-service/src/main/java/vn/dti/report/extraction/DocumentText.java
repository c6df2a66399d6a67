package vn.dti.report.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of an uploaded report: UTF-8 plain text or Markdown as is, a Word .docx as its
 * paragraphs and table rows (cells joined by " | ") in document order.
 */
public final class DocumentText {

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".md", ".markdown", ".text");
    private static final List<String> UNSUPPORTED = List.of(".doc", ".pdf", ".odt", ".rtf", ".xls", ".xlsx", ".ppt", ".pptx");

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
        String text = isDocx(kind, content) ? docx(content) : plainText(content, kind);
        if (text.isBlank()) {
            throw new IllegalArgumentException("The document contains no text");
        }
        return text;
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
                    + "': send plain text (.txt), Markdown (.md) or Word (.docx)");
        }
        for (byte b : content) {
            if (b == 0) {
                throw new IllegalArgumentException("The document is binary, not text: send .txt, .md or .docx");
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
            throw new IllegalArgumentException("The document is not UTF-8 text: save it as UTF-8 or send a .docx", e);
        }
    }

    private static String docx(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    appendTable(table, text);
                }
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("The file is not a readable Word .docx document", e);
        }
    }

    private static void appendTable(XWPFTable table, StringBuilder text) {
        for (XWPFTableRow row : table.getRows()) {
            String cells = row.getTableCells().stream()
                    .map(XWPFTableCell::getText)
                    .map(t -> t.replace('\n', ' ').strip())
                    .collect(Collectors.joining(" | "));
            text.append(cells).append('\n');
        }
        text.append('\n');
    }
}
