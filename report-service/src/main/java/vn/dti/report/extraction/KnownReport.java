package vn.dti.report.extraction;

/**
 * The unit the caller already knows a report belongs to (its name and level, e.g. "DISTRICT"): it takes the place of the unit the
 * header would be read for, so that whose figures are the unit's own no longer depends on reading a letterhead. The report's period
 * is still read from the text: a text states its own period, whatever report it is filed under.
 */
public record KnownReport(String unitName, String level) {

    public static final KnownReport NOTHING = new KnownReport(null, null);
}
