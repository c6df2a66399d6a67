package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dti.indicator.support.ReportEvents.Value.of;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dti.indicator.events.ReportPayload;
import vn.dti.indicator.events.UnitChanged;
import vn.dti.indicator.scoring.UnitLevel;
import vn.dti.indicator.service.UnitDirectory;
import vn.dti.indicator.support.Eventually;
import vn.dti.indicator.support.InfrastructureTestResource;
import vn.dti.indicator.support.ReportEvents;
import vn.dti.indicator.support.Tokens;

/** Consumers never lose an event: races are upserts, unreadable records become replayable dead letters. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class EventDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String DEAD_LETTERS = "/api/v1/admin/indicator/dead-letters";

    @Inject
    UnitDirectory units;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Test
    void consumersLearningTheSameNewUnitAtOnceDoNotCollide() throws Exception {
        String unit = "RACE.S" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        int writers = 8;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                boolean fromUnitEvent = i % 2 == 0;
                done.add(pool.submit((Callable<Void>) () -> {
                    QuarkusTransaction.requiringNew().run(() -> {
                        await(start);
                        if (fromUnitEvent) {
                            units.apply(new UnitChanged("CREATED", unit, "Sở Đua", "Race Department",
                                    UnitLevel.DEPARTMENT, "so-ban-nganh", "RACE", "RACE", LocalDate.of(2024, 1, 1), null,
                                    null, null));
                        } else {
                            units.learnFrom(new ReportPayload(UUID.randomUUID(), 1, unit, "Sở Đua",
                                    UnitLevel.DEPARTMENT, "so-ban-nganh", "RACE", "2024", null, "reviewer", List.of()));
                        }
                    });
                    return null;
                }));
            }
            for (Future<Void> writer : done) {
                writer.get(); // a duplicate-key race would fail here
            }
        } finally {
            pool.shutdownNow();
        }
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from unit_info where unit_code = ?1").setParameter(1, unit)
                .getSingleResult()).longValue());
        assertEquals(1, rows);
    }

    @Test
    void aUnitCreatedAndReportedOnTogetherIsScored() {
        String unit = "RACE.SNV" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        Map<String, Object> created = Map.of("change", "CREATED", "unitCode", unit, "name", "Sở mới", "level",
                "DEPARTMENT", "group", "so-ban-nganh", "province", "RACE");
        ReportEvents.publish("dti.unit.events", unit, ReportEvents.envelope(UUID.randomUUID(), "UnitChanged", unit, created));
        ReportEvents.publish("dti.report.events", unit, ReportEvents.envelope(UUID.randomUUID(), "ReportAccepted", unit,
                ReportEvents.report(UUID.randomUUID(), 1, unit, "DEPARTMENT", "so-ban-nganh", "2021",
                        List.of(of("dir.annual_plan", true)))));
        Eventually.await(() -> given().auth().oauth2(Tokens.admin()).get("/api/v1/scores/" + unit + "/2021?stage=FINAL")
                .statusCode(), status -> status == 200, WAIT);
    }

    @Test
    void anUnreadableRecordIsDeadLetteredListedAndReplayedOnceFixed() throws Exception {
        String unit = "DLQ.SNV";
        UUID eventId = UUID.randomUUID();
        Map<String, Object> broken = ReportEvents.envelope(eventId, "ReportAccepted", unit, Map.of("unitCode", unit));
        ReportEvents.publish("dti.report.events", unit, broken);

        JsonPath letters = Eventually.await(() -> given().auth().oauth2(Tokens.admin()).get(DEAD_LETTERS).jsonPath(),
                page -> page.getList("eventId").contains(eventId.toString()), WAIT);
        int index = letters.getList("eventId").indexOf(eventId.toString());
        long id = letters.getLong("[" + index + "].id");
        assertEquals("report-events", letters.getString("[" + index + "].channel"));
        given().auth().oauth2(Tokens.admin()).get("/q/health/well").then()
                .body("checks.name", hasItem("dead-letters"));
        given().auth().oauth2(Tokens.reviewer("DLQ")).get(DEAD_LETTERS).then().statusCode(403);

        given().auth().oauth2(Tokens.admin()).post(DEAD_LETTERS + "/" + id + "/replay").then()
                .statusCode(409).contentType("application/problem+json");

        // the cause fixed (here: the stored record corrected), the replay applies it once
        String fixed = json.writeValueAsString(ReportEvents.envelope(eventId, "ReportAccepted", unit,
                ReportEvents.report(UUID.randomUUID(), 1, unit, "DEPARTMENT", "so-ban-nganh", "2021",
                        List.of(of("dir.annual_plan", true)))));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update dead_letter set record = ?2 where id = ?1")
                .setParameter(1, id).setParameter(2, fixed).executeUpdate());
        given().auth().oauth2(Tokens.admin()).post(DEAD_LETTERS + "/" + id + "/replay").then()
                .statusCode(200).body("replayed", equalTo(true));
        // the replayed values are stored at once; their unit is scored by the score queue right after
        Eventually.await(() -> given().auth().oauth2(Tokens.admin()).get("/api/v1/scores/" + unit + "/2021?stage=FINAL")
                .andReturn(), r -> r.statusCode() == 200 && Float.valueOf(30.0f).equals(r.path("points")), WAIT);
        given().auth().oauth2(Tokens.admin()).get(DEAD_LETTERS).then()
                .body("id", org.hamcrest.Matchers.not(hasItem((int) id)));
        given().auth().oauth2(Tokens.admin()).get(DEAD_LETTERS + "?limit=0").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void activatingAFrameworkRescoresTheUnitsItCoversThroughEvents() {
        String unit = "ACU.SNV";
        ReportEvents.publish("dti.report.events", unit, ReportEvents.envelope(UUID.randomUUID(), "ReportAccepted", unit,
                ReportEvents.report(UUID.randomUUID(), 1, unit, "DEPARTMENT", "so-ban-nganh", "2026",
                        List.of(of("dir.steering_committee", true)))));
        awaitFinal(unit, "2026", "dti-mau-2024", 30.0f);

        Map<String, Object> document = JsonPath.from(given().auth().oauth2(Tokens.admin())
                .get("/api/v1/frameworks/dti-mau-2024/versions/1").then().statusCode(200).extract().asString()).getMap("");
        document.put("code", "dti-rescore-test");
        List<Map<String, Object>> indices = (List<Map<String, Object>>) document.get("indices");
        List<Map<String, Object>> components = (List<Map<String, Object>>) indices.get(0).get("components");
        components.get(0).put("maxPoints", 40); // 1.1 weighs 40 instead of 30, 1.2 10 instead of 20
        components.get(1).put("maxPoints", 10);
        int version = given().auth().oauth2(Tokens.admin()).contentType(io.restassured.http.ContentType.JSON)
                .body(document).post("/api/v1/frameworks").then().statusCode(201).extract().path("version");
        given().auth().oauth2(Tokens.admin()).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("provinces", List.of("ACU"), "fromPeriod", "2026"))
                .post("/api/v1/frameworks/dti-rescore-test/versions/" + version + "/activations").then().statusCode(201);

        awaitFinal(unit, "2026", "dti-rescore-test", 40.0f); // no recompute asked for
    }

    private static void awaitFinal(String unit, String period, String framework, float points) {
        Eventually.await(() -> given().auth().oauth2(Tokens.admin())
                .get("/api/v1/scores/" + unit + "/" + period + "?stage=FINAL").andReturn(),
                r -> r.statusCode() == 200 && framework.equals(r.path("framework"))
                        && Float.valueOf(points).equals(r.path("points")), WAIT);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
