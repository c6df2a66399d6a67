package vn.dti.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses request lines longer than {@link #MAX_URI_LENGTH} with a problem 414. The HTTP codec's
 * own limit (quarkus.http.limits.max-initial-line-length) is set higher so that such requests reach
 * this handler instead of getting the codec's bodiless 414; a NUL byte in the address is a 400.
 */
@ApplicationScoped
public class UriLengthLimit {

    static final int MAX_URI_LENGTH = 8192;
    private static final int ORDER = Integer.MIN_VALUE + 15;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri != null && uri.length() > MAX_URI_LENGTH) {
            Problems.send(context, 414, "Địa chỉ quá dài / URI too long",
                    "The request address is longer than " + MAX_URI_LENGTH + " characters");
        } else if (uri != null && (uri.contains("%00") || uri.indexOf('\0') >= 0)) {
            Problems.send(context, 400, "Yêu cầu sai định dạng / Malformed request",
                    "The request address contains a NUL character");
        } else {
            context.next();
        }
    }
}
