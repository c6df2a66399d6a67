package vn.dti.indicator.service;

import java.util.UUID;

/** A report version the inputs of a score came from. */
public record SourceView(UUID reportId, int version) {
}
