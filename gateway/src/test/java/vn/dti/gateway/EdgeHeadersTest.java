package vn.dti.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import vn.dti.gateway.support.EchoOriginsTestResource;
import vn.dti.gateway.support.Tokens;

@QuarkusTest
@QuarkusTestResource(EchoOriginsTestResource.class)
class EdgeHeadersTest {

    private static final String TOKEN = Tokens.of("edge-tester", "BDI.SNGV");
    private static final String PORTAL = "http://localhost:3000";

    @Test
    void aRequestWithoutAnIdGetsOneThatTheServiceSeesToo() {
        Response response = given().auth().oauth2(TOKEN).when().get("/api/v1/units");
        response.then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        assertEquals(response.header("X-Request-Id"), response.jsonPath().getString("requestId"));
    }

    @Test
    void theClientsRequestIdAndTraceContextReachTheServiceUntouched() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        given().auth().oauth2(TOKEN).header("X-Request-Id", "mobile-42.retry-1")
                .header("traceparent", traceparent).header("tracestate", "dti=1")
                .when().get("/api/v1/units")
                .then().statusCode(200)
                .header("X-Request-Id", "mobile-42.retry-1")
                .body("requestId", equalTo("mobile-42.retry-1"))
                .body("traceparent", equalTo(traceparent))
                .body("tracestate", equalTo("dti=1"));
    }

    @Test
    void anIdThatCouldForgeLogLinesIsReplaced() {
        given().auth().oauth2(TOKEN).header("X-Request-Id", "a b\" c")
                .when().get("/api/v1/units")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void proxiedAnswersCarryTheSecurityHeaders() {
        expectSecurityHeaders(given().auth().oauth2(TOKEN).when().get("/api/v1/units").then().statusCode(200));
    }

    @Test
    void theGatewaysOwnAnswersCarryTheSecurityHeadersAndARequestId() {
        expectSecurityHeaders(given().when().get("/api/v1/reports").then().statusCode(401))
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        expectSecurityHeaders(given().when().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void aPortalOriginMayCallTheApiFromABrowser() {
        given().header("Origin", PORTAL)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .when().options("/api/v1/reports")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", PORTAL)
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("POST"));
        given().header("Origin", PORTAL).when().get("/api/v1/public/rankings")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", PORTAL)
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("X-Request-Id"));
    }

    @Test
    void anUnknownOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/reports")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    private static ValidatableResponse expectSecurityHeaders(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Strict-Transport-Security", "max-age=31536000");
    }
}
