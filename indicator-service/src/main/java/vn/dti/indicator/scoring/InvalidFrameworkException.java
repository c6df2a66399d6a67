package vn.dti.indicator.scoring;

import java.util.List;

/** A framework document with every rule it breaks, reported together. */
public class InvalidFrameworkException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidFrameworkException(List<Violation> violations) {
        super(violations.size() + " rule(s) broken, first: " + violations.get(0).path() + " " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
