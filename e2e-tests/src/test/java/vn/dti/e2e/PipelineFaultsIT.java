package vn.dti.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The scoring pipeline under faults, driven from outside with the stack's own processes
 * (deploy/local/fault.sh): a burst of acceptances in one peer group with Kafka killed, a service
 * killed (kill -9), PostgreSQL stopped, and with second instances sharing the work. Afterwards every
 * FINAL score equals a recomputation from the accepted reports, the draft ranking ranks exactly the
 * scored units by their scores, and no event is dead-lettered.
 */
@ExtendWith(RunningSuite.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineFaultsIT {

    private static final String GATEWAY = RunningSuite.GATEWAY;
    private static final String PROVINCE = "BDI";
    private static final String GROUP = "so-ban-nganh";
    private static final Duration SETTLE = Duration.ofSeconds(120);
    private static final String SECOND_INDICATOR_PORT = System.getenv().getOrDefault("DTI_INDICATOR_PORT_2", "");
    private static final String SECOND_RANKING_PORT = System.getenv().getOrDefault("DTI_RANKING_PORT_2", "");

    private static String admin;
    private static List<String> units;
    private static int nextYear = 2016;

    @BeforeAll
    static void unitsOfTheGroup() {
        admin = Keycloak.tokenOf("admin");
        units = given().auth().oauth2(admin).when()
                .get(GATEWAY + "/api/v1/units?province=" + PROVINCE + "&group=" + GROUP + "&size=500")
                .then().statusCode(200).extract().jsonPath().getList("items.code", String.class);
        assertTrue(units.size() >= 10, "the demo province has its departments");
        scoreTheYearsBeforeTheSeededActivation();
    }

    /** The seeded framework is in force from 2021; the bursts use earlier years that hold no demo data. */
    private static void scoreTheYearsBeforeTheSeededActivation() {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"provinces\":[\"" + PROVINCE + "\"],\"fromPeriod\":\"2016\",\"toPeriod\":\"2020\"}")
                .when().post(GATEWAY + "/api/v1/frameworks/dti-mau-2024/versions/1/activations")
                .then().statusCode(201);
    }

    @Test
    @Order(1)
    void kafkaKilledMidBurstLosesNothing() {
        String period = burst(() -> {
            Faults.run("kill-kafka");
            Faults.pause(5_000);
            Faults.run("start-kafka");
        });
        assertEverythingFinalAndConsistent(period);
    }

    @Test
    @Order(2)
    void indicatorServiceKilledMidBurstRecovers() {
        String period = burst(() -> {
            Faults.run("kill", "indicator-service");
            Faults.run("start", "indicator-service");
        });
        assertEverythingFinalAndConsistent(period);
    }

    @Test
    @Order(3)
    void rankingServiceKilledMidBurstRecovers() {
        String period = burst(() -> {
            Faults.run("kill", "ranking-service");
            Faults.run("start", "ranking-service");
        });
        assertEverythingFinalAndConsistent(period);
    }

    @Test
    @Order(4)
    void postgresStoppedUnderWritesLosesNothing() {
        String period = burst(() -> {
            Faults.run("stop-postgres");
            Faults.pause(15_000);
            Faults.run("start-postgres");
        });
        assertEverythingFinalAndConsistent(period);
    }

    @Test
    @Order(5)
    void secondInstancesShareTheWorkWithoutLosingOrRepeatingIt() {
        String indicatorPort = SECOND_INDICATOR_PORT.isBlank() ? "8084" : SECOND_INDICATOR_PORT;
        String rankingPort = SECOND_RANKING_PORT.isBlank() ? "8085" : SECOND_RANKING_PORT;
        Faults.run("start-second", "indicator-service", indicatorPort);
        Faults.run("start-second", "ranking-service", rankingPort);
        try {
            String period = burst(() -> Faults.run("kill", "indicator-service"));
            Faults.run("start", "indicator-service"); // the gateway reads through the first instance
            assertEverythingFinalAndConsistent(period);
        } finally {
            Faults.run("start", "indicator-service");
            Faults.run("stop-second", "indicator-service");
            Faults.run("stop-second", "ranking-service");
        }
    }

    /** Imports values for every unit of the group, then submits and accepts them; the fault strikes halfway. */
    private static String burst(Runnable fault) {
        String period = freshYear();
        importValues(period);
        JsonPath imported = given().auth().oauth2(admin).when()
                .get(GATEWAY + "/api/v1/reports?province=" + PROVINCE + "&period=" + period + "&size=500")
                .then().statusCode(200).extract().jsonPath();
        List<String> reports = imported.getList("items.id", String.class);
        units = imported.getList("items.unitCode", String.class); // units closed or merged before have none
        assertTrue(units.size() >= 10, "a report per unit of the group");
        Instant started = Instant.now();
        for (int i = 0; i < reports.size(); i++) {
            if (i == reports.size() / 2) {
                fault.run();
            }
            accept(reports.get(i));
        }
        System.out.printf("[PipelineFaultsIT] %s: %d acceptances in %d ms%n", period, reports.size(),
                Duration.between(started, Instant.now()).toMillis());
        return period;
    }

    private static String freshYear() {
        while (true) {
            String period = Integer.toString(nextYear++);
            int total = given().auth().oauth2(admin).when()
                    .get(GATEWAY + "/api/v1/reports?province=" + PROVINCE + "&period=" + period)
                    .then().statusCode(200).extract().path("total");
            if (total == 0) {
                return period;
            }
        }
    }

    private static void importValues(String period) {
        Random random = new Random(period.hashCode());
        StringBuilder csv = new StringBuilder("unit,period,element,value\n");
        for (String unit : units) {
            int total = 5 + random.nextInt(20);
            csv.append(unit).append(',').append(period).append(",dir.steering_committee,").append(random.nextBoolean()).append('\n')
                    .append(unit).append(',').append(period).append(",dvc.procedures_total,").append(total).append('\n')
                    .append(unit).append(',').append(period).append(",dvc.online_full,").append(random.nextInt(total + 1)).append('\n')
                    .append(unit).append(',').append(period).append(",doc.signed_pct,").append(random.nextInt(101)).append('\n')
                    .append(unit).append(',').append(period).append(",fin.dx_budget,").append(100_000_000L * (1 + random.nextInt(50))).append('\n');
        }
        retrying(() -> given().auth().oauth2(admin).contentType("text/csv").body(csv.toString())
                .when().post(GATEWAY + "/api/v1/data-value-sets").statusCode() == 200, "import of " + period);
    }

    /** Submits and accepts a report; a call the fault interrupted is retried (409: it already happened). */
    private static void accept(String report) {
        retrying(() -> succeededOrDone(given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .when().post(GATEWAY + "/api/v1/reports/" + report + "/submit")), "submit " + report);
        retrying(() -> succeededOrDone(given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"decision\":\"ACCEPT\",\"comment\":\"e2e\"}")
                .when().post(GATEWAY + "/api/v1/reports/" + report + "/review")), "accept " + report);
    }

    private static boolean succeededOrDone(Response response) {
        return response.statusCode() == 200 || response.statusCode() == 409;
    }

    private static void assertEverythingFinalAndConsistent(String period) {
        Instant settling = Instant.now();
        Map<String, Float> scores = awaitScores(period);
        System.out.printf("[PipelineFaultsIT] %s: every unit FINAL %d ms after the last acceptance%n", period,
                Duration.between(settling, Instant.now()).toMillis());

        given().auth().oauth2(admin).when()
                .post(GATEWAY + "/api/v1/scores/recompute?period=" + period + "&province=" + PROVINCE + "&group=" + GROUP)
                .then().statusCode(200);
        Map<String, Float> recomputed = finalIndexes(period);
        assertEquals(scores, recomputed, "scores equal a recomputation from the accepted reports");

        JsonPath ranking = awaitRankingOf(recomputed, period);
        List<String> ranked = ranking.getList("entries.unitCode", String.class);
        assertEquals(new HashSet<>(ranked).size(), ranked.size(), "no unit ranked twice");
        List<Float> indexes = ranking.getList("entries.index", Float.class);
        for (int i = 1; i < indexes.size(); i++) {
            assertTrue(indexes.get(i - 1) >= indexes.get(i), "ranked by index");
        }
        assertEquals(0, openDeadLetters("indicator") + openDeadLetters("ranking"), "no dead letters");
        // Reconciliation reads report-service with its own service token: no unit lags its accepted version.
        given().auth().oauth2(admin).when().post(GATEWAY + "/api/v1/admin/indicator/reconciliation")
                .then().statusCode(200).body("behindReportService", org.hamcrest.Matchers.equalTo(0));
    }

    private static Map<String, Float> awaitScores(String period) {
        Instant deadline = Instant.now().plus(SETTLE);
        Map<String, Float> scores = Map.of();
        while (Instant.now().isBefore(deadline)) {
            scores = finalIndexes(period);
            if (scores.keySet().containsAll(units) && acceptedEverywhere(period)) {
                return scores;
            }
            Faults.pause(500);
        }
        throw new AssertionError("only " + scores.size() + " of " + units.size() + " units have a FINAL score for " + period);
    }

    private static boolean acceptedEverywhere(String period) {
        int accepted = given().auth().oauth2(admin).when()
                .get(GATEWAY + "/api/v1/reports?province=" + PROVINCE + "&period=" + period + "&status=ACCEPTED")
                .then().extract().path("total");
        return accepted == units.size();
    }

    private static Map<String, Float> finalIndexes(String period) {
        Response response = given().auth().oauth2(admin).when().get(GATEWAY + "/api/v1/scores?period=" + period
                + "&province=" + PROVINCE + "&group=" + GROUP + "&stage=FINAL&size=500");
        if (response.statusCode() != 200) {
            return Map.of();
        }
        Map<String, Float> indexes = new HashMap<>();
        JsonPath page = response.jsonPath();
        List<String> codes = page.getList("items.unitCode", String.class);
        List<Float> values = page.getList("items.index", Float.class);
        for (int i = 0; i < codes.size(); i++) {
            indexes.put(codes.get(i), values.get(i));
        }
        return indexes;
    }

    /** The draft ranking once it ranks exactly the scored units with their indexes. */
    private static JsonPath awaitRankingOf(Map<String, Float> scores, String period) {
        Instant deadline = Instant.now().plus(SETTLE);
        String last = "no ranking";
        while (Instant.now().isBefore(deadline)) {
            Response response = given().auth().oauth2(admin).when()
                    .get(GATEWAY + "/api/v1/rankings?province=" + PROVINCE + "&group=" + GROUP + "&period=" + period);
            if (response.statusCode() == 200) {
                JsonPath ranking = response.jsonPath();
                Map<String, Float> ranked = new HashMap<>();
                List<String> codes = ranking.getList("entries.unitCode", String.class);
                List<Float> indexes = ranking.getList("entries.index", Float.class);
                for (int i = 0; i < codes.size(); i++) {
                    ranked.put(codes.get(i), indexes.get(i));
                }
                if (ranked.equals(scores) && codes.size() == scores.size()) {
                    return ranking;
                }
                last = ranked.size() + " entries";
            }
            Faults.pause(500);
        }
        throw new AssertionError("the draft ranking of " + period + " does not rank the scores: " + last);
    }

    private static int openDeadLetters(String service) {
        List<Object> open = new ArrayList<>(given().auth().oauth2(admin).when()
                .get(GATEWAY + "/api/v1/admin/" + service + "/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("$"));
        return open.size();
    }

    private static void retrying(BooleanSupplier call, String what) {
        Instant deadline = Instant.now().plus(SETTLE);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (call.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException connectionRefused) {
                // the gateway or a service is restarting
            }
            Faults.pause(500);
        }
        throw new AssertionError(what + " did not succeed within " + SETTLE);
    }
}
