package vn.dti.indicator.scoring;

/** Why a component scored as it did, beyond its formula. */
public enum Flag {
    /** An input is missing: no evidence, no points. */
    MISSING,
    /** The component does not apply to the unit; its max leaves the applicable maximum. */
    NOT_APPLICABLE,
    /** A reviewer adjusted an input, or the council adjusted the points. */
    ADJUSTED
}
