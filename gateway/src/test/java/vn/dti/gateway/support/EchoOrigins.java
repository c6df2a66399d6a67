package vn.dti.gateway.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Three small HTTP origins standing in for the services, each answering with what it received
 * (its own name, method, path with query, Authorization and tracing headers, body) so that tests
 * can see exactly what the gateway forwarded. {@code ?delayMs=} makes an answer late; each serves
 * a small OpenAPI document at {@code /q/openapi}. Tests can stop an origin and start it again.
 */
public class EchoOrigins {

    public static final String[] SERVICES = { "report", "indicator", "ranking" };

    private final Map<String, HttpServer> running = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    void startAll() {
        for (String service : SERVICES) {
            start(service);
        }
    }

    public int portOf(String service) {
        return ports.get(service);
    }

    public synchronized void stop(String service) {
        HttpServer origin = running.remove(service);
        if (origin != null) {
            origin.stop(0);
        }
    }

    public synchronized void start(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", ports.getOrDefault(service, 0)), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/q/openapi", exchange -> send(exchange, FakeOpenApi.documentOf(service)));
            server.createContext("/", exchange -> echo(service, exchange));
            server.start();
            running.put(service, server);
            ports.put(service, server.getAddress().getPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void stopAll() {
        running.keySet().stream().toList().forEach(this::stop);
    }

    /** How many times a request carrying {@code ?dropOnce=token} or {@code ?dropTwice=token} reached an origin. */
    public int attemptsOf(String token) {
        return ATTEMPTS.getOrDefault(token, 0);
    }

    private static final Map<String, Integer> ATTEMPTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static void echo(String service, HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        dropFirstAttempt(exchange);
        delayIfAsked(exchange);
        String json = "{\"service\":\"%s\",\"method\":\"%s\",\"uri\":\"%s\",\"authorization\":\"%s\",\"requestId\":\"%s\",\"traceparent\":\"%s\",\"tracestate\":\"%s\",\"body\":\"%s\"}"
                .formatted(service, exchange.getRequestMethod(), exchange.getRequestURI(), header(exchange, "Authorization"),
                        header(exchange, "X-Request-Id"), header(exchange, "traceparent"), header(exchange, "tracestate"),
                        body.replace("\\", "\\\\").replace("\"", "\\\""));
        send(exchange, json);
    }

    /**
     * {@code ?dropOnce=token}: the first request closes its connection unanswered, like a stale pooled one;
     * {@code ?dropTwice=token}: the first two do (a pool holding several connections to a restarted service).
     */
    private static void dropFirstAttempt(HttpExchange exchange) {
        String query = exchange.getRequestURI().getQuery();
        if (query == null) {
            return;
        }
        int drops = query.contains("dropOnce=") ? 1 : query.contains("dropTwice=") ? 2 : 0;
        if (drops > 0) {
            String token = query.replaceAll(".*drop(?:Once|Twice)=([\\w-]+).*", "$1");
            if (ATTEMPTS.merge(token, 1, Integer::sum) <= drops) {
                throw new IllegalStateException("dropping the connection of attempt " + ATTEMPTS.get(token) + " of " + token);
            }
        }
    }

    private static void delayIfAsked(HttpExchange exchange) {
        String query = exchange.getRequestURI().getQuery();
        if (query != null && query.contains("delayMs=")) {
            try {
                Thread.sleep(Long.parseLong(query.replaceAll(".*delayMs=(\\d+).*", "$1")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
