package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
class BulkImportTest {

    private static final String REVIEWER = Tokens.reviewer("BLK");

    @BeforeEach
    void province() {
        Fixtures.province("BLK", "SNV", "STC", "SYT", "SXD");
    }

    @Test
    void validRowsAreImportedAndEachBadRowIsAConflictWithItsRowNumber() {
        importJson("2021", false, false, """
                [{"unit":"BLK.SNV","element":"doc.incoming","value":"26.157"},
                 {"unit":"BLK.SNV","element":"doc.signed_pct","value":97.5},
                 {"unit":"BLK.STC","element":"doc.incoming","value":-1},
                 {"unit":"BLK.STC","element":"dir.steering_committee","value":true},
                 {"unit":"NOPE.X","element":"doc.incoming","value":1}]""")
                .statusCode(200)
                .body("status", equalTo("WARNING"))
                .body("imported", equalTo(3))
                .body("reportsCreated", equalTo(2))
                .body("conflicts", hasSize(2))
                .body("conflicts[0].row", equalTo(3))
                .body("conflicts[1].row", equalTo(5));

        importJson("2021", false, false, """
                [{"unit":"BLK.SNV","element":"doc.incoming","value":26157},
                 {"unit":"BLK.SNV","element":"doc.signed_pct","value":98}]""")
                .statusCode(200)
                .body("status", equalTo("SUCCESS"))
                .body("imported", equalTo(0))
                .body("updated", equalTo(1))
                .body("ignored", equalTo(1))
                .body("reportsCreated", equalTo(0));

        given().auth().oauth2(REVIEWER).when().get("/api/v1/reports?unit=BLK.SNV&period=2021")
                .then().body("total", equalTo(1));
    }

    @Test
    void aDryRunChecksEverythingAndWritesNothing() {
        importJson("2022", true, false, "[{\"unit\":\"BLK.SXD\",\"element\":\"doc.incoming\",\"value\":5}]")
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("imported", equalTo(1))
                .body("reportsCreated", equalTo(1));
        given().auth().oauth2(REVIEWER).when().get("/api/v1/reports?unit=BLK.SXD&period=2022")
                .then().body("total", equalTo(0));
    }

    @Test
    void anAtomicImportWithAConflictWritesNothing() {
        importJson("2023", false, true, """
                [{"unit":"BLK.SYT","element":"doc.incoming","value":5},
                 {"unit":"BLK.SYT","element":"doc.signed_pct","value":101}]""")
                .statusCode(200)
                .body("status", equalTo("ERROR"))
                .body("imported", equalTo(0));
        given().auth().oauth2(REVIEWER).when().get("/api/v1/reports?unit=BLK.SYT&period=2023")
                .then().body("total", equalTo(0));
    }

    @Test
    void aCsvWithSemicolonsAndVietnameseNumbersIsImported() {
        given().auth().oauth2(REVIEWER).contentType("text/csv")
                .body("unit;period;element;value\nBLK.SNV;2024;doc.incoming;\"26.157\"\nBLK.SNV;2024;doc.signed_pct;64,39\n"
                        + "BLK.SNV;2024;dvc.procedures_total;6\nBLK.SNV;2024;dvc.online_full;5\nBLK.SNV;2024;dvc.online_partial;1\n")
                .when().post("/api/v1/data-value-sets")
                .then().statusCode(200)
                .body("status", equalTo("SUCCESS"))
                .body("imported", equalTo(5));
    }

    @Test
    void valuesBreakingACrossFieldRuleAreConflictsForTheWholeReport() {
        importJson("2024Q1", false, false, """
                [{"unit":"BLK.STC","element":"dvc.procedures_total","value":4},
                 {"unit":"BLK.STC","element":"dvc.online_full","value":5}]""")
                .statusCode(200)
                .body("status", equalTo("ERROR"))
                .body("conflicts", hasSize(2));
    }

    @Test
    void aSubmittedReportTakesNoImportedValues() {
        String id = given().auth().oauth2(Tokens.reporter("BLK.SXD")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"BLK.SXD\",\"period\":\"2024Q2\"}")
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.reporter("BLK.SXD")).when().post("/api/v1/reports/" + id + "/submit").then().statusCode(200);
        importJson("2024Q2", false, false, "[{\"unit\":\"BLK.SXD\",\"element\":\"doc.incoming\",\"value\":5}]")
                .statusCode(200)
                .body("status", equalTo("ERROR"))
                .body("conflicts[0].message", org.hamcrest.Matchers.containsString("SUBMITTED"));
    }

    @Test
    void reportersCannotBulkImport() {
        given().auth().oauth2(Tokens.reporter("BLK.SNV")).contentType(ContentType.JSON)
                .body("{\"period\":\"2021\",\"dataValues\":[]}")
                .when().post("/api/v1/data-value-sets").then().statusCode(403);
    }

    private static ValidatableResponse importJson(String period, boolean dryRun, boolean atomic, String values) {
        return given().auth().oauth2(REVIEWER).contentType(ContentType.JSON)
                .body("{\"period\":\"" + period + "\",\"dataValues\":" + values + "}")
                .when().post("/api/v1/data-value-sets?dryRun=" + dryRun + "&atomic=" + atomic)
                .then();
    }
}
