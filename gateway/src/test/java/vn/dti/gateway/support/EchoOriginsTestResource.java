package vn.dti.gateway.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Three small HTTP origins standing in for the services, each answering with what it received
 * (its own name, method, path with query, Authorization header, body) so that tests can see
 * exactly what the gateway forwarded. Also makes the RSA key pair test tokens are signed with.
 */
public class EchoOriginsTestResource implements QuarkusTestResourceLifecycleManager {

    private final List<HttpServer> origins = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String service : List.of("report", "indicator", "ranking")) {
            HttpServer origin = echoOrigin(service);
            origins.add(origin);
            config.put("dti.gateway.services." + service, "http://127.0.0.1:" + origin.getAddress().getPort());
        }
        KeyPair keys = rsaKeyPair();
        config.put("quarkus.oidc.public-key", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        config.put("smallrye.jwt.sign.key", "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----");
        return config;
    }

    @Override
    public void stop() {
        origins.forEach(origin -> origin.stop(0));
    }

    private static HttpServer echoOrigin(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> echo(service, exchange));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void echo(String service, HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String json = "{\"service\":\"%s\",\"method\":\"%s\",\"uri\":\"%s\",\"authorization\":\"%s\",\"body\":\"%s\"}"
                .formatted(service, exchange.getRequestMethod(), exchange.getRequestURI(), auth == null ? "" : auth,
                        body.replace("\\", "\\\\").replace("\"", "\\\""));
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
