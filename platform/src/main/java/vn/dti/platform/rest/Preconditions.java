package vn.dti.platform.rest;

import java.util.Arrays;

import jakarta.ws.rs.core.EntityTag;

import vn.dti.platform.problem.ProblemException;

/** ETag / If-Match for resources that carry an optimistic-lock revision; a stale If-Match is 412 everywhere. */
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
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(expected::equals);
        if (!matches) {
            throw ProblemException.preconditionFailed(
                    "The resource changed since you read it (current ETag " + expected + "): read it again and retry");
        }
    }
}
