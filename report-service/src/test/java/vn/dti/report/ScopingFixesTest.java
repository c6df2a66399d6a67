package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.report.support.Fixtures;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

/** Nobody reads another province's audit or campaigns, and a foreign unit looks like an unknown one. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class ScopingFixesTest {

    private static final String NATIONAL = Tokens.token("national-sync", List.of("national-integration"), null, null);

    @BeforeEach
    void twoProvinces() {
        Fixtures.province("SCA", "SNV", "STC");
        Fixtures.province("SCB", "SNV");
    }

    @Test
    void aUnitsAuditIsNotFoundOutsideTheReviewersProvince() {
        given().auth().oauth2(Tokens.reviewer("SCA")).when().get("/api/v1/units/SCA.SNV/audit").then().statusCode(200);
        given().auth().oauth2(Tokens.reviewer("SCB")).when().get("/api/v1/units/SCA.SNV/audit")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theDirectoryStaysPublicToSignedInCallers() {
        given().auth().oauth2(Tokens.reviewer("SCB")).when().get("/api/v1/units/SCA.SNV").then().statusCode(200)
                .body("code", equalTo("SCA.SNV"));
    }

    @Test
    void aCallerWithoutAProvinceClaimSeesNoCampaigns() {
        openCampaign("SCA", "SCA.SNV", "2017");
        given().auth().oauth2(NATIONAL).when().get("/api/v1/campaigns").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aReporterSeesOnlyItsOwnUnitInCompletenessAndItsOwnCampaigns() {
        String id = openCampaign("SCA", null, "2018");
        given().auth().oauth2(Tokens.reporter("SCA.SNV")).when().get("/api/v1/campaigns/" + id + "/completeness")
                .then().statusCode(200).body("expected", equalTo(1)).body("units.unitCode", everyItem(equalTo("SCA.SNV")));
        given().auth().oauth2(Tokens.reporter("SCA.SNV")).when().get("/api/v1/campaigns")
                .then().statusCode(200).body("province", everyItem(equalTo("SCA")));
    }

    @Test
    void aForeignUnitAndAnUnknownOneAnswerAlike() {
        String foreign = given().auth().oauth2(Tokens.reporter("SCB.SNV")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"SCA.SNV\",\"period\":\"2019\"}").when().post("/api/v1/reports")
                .then().statusCode(404).contentType("application/problem+json").extract().path("title");
        String unknown = given().auth().oauth2(Tokens.reporter("SCB.SNV")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"SCA.NOPE\",\"period\":\"2019\"}").when().post("/api/v1/reports")
                .then().statusCode(404).contentType("application/problem+json").extract().path("title");
        org.junit.jupiter.api.Assertions.assertEquals(foreign, unknown);
    }

    private static String openCampaign(String province, String unit, String period) {
        String units = unit == null ? "\"groups\":[\"so-ban-nganh\"]" : "\"units\":[\"" + unit + "\"]";
        return given().auth().oauth2(Tokens.reviewer(province)).contentType(ContentType.JSON)
                .body("{\"title\":\"Đợt " + period + "\",\"province\":\"" + province + "\",\"period\":\"" + period
                        + "\",\"deadline\":\"2099-01-01T00:00:00Z\"," + units + "}")
                .when().post("/api/v1/campaigns").then().log().ifValidationFails().statusCode(201).extract().path("id");
    }
}
