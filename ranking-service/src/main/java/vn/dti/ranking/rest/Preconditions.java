package vn.dti.ranking.rest;

import jakarta.ws.rs.core.EntityTag;

/** ETag / If-Match for resources that carry an optimistic-lock revision. */
public final class Preconditions {

    private Preconditions() {
    }

    public static EntityTag etagOf(long revision) {
        return new EntityTag(Long.toString(revision));
    }

    /** A client that sends If-Match must have seen the current revision; 412 otherwise. */
    public static void checkIfMatch(String ifMatch, long currentRevision) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String expected = "\"" + currentRevision + "\"";
        boolean matches = java.util.Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(expected::equals);
        if (!matches) {
            throw new ProblemException(412, "Dữ liệu đã thay đổi / Precondition failed",
                    "The resource changed since you read it (current ETag " + expected + "): read it again and retry");
        }
    }
}
