package vn.dti.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.gateway.support.EchoOriginsTestResource;
import vn.dti.gateway.support.Tokens;

/** What the gateway refuses itself still answers problem+json; its metrics are not public. */
@QuarkusTest
@QuarkusTestResource(EchoOriginsTestResource.class)
class EdgeProblemsTest {

    @Test
    void aVeryLongAddressGetsAProblem414() {
        given().urlEncodingEnabled(false)
                .when().get("/api/v1/public/rankings?province=" + "A".repeat(20_000))
                .then().statusCode(414).contentType("application/problem+json").body("status", equalTo(414));
    }

    @Test
    void aNulByteInTheAddressIsABadRequestEvenWithoutAToken() {
        given().urlEncodingEnabled(false)
                .when().get("/api/v1/public/rankings?province=BDI%00")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void metricsNeedAnAdministrator() {
        given().when().get("/q/metrics").then().statusCode(401);
        given().auth().oauth2(Tokens.reporter("BDI.SNGV")).when().get("/q/metrics").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).when().get("/q/metrics").then().statusCode(200);
    }
}
