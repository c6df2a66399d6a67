package vn.dti.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.gateway.support.EchoOriginsTestResource;
import vn.dti.gateway.support.Tokens;

/** The test profile limits request bodies to 64 KB. */
@QuarkusTest
@QuarkusTestResource(EchoOriginsTestResource.class)
class BodyLimitAndCompressionTest {

    private static final String TOKEN = Tokens.of("body-tester", "BDI.SNGV");

    @Test
    void aBodyOverTheLimitIsRefusedWithAProblem() {
        given().auth().oauth2(TOKEN).contentType("text/plain").body("x".repeat(100 * 1024))
                .when().post("/api/v1/extractions")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("title", equalTo("Nội dung quá lớn / Payload too large"));
    }

    @Test
    void theApiDocumentIsCompressedForClientsThatAcceptIt() {
        given().header("Accept-Encoding", "gzip")
                .when().get("/q/openapi")
                .then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
    }

    @Test
    void proxiedJsonIsCompressedForClientsThatAcceptIt() {
        given().auth().oauth2(TOKEN).header("Accept-Encoding", "gzip")
                .when().get("/api/v1/units")
                .then().statusCode(200).header("Content-Encoding", equalTo("gzip")).body("service", equalTo("report"));
    }
}
