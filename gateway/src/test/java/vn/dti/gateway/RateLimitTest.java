package vn.dti.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.dti.gateway.support.EchoOriginsTestResource;
import vn.dti.gateway.support.Tokens;

/** The test profile allows 3 exports per client and hour. */
@QuarkusTest
@QuarkusTestResource(EchoOriginsTestResource.class)
class RateLimitTest {

    @Test
    void aClientPastItsExportQuotaIsAskedToComeBackLater() {
        String token = Tokens.of("exporter-a", "BDI.SNGV");
        for (int i = 0; i < 3; i++) {
            export(token).then().statusCode(200).body("service", equalTo("ranking"));
        }
        Response refused = export(token);
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("title", equalTo("Quá nhiều yêu cầu / Too many requests"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);
    }

    @Test
    void quotasAreKeptPerClientAndPerKindOfRequest() {
        String greedy = Tokens.of("exporter-b", "BDI.SNGV");
        for (int i = 0; i < 4; i++) {
            export(greedy);
        }
        export(greedy).then().statusCode(429);
        export(Tokens.of("exporter-c", "BDI.SNGV")).then().statusCode(200);
        given().auth().oauth2(greedy).when().get("/api/v1/rankings?period=2023").then().statusCode(200);
    }

    @Test
    void administratorsLoadingDataInBulkAreNotCounted() {
        String admin = Tokens.admin();
        for (int i = 0; i < 5; i++) {
            export(admin).then().statusCode(200);
        }
    }

    private static Response export(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/rankings/9/export?format=csv");
    }
}
