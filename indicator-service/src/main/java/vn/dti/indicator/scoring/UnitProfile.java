package vn.dti.indicator.scoring;

/** What the engine needs to know about the unit being scored. */
public record UnitProfile(String unitCode, UnitLevel level, String group) {
}
