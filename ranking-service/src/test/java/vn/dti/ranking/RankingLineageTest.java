package vn.dti.ranking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.dti.ranking.support.Eventually;
import vn.dti.ranking.support.InfrastructureTestResource;
import vn.dti.ranking.support.ScoreEvents;
import vn.dti.ranking.support.Tokens;

/** A district split into communes keeps its history on every branch; publications are audited. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class RankingLineageTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void everySuccessorOfASplitCarriesThePredecessorsRankHistoryAndThePublicationIsAudited() {
        String admin = Tokens.provinceAdmin("KFS");
        ScoreEvents.sendScore(UUID.randomUUID(), "KFS.H1", "huyen", "2022", 0.8);
        ScoreEvents.sendScore(UUID.randomUUID(), "KFS.H2", "huyen", "2022", 0.6);
        String id = awaitDraft(Tokens.reviewer("KFS"), "2022", 2).getString("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("decisionNo", "12/QĐ-UBND", "decisionDate", "2023-03-01"))
                .post("/api/v1/rankings/" + id + "/publish").then().statusCode(200);

        ScoreEvents.send("dti.unit.events", "KFS.H2", split("KFS.H2", "KFS.X1", "KFS.X2"));

        for (String successor : List.of("KFS.X1", "KFS.X2")) {
            Eventually.await("history of " + successor, WAIT, () -> {
                Response history = given().auth().oauth2(Tokens.reporter(successor))
                        .get("/api/v1/units/" + successor + "/rank-history");
                return history.statusCode() == 200 && history.jsonPath().getList("unitCode").contains("KFS.H2")
                        ? history : null;
            }).then().body("rank", equalTo(List.of(2)));
        }
        given().auth().oauth2(Tokens.reviewer("KFS")).get("/api/v1/audit?action=RANKING_PUBLISHED").then()
                .statusCode(200)
                .body("items.entityId", hasItem(id))
                .body("items[0].actor", equalTo("admin-KFS"))
                .body("items[0].after", equalTo("1 (12/QĐ-UBND, 2023-03-01)"));
        given().auth().oauth2(Tokens.reviewer("OTH")).get("/api/v1/audit?province=KFS").then().statusCode(404);
    }

    private static String split(String unit, String first, String second) {
        String payload = """
                {"change":"SPLIT","unitCode":"%s","name":"Huyện %s","level":"DISTRICT","group":"huyen",
                 "parentCode":"KFS","province":"KFS","validFrom":"2016-01-01","validTo":"2025-06-30",
                 "successorCode":null,"changeId":"%s","effectiveDate":"2025-07-01",
                 "successors":[{"code":"%s","date":"2025-07-01","kind":"SPLIT","share":0.6},
                               {"code":"%s","date":"2025-07-01","kind":"SPLIT","share":0.4}]}"""
                .formatted(unit, unit, UUID.randomUUID(), first, second);
        return """
                {"eventId":"%s","type":"UnitChanged","schemaVersion":1,"occurredAt":"%s","source":"report-service","key":"%s","payload":%s}"""
                .formatted(UUID.randomUUID(), java.time.Instant.now(), unit, payload);
    }

    private static JsonPath awaitDraft(String token, String period, int units) {
        return Eventually.await(units + " units in the draft", WAIT, () -> {
            Response response = given().auth().oauth2(token).queryParam("province", "KFS").queryParam("group", "huyen")
                    .queryParam("period", period).get("/api/v1/rankings");
            return response.statusCode() == 200 && response.jsonPath().getList("entries").size() == units
                    ? response.jsonPath() : null;
        });
    }
}
