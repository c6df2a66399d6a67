package vn.dti.gateway.openapi;

import java.util.List;

/** The services' documents cannot be merged without losing or changing one of them. */
public class ConflictingDocumentsException extends RuntimeException {

    private final List<String> conflicts;

    public ConflictingDocumentsException(List<String> conflicts) {
        super("The services' API documents conflict: " + String.join("; ", conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<String> conflicts() {
        return conflicts;
    }
}
