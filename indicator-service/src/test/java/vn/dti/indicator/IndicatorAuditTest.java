package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.dti.indicator.support.ReportEvents.Value.of;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.dti.indicator.support.Eventually;
import vn.dti.indicator.support.InfrastructureTestResource;
import vn.dti.indicator.support.ReportEvents;
import vn.dti.indicator.support.ReportEvents.Value;
import vn.dti.indicator.support.Tokens;

/** Council adjustments keep their history in the audit; progress periods are stored but not scored. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class IndicatorAuditTest {

    private static final String TOPIC = "dti.report.events";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void everyCouncilAdjustmentStaysInTheAuditWithThePointsBeforeAndAfter() {
        String unit = "AUA.SNV";
        accepted(unit, "2023", List.of(of("dir.annual_plan", true), of("dir.steering_committee", true)));
        awaitPoints(unit, "2023", "FINAL", 60.0f);
        String council = Tokens.token("council-aua", List.of("council"), null, "AUA");
        adjust(council, unit, 15, "Quyết định ban hành muộn");
        adjust(council, unit, 20, "Hội đồng xem xét lại");

        given().auth().oauth2(Tokens.reviewer("AUA")).get("/api/v1/audit?unit=" + unit + "&action=COUNCIL_ADJUSTED")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].before", equalTo("15"))
                .body("items[0].after", equalTo("20"))
                .body("items[0].reason", equalTo("Hội đồng xem xét lại"))
                .body("items[0].actor", equalTo("council-aua"))
                .body("items[1].before", org.hamcrest.Matchers.nullValue())
                .body("items[1].after", equalTo("15"));
        given().auth().oauth2(Tokens.reviewer("OTH")).get("/api/v1/audit?unit=" + unit).then().statusCode(404);
    }

    @Test
    void aQuarterlyProgressReportIsNotScoredUnlessAFrameworkIsActivatedForQuarters() {
        String unit = "QTR.SNV";
        accepted(unit, "2023Q3", List.of(of("dir.annual_plan", true)));
        accepted(unit, "2023", List.of(of("dir.annual_plan", true)));
        awaitPoints(unit, "2023", "REVIEWED", 30.0f);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/scores/" + unit + "/2023Q3?stage=REVIEWED")
                .then().statusCode(404);
    }

    @Test
    void activatingAFrameworkIsAudited() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("provinces", List.of("ACT"), "fromPeriod", "2026", "periodKinds", List.of("YEAR", "QUARTER")))
                .post("/api/v1/frameworks/dti-mau-2024/versions/1/activations").then().statusCode(201);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/audit?province=ACT&action=FRAMEWORK_ACTIVATED")
                .then().statusCode(200).body("items[0].after", org.hamcrest.Matchers.containsString("QUARTER,YEAR"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("provinces", List.of("ACT"), "fromPeriod", "2026", "periodKinds", List.of("WEEK")))
                .post("/api/v1/frameworks/dti-mau-2024/versions/1/activations").then().statusCode(422);
    }

    private static void adjust(String council, String unit, int points, String reason) {
        given().auth().oauth2(council).contentType(ContentType.JSON)
                .body(Map.of("unitCode", unit, "period", "2023", "component", "1.1", "points", points, "reason", reason))
                .post("/api/v1/scores/adjustments").then().statusCode(200);
    }

    private static void accepted(String unit, String period, List<Value> values) {
        ReportEvents.publish(TOPIC, unit, ReportEvents.envelope(UUID.randomUUID(), "ReportAccepted", unit,
                ReportEvents.report(UUID.randomUUID(), 1, unit, "DEPARTMENT", "so-ban-nganh", period, values)));
    }

    private static Response awaitPoints(String unit, String period, String stage, float points) {
        return Eventually.await(() -> given().auth().oauth2(Tokens.admin())
                .get("/api/v1/scores/" + unit + "/" + period + "?stage=" + stage).andReturn(),
                response -> response.statusCode() == 200 && Float.valueOf(points).equals(response.path("points")), WAIT);
    }
}
