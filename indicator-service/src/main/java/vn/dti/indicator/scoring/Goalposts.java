package vn.dti.indicator.scoring;

import java.util.Optional;

/** Direction of a GOALPOSTS component; higher is better unless the framework says otherwise. */
public enum Goalposts {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    public static Optional<Goalposts> direction(String name) {
        if (name == null) {
            return Optional.of(HIGHER_IS_BETTER);
        }
        try {
            return Optional.of(valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
