package vn.dti.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import vn.dti.gateway.resilience.UpstreamGuard;
import vn.dti.gateway.resilience.Upstreams;
import vn.dti.gateway.routing.Service;
import vn.dti.gateway.support.EchoOrigins;
import vn.dti.gateway.support.EchoOriginsTestResource;
import vn.dti.gateway.support.Tokens;

/** Stale pooled connections, client aborts and a service coming back do not turn into 503s. */
@QuarkusTest
@QuarkusTestResource(EchoOriginsTestResource.class)
class UpstreamRecoveryTest {

    private static final String TOKEN = Tokens.of("recovery-tester", "BDI.SNGV");

    EchoOrigins origins;

    @Inject
    Upstreams upstreams;

    @Test
    void anIdempotentRequestOnAConnectionClosedUnansweredIsSentAgain() {
        String get = UUID.randomUUID().toString();
        given().auth().oauth2(TOKEN).when().get("/api/v1/units?dropOnce=" + get)
                .then().statusCode(200).body("service", equalTo("report"));
        assertSentAgain(origins.attemptsOf(get));

        String put = UUID.randomUUID().toString();
        given().auth().oauth2(TOKEN).contentType("application/json").body("[{\"element\":\"a\",\"value\":1}]")
                .when().put("/api/v1/reports/1/values?dropOnce=" + put)
                .then().statusCode(200).body("body", equalTo("[{\"element\":\"a\",\"value\":1}]"));
        assertSentAgain(origins.attemptsOf(put));

        String post = UUID.randomUUID().toString();
        given().auth().oauth2(TOKEN).header("Idempotency-Key", post).contentType("application/json").body("{\"period\":\"2023\"}")
                .when().post("/api/v1/reports?dropOnce=" + post)
                .then().statusCode(200).body("body", equalTo("{\"period\":\"2023\"}"));
        assertSentAgain(origins.attemptsOf(post));
    }

    /** Sent again after the drop; another pooled connection the origin closed may take one more resend, never more than the bound. */
    private static void assertSentAgain(int attempts) {
        assertTrue(attempts >= 2 && attempts <= 1 + UpstreamGuard.MAX_STALE_RESENDS, "attempts: " + attempts);
    }

    @Test
    void anIdempotentRequestMeetingTwoClosedConnectionsIsStillAnswered() {
        String get = UUID.randomUUID().toString();
        given().auth().oauth2(TOKEN).when().get("/api/v1/units?dropTwice=" + get)
                .then().statusCode(200).body("service", equalTo("report"));
        assertTrue(origins.attemptsOf(get) >= 3, "attempts: " + origins.attemptsOf(get));
    }

    @Test
    void aPostWithoutIdempotencyKeyIsNeverSentTwice() {
        String post = UUID.randomUUID().toString();
        given().auth().oauth2(TOKEN).contentType("application/json").body("{\"period\":\"2023\"}")
                .when().post("/api/v1/reports?dropOnce=" + post)
                .then().statusCode(503).contentType("application/problem+json");
        assertEquals(1, origins.attemptsOf(post));
        upstreams.breakerOf(Service.REPORT).recordSuccess();
    }

    @Test
    void aClientThatGoesAwayMidUploadIsNotCountedAgainstTheService() throws Exception {
        for (int i = 0; i < 3; i++) {
            try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/reports/1/submit?delayMs=200 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                        + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"partial\":").getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(100);
            }
        }
        given().auth().oauth2(TOKEN).when().get("/api/v1/reports").then().statusCode(200);
        assertFalse(upstreams.breakerOf(Service.REPORT).isOpen());
    }

    @Test
    void aBreakerClosesAsSoonAsReadinessSeesTheServiceAgain() {
        origins.stop("ranking");
        try {
            for (int i = 0; i < 2; i++) {
                given().auth().oauth2(TOKEN).when().get("/api/v1/rankings").then().statusCode(503);
            }
            assertTrue(upstreams.breakerOf(Service.RANKING).isOpen());
        } finally {
            origins.start("ranking");
        }
        given().when().get("/q/health/ready").then().body("checks[0].data.'ranking-service'", equalTo("UP"));
        assertFalse(upstreams.breakerOf(Service.RANKING).isOpen(), "closed by readiness, before any request got through");
        given().auth().oauth2(TOKEN).when().get("/api/v1/rankings").then().statusCode(200);
    }
}
