package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dti.indicator.support.ReportEvents.Value.of;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.indicator.scoring.InputValue;
import vn.dti.indicator.scoring.ScoreCard;
import vn.dti.indicator.scoring.ScoringEngine;
import vn.dti.indicator.scoring.UnitLevel;
import vn.dti.indicator.scoring.UnitProfile;
import vn.dti.indicator.service.FrameworkRegistry;
import vn.dti.indicator.service.FrameworkRegistry.ActiveVersion;
import vn.dti.indicator.support.Eventually;
import vn.dti.indicator.support.InfrastructureTestResource;
import vn.dti.indicator.support.ReportEvents;
import vn.dti.indicator.support.ReportEvents.Value;
import vn.dti.indicator.support.Tokens;

/**
 * A burst of acceptances in one peer group is scored in batches (units queued per group, bests
 * computed once per batch), and ends exactly where scoring the units one by one would: every
 * score equals the engine's with the group's final bests, explanation tree included.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class PeerGroupBurstTest {

    private static final String TOPIC = "dti.report.events";
    private static final String GROUP = "so-ban-nganh";
    private static final String PERIOD = "2023";
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Inject
    FrameworkRegistry registry;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    record Unit(String code, UUID reportId, List<Value> values) {
    }

    @Test
    void aBurstInOneGroupScoresEveryUnitOnceAsScoringThemOneByOneWould() throws Exception {
        String province = "BU" + (char) ('A' + new Random().nextInt(26)) + (char) ('A' + new Random().nextInt(26));
        List<Unit> units = burst(province, 80);
        // ascending budgets: each acceptance raises the group's highest fin.dx_budget (2.4) for everyone
        ReportEvents.publishAll(TOPIC, units.stream().map(u -> (Map.Entry<String, Map<String, Object>>)
                new AbstractMap.SimpleEntry<>(u.code(), ReportEvents.envelope(UUID.randomUUID(), "ReportAccepted", u.code(),
                        ReportEvents.report(u.reportId(), 1, u.code(), "DEPARTMENT", GROUP, PERIOD, u.values()))))
                .toList());

        Eventually.await(() -> settled(province), settled -> settled, WAIT);

        Map<String, BigDecimal> bests = bestsOf(province, units);
        ActiveVersion framework = registry.resolve(province, GROUP, PERIOD).orElseThrow();
        for (Unit unit : units) {
            ScoreCard expected = ScoringEngine.score(framework.framework(),
                    new UnitProfile(unit.code(), UnitLevel.DEPARTMENT, GROUP), inputs(unit), bests);
            for (String stage : List.of("REVIEWED", "FINAL")) {
                JsonNode stored = json.readTree(given().auth().oauth2(Tokens.admin())
                        .get("/api/v1/scores/" + unit.code() + "/" + PERIOD + "?stage=" + stage).then().statusCode(200)
                        .extract().asString());
                assertEquals(0, expected.points().compareTo(stored.path("pointsExact").decimalValue()),
                        unit.code() + " " + stage + " points");
                assertEquals(json.readTree(json.writeValueAsString(expected.indices())), stored.path("explanation"),
                        unit.code() + " " + stage + " explanation");
            }
        }
        assertEquals(units.size() * 2L, count("select count(*) from score where province_code = ?1", province),
                "one REVIEWED and one FINAL score per unit, none lost, none twice");
        assertEquals(units.size() * 2L, count("select count(distinct e.event_key || (e.envelope::jsonb -> 'payload' ->> 'unitCode')"
                + " || (e.envelope::jsonb -> 'payload' ->> 'stage')) from outbox_event e"
                + " where e.event_key = ?1", province + ":" + GROUP), "every score published, keyed by province and group");
    }

    @Test
    void aStoredExplanationOfTheFormerWholeTreeFormIsStillReadAsItWas() throws Exception {
        String unit = "OLD.SNV";
        UUID report = UUID.randomUUID();
        List<Value> values = List.of(of("dir.annual_plan", true), of("dvc.online_full", 5), of("dvc.procedures_total", 6));
        ReportEvents.publish(TOPIC, unit, ReportEvents.envelope(UUID.randomUUID(), "ReportAccepted", unit,
                ReportEvents.report(report, 1, unit, "DEPARTMENT", GROUP, PERIOD, values)));
        Eventually.await(() -> given().auth().oauth2(Tokens.admin()).get("/api/v1/scores/" + unit + "/" + PERIOD
                + "?stage=REVIEWED").statusCode(), status -> status == 200, WAIT);
        JsonNode rebuilt = json.readTree(given().auth().oauth2(Tokens.admin())
                .get("/api/v1/scores/" + unit + "/" + PERIOD + "?stage=REVIEWED").asString());

        ActiveVersion framework = registry.resolve("OLD", GROUP, PERIOD).orElseThrow();
        ScoreCard whole = ScoringEngine.score(framework.framework(), new UnitProfile(unit, UnitLevel.DEPARTMENT, GROUP),
                inputs(new Unit(unit, report, values)), Map.of());
        String wholeTree = json.writeValueAsString(whole);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update score set explanation = ?1"
                + " where unit_code = ?2 and stage = 'REVIEWED'").setParameter(1, wholeTree).setParameter(2, unit)
                .executeUpdate());
        JsonNode legacy = json.readTree(given().auth().oauth2(Tokens.admin())
                .get("/api/v1/scores/" + unit + "/" + PERIOD + "?stage=REVIEWED").asString());

        assertEquals(json.readTree(json.writeValueAsString(whole.indices())), legacy.path("explanation"));
        assertEquals(legacy.path("explanation"), rebuilt.path("explanation"));
    }

    @Test
    void aBatchWhoseScoresCannotBeStoredStaysQueuedAndIsScoredOnceTheCauseIsGone() {
        String unit = "FLQ.SNV";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("alter table score add constraint"
                + " refuse_flq check (unit_code <> 'FLQ.SNV') not valid").executeUpdate());
        try {
            ReportEvents.publish(TOPIC, unit, ReportEvents.envelope(UUID.randomUUID(), "ReportAccepted", unit,
                    ReportEvents.report(UUID.randomUUID(), 1, unit, "DEPARTMENT", GROUP, PERIOD,
                            List.of(of("dir.annual_plan", true)))));
            Eventually.await(() -> count("select count(*) from input_set where unit_code = ?1", unit), n -> n == 1, WAIT);
            sleep(Duration.ofSeconds(3)); // several failed attempts of the worker
            Eventually.await(PeerGroupBurstTest::pendingGauge, pending -> pending >= 1, WAIT);
            assertEquals(1, count("select count(*) from score_pending where unit_code = ?1", unit), "still queued");
            assertEquals(0, count("select count(*) from score where unit_code = ?1", unit));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("alter table score drop constraint refuse_flq")
                    .executeUpdate());
        }
        Eventually.await(() -> count("select count(*) from score where unit_code = ?1", unit), n -> n == 2, WAIT);
        assertEquals(0, count("select count(*) from score_pending where unit_code = ?1", unit));
    }

    /** The {@code dti.scores.pending} gauge as Prometheus shows it. */
    private static double pendingGauge() {
        return given().get("/q/metrics").asString().lines().filter(line -> line.startsWith("dti_scores_pending "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1).trim()))
                .findFirst().orElse(-1);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<Unit> burst(String province, int size) {
        Random random = new Random(size);
        List<Unit> units = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            units.add(new Unit(province + ".S" + String.format("%03d", i), UUID.randomUUID(), List.of(
                    of("dir.annual_plan", random.nextBoolean()), of("dir.steering_committee", random.nextBoolean()),
                    of("dvc.online_full", random.nextInt(50)), of("dvc.procedures_total", 50 + random.nextInt(50)),
                    of("fin.dx_budget", 1_000_000L * i + random.nextInt(1000)))));
        }
        return units;
    }

    private boolean settled(String province) {
        return count("select count(*) from score where province_code = ?1 and stage = 'FINAL'", province) == 80
                && count("select count(*) from score_pending where province_code = ?1", province) == 0;
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    private Map<String, BigDecimal> bestsOf(String province, List<Unit> units) {
        ActiveVersion framework = registry.resolve(province, GROUP, PERIOD).orElseThrow();
        Map<String, BigDecimal> bests = new HashMap<>();
        for (Unit unit : units) {
            ScoringEngine.bestInGroupValues(framework.framework(), new UnitProfile(unit.code(), UnitLevel.DEPARTMENT, GROUP),
                    inputs(unit)).forEach((component, value) -> bests.merge(component, value, BigDecimal::max));
        }
        return bests;
    }

    private static Map<String, InputValue> inputs(Unit unit) {
        Map<String, InputValue> values = new HashMap<>();
        for (Value value : unit.values()) {
            BigDecimal number = value.value() instanceof Boolean b ? (b ? BigDecimal.ONE : BigDecimal.ZERO)
                    : new BigDecimal(value.value().toString());
            values.put(value.element(), new InputValue(value.element(), number, unit.reportId(), 1, value.adjusted()));
        }
        return values;
    }
}
