package vn.dti.ranking.service;

/** A view with the revision counter its ETag is made of. */
public record Versioned<T>(T view, long version) {
}
