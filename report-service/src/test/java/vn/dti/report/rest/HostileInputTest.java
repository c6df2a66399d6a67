package vn.dti.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.report.support.Fixtures;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

/** Malformed input answers a precise 400/422 problem naming the field, never an empty body or a 5xx. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class HostileInputTest {

    @BeforeEach
    void aProvince() {
        Fixtures.province("HIT", "SNV");
    }

    @Test
    void aNonNumericPageSizeIsABadRequestNamingTheParameter() {
        given().auth().oauth2(Tokens.reviewer("HIT")).when().get("/api/v1/reports?size=abc")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
    }

    @Test
    void anUnknownStatusListsTheAllowedOnes() {
        given().auth().oauth2(Tokens.reviewer("HIT")).when().get("/api/v1/reports?status=BOGUS")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("DRAFT"));
    }

    @Test
    void aBooleanParameterMustBeTrueOrFalse() {
        given().auth().oauth2(Tokens.reviewer("HIT")).contentType(ContentType.JSON)
                .body("{\"period\":\"2023\",\"dataValues\":[]}")
                .when().post("/api/v1/data-value-sets?dryRun=yes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("dryRun"));
    }

    @Test
    void aNulByteInAQueryIsRefusedBeforeTheDatabase() {
        given().auth().oauth2(Tokens.reviewer("HIT")).urlEncodingEnabled(false)
                .when().get("/api/v1/reports?unit=HIT.SNV%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unit"));
    }

    @Test
    void aNonUuidIdIsABadRequest() {
        given().auth().oauth2(Tokens.reviewer("HIT")).when().get("/api/v1/reports/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void wrongJsonTypesNameTheField() {
        given().auth().oauth2(Tokens.reporter("HIT.SNV")).contentType(ContentType.JSON)
                .body("{\"unitCode\":[1,2],\"period\":\"2023\"}")
                .when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unitCode"));
    }

    @Test
    void junkAfterTheJsonValueIsRefused() {
        given().auth().oauth2(Tokens.reporter("HIT.SNV")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"HIT.SNV\",\"period\":\"2023\"} []")
                .when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void deeplyNestedJsonIsABadRequest() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        given().auth().oauth2(Tokens.reporter("HIT.SNV")).contentType(ContentType.JSON).body(deep)
                .when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aNulByteInATextFieldIsABadRequest() {
        given().auth().oauth2(Tokens.reporter("HIT.SNV")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"HIT.SNV\\u0000\",\"period\":\"2023\"}")
                .when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unitCode"));
    }

    @Test
    void titlesFollowAcceptLanguage() {
        given().auth().oauth2(Tokens.reviewer("HIT")).header("Accept-Language", "en")
                .when().get("/api/v1/reports?size=abc")
                .then().statusCode(400).body("title", equalTo("Malformed request"));
    }

    @Test
    void anUnsupportedMediaTypeIsAProblem() {
        given().auth().oauth2(Tokens.reporter("HIT.SNV")).contentType("application/xml").body("<a/>")
                .when().post("/api/v1/reports")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void signedInAnswersAreNotCached() {
        given().auth().oauth2(Tokens.reviewer("HIT")).when().get("/api/v1/reports")
                .then().statusCode(200).header("Cache-Control", "no-store");
    }
}
