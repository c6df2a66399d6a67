package vn.dti.report.repository;

/** Where a value came from. */
public enum ValueSource {
    MANUAL, IMPORT, EXTRACTION, ADJUSTMENT
}
