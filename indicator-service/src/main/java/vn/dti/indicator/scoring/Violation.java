package vn.dti.indicator.scoring;

/** One rule a framework document breaks, at a JSON path such as {@code indices[5].components[1].input}. */
public record Violation(String path, String message) {
}
