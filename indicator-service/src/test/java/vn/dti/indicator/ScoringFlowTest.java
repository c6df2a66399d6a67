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

/** Report events in, scores with explanations out (REST and ScoresComputed), idempotently. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class ScoringFlowTest {

    private static final String TOPIC = "dti.report.events";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void anAcceptedReportIsScoredWithItsExplanationAndALaterVersionChangesTheScore() {
        String unit = "EVT.SNV";
        UUID report = UUID.randomUUID();
        accepted(UUID.randomUUID(), report, 1, unit, "2023", List.of(of("dir.steering_committee", true),
                of("dvc.online_full", 5), of("dvc.procedures_total", 6), new Value("fin.dx_budget", 1000, true)));

        // 30 (1.1) + 40 × 5/6 (6.1) + 20 (2.4, alone in its group) over 1000 − 275 not applicable to a department
        Response score = awaitPoints(unit, "2023", "REVIEWED", 83.33f);
        score.then()
                .body("applicableMax", equalTo(725))
                .body("index", equalTo(0.1149f))
                .body("framework", equalTo("dti-mau-2024"))
                .body("groups.code", contains("I", "II", "III", "IV", "V", "VI", "VII", "VIII"))
                .body("groups[5].points", equalTo(33.33f))
                .body("sources[0].reportId", equalTo(report.toString()))
                .body("explanation[5].components[0].code", equalTo("6.1"))
                .body("explanation[5].components[0].method", equalTo("RATIO"))
                .body("explanation[5].components[0].inputs.element", contains("dvc.online_full", "dvc.procedures_total"))
                .body("explanation[5].components[0].inputs[0].reportVersion", equalTo(1))
                .body("explanation[5].components[1].flags", contains("MISSING"))
                .body("explanation[1].components[3].flags", contains("ADJUSTED"))
                .body("explanation[2].components[0].flags", contains("NOT_APPLICABLE"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/scores/" + unit + "/2023?stage=FINAL")
                .then().statusCode(200).body("points", equalTo(83.33f));

        accepted(UUID.randomUUID(), report, 2, unit, "2023", List.of(of("dir.steering_committee", true),
                of("dvc.online_full", 6), of("dvc.procedures_total", 6), of("fin.dx_budget", 1000)));
        awaitPoints(unit, "2023", "REVIEWED", 90.0f).then()
                .body("explanation[5].components[0].inputs[0].reportVersion", equalTo(2));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String unit = "DUP.SNV";
        UUID event = UUID.randomUUID();
        UUID report = UUID.randomUUID();
        accepted(event, report, 1, unit, "2022", List.of(of("dir.annual_plan", true)));
        String computedAt = awaitPoints(unit, "2022", "REVIEWED", 30.0f).path("computedAt");

        // the same event id twice more, even with other content, then a later event on the same key
        accepted(event, report, 5, unit, "2022", List.of(of("dir.annual_plan", true), of("dir.steering_committee", true)));
        accepted(event, report, 5, unit, "2022", List.of(of("dir.annual_plan", true), of("dir.steering_committee", true)));
        ReportEvents.publish(TOPIC, unit, ReportEvents.envelope(UUID.randomUUID(), "ReportSubmitted", unit,
                ReportEvents.report(report, 6, unit, "DEPARTMENT", "so-ban-nganh", "2022", List.of(of("dir.annual_plan", true)))));
        awaitPoints(unit, "2022", "SELF", 30.0f);

        given().auth().oauth2(Tokens.admin()).get("/api/v1/scores/" + unit + "/2022?stage=REVIEWED")
                .then().statusCode(200).body("points", equalTo(30.0f)).body("computedAt", equalTo(computedAt));
    }

    @Test
    void scoresComputedEventsGoOut() {
        String unit = "PUB.SNV";
        accepted(UUID.randomUUID(), UUID.randomUUID(), 1, unit, "2024", List.of(of("sec.security_level", 1)));
        awaitPoints(unit, "2024", "FINAL", 20.0f);
        List<JsonNode> events = Eventually.await(() -> ReportEvents.scoresComputed(unit, Duration.ofSeconds(5)),
                found -> found.stream().anyMatch(e -> e.path("payload").path("stage").asText().equals("FINAL")), WAIT);
        JsonNode fin = events.stream().filter(e -> e.path("payload").path("stage").asText().equals("FINAL")).findFirst().orElseThrow();
        assertEquals("ScoresComputed", fin.path("type").asText());
        assertEquals("indicator-service", fin.path("source").asText());
        assertEquals("PUB:so-ban-nganh", fin.path("recordKey").asText(), "keyed by province and peer group");
        assertEquals("PUB", fin.path("payload").path("province").asText());
        assertEquals("so-ban-nganh", fin.path("payload").path("unitGroup").asText());
        assertEquals("dti-mau-2024", fin.path("payload").path("framework").asText());
        assertEquals(0, new java.math.BigDecimal("20.00").compareTo(fin.path("payload").path("points").decimalValue()));
        assertEquals(8, fin.path("payload").path("groups").size());
        assertFalse(fin.path("payload").path("sources").isEmpty());
    }

    @Test
    void aPeerWithAHigherBestInGroupValueRescoresTheWholeGroup() {
        accepted(UUID.randomUUID(), UUID.randomUUID(), 1, "BIG.SA", "2023", List.of(of("fin.dx_budget", 1000)));
        awaitPoints("BIG.SA", "2023", "REVIEWED", 20.0f);
        accepted(UUID.randomUUID(), UUID.randomUUID(), 1, "BIG.SB", "2023", List.of(of("fin.dx_budget", 4000)));
        awaitPoints("BIG.SA", "2023", "REVIEWED", 5.0f).then()
                .body("explanation[1].components[3].groupBest", equalTo(4000));
        awaitPoints("BIG.SB", "2023", "REVIEWED", 20.0f);
    }

    @Test
    void anUnchangedScoreAnswers304ToItsETag() {
        String unit = "SCO.SYT";
        accepted(UUID.randomUUID(), UUID.randomUUID(), 1, unit, "2023", List.of(of("dir.annual_plan", true)));
        awaitPoints(unit, "2023", "FINAL", 30.0f);

        String etag = given().auth().oauth2(Tokens.reporter(unit)).get("/api/v1/scores/" + unit + "/2023")
                .then().statusCode(200).header("ETag", org.hamcrest.Matchers.notNullValue()).extract().header("ETag");
        given().auth().oauth2(Tokens.reporter(unit)).header("If-None-Match", etag).get("/api/v1/scores/" + unit + "/2023")
                .then().statusCode(304);
        given().auth().oauth2(Tokens.reporter(unit)).header("If-None-Match", "\"stale\"").get("/api/v1/scores/" + unit + "/2023")
                .then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void scopingHidesOtherUnitsAndProvinces() {
        String unit = "SCO.SNV";
        accepted(UUID.randomUUID(), UUID.randomUUID(), 1, unit, "2023", List.of(of("dir.annual_plan", true)));
        awaitPoints(unit, "2023", "FINAL", 30.0f);

        given().auth().oauth2(Tokens.reporter(unit)).get("/api/v1/scores/" + unit + "/2023").then().statusCode(200);
        given().auth().oauth2(Tokens.reporter("SCO.STC")).get("/api/v1/scores/" + unit + "/2023")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.reviewer("OTH")).get("/api/v1/scores/" + unit + "/2023").then().statusCode(404);
        given().auth().oauth2(Tokens.reviewer("SCO")).get("/api/v1/scores/" + unit + "/2023").then().statusCode(200);
        // Decision 2026-11-27: without a province claim the national client reads scores only through the export.
        given().auth().oauth2(Tokens.token("sync", List.of("national-integration"), null, null))
                .get("/api/v1/scores/" + unit + "/2023").then().statusCode(404);

        given().auth().oauth2(Tokens.reporter("SCO.STC")).get("/api/v1/scores?period=2023")
                .then().statusCode(200).body("items.unitCode", not(hasItem(unit)));
        given().auth().oauth2(Tokens.reviewer("OTH")).get("/api/v1/scores?period=2023")
                .then().statusCode(200).body("items.province", everyItem(equalTo("OTH")));
        given().auth().oauth2(Tokens.reviewer("SCO")).get("/api/v1/scores?period=2023&group=so-ban-nganh&stage=FINAL")
                .then().statusCode(200)
                .body("items.unitCode", hasItem(unit))
                .body("items[0].groups[0].code", equalTo("I"))
                .body("page", equalTo(0));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/scores?size=501").then().statusCode(422);
        given().auth().oauth2(Tokens.admin()).get("/api/v1/scores?stage=LATER")
                .then().statusCode(422).body("errors[0].field", equalTo("stage"));
    }

    @Test
    void theCouncilAdjustsFinalPointsWithAReasonAndReviewedStays() {
        String unit = "CNL.SNV";
        accepted(UUID.randomUUID(), UUID.randomUUID(), 1, unit, "2023", List.of(of("dir.annual_plan", true),
                of("dir.steering_committee", true)));
        awaitPoints(unit, "2023", "FINAL", 60.0f);
        String council = Tokens.token("council-cnl", List.of("council"), null, "CNL");

        given().auth().oauth2(council).contentType(ContentType.JSON)
                .body(Map.of("unitCode", unit, "period", "2023", "component", "1.1", "points", 15,
                        "reason", "Quyết định thành lập ban hành sau kỳ đánh giá"))
                .post("/api/v1/scores/adjustments")
                .then().statusCode(200)
                .body("stage", equalTo("FINAL"))
                .body("points", equalTo(45.0f))
                .body("explanation[0].components[0].flags", contains("ADJUSTED"))
                .body("explanation[0].components[0].adjustment.reviewedPoints", equalTo(30))
                .body("explanation[0].components[0].adjustment.by", equalTo("council-cnl"));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/scores/" + unit + "/2023?stage=REVIEWED")
                .then().body("points", equalTo(60.0f));
        // the stored FINAL score follows through the PeerGroupRescoreRequested event the adjustment recorded
        awaitPoints(unit, "2023", "FINAL", 45.0f).then()
                .body("explanation[0].components[0].adjustment.reason", equalTo("Quyết định thành lập ban hành sau kỳ đánh giá"));

        given().auth().oauth2(council).contentType(ContentType.JSON)
                .body(Map.of("unitCode", unit, "period", "2023", "component", "1.1", "points", 31, "reason", "x"))
                .post("/api/v1/scores/adjustments").then().statusCode(422).body("errors[0].field", equalTo("points"));
        given().auth().oauth2(Tokens.reviewer("CNL")).contentType(ContentType.JSON)
                .body(Map.of("unitCode", unit, "period", "2023", "component", "1.1", "points", 10, "reason", "x"))
                .post("/api/v1/scores/adjustments").then().statusCode(403);
        given().auth().oauth2(Tokens.token("council-oth", List.of("council"), null, "OTH")).contentType(ContentType.JSON)
                .body(Map.of("unitCode", unit, "period", "2023", "component", "1.1", "points", 10, "reason", "x"))
                .post("/api/v1/scores/adjustments").then().statusCode(404);
    }

    @Test
    void whatIfScoresWithoutStoringAndAdvisesWhereThePointsAre() {
        String unit = "SIM.SNV";
        accepted(UUID.randomUUID(), UUID.randomUUID(), 1, unit, "2023", List.of(of("dir.annual_plan", true)));
        awaitPoints(unit, "2023", "REVIEWED", 30.0f);

        given().auth().oauth2(Tokens.reporter(unit)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", unit, "period", "2023", "overrides", List.of(
                        Map.of("element", "dir.steering_committee", "value", true),
                        Map.of("element", "doc.signed_pct", "value", 50))))
                .post("/api/v1/scores/simulate")
                .then().statusCode(200)
                .body("basedOn", equalTo("REVIEWED"))
                .body("score.points", equalTo(70.0f))
                .body("advice[0].component", equalTo("7.1"))
                .body("advice[0].pointsToGain", equalTo(60.0f))
                .body("advice.component", not(hasItem("2.1")));
        given().auth().oauth2(Tokens.admin()).get("/api/v1/scores/" + unit + "/2023?stage=REVIEWED")
                .then().body("points", equalTo(30.0f));
        given().auth().oauth2(Tokens.reporter(unit)).contentType(ContentType.JSON)
                .body(Map.of("unitCode", unit, "period", "2023", "overrides", List.of(Map.of("element", "no.such", "value", 1))))
                .post("/api/v1/scores/simulate")
                .then().statusCode(422).body("errors[0].field", equalTo("overrides[0].element"));
        given().auth().oauth2(Tokens.reporter("SIM.STC")).contentType(ContentType.JSON)
                .body(Map.of("unitCode", unit, "period", "2023"))
                .post("/api/v1/scores/simulate").then().statusCode(404);
    }

    private static void accepted(UUID eventId, UUID reportId, int version, String unit, String period, List<Value> values) {
        ReportEvents.publish(TOPIC, unit, ReportEvents.envelope(eventId, "ReportAccepted", unit,
                ReportEvents.report(reportId, version, unit, "DEPARTMENT", "so-ban-nganh", period, values)));
    }

    private static Response awaitPoints(String unit, String period, String stage, float points) {
        return Eventually.await(() -> given().auth().oauth2(Tokens.admin())
                .get("/api/v1/scores/" + unit + "/" + period + "?stage=" + stage).andReturn(),
                response -> response.statusCode() == 200 && Float.valueOf(points).equals(response.path("points")), WAIT);
    }
}
