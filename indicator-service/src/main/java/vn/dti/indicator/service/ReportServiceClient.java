package vn.dti.indicator.service;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads report-service's public REST API as this service (a Keycloak client-credentials token of the
 * confidential client {@code indicator-service}, realm role {@code service}): the latest accepted
 * report version of each unit, for reconciliation. Disabled when no report-service address is
 * configured ({@code dti.reconciliation.report-service-url}, else the gateway's
 * {@code dti.gateway.services.report} that deploy/local gives every service).
 */
@ApplicationScoped
public class ReportServiceClient {

    private static final int PAGE_SIZE = 500;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Inject
    Config config;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String token;
    private volatile Instant tokenExpires = Instant.EPOCH;

    public boolean enabled() {
        return baseUrl().isPresent();
    }

    /** Every unit's latest accepted version for the period in the province (all pages). */
    public List<JsonNode> acceptedVersions(String province, String period) {
        String base = baseUrl().orElseThrow(() -> new IllegalStateException("no report-service address configured"));
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode answer = get(base + "/api/v1/reports/accepted-versions?province=" + encode(province) + "&period="
                    + encode(period) + "&size=" + PAGE_SIZE + "&page=" + page);
            answer.path("items").forEach(items::add);
            if (answer.path("items").size() < PAGE_SIZE || items.size() >= answer.path("total").asLong()) {
                return items;
            }
        }
    }

    private JsonNode get(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Accept", "application/json").GET();
        bearer().ifPresent(value -> request.header("Authorization", "Bearer " + value));
        HttpResponse<String> answer = send(request.build());
        if (answer.statusCode() == 401) {
            tokenExpires = Instant.EPOCH; // renewed on the next call
        }
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("report-service answered " + answer.statusCode() + " to " + url);
        }
        return read(answer.body());
    }

    /** A client-credentials token, kept until shortly before it expires; none when no token endpoint is known. */
    private synchronized Optional<String> bearer() {
        Optional<String> endpoint = tokenEndpoint();
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return Optional.of(token);
        }
        String form = "grant_type=client_credentials&client_id=" + encode(setting("dti.reconciliation.client-id",
                "indicator-service")) + "&client_secret=" + encode(setting("dti.reconciliation.client-secret",
                "indicator-service-secret"));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(endpoint.get())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("no service token: Keycloak answered " + answer.statusCode());
        }
        JsonNode body = read(answer.body());
        token = body.path("access_token").asText();
        tokenExpires = Instant.now().plusSeconds(Math.max(10, body.path("expires_in").asLong(60) - 30));
        return Optional.of(token);
    }

    private Optional<String> baseUrl() {
        return config.getOptionalValue("dti.reconciliation.report-service-url", String.class)
                .or(() -> config.getOptionalValue("dti.gateway.services.report", String.class))
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    private Optional<String> tokenEndpoint() {
        return config.getOptionalValue("dti.reconciliation.client-token-url", String.class)
                .or(() -> config.getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                        .map(realm -> realm + "/protocol/openid-connect/token"));
    }

    private String setting(String name, String fallback) {
        return config.getOptionalValue(name, String.class).orElse(fallback);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("report-service not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable answer: " + e.getMessage(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
