package vn.dti.ranking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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

/** Scores arrive over Kafka, drafts follow, an admin publishes, portals read, corrections re-publish. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class RankingFlowTest {

    private static final String GROUP = "so-ban-nganh";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void scoreEventsMakeTheDraftAndARedeliveredEventChangesNothing() {
        String reviewer = Tokens.reviewer("KFA");
        UUID eventOfB = UUID.randomUUID();
        ScoreEvents.sendScore(UUID.randomUUID(), "KFA.A", GROUP, "2023", 0.81);
        ScoreEvents.sendScore(eventOfB, "KFA.B", GROUP, "2023", 0.70001);
        ScoreEvents.sendScore(UUID.randomUUID(), "KFA.C", GROUP, "2023", 0.70004);

        JsonPath draft = awaitDraft(reviewer, "KFA", "2023", 3);
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(1, draft.getInt("revision"));
        assertEquals(List.of(1, 2, 2), draft.getList("entries.rank"));
        assertEquals(List.of(3, 3, 3), draft.getList("entries.of"));
        assertEquals(List.of("KFA.A", "KFA.B", "KFA.C"), draft.getList("entries.unitCode"));
        assertEquals("Xuất sắc", draft.getString("entries[0].grade"));
        assertEquals(List.of(1, 1), draft.getList("entries[0].rankInterval"));

        // The same event again (even with a different body) is recognised by its id and ignored;
        // a later event for D shows the consumer has moved past it.
        ScoreEvents.send("dti.score.events", "KFA.B", ScoreEvents.scoresComputed(eventOfB, "KFA.B", GROUP, "2023", 0.95));
        ScoreEvents.sendScore(UUID.randomUUID(), "KFA.D", GROUP, "2023", 0.40);
        JsonPath after = awaitDraft(reviewer, "KFA", "2023", 4);
        assertEquals(List.of("KFA.A", "KFA.B", "KFA.C", "KFA.D"), after.getList("entries.unitCode"));
        assertEquals(0.7000f, after.getFloat("entries[1].index"), 1e-6);
        assertEquals(draft.getString("id"), after.getString("id"));
    }

    @Test
    void anAdminPublishesPortalsReadItAndACorrectionBecomesRevisionTwo() {
        String reviewer = Tokens.reviewer("KFB");
        String admin = Tokens.provinceAdmin("KFB");
        ScoreEvents.sendScore(UUID.randomUUID(), "KFB.A", GROUP, "2023", 0.62);
        ScoreEvents.sendScore(UUID.randomUUID(), "KFB.B", GROUP, "2023", 0.55);
        awaitDraft(reviewer, "KFB", "2023", 2);
        Response draft = current(reviewer, "KFB", "2023");
        String firstId = draft.path("id");
        String etag = draft.header("ETag");

        given().auth().oauth2(reviewer).contentType(ContentType.JSON).body(decision("1968/QĐ-UBND"))
                .post("/api/v1/rankings/" + firstId + "/publish").then().statusCode(403);
        given().auth().oauth2(Tokens.provinceAdmin("OTHER")).contentType(ContentType.JSON).body(decision("1/QĐ"))
                .post("/api/v1/rankings/" + firstId + "/publish").then().statusCode(404);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"999\"")
                .body(decision("1968/QĐ-UBND")).post("/api/v1/rankings/" + firstId + "/publish").then().statusCode(412);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("decisionDate", "2024-06-03"))
                .post("/api/v1/rankings/" + firstId + "/publish").then().statusCode(422)
                .body("errors[0].field", equalTo("decisionNo"));

        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", etag)
                .body(decision("1968/QĐ-UBND")).post("/api/v1/rankings/" + firstId + "/publish")
                .then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("revision", equalTo(1))
                .body("decisionNo", equalTo("1968/QĐ-UBND")).body("decisionDate", equalTo("2024-06-03"))
                .body("signer", equalTo("Chủ tịch UBND tỉnh"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(decision("1968/QĐ-UBND"))
                .post("/api/v1/rankings/" + firstId + "/publish").then().statusCode(409);

        Response portal = given().get("/api/v1/public/rankings?province=KFB&group=" + GROUP + "&period=2023");
        portal.then().statusCode(200).header("Cache-Control", equalTo("no-transform, max-age=300"))
                .body("revision", equalTo(1)).body("entries[0].unitCode", equalTo("KFB.A"));
        given().header("If-None-Match", portal.header("ETag"))
                .get("/api/v1/public/rankings?province=KFB&group=" + GROUP + "&period=2023").then().statusCode(304);
        given().get("/api/v1/public/units/KFB.B/scorecard?period=2023").then().statusCode(200)
                .body("rank", equalTo(2)).body("of", equalTo(2)).body("decisionNo", equalTo("1968/QĐ-UBND"))
                .body("groups.code", equalTo(List.of("NEN_TANG", "HOAT_DONG")));

        // A later score change opens draft revision 2 and leaves revision 1 as published.
        ScoreEvents.sendScore(UUID.randomUUID(), "KFB.B", GROUP, "2023", 0.66);
        String secondId = Eventually.await("draft revision 2", WAIT, () -> {
            Response r = current(reviewer, "KFB", "2023");
            return r.statusCode() == 200 && "DRAFT".equals(r.path("status")) ? r.<String>path("id") : null;
        });
        given().auth().oauth2(reviewer).get("/api/v1/rankings/" + secondId).then().statusCode(200)
                .body("revision", equalTo(2)).body("entries[0].unitCode", equalTo("KFB.B"));
        given().auth().oauth2(reviewer).get("/api/v1/rankings/" + firstId).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("entries[0].unitCode", equalTo("KFB.A"))
                .body("entries[1].index", equalTo(0.55f));
        given().get("/api/v1/public/rankings?province=KFB&group=" + GROUP + "&period=2023").then()
                .body("revision", equalTo(1));

        // A reporter of the province sees the published revision, not the draft.
        String reporter = Tokens.reporter("KFB.A");
        current(reporter, "KFB", "2023").then().statusCode(200).body("revision", equalTo(1));
        given().auth().oauth2(reporter).get("/api/v1/rankings/" + secondId).then().statusCode(404);
        given().auth().oauth2(Tokens.reviewer("OTHER")).get("/api/v1/rankings/" + firstId).then().statusCode(404);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(decision("2001/QĐ-UBND"))
                .post("/api/v1/rankings/" + secondId + "/publish").then().statusCode(200).body("revision", equalTo(2));
        given().auth().oauth2(reviewer).get("/api/v1/rankings/" + firstId).then().statusCode(200)
                .body("status", equalTo("SUPERSEDED")).body("supersededBy", equalTo(secondId));
        given().get("/api/v1/public/rankings?province=KFB&group=" + GROUP + "&period=2023").then().statusCode(200)
                .body("revision", equalTo(2)).body("decisionNo", equalTo("2001/QĐ-UBND"))
                .body("entries[0].unitCode", equalTo("KFB.B"));
        given().auth().oauth2(reviewer).queryParam("province", "KFB").queryParam("group", GROUP)
                .queryParam("period", "2023").get("/api/v1/rankings/revisions").then().statusCode(200)
                .body("total", equalTo(2)).body("items.revision", equalTo(List.of(2, 1)));

        List<ConsumerRecord<String, String>> published = ScoreEvents.companion().consumeStrings()
                .fromTopics("dti.ranking.events").awaitRecords(2, Duration.ofSeconds(30)).getRecords();
        List<JsonPath> ours = published.stream().map(r -> JsonPath.from(r.value()))
                .filter(e -> "KFB".equals(e.getString("payload.province"))).toList();
        assertEquals(2, ours.size(), "one RankingPublished per revision");
        assertEquals("RankingPublished", ours.get(1).getString("type"));
        assertEquals(2, ours.get(1).getInt("payload.revision"));
        assertEquals(firstId, ours.get(1).getString("payload.supersedes"));
    }

    @Test
    void movementAndHistoryFollowAUnitThroughItsMerger() {
        String reviewer = Tokens.reviewer("KFC");
        String admin = Tokens.provinceAdmin("KFC");
        ScoreEvents.sendScore(UUID.randomUUID(), "KFC.A", "huyen", "2022", 0.9);
        ScoreEvents.sendScore(UUID.randomUUID(), "KFC.OLD", "huyen", "2022", 0.5);
        ScoreEvents.sendScore(UUID.randomUUID(), "KFC.B", "huyen", "2022", 0.7);
        ScoreEvents.send("dti.unit.events", "KFC.OLD", ScoreEvents.unitMerged("KFC.OLD", "KFC.NEW", "huyen"));
        publish(admin, awaitDraft(reviewer, "KFC", "2022", 3, "huyen").getString("id"), "10/QĐ-UBND");
        // The merger travels on another topic than the scores: the 2023 ranking is built once it is known.
        Eventually.await("the merger of KFC.OLD into KFC.NEW", Duration.ofSeconds(30), () -> {
            List<String> codes = given().auth().oauth2(Tokens.reporter("KFC.NEW")).get("/api/v1/units/KFC.NEW/rank-history")
                    .then().statusCode(200).extract().jsonPath().getList("unitCode");
            return codes.contains("KFC.OLD") ? codes : null;
        });

        ScoreEvents.sendScore(UUID.randomUUID(), "KFC.A", "huyen", "2023", 0.6);
        ScoreEvents.sendScore(UUID.randomUUID(), "KFC.NEW", "huyen", "2023", 0.95);
        ScoreEvents.sendScore(UUID.randomUUID(), "KFC.B", "huyen", "2023", 0.7);
        ScoreEvents.sendScore(UUID.randomUUID(), "KFC.N", "huyen", "2023", 0.1);
        JsonPath draft = awaitDraft(reviewer, "KFC", "2023", 4, "huyen");
        assertEquals(List.of("KFC.NEW", "KFC.B", "KFC.A", "KFC.N"), draft.getList("entries.unitCode"));
        assertEquals(List.of(3, 2, 1), draft.getList("entries.previousRank").subList(0, 3));
        assertEquals(List.of(2, 0, -2), draft.getList("entries.movement").subList(0, 3));
        assertEquals(List.of("↑2", "=", "↓2", "mới"), draft.getList("entries.movementLabel"));
        assertEquals("NEW", draft.getString("entries[3].trend"));
        publish(admin, draft.getString("id"), "11/QĐ-UBND");

        given().auth().oauth2(Tokens.reporter("KFC.NEW")).get("/api/v1/units/KFC.NEW/rank-history").then()
                .statusCode(200)
                .body("period", equalTo(List.of("2022", "2023")))
                .body("unitCode", equalTo(List.of("KFC.OLD", "KFC.NEW")))
                .body("rank", equalTo(List.of(3, 1)))
                .body("of", equalTo(List.of(3, 4)));
        given().auth().oauth2(Tokens.reporter("KFC.B")).get("/api/v1/units/KFC.NEW/rank-history").then()
                .statusCode(404);
    }

    @Test
    void aMergerOrRenameLearntAfterTheScoresReRanksTheDraftButNotThePublishedRevision() {
        String reviewer = Tokens.reviewer("KFE");
        String admin = Tokens.provinceAdmin("KFE");
        ScoreEvents.sendScore(UUID.randomUUID(), "KFE.A", "huyen", "2022", 0.9);
        ScoreEvents.sendScore(UUID.randomUUID(), "KFE.OLD", "huyen", "2022", 0.5);
        ScoreEvents.sendScore(UUID.randomUUID(), "KFE.B", "huyen", "2022", 0.7);
        JsonPath published = awaitDraft(reviewer, "KFE", "2022", 3, "huyen");
        publish(admin, published.getString("id"), "20/QĐ-UBND");
        ScoreEvents.sendScore(UUID.randomUUID(), "KFE.A", "huyen", "2023", 0.6);
        ScoreEvents.sendScore(UUID.randomUUID(), "KFE.NEW", "huyen", "2023", 0.95);
        ScoreEvents.sendScore(UUID.randomUUID(), "KFE.B", "huyen", "2023", 0.7);
        JsonPath before = awaitDraft(reviewer, "KFE", "2023", 3, "huyen");
        assertEquals("NEW", before.getString("entries[0].trend"), "KFE.NEW is new until its merger is known");

        ScoreEvents.send("dti.unit.events", "KFE.OLD", ScoreEvents.unitMerged("KFE.OLD", "KFE.NEW", "huyen"));
        ScoreEvents.send("dti.unit.events", "KFE.B", ScoreEvents.unitRenamed("KFE.B", "Huyện Bình Mới", "huyen"));
        JsonPath after = Eventually.await("the draft re-ranked after the merger and the rename", WAIT, () -> {
            JsonPath draft = current(reviewer, "KFE", "2023", "huyen").jsonPath();
            return Integer.valueOf(3).equals(draft.get("entries[0].previousRank"))
                    && "Huyện Bình Mới".equals(draft.get("entries[1].unitName")) ? draft : null;
        });
        assertEquals(before.getString("id"), after.getString("id"), "the same draft, recomputed");
        assertEquals(List.of("KFE.NEW", "KFE.B", "KFE.A"), after.getList("entries.unitCode"));
        assertEquals(2, after.getInt("entries[0].movement"));

        JsonPath frozen = given().auth().oauth2(reviewer).get("/api/v1/rankings/" + published.getString("id"))
                .then().statusCode(200).extract().jsonPath();
        assertEquals("PUBLISHED", frozen.getString("status"));
        assertEquals("Đơn vị KFE.B", frozen.getString("entries.find { it.unitCode == 'KFE.B' }.unitName"));
        assertEquals(published.getList("entries.rank"), frozen.getList("entries.rank"));
    }

    @Test
    void exportsAreValidCsvAndXlsx() throws Exception {
        String reviewer = Tokens.reviewer("KFD");
        ScoreEvents.sendScore(UUID.randomUUID(), "KFD.A", GROUP, "2024", 0.6439);
        ScoreEvents.sendScore(UUID.randomUUID(), "KFD.B", GROUP, "2024", 0.5);
        String id = awaitDraft(reviewer, "KFD", "2024", 2).getString("id");

        Response csv = given().auth().oauth2(reviewer).get("/api/v1/rankings/" + id + "/export?format=csv");
        csv.then().statusCode(200).contentType(containsStringMatcher("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"xep-hang_KFD_so-ban-nganh_2024_r1.csv\"; filename*=UTF-8''xep-hang_KFD_so-ban-nganh_2024_r1.csv"));
        String text = new String(csv.asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFVị thứ / Rank,Trên tổng số / Of,Mã đơn vị / Unit code"), text);
        String[] lines = text.split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[1].startsWith("1,2,KFD.A,Đơn vị KFD.A,0.6439,643.9,,,1,1,Khá,0.6439,0.6439"), lines[1]);

        byte[] xlsx = given().auth().oauth2(reviewer).get("/api/v1/rankings/" + id + "/export?format=xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("Xếp hạng");
            assertEquals("Vị thứ / Rank", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(0.6439, sheet.getRow(1).getCell(4).getNumericCellValue(), 1e-9);
            assertEquals("0.0000", sheet.getRow(1).getCell(4).getCellStyle().getDataFormatString());
            assertEquals("Đơn vị KFD.B", sheet.getRow(2).getCell(3).getStringCellValue());
            assertEquals("Chỉ số NEN_TANG / Index NEN_TANG", sheet.getRow(0).getCell(11).getStringCellValue());
        }
        given().auth().oauth2(reviewer).get("/api/v1/rankings/" + id + "/export?format=pdf").then().statusCode(422)
                .body("errors[0].field", equalTo("format"));
        given().auth().oauth2(Tokens.reviewer("OTHER")).get("/api/v1/rankings/" + id + "/export?format=csv").then()
                .statusCode(404);
    }

    @Test
    void readsNeedATokenAndAProvince() {
        given().get("/api/v1/rankings?province=KFA&group=" + GROUP + "&period=2023").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.reviewer("KFA")).get("/api/v1/rankings?group=" + GROUP + "&period=2023Q5")
                .then().statusCode(422).body("errors[0].field", equalTo("period"));
        given().auth().oauth2(Tokens.reviewer("OTHER")).get("/api/v1/rankings?province=KFA&group=" + GROUP
                + "&period=2030").then().statusCode(404);
    }

    private static org.hamcrest.Matcher<String> containsStringMatcher(String part) {
        return org.hamcrest.Matchers.containsString(part);
    }

    private static Map<String, String> decision(String number) {
        return Map.of("decisionNo", number, "decisionDate", "2024-06-03", "signer", "Chủ tịch UBND tỉnh");
    }

    private static void publish(String admin, String id, String number) {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(decision(number))
                .post("/api/v1/rankings/" + id + "/publish").then().statusCode(200).body("id", notNullValue())
                .body("supersededBy", nullValue());
    }

    private static Response current(String token, String province, String period, String group) {
        return given().auth().oauth2(token).queryParam("province", province).queryParam("group", group)
                .queryParam("period", period).get("/api/v1/rankings");
    }

    private static Response current(String token, String province, String period) {
        return given().auth().oauth2(token).queryParam("province", province).queryParam("group", GROUP)
                .queryParam("period", period).get("/api/v1/rankings");
    }

    private static JsonPath awaitDraft(String token, String province, String period, int units) {
        return awaitDraft(token, province, period, units, GROUP);
    }

    private static JsonPath awaitDraft(String token, String province, String period, int units, String group) {
        return Eventually.await(units + " units in the draft of " + province + " " + period, WAIT, () -> {
            Response response = given().auth().oauth2(token).queryParam("province", province)
                    .queryParam("group", group).queryParam("period", period).get("/api/v1/rankings");
            if (response.statusCode() != 200 || response.jsonPath().getList("entries").size() != units) {
                return null;
            }
            return response.jsonPath();
        });
    }
}
