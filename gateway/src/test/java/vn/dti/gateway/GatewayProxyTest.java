package vn.dti.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.gateway.support.EchoOriginsTestResource;
import vn.dti.gateway.support.Tokens;

@QuarkusTest
@QuarkusTestResource(EchoOriginsTestResource.class)
class GatewayProxyTest {

    private static final String TOKEN = Tokens.reporter("BDI.SNGV");

    @Test
    void forwardsAnAuthenticatedRequestWithItsQueryAndTokenToTheOwningService() {
        given().auth().oauth2(TOKEN)
                .when().get("/api/v1/units?province=BDI&group=so-ban-nganh")
                .then().statusCode(200)
                .body("service", equalTo("report"))
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/v1/units?province=BDI&group=so-ban-nganh"))
                .body("authorization", equalTo("Bearer " + TOKEN));
    }

    @Test
    void forwardsARequestBodyIntact() {
        String body = "{\"sections\":[{\"title\":\"Kết quả\",\"body\":\"26.157 văn bản đến\"}]}";
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/reports/1/narrative")
                .then().statusCode(200)
                .body("method", equalTo("PUT"))
                .body("body", equalTo(body));
    }

    @Test
    void sendsRankHistoryToTheRankingServiceAndScoresToTheIndicatorService() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/units/BDI.SNGV/rank-history")
                .then().statusCode(200).body("service", equalTo("ranking"));
        given().auth().oauth2(TOKEN).when().get("/api/v1/scores/BDI.SNGV/2023")
                .then().statusCode(200).body("service", equalTo("indicator"));
    }

    @Test
    void rejectsAProtectedPathWithoutAToken() {
        given().when().get("/api/v1/reports").then().statusCode(401);
    }

    @Test
    void rejectsAForgedToken() {
        given().auth().oauth2(TOKEN.substring(0, TOKEN.length() - 4) + "AAAA")
                .when().get("/api/v1/reports").then().statusCode(401);
    }

    @Test
    void letsPublicPathsThroughWithoutAToken() {
        given().when().get("/api/v1/public/rankings?province=BDI")
                .then().statusCode(200).body("service", equalTo("ranking"));
    }

    @Test
    void answersAnUnknownApiPathWithAProblem() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void isReadyWhenEveryServiceBehindItIsReady() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks[0].data.'report-service'", equalTo("UP"))
                .body("checks[0].data.'indicator-service breaker'", equalTo("CLOSED"));
    }
}
