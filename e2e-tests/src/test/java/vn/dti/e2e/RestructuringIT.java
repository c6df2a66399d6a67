package vn.dti.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The 2025 restructuring replayed through the gateway: a province (here a fresh one per run, like Kon
 * Tum) merges into Quảng Ngãi of the demo data, and a demo district is dissolved into communes. Ranks
 * published before follow the lineage into the successors' rank history, and every act appears in
 * the one audit query that the gateway merges from all services.
 */
@ExtendWith(RunningSuite.class)
class RestructuringIT {

    private static final String GATEWAY = RunningSuite.GATEWAY;
    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final String DATE = "2025-07-01";
    private static final String REASON = "Nghị quyết 202/2025/QH15 sắp xếp đơn vị hành chính cấp tỉnh";

    private final String admin = Keycloak.tokenOf("admin");

    @Test
    void aMergedProvincesUnitsContinueInTheReceivingProvinceWithTheirRanksAndEveryActIsAudited() {
        String province = freshProvinceCode();
        List<String> departments = List.of(province + ".A" + province, province + ".B" + province, province + ".C" + province);
        post("/api/v1/units", "{\"code\":\"" + province + "\",\"name\":\"Tỉnh " + province + "\",\"level\":\"PROVINCE\",\"validFrom\":\"2016-01-01\"}", 201);
        for (String code : departments) {
            post("/api/v1/units", "{\"code\":\"" + code + "\",\"name\":\"Sở " + code + "\",\"level\":\"DEPARTMENT\","
                    + "\"group\":\"so-ban-nganh\",\"validFrom\":\"2016-01-01\"}", 201);
        }
        acceptedReport(departments.get(0), "[{\"element\":\"dir.steering_committee\",\"value\":true},"
                + "{\"element\":\"dir.annual_plan\",\"value\":true},{\"element\":\"doc.signed_pct\",\"value\":80}]");
        acceptedReport(departments.get(1), "[{\"element\":\"dir.steering_committee\",\"value\":true}]");
        acceptedReport(departments.get(2), "[{\"element\":\"doc.signed_pct\",\"value\":10}]");
        String ranking = eventually(() -> draftWith(province, "so-ban-nganh", "2024", 3)).path("id");
        post("/api/v1/rankings/" + ranking + "/publish", "{\"decisionNo\":\"15/QĐ-UBND\",\"decisionDate\":\"2025-02-10\"}", 200);
        int rankBefore = given().auth().oauth2(admin).get(GATEWAY + "/api/v1/public/rankings?province=" + province
                + "&group=so-ban-nganh&period=2024").then().statusCode(200).extract().jsonPath()
                .getInt("entries.find { it.unitCode == '" + departments.get(0) + "' }.rank");
        eventually(() -> given().auth().oauth2(admin)
                .get(GATEWAY + "/api/v1/scores/" + departments.get(0) + "/2024?stage=FINAL").then().extract());
        post("/api/v1/scores/adjustments", "{\"unitCode\":\"" + departments.get(0) + "\",\"period\":\"2024\","
                + "\"component\":\"1.1\",\"points\":10,\"reason\":\"Hội đồng thẩm định / appraisal council\"}", 200);

        post("/api/v1/units/" + province + "/merge", "{\"into\":\"QNG\",\"date\":\"" + DATE + "\",\"reason\":\"" + REASON + "\"}", 200);

        String successor = "QNG" + departments.get(0).substring(province.length());
        given().auth().oauth2(admin).get(GATEWAY + "/api/v1/units/" + departments.get(0)).then().statusCode(200)
                .body("validTo", equalTo("2025-06-30"))
                .body("successors[0].code", equalTo(successor))
                .body("successors[0].date", equalTo(DATE));
        given().auth().oauth2(admin).get(GATEWAY + "/api/v1/units?province=QNG&validOn=" + DATE + "&size=500").then()
                .statusCode(200).body("items.code", hasItem(successor));
        JsonPath history = eventually(() -> {
            ExtractableResponse<Response> answer = given().auth().oauth2(admin)
                    .get(GATEWAY + "/api/v1/units/" + successor + "/rank-history").then().extract();
            return answer.statusCode() == 200 && answer.jsonPath().getList("unitCode").contains(departments.get(0)) ? answer : null;
        }).jsonPath();
        assertEquals("2024", history.getString("find { it.unitCode == '" + departments.get(0) + "' }.period"));
        assertEquals(rankBefore, history.getInt("find { it.unitCode == '" + departments.get(0) + "' }.rank"));

        String national = Keycloak.clientCredentialsToken("national-sync", "national-sync-secret");
        JsonPath export = eventually(() -> {
            ExtractableResponse<Response> answer = given().auth().oauth2(national)
                    .get(GATEWAY + "/api/v1/exports/national?province=QNG&period=2024&format=json").then().extract();
            return answer.statusCode() == 200 && answer.jsonPath().getList("units.unitCode").contains(departments.get(0))
                    ? answer : null;
        }).jsonPath();
        assertEquals(List.of(successor), export.getList("units.find { it.unitCode == '" + departments.get(0) + "' }.continuedAs"));

        audit("?unit=" + departments.get(0) + "&action=PROVINCE_MERGED")
                .body("items.field", hasItems("successorCode", "validTo"))
                .body("items.reason", everyItem(equalTo(REASON)))
                .body("items.actor", everyItem(equalTo("admin")));
        audit("?province=" + province + "&action=RANKING_PUBLISHED").body("total", equalTo(1))
                .body("items[0].service", equalTo("ranking-service"));
        audit("?unit=" + departments.get(0) + "&action=COUNCIL_ADJUSTED").body("total", equalTo(1))
                .body("items[0].service", equalTo("indicator-service"))
                .body("items[0].after", equalTo("10"));
        audit("?province=" + province + "&size=100").body("items.service",
                hasItems("report-service", "ranking-service", "indicator-service"));
        given().auth().oauth2(Keycloak.tokenOf("reviewer-bd")).get(GATEWAY + "/api/v1/audit?province=" + province)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Keycloak.tokenOf("reviewer-bd")).get(GATEWAY + "/api/v1/audit?size=50")
                .then().statusCode(200).body("items.province", everyItem(equalTo("BDI")));
    }

    @Test
    void aDistrictDissolvedIntoCommunesPassesItsRankHistoryToEachOfThem() {
        String district = "QNG.BINHSON";
        String ranking = eventually(() -> draftOrPublished("QNG", "huyen", "2023")).path("id");
        if (given().get(GATEWAY + "/api/v1/public/rankings?province=QNG&group=huyen&period=2023").statusCode() == 404) {
            post("/api/v1/rankings/" + ranking + "/publish", "{\"decisionNo\":\"09/QĐ-UBND\",\"decisionDate\":\"2024-03-01\"}", 200);
        }
        List<String> communes = List.of("QNG.XABINHSON", "QNG.XAVANTUONG");
        for (String commune : communes) {
            int status = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body("{\"code\":\"" + commune + "\",\"name\":\"Xã " + commune.substring(6) + "\",\"level\":\"COMMUNE\","
                            + "\"group\":\"xa\",\"validFrom\":\"" + DATE + "\"}")
                    .post(GATEWAY + "/api/v1/units").statusCode();
            assertEquals(true, status == 201 || status == 409, "creating " + commune + " answered " + status);
        }
        boolean notYetSplit = given().auth().oauth2(admin).get(GATEWAY + "/api/v1/units/" + district).jsonPath()
                .getList("successors").isEmpty();
        if (notYetSplit) {
            post("/api/v1/units/" + district + "/split", "{\"date\":\"" + DATE + "\",\"reason\":\"Bỏ cấp huyện / district level abolished\","
                    + "\"into\":[{\"code\":\"QNG.XABINHSON\",\"share\":0.6},{\"code\":\"QNG.XAVANTUONG\",\"share\":0.4}]}", 200);
        }
        given().auth().oauth2(admin).get(GATEWAY + "/api/v1/units/" + district).then()
                .body("successors.code", hasItems(communes.toArray()))
                .body("successors.kind", everyItem(equalTo("SPLIT")));
        for (String commune : communes) {
            eventually(() -> {
                ExtractableResponse<Response> answer = given().auth().oauth2(admin)
                        .get(GATEWAY + "/api/v1/units/" + commune + "/rank-history").then().extract();
                return answer.statusCode() == 200 && answer.jsonPath().getList("unitCode").contains(district) ? answer : null;
            });
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"into\":\"QNG.XABINHSON\",\"date\":\"" + DATE + "\"}")
                .post(GATEWAY + "/api/v1/units/QNG.SNV/merge").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("into"));
        audit("?unit=" + district + "&action=SPLIT").body("total", greaterThanOrEqualTo(2));
    }

    @Test
    void periodsBeyondNextYearAreRefused() {
        int tooLate = LocalDate.now().getYear() + 2;
        given().auth().oauth2(Keycloak.tokenOf("reporter-sngv-bd")).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"BDI.SNGV\",\"period\":\"" + tooLate + "\"}")
                .post(GATEWAY + "/api/v1/reports").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"));
    }

    private void acceptedReport(String unit, String values) {
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"" + unit + "\",\"period\":\"2024\"}")
                .post(GATEWAY + "/api/v1/reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(values)
                .put(GATEWAY + "/api/v1/reports/" + id + "/values").then().statusCode(200);
        post("/api/v1/reports/" + id + "/submit", "{}", 200);
        post("/api/v1/reports/" + id + "/review", "{\"decision\":\"ACCEPT\"}", 200);
    }

    private ExtractableResponse<Response> draftWith(String province, String group, String period, int units) {
        ExtractableResponse<Response> answer = given().auth().oauth2(admin)
                .get(GATEWAY + "/api/v1/rankings?province=" + province + "&group=" + group + "&period=" + period).then().extract();
        return answer.statusCode() == 200 && answer.jsonPath().getList("entries").size() == units ? answer : null;
    }

    private ExtractableResponse<Response> draftOrPublished(String province, String group, String period) {
        ExtractableResponse<Response> answer = given().auth().oauth2(admin)
                .get(GATEWAY + "/api/v1/rankings?province=" + province + "&group=" + group + "&period=" + period).then().extract();
        return answer.statusCode() == 200 && !answer.jsonPath().getList("entries").isEmpty() ? answer : null;
    }

    private io.restassured.response.ValidatableResponse audit(String query) {
        return given().auth().oauth2(admin).get(GATEWAY + "/api/v1/audit" + query).then().statusCode(200);
    }

    private void post(String path, String body, int status) {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).post(GATEWAY + path)
                .then().statusCode(status);
    }

    private static String freshProvinceCode() {
        Random random = new Random();
        StringBuilder code = new StringBuilder("K");
        for (int i = 0; i < 4; i++) {
            code.append((char) ('A' + random.nextInt(26)));
        }
        return code.toString();
    }

    /** Retries until the call gives a 200 answer (null: not yet), as events take a moment to flow. */
    private static ExtractableResponse<Response> eventually(Supplier<ExtractableResponse<Response>> call) {
        Instant deadline = Instant.now().plus(LIMIT);
        while (Instant.now().isBefore(deadline)) {
            ExtractableResponse<Response> response = call.get();
            if (response != null && response.statusCode() == 200) {
                return response;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("not reached within " + LIMIT);
    }
}
