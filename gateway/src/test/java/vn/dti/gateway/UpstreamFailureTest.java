package vn.dti.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.gateway.support.EchoOrigins;
import vn.dti.gateway.support.EchoOriginsTestResource;
import vn.dti.gateway.support.Tokens;

/** The test profile opens a breaker after 2 failures for 1 s, and gives writes 1 s to answer. */
@QuarkusTest
@QuarkusTestResource(EchoOriginsTestResource.class)
class UpstreamFailureTest {

    private static final String TOKEN = Tokens.of("upstream-tester", "BDI.SNGV");

    EchoOrigins origins;

    @Test
    void aStoppedServiceGetsQuick503sOnItsRoutesOnlyAndComesBackWhenItReturns() throws InterruptedException {
        origins.stop("indicator");
        try {
            for (int i = 0; i < 3; i++) {
                expectIndicatorUnavailable();
            }
            Instant start = Instant.now();
            expectIndicatorUnavailable();
            assertTrue(Duration.between(start, Instant.now()).toMillis() < 500, "an open breaker answers at once");
            given().auth().oauth2(TOKEN).when().get("/api/v1/units").then().statusCode(200).body("service", equalTo("report"));
            given().auth().oauth2(TOKEN).when().get("/api/v1/rankings").then().statusCode(200).body("service", equalTo("ranking"));
        } finally {
            origins.start("indicator");
        }
        assertEquals(200, statusOnceRecovered());
    }

    @Test
    void aServiceTooSlowToAnswerGetsA504Problem() {
        given().auth().oauth2(TOKEN).body("{}").contentType("application/json")
                .when().post("/api/v1/reports/1/submit?delayMs=2500")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("detail", containsString("report-service"));
        given().auth().oauth2(TOKEN).when().get("/api/v1/reports").then().statusCode(200);
    }

    private static void expectIndicatorUnavailable() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/scores/BDI.SNGV/2023")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("title", equalTo("Dịch vụ tạm ngừng / Service unavailable"))
                .body("detail", containsString("indicator-service"));
    }

    private static int statusOnceRecovered() throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(10);
        int status;
        do {
            Thread.sleep(200);
            status = given().auth().oauth2(TOKEN).when().get("/api/v1/scores/BDI.SNGV/2023").statusCode();
        } while (status != 200 && Instant.now().isBefore(giveUp));
        return status;
    }
}
