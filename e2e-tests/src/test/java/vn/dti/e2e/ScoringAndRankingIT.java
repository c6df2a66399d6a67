package vn.dti.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The whole chain through the gateway: an accepted report is scored (indicator-service), the draft
 * ranking follows (ranking-service), a published ranking is served to anonymous portals and does
 * not change when the scores later do.
 */
@ExtendWith(RunningSuite.class)
class ScoringAndRankingIT {

    private static final String GATEWAY = RunningSuite.GATEWAY;
    private static final String UNIT = "BDI.SNGV";
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void anAcceptedReportIsScoredRankedPublishedAndThePublicationStaysFrozen() {
        String reporter = Keycloak.tokenOf("reporter-sngv-bd");
        String reviewer = Keycloak.tokenOf("reviewer-bd");
        FreshPeriods.scoreMonthsIn("BDI");
        String period = FreshPeriods.month(reporter, UNIT, 2016);
        String id = given().auth().oauth2(reporter).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"" + UNIT + "\",\"period\":\"" + period + "\"}")
                .when().post(GATEWAY + "/api/v1/reports").then().statusCode(201).extract().path("id");
        acceptedWith(id, reporter, reviewer, "[{\"element\":\"dir.steering_committee\",\"value\":true},"
                + "{\"element\":\"dir.dx_portal_section\",\"value\":true},{\"element\":\"doc.signed_pct\",\"value\":50}]");

        JsonPath score = eventually(() -> given().auth().oauth2(reporter)
                .when().get(GATEWAY + "/api/v1/scores/" + UNIT + "/" + period).then().extract(), LIMIT).jsonPath();
        assertEquals(period, score.getString("period"));
        given().auth().oauth2(reporter).when().get(GATEWAY + "/api/v1/scores/" + UNIT + "/" + period)
                .then().statusCode(200)
                .body("points", greaterThan(0f))
                .body("groups.size()", equalTo(8));
        float firstIndex = score.getFloat("index");

        String ranking = eventuallyRanking(reviewer, period);
        given().auth().oauth2(Keycloak.tokenOf("admin")).contentType(ContentType.JSON)
                .body("{\"decisionNo\":\"1968/QĐ-UBND\",\"decisionDate\":\"2024-06-03\",\"signer\":\"Chủ tịch UBND tỉnh\"}")
                .when().post(GATEWAY + "/api/v1/rankings/" + ranking + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        String publicPath = GATEWAY + "/api/v1/public/rankings?province=BDI&group=so-ban-nganh&period=" + period;
        given().when().get(publicPath).then().statusCode(200)
                .header("ETag", notNullValue())
                .body("decisionNo", equalTo("1968/QĐ-UBND"))
                .body("entries[0].unitCode", equalTo(UNIT))
                .body("entries[0].rank", equalTo(1))
                .body("entries[0].of", equalTo(1));

        given().auth().oauth2(reporter).contentType(ContentType.JSON).body("{\"reason\":\"Bổ sung\"}")
                .when().post(GATEWAY + "/api/v1/reports/" + id + "/amend").then().statusCode(200);
        acceptedWith(id, reporter, reviewer, "[{\"element\":\"doc.signed_pct\",\"value\":100},{\"element\":\"inst.security_policy\",\"value\":true}]");
        float laterIndex = eventually(() -> {
            var response = given().auth().oauth2(reporter).when().get(GATEWAY + "/api/v1/scores/" + UNIT + "/" + period).then().extract();
            return response.jsonPath().getFloat("index") != firstIndex ? response : null;
        }, LIMIT).jsonPath().getFloat("index");
        assertNotEquals(firstIndex, laterIndex, "the amended report changed the score");
        given().when().get(publicPath).then().statusCode(200)
                .body("revision", equalTo(1))
                .body("entries[0].index", equalTo(firstIndex));
    }

    private static void acceptedWith(String id, String reporter, String reviewer, String values) {
        given().auth().oauth2(reporter).contentType(ContentType.JSON).body(values)
                .when().put(GATEWAY + "/api/v1/reports/" + id + "/values").then().statusCode(200);
        given().auth().oauth2(reporter).when().post(GATEWAY + "/api/v1/reports/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(reviewer).contentType(ContentType.JSON).body("{\"decision\":\"ACCEPT\"}")
                .when().post(GATEWAY + "/api/v1/reports/" + id + "/review").then().statusCode(200);
    }

    private static String eventuallyRanking(String reviewer, String period) {
        return eventually(() -> {
            var response = given().auth().oauth2(reviewer)
                    .when().get(GATEWAY + "/api/v1/rankings?province=BDI&group=so-ban-nganh&period=" + period).then().extract();
            return response.statusCode() == 200 && response.jsonPath().getList("entries").size() == 1 ? response : null;
        }, LIMIT).path("id");
    }

    /** Retries until the call gives a 200 answer (null: not yet), as events take a moment to flow. */
    private static ExtractableResponse<Response> eventually(Supplier<ExtractableResponse<Response>> call, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            ExtractableResponse<Response> response = call.get();
            if (response != null && response.statusCode() == 200) {
                return response;
            }
            sleep();
        }
        throw new AssertionError("not reached within " + limit);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
