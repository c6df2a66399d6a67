package vn.dti.report.extraction;

import java.util.List;

/**
 * What the engine read from one report: the reporting unit, province and period code (each null
 * when the report does not state it) and the proposed values, in the order they occur.
 */
public record ExtractionResult(String unitName, String province, String period, List<Proposal> values) {

    public ExtractionResult {
        values = List.copyOf(values);
    }
}
