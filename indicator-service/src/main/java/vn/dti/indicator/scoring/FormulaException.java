package vn.dti.indicator.scoring;

/** A formula that does not parse; the message names the position a person should look at. */
public class FormulaException extends RuntimeException {

    public FormulaException(String message) {
        super(message);
    }
}
