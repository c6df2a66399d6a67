package vn.dti.report.extraction;

/**
 * A stretch of a sentence between semicolons, in offsets of the cleaned text, with what its section
 * says about it: a plan/target section, a section about communes, or a sentence that only cites
 * other documents ("Căn cứ ...").
 */
record Clause(int start, int end, int sentenceStart, int sentenceEnd, boolean planSection, boolean communeSection,
        boolean citation) {
}
