package vn.dti.report.extraction;

/**
 * A stretch of a sentence between semicolons, in offsets of the cleaned text, with what its section
 * says about it: a plan/target section, a section about communes (in a department's report also a section about the province's
 * territory: both are another scope's figures), and where the part of a "Căn cứ ..."
 * sentence that cites other documents ends ({@code citationEnd}, the sentence's start when it cites none). {@code hasDigit}/{@code hasPercent} let rules that need a figure skip it fast.
 */
record Clause(int start, int end, int sentenceStart, int sentenceEnd, boolean planSection, boolean communeSection,
        int citationEnd, boolean hasDigit, boolean hasPercent) {

    /** Whether the figure at {@code at} stands in the part of a "Căn cứ …"/"Thực hiện Kế hoạch …" sentence that names the document cited. */
    boolean cites(int at) {
        return at < citationEnd;
    }
}
