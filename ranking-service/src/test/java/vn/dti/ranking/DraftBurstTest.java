package vn.dti.ranking;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.dti.ranking.support.Eventually;
import vn.dti.ranking.support.InfrastructureTestResource;
import vn.dti.ranking.support.ScoreEvents;
import vn.dti.ranking.support.Tokens;

/** A burst of scores for one peer group is ranked in a few recomputations of its draft, not one per score. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class DraftBurstTest {

    private static final int UNITS = 300;

    @Inject
    MeterRegistry registry;

    @Test
    void aBurstOfScoresInOneGroupCoalescesIntoFewerRecomputationsThanScores() {
        double before = recomputations();
        List<ProducerRecord<String, String>> burst = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            String unit = "KBU.X%03d".formatted(i);
            burst.add(new ProducerRecord<>("dti.score.events", "KBU:xa",
                    ScoreEvents.scoresComputed(UUID.randomUUID(), unit, "xa", "2023", (i % 97) / 100.0)));
        }
        ScoreEvents.companion().produceStrings().fromRecords(burst).awaitCompletion();

        String reviewer = Tokens.reviewer("KBU");
        JsonPath draft = Eventually.await(UNITS + " units ranked", Duration.ofSeconds(60), () -> {
            Response response = given().auth().oauth2(reviewer).queryParam("province", "KBU").queryParam("group", "xa")
                    .queryParam("period", "2023").get("/api/v1/rankings");
            return response.statusCode() == 200 && response.jsonPath().getList("entries").size() == UNITS
                    ? response.jsonPath() : null;
        });
        assertEquals(0.96f, draft.getFloat("entries[0].index"), 1e-6);
        assertEquals(UNITS, draft.getInt("entries[0].of"));
        double recomputed = recomputations() - before;
        assertTrue(recomputed >= 1 && recomputed < UNITS, UNITS + " scores, " + recomputed + " recomputations of the draft");
    }

    @Test
    void aBatchKeepsTheNewestComputationOfEachUnitAndARedeliveredBatchChangesNothing() {
        String older = ScoreEvents.scoresComputed(UUID.randomUUID(), "KBN.A", "xa", "2023", 0.1);
        String newer = ScoreEvents.scoresComputed(UUID.randomUUID(), "KBN.A", "xa", "2023", 0.9);
        String other = ScoreEvents.scoresComputed(UUID.randomUUID(), "KBN.B", "xa", "2023", 0.5);
        List<ProducerRecord<String, String>> batch = List.of(new ProducerRecord<>("dti.score.events", "KBN:xa", newer),
                new ProducerRecord<>("dti.score.events", "KBN:xa", older),
                new ProducerRecord<>("dti.score.events", "KBN:xa", other));
        ScoreEvents.companion().produceStrings().fromRecords(batch).awaitCompletion();
        assertEquals(List.of(0.9f, 0.5f), rankedIndices("KBN", 2));

        List<ProducerRecord<String, String>> redelivered = new ArrayList<>(batch);
        redelivered.add(new ProducerRecord<>("dti.score.events", "KBN:xa",
                ScoreEvents.scoresComputed(UUID.randomUUID(), "KBN.C", "xa", "2023", 0.3)));
        ScoreEvents.companion().produceStrings().fromRecords(redelivered).awaitCompletion();
        assertEquals(List.of(0.9f, 0.5f, 0.3f), rankedIndices("KBN", 3));
    }

    @Test
    void aChangeOfRanksInAPeriodMovesTheNextPeriodsDraft() {
        ScoreEvents.sendScore(UUID.randomUUID(), "KBP.A", "xa", "2022", 0.9);
        ScoreEvents.sendScore(UUID.randomUUID(), "KBP.B", "xa", "2022", 0.5);
        ScoreEvents.sendScore(UUID.randomUUID(), "KBP.A", "xa", "2023", 0.8);
        ScoreEvents.sendScore(UUID.randomUUID(), "KBP.B", "xa", "2023", 0.6);
        assertEquals(List.of(1, 2), previousRanks("KBP", "2023", List.of(1, 2)));

        ScoreEvents.sendScore(UUID.randomUUID(), "KBP.B", "xa", "2022", 0.95); // B overtakes A in 2022
        assertEquals(List.of(2, 1), previousRanks("KBP", "2023", List.of(2, 1)));
    }

    /** The 2023 draft's previous ranks of A and B, once they are {@code expected}. */
    private static List<Integer> previousRanks(String province, String period, List<Integer> expected) {
        return Eventually.await("previous ranks " + expected, Duration.ofSeconds(30), () -> {
            Response response = given().auth().oauth2(Tokens.reviewer(province)).queryParam("province", province)
                    .queryParam("group", "xa").queryParam("period", period).get("/api/v1/rankings");
            if (response.statusCode() != 200) {
                return null;
            }
            Map<String, Integer> previous = new HashMap<>();
            List<Map<String, Object>> entries = response.jsonPath().getList("entries");
            entries.forEach(e -> previous.put((String) e.get("unitCode"), (Integer) e.get("previousRank")));
            List<Integer> ranks = Arrays.asList(previous.get(province + ".A"), previous.get(province + ".B"));
            return ranks.equals(expected) ? ranks : null;
        });
    }

    private static List<Float> rankedIndices(String province, int units) {
        JsonPath draft = Eventually.await(units + " units of " + province + " ranked", Duration.ofSeconds(30), () -> {
            Response response = given().auth().oauth2(Tokens.reviewer(province)).queryParam("province", province)
                    .queryParam("group", "xa").queryParam("period", "2023").get("/api/v1/rankings");
            return response.statusCode() == 200 && response.jsonPath().getList("entries").size() == units
                    ? response.jsonPath() : null;
        });
        return draft.getList("entries.index", Float.class);
    }

    @Test
    void anUnreadableRecordInABatchBecomesADeadLetterAndTheOthersAreApplied() {
        UUID unreadable = UUID.randomUUID();
        String lacksIndex = ScoreEvents.scoresComputed(unreadable, "KBD.B", "xa", "2023", 0.5)
                .replace("\"index\":0.5,", "");
        ScoreEvents.companion().produceStrings().fromRecords(List.of(
                new ProducerRecord<>("dti.score.events", "KBD:xa",
                        ScoreEvents.scoresComputed(UUID.randomUUID(), "KBD.A", "xa", "2023", 0.8)),
                new ProducerRecord<>("dti.score.events", "KBD:xa", lacksIndex),
                new ProducerRecord<>("dti.score.events", "KBD:xa",
                        ScoreEvents.scoresComputed(UUID.randomUUID(), "KBD.C", "xa", "2023", 0.3)))).awaitCompletion();

        JsonPath draft = Eventually.await("A and C ranked", Duration.ofSeconds(30), () -> {
            Response response = given().auth().oauth2(Tokens.reviewer("KBD")).queryParam("province", "KBD")
                    .queryParam("group", "xa").queryParam("period", "2023").get("/api/v1/rankings");
            return response.statusCode() == 200 && response.jsonPath().getList("entries").size() == 2
                    ? response.jsonPath() : null;
        });
        assertEquals(List.of("KBD.A", "KBD.C"), draft.getList("entries.unitCode"));
        List<String> letters = Eventually.await("the dead letter", Duration.ofSeconds(30), () -> {
            List<String> ids = given().auth().oauth2(Tokens.admin()).get("/api/v1/admin/ranking/dead-letters")
                    .then().statusCode(200).extract().jsonPath().getList("eventId", String.class);
            return ids.contains(unreadable.toString()) ? ids : null;
        });
        assertTrue(letters.contains(unreadable.toString()));
    }

    private double recomputations() {
        return registry.counter("dti.ranking.draft.recomputations").count();
    }
}
