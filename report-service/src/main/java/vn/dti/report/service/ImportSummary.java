package vn.dti.report.service;

import java.util.List;

/**
 * What a bulk import did (or, in a dry run, would do), in the spirit of DHIS2's dataValueSets:
 * values imported (new), updated (changed), ignored (unchanged), and conflicts per row.
 */
public record ImportSummary(Status status, boolean dryRun, int rows, int imported, int updated, int ignored,
        int reportsCreated, List<Conflict> conflicts) {

    public enum Status {
        SUCCESS, WARNING, ERROR
    }

    public record Conflict(int row, String unit, String period, String element, String message) {
    }
}
