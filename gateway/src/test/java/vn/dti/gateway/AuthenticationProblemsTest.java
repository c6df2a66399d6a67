package vn.dti.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import vn.dti.gateway.support.EchoOriginsTestResource;
import vn.dti.gateway.support.Tokens;

@QuarkusTest
@QuarkusTestResource(EchoOriginsTestResource.class)
class AuthenticationProblemsTest {

    @Test
    void aMissingTokenGetsAProblemWithABearerChallenge() {
        expectUnauthorized(given());
    }

    @Test
    void aTamperedTokenGetsAProblem() {
        expectUnauthorized(given().auth().oauth2(Tokens.tampered(Tokens.reporter("BDI.SNGV"))));
    }

    @Test
    void anExpiredTokenGetsAProblem() {
        expectUnauthorized(given().auth().oauth2(Tokens.expired()));
    }

    @Test
    void aWriteWithoutATokenGetsAProblemToo() {
        given().body("{}").contentType("application/json")
                .when().post("/api/v1/reports")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void publicReadsNeedNoToken() {
        given().when().get("/api/v1/public/units/BDI.SNGV/scorecard?period=2023")
                .then().statusCode(200).body("service", equalTo("ranking"));
    }

    private static void expectUnauthorized(RequestSpecification request) {
        request.when().get("/api/v1/reports")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Chưa xác thực / Unauthorized"))
                .body("type", equalTo("https://dti.gov.vn/problems/401"));
    }
}
