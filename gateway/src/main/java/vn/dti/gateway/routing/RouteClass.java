package vn.dti.gateway.routing;

import java.util.regex.Pattern;

/** Kinds of request that get their own timeout and rate limit. */
public enum RouteClass {
    PUBLIC_READ, READ, WRITE, EXPORT;

    private static final Pattern EXPORTS = Pattern.compile("/api/v1/(exports(/.*)?|rankings/[^/]+/export/?|public/rankings/export/?)");

    public static RouteClass of(String method, String path) {
        if (EXPORTS.matcher(path).matches()) {
            return EXPORT;
        }
        if (!isRead(method)) {
            return WRITE;
        }
        return path.startsWith("/api/v1/public/") ? PUBLIC_READ : READ;
    }

    public static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }
}
