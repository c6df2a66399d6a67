package vn.dti.gateway.resilience;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.vertx.core.Future;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import vn.dti.gateway.rest.Problems;
import vn.dti.gateway.routing.RouteTable;
import vn.dti.gateway.routing.Service;

/**
 * Puts each service's circuit breaker in front of the proxy: an open breaker answers 503 at once,
 * and a service that cannot be reached or does not answer in time counts as a failure and gets a
 * problem answer (503 or 504) instead of the proxy's bare 502.
 */
public class UpstreamGuard implements ProxyInterceptor {

    private final Upstreams upstreams;
    private final String retryAfterSeconds;

    public UpstreamGuard(Upstreams upstreams, Duration breakerOpenFor) {
        this.upstreams = upstreams;
        this.retryAfterSeconds = Long.toString(Math.max(1, breakerOpenFor.toSeconds()));
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        Service service = RouteTable.serviceFor(context.request().proxiedRequest().path()).orElseThrow();
        CircuitBreaker breaker = upstreams.breakerOf(service);
        if (!breaker.allowsRequest()) {
            return Future.succeededFuture(unavailable(context, service));
        }
        return context.sendRequest()
                .onSuccess(response -> breaker.recordSuccess())
                .recover(failure -> {
                    breaker.recordFailure();
                    return Future.succeededFuture(failure instanceof TimeoutException
                            ? timedOut(context, service)
                            : unavailable(context, service));
                });
    }

    private ProxyResponse unavailable(ProxyContext context, Service service) {
        String name = Upstreams.nameOf(service);
        return problem(context, 503, "Dịch vụ tạm ngừng / Service unavailable",
                name + " is not answering; try again shortly (" + name + " đang tạm ngừng, vui lòng thử lại sau)")
                .putHeader("Retry-After", retryAfterSeconds);
    }

    private static ProxyResponse timedOut(ProxyContext context, Service service) {
        return problem(context, 504, "Dịch vụ không trả lời kịp / Gateway timeout",
                Upstreams.nameOf(service) + " did not answer in time");
    }

    private static ProxyResponse problem(ProxyContext context, int status, String title, String detail) {
        return context.request().release().response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problems.CONTENT_TYPE)
                .setBody(Body.body(Problems.body(status, title, detail, context.request().proxiedRequest().path())));
    }
}
