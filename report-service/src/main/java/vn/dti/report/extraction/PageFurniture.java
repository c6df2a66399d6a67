package vn.dti.report.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The page numbers and running headers or footers of a PDF's pages ("- 3 -", "Trang 3/12", a report number repeated at
 * the top of every page), removed so that a sentence that runs over a page break is read as one sentence and a page
 * number is never taken for a figure.
 */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?:trang|page)?\\s*[-–—]?\\s*\\d{1,4}\\s*(?:/\\s*\\d{1,4}|(?:trên|of)\\s*\\d{1,4})?\\s*[-–—]?", Pattern.CASE_INSENSITIVE);
    /** Ends a line that reached the right margin at the end of a page: the paragraph goes on on the next page. */
    static final char WRAPPED = '\u001D';
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Lines at each end of a page that may be a header or a footer. */
    private static final int EDGE_LINES = 2;
    private static final int MIN_PAGES_FOR_RUNNING_LINES = 3;

    private PageFurniture() {
    }

    /** The pages' text joined, without page numbers and without the lines repeated at the top or bottom of most pages. */
    static String removed(List<String> pages) {
        Map<String, Integer> edgeLineCounts = edgeLineCounts(pages);
        StringBuilder text = new StringBuilder();
        for (String page : pages) {
            List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
            dropFurniture(lines, edgeLineCounts, pages.size());
            String joined = String.join("\n", lines);
            // The mark is a control character, which strip() would take for white space.
            boolean continuesOnTheNextPage = joined.replaceAll("[\\s&&[^\u001D]]+$", "").endsWith(String.valueOf(WRAPPED));
            String body = PdfTable.restOfRowCutByPage(text, PdfTable.rowsGoingOnWidened(text, joined.strip()));
            text.append(body.replace(String.valueOf(WRAPPED), "")).append(continuesOnTheNextPage ? ' ' : '\n');
        }
        return text.toString().replace(String.valueOf(WRAPPED), "");
    }

    private static void dropFurniture(List<String> lines, Map<String, Integer> edgeLineCounts, int pageCount) {
        for (int i = 0; i < EDGE_LINES; i++) {
            dropFirstIfFurniture(lines, edgeLineCounts, pageCount);
        }
        for (int i = 0; i < EDGE_LINES; i++) {
            dropLastIfFurniture(lines, edgeLineCounts, pageCount);
        }
    }

    private static void dropFirstIfFurniture(List<String> lines, Map<String, Integer> counts, int pageCount) {
        int first = firstNonBlank(lines);
        if (first >= 0 && isFurniture(lines.get(first), counts, pageCount)) {
            lines.remove(first);
        }
    }

    private static void dropLastIfFurniture(List<String> lines, Map<String, Integer> counts, int pageCount) {
        int last = lastNonBlank(lines);
        if (last >= 0 && isFurniture(lines.get(last), counts, pageCount)) {
            lines.remove(last);
        }
    }

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line.replace(String.valueOf(WRAPPED), "").strip()).matches();
    }

    private static boolean isFurniture(String line, Map<String, Integer> counts, int pageCount) {
        String trimmed = line.replace(String.valueOf(WRAPPED), "").strip();
        if (PAGE_NUMBER.matcher(trimmed).matches()) {
            return true;
        }
        return pageCount >= MIN_PAGES_FOR_RUNNING_LINES && counts.getOrDefault(shape(trimmed), 0) * 2 > pageCount;
    }

    /** On how many pages each line shape (digits ignored) stands among the edge lines. */
    private static Map<String, Integer> edgeLineCounts(List<String> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (String page : pages) {
            List<String> lines = List.of(page.split("\n", -1)).stream().filter(l -> !l.isBlank()).toList();
            List<String> edges = new ArrayList<>();
            edges.addAll(lines.subList(0, Math.min(EDGE_LINES, lines.size())));
            edges.addAll(lines.subList(Math.max(0, lines.size() - EDGE_LINES), lines.size()));
            edges.stream().map(l -> shape(l.strip())).distinct().forEach(s -> counts.merge(s, 1, Integer::sum));
        }
        return counts;
    }

    private static String shape(String line) {
        return DIGITS.matcher(line.replace(String.valueOf(WRAPPED), "").toLowerCase(Locale.ROOT)).replaceAll("#");
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonBlank(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
