package vn.dti.report.extraction;

/** The value types of the data-element catalog ({@code catalog/data-elements.csv}). */
public enum ValueType {
    BOOLEAN, COUNT, PERCENT, MONEY_VND, LEVEL;

    public boolean isNumeric() {
        return this != BOOLEAN;
    }
}
