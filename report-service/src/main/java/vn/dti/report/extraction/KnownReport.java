package vn.dti.report.extraction;

/**
 * What the caller already knows of the report it imports: the unit the report belongs to (its name and level, e.g. "DISTRICT"),
 * which takes the place of the unit the header would be read for, and its period (e.g. "2023", "2023H1"), which is used where the
 * text states none. Null parts are read from the text as usual.
 */
public record KnownReport(String unitName, String level, String period) {

    public static final KnownReport NOTHING = new KnownReport(null, null, null);
}
