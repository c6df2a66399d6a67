package vn.dti.platform.idempotency;

/** Who may use a key for what: the caller, the method and path, and the hash of the request body. */
public record Claim(String subject, String method, String path, String key, String requestHash) {
}
