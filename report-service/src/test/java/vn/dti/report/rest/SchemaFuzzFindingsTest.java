package vn.dti.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.report.support.Fixtures;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

/** What the schema-driven fuzzing (e2e SchemaFuzzIT) found, kept fixed in-process. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class SchemaFuzzFindingsTest {

    @BeforeEach
    void aProvince() {
        Fixtures.province("SFZ", "SNV");
    }

    @Test
    void aKeyGivenTwiceIsABadRequestNamingItAndCreatesNothing() {
        given().auth().oauth2(Tokens.reporter("SFZ.SNV")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"SFZ.OTHER\",\"unitCode\":\"SFZ.SNV\",\"period\":\"2019\"}")
                .when().post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("unitCode"));
        given().auth().oauth2(Tokens.reporter("SFZ.SNV")).when().get("/api/v1/reports?unit=SFZ.SNV&period=2019")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aKeyGivenTwiceInAOneFieldBodyIsABadRequestNotAnEmpty500() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"reason\":\"a\",\"reason\":\"b\"}")
                .when().post("/api/v1/units/changes/00000000-0000-4000-8000-000000000001/undo")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
    }

    @Test
    void aPageBeyondTheAddressableRowsIsRefusedNamingPage() {
        given().auth().oauth2(Tokens.reviewer("SFZ")).when().get("/api/v1/reports?page=2147483647")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/units?page=2147483647&size=500")
                .then().statusCode(422).body("errors[0].field", equalTo("page"));
    }

    @Test
    void anImpossiblePeriodFilterIsRefusedNotAnEmptyPage() {
        given().auth().oauth2(Tokens.reviewer("SFZ")).when().get("/api/v1/reports?period=2023Q5")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void aBidiOverrideInAPathParameterNamesTheParameter() {
        given().auth().oauth2(Tokens.admin()).urlEncodingEnabled(false).when().get("/api/v1/units/%E2%80%AEabc")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void theDocumentListsThe400OfAPathParameterAndThe404OfAnUnknownUnit() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/reports/{id}'.get.responses.'400'", notNullValue())
                .body("paths.'/api/v1/units/{code}/changes'.get.responses.'400'", notNullValue())
                .body("paths.'/api/v1/reports'.post.responses.'404'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/v1/audit'.get.responses.'404'", notNullValue());
    }
}
