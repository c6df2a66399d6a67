package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import vn.dti.indicator.support.Eventually;
import vn.dti.indicator.support.InfrastructureTestResource;
import vn.dti.indicator.support.ReportEvents;
import vn.dti.indicator.support.Tokens;

/**
 * Reconciliation reads report-service's latest accepted versions (GET /api/v1/reports/accepted-versions;
 * here served by a stand-in on a local port) and catches up a unit whose accepted values lag them:
 * the lost ReportAccepted of version 2 is stored and scored as if it had arrived. The stand-in answers
 * only with the service token that the OIDC client obtained by client credentials.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
@TestProfile(ReportServiceReconciliationTest.WithReportService.class)
class ReportServiceReconciliationTest {

    private static final String UNIT = "RCN.SNV";
    private static final UUID REPORT = UUID.randomUUID();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SERVICE_TOKEN = "service-token-" + UUID.randomUUID();

    /** report-service as reconciliation sees it: version 2 of the unit's 2023 report is accepted. */
    public static class WithReportService implements QuarkusTestProfile {

        static HttpServer reportService;

        @Override
        public Map<String, String> getConfigOverrides() {
            String standIn = "http://127.0.0.1:" + start().getAddress().getPort();
            // Only the call below reconciles: the schedule is off.
            return Map.of("dti.indicator.reconciliation.with-report-service", "true",
                    "quarkus.rest-client.report-service.url", standIn,
                    "quarkus.oidc-client.discovery-enabled", "false",
                    "quarkus.oidc-client.token-path", standIn + "/token",
                    "quarkus.scheduler.enabled", "false");
        }

        private static synchronized HttpServer start() {
            if (reportService == null) {
                try {
                    reportService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                reportService.createContext("/token", WithReportService::token);
                reportService.createContext("/api/v1/reports/accepted-versions", WithReportService::answer);
                reportService.createContext("/api/v1/reports/accepted-digests", WithReportService::digests);
                reportService.start();
            }
            return reportService;
        }

        /** The client-credentials grant of the OIDC client, as Keycloak answers it. */
        private static void token(HttpExchange exchange) throws IOException {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean asService = form.contains("grant_type=client_credentials");
            send(exchange, asService ? 200 : 400, asService
                    ? "{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}"
                    : "{\"error\":\"unsupported_grant_type\"}");
        }

        private static void answer(HttpExchange exchange) throws IOException {
            if (!("Bearer " + SERVICE_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{}");
                return;
            }
            String query = exchange.getRequestURI().getQuery();
            boolean ours = query.contains("province=RCN") && query.contains("period=2023");
            String items = !ours ? "" : """
                    {"unitCode":"%s","unitName":"Sở Nội vụ","unitLevel":"DEPARTMENT","unitGroup":"so-ban-nganh",
                     "province":"RCN","period":"2023","reportId":"%s","version":2,"acceptedAt":"2024-03-01T08:00:00Z",
                     "acceptedBy":"reviewer-rcn","values":[
                       {"element":"dir.steering_committee","valueType":"BOOLEAN","value":true,"adjusted":false},
                       {"element":"dvc.online_full","valueType":"INTEGER","value":6,"adjusted":false},
                       {"element":"dvc.procedures_total","valueType":"INTEGER","value":6,"adjusted":false},
                       {"element":"fin.dx_budget","valueType":"MONEY","value":1000,"adjusted":false}]}"""
                    .formatted(UNIT, REPORT);
            send(exchange, 200, "{\"items\":[" + items + "],\"page\":0,\"size\":500,\"total\":" + (ours ? 1 : 0) + "}");
        }

        /** The digest of the one accepted version above, as report-service computes it. */
        private static void digests(HttpExchange exchange) throws IOException {
            if (!("Bearer " + SERVICE_TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{}");
                return;
            }
            boolean ours = exchange.getRequestURI().getQuery().contains("province=RCN");
            send(exchange, 200, !ours ? "[]"
                    : "[{\"period\":\"2023\",\"units\":1,\"digest\":\"" + md5(UNIT + ":" + REPORT + ":2") + "\"}]");
        }

        private static String md5(String text) {
            try {
                return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void send(HttpExchange exchange, int status, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Test
    void aUnitBehindItsLatestAcceptedVersionIsCaughtUpAndScored() {
        ReportEvents.publish("dti.report.events", UNIT, ReportEvents.envelope(UUID.randomUUID(), "ReportAccepted", UNIT,
                ReportEvents.report(REPORT, 1, UNIT, "DEPARTMENT", "so-ban-nganh", "2023",
                        List.of(ReportEvents.Value.of("dir.steering_committee", true),
                                ReportEvents.Value.of("dvc.online_full", 5), ReportEvents.Value.of("dvc.procedures_total", 6),
                                ReportEvents.Value.of("fin.dx_budget", 1000)))));
        awaitPoints("REVIEWED", 83.33f);

        given().auth().oauth2(Tokens.admin()).post("/api/v1/admin/indicator/reconciliation").then().statusCode(200)
                .body("behindReportService", equalTo(1))
                .body("periodsComparedInDetail", equalTo(1));

        awaitPoints("FINAL", 90.0f).then()
                .body("explanation[5].components[0].inputs[0].reportVersion", equalTo(2));
        // caught up, this service's digest of the period equals report-service's: nothing is read one by one
        given().auth().oauth2(Tokens.admin()).post("/api/v1/admin/indicator/reconciliation").then().statusCode(200)
                .body("behindReportService", equalTo(0))
                .body("periodsComparedInDetail", equalTo(0));
    }

    private static Response awaitPoints(String stage, float points) {
        return Eventually.await(() -> given().auth().oauth2(Tokens.admin())
                .get("/api/v1/scores/" + UNIT + "/2023?stage=" + stage).andReturn(),
                response -> response.statusCode() == 200 && Float.valueOf(points).equals(response.path("points")), WAIT);
    }
}
