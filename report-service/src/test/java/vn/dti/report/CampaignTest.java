package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.dti.report.support.Fixtures;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class CampaignTest {

    private static final String REVIEWER = Tokens.reviewer("CMP");

    @BeforeEach
    void provinceWithThreeDepartments() {
        Fixtures.province("CMP", "SNV", "STC", "SYT");
    }

    @Test
    void completenessTellsOnTimeLateAndMissingUnits() {
        String onTime = openCampaign("2021", OffsetDateTime.now().plusDays(7)).statusCode(201)
                .body("expected", equalTo(3)).extract().path("id");
        String id = submittedReport("CMP.SNV", "2021", onTime);
        createReport("CMP.STC", "2021", onTime);

        given().auth().oauth2(REVIEWER).when().get("/api/v1/campaigns/" + onTime + "/completeness")
                .then().statusCode(200)
                .body("expected", equalTo(3))
                .body("submitted", equalTo(1))
                .body("onTime", equalTo(1))
                .body("late", equalTo(0))
                .body("missing", equalTo(2))
                .body("missingUnits", containsInAnyOrder("CMP.STC", "CMP.SYT"))
                .body("units.find { it.unitCode == 'CMP.SNV' }.reportId", equalTo(id));
    }

    @Test
    void aReporterListsTheCampaignsAddressedToItsUnitWithItsOwnProgress() {
        String campaign = openCampaign("2019", OffsetDateTime.now().plusDays(7)).statusCode(201).extract().path("id");
        String report = submittedReport("CMP.STC", "2019", campaign);
        given().auth().oauth2(Tokens.reporter("CMP.STC")).when().get("/api/v1/campaigns")
                .then().statusCode(200)
                .body("find { it.id == '" + campaign + "' }.deadline", notNullValue())
                .body("find { it.id == '" + campaign + "' }.mine.unitCode", equalTo("CMP.STC"))
                .body("find { it.id == '" + campaign + "' }.mine.reportId", equalTo(report))
                .body("find { it.id == '" + campaign + "' }.mine.timeliness", equalTo("ON_TIME"));
        given().auth().oauth2(Tokens.reporter("OTH.SNV")).when().get("/api/v1/campaigns")
                .then().statusCode(200)
                .body("id", not(hasItem(campaign)));
    }

    @Test
    void aReportSubmittedAfterTheDeadlineIsLate() {
        String campaign = openCampaign("2022", OffsetDateTime.now().minusDays(1)).statusCode(201).extract().path("id");
        submittedReport("CMP.SYT", "2022", null);
        given().auth().oauth2(REVIEWER).when().get("/api/v1/campaigns/" + campaign + "/completeness")
                .then().statusCode(200)
                .body("late", equalTo(1))
                .body("lateUnits", contains("CMP.SYT"));
    }

    @Test
    void closingACampaignLocksItsAcceptedReports() {
        String campaign = openCampaign("2023", OffsetDateTime.now().plusDays(7)).statusCode(201).extract().path("id");
        String id = submittedReport("CMP.STC", "2023", campaign);
        given().auth().oauth2(REVIEWER).contentType(ContentType.JSON).body("{\"decision\":\"ACCEPT\"}")
                .when().post("/api/v1/reports/" + id + "/review").then().statusCode(200);

        given().auth().oauth2(REVIEWER).when().post("/api/v1/campaigns/" + campaign + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        given().auth().oauth2(REVIEWER).when().get("/api/v1/reports/" + id)
                .then().body("status", equalTo("LOCKED"));
        given().auth().oauth2(Tokens.reporter("CMP.STC")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/reports/" + id + "/amend").then().statusCode(409);
        given().auth().oauth2(REVIEWER).when().post("/api/v1/campaigns/" + campaign + "/close").then().statusCode(409);
    }

    @Test
    void onlyReviewersOfTheProvinceOpenCampaigns() {
        given().auth().oauth2(Tokens.reviewer("OTH")).contentType(ContentType.JSON)
                .body(campaignJson("2024", OffsetDateTime.now().plusDays(7)))
                .when().post("/api/v1/campaigns").then().statusCode(403);
        given().auth().oauth2(Tokens.reporter("CMP.SNV")).contentType(ContentType.JSON)
                .body(campaignJson("2024", OffsetDateTime.now().plusDays(7)))
                .when().post("/api/v1/campaigns").then().statusCode(403);
    }

    @Test
    void aReportAnsweringACampaignMustMatchItsPeriod() {
        String campaign = openCampaign("2024Q1", OffsetDateTime.now().plusDays(7)).statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.reporter("CMP.SNV")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"CMP.SNV\",\"period\":\"2024Q2\",\"campaignId\":\"" + campaign + "\"}")
                .when().post("/api/v1/reports").then().statusCode(422).body("errors[0].field", equalTo("period"));
    }

    private static ValidatableResponse openCampaign(String period, OffsetDateTime deadline) {
        return given().auth().oauth2(REVIEWER).contentType(ContentType.JSON).body(campaignJson(period, deadline))
                .when().post("/api/v1/campaigns").then();
    }

    private static String campaignJson(String period, OffsetDateTime deadline) {
        return ("{\"title\":\"Báo cáo kết quả chuyển đổi số\",\"legalReference\":\"Công văn 697/STTTT-BCVT&CNTT\","
                + "\"province\":\"CMP\",\"period\":\"%s\",\"deadline\":\"%s\",\"groups\":[\"so-ban-nganh\"]}")
                .formatted(period, deadline);
    }

    private static String createReport(String unit, String period, String campaign) {
        String campaignField = campaign == null ? "" : ",\"campaignId\":\"" + campaign + "\"";
        return given().auth().oauth2(Tokens.reporter(unit)).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"" + unit + "\",\"period\":\"" + period + "\"" + campaignField + "}")
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
    }

    private static String submittedReport(String unit, String period, String campaign) {
        String id = createReport(unit, period, campaign);
        given().auth().oauth2(Tokens.reporter(unit)).when().post("/api/v1/reports/" + id + "/submit").then().statusCode(200);
        return id;
    }
}
