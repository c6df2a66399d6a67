package vn.dti.indicator.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.dti.platform.testing.SharedFolder;

/**
 * The three development seeds' gold values under the seeded framework, each component checked
 * against points computed by hand (DTI-FRAMEWORK.md rules; elements absent from a gold file are
 * MISSING). Each unit is scored as the only member of its peer group, so a BEST_IN_GROUP
 * component with a value gets its full max.
 */
class GoldScoresTest {

    private static final CompiledFramework SEED = TestFrameworks.seed();

    @Test
    void sở_Ngoại_vụ_Bình_Định_2021_2024_department() throws IOException {
        ScoreCard card = scoreGold("000_853a2af8d72fb1f2.json");
        assertComponents(card,
                "1.1=30", "1.2=20", "1.3=0 MISSING", "1.4=0 MISSING",
                "2.1=30", "2.2=0 MISSING", "2.3=25", "2.4=20",
                "3.1=NA", "3.2=25", "3.3=25", "3.4=20",
                "4.1=0 MISSING", "4.2=NA", "4.3=NA",
                "5.1=40", "5.2=30", "5.3=0 MISSING",
                // 6.1: 40 × 5/6
                "6.1=33.33333333333333", "6.2=20", "6.3=NA", "6.4=0 MISSING", "6.5=0 MISSING", "6.6=30",
                "6.7=0 MISSING", "6.8=20",
                "7.1=0 MISSING", "7.2=0 MISSING", "7.3=NA",
                "8.1=45", "8.2=NA", "8.3=NA", "8.4=NA");
        assertIndices(card, "I=50/100", "II=75/100", "III=70/70", "IV=0/40", "V=70/100",
                "VI=103.33333333333333/170", "VII=0/100", "VIII=45/45");
        assertTotal(card, "413.33333333333333", "725", "0.5701", "413.33");
    }

    @Test
    void sở_Ngoại_vụ_Quảng_Ngãi_9_months_2021_department() throws IOException {
        ScoreCard card = scoreGold("002_e4f16cdb68ef494b.json");
        assertComponents(card,
                "1.1=0 MISSING", "1.2=0 MISSING", "1.3=0 MISSING", "1.4=0 MISSING",
                "2.1=30", "2.2=0 MISSING", "2.3=0 MISSING", "2.4=0 MISSING",
                "3.1=NA", "3.2=25", "3.3=0 MISSING", "3.4=0 MISSING",
                "4.1=0 MISSING", "4.2=NA", "4.3=NA",
                "5.1=0 MISSING", "5.2=0 MISSING", "5.3=0 MISSING",
                "6.1=NA", "6.2=NA", "6.3=NA", "6.4=0 MISSING", "6.5=0 MISSING", "6.6=30", "6.7=0 MISSING", "6.8=20",
                "7.1=0 MISSING", "7.2=0 MISSING", "7.3=NA",
                "8.1=0 MISSING", "8.2=NA", "8.3=NA", "8.4=NA");
        assertIndices(card, "I=0/100", "II=30/100", "III=25/70", "IV=0/40", "V=0/100", "VI=50/110", "VII=0/100",
                "VIII=0/45");
        // 105 / 665 = 0.157894…
        assertTotal(card, "105", "665", "0.1579", "105.00");
    }

    @Test
    void huyện_Bình_Sơn_2023_district() throws IOException {
        ScoreCard card = scoreGold("003_741b7664cff395cb.json");
        assertComponents(card,
                "1.1=0 MISSING", "1.2=20", "1.3=0 MISSING", "1.4=0 MISSING",
                "2.1=30", "2.2=0 MISSING", "2.3=25", "2.4=0 MISSING",
                "3.1=NA", "3.2=0 MISSING", "3.3=0 MISSING", "3.4=20",
                "4.1=0 MISSING", "4.2=NA", "4.3=20",
                "5.1=40", "5.2=0 MISSING", "5.3=0 MISSING",
                // 6.5: 20 × ((64.39 + 28.42) / 2) / 100 = 20 × 46.405 / 100
                "6.1=NA", "6.2=NA", "6.3=NA", "6.4=0 MISSING", "6.5=9.281", "6.6=30", "6.7=0 MISSING", "6.8=0 MISSING",
                "7.1=60", "7.2=40", "7.3=50",
                // 8.3: 35 × 70%, 8.4: 35 × 85.5%
                "8.1=0 MISSING", "8.2=35", "8.3=24.5", "8.4=29.925");
        assertIndices(card, "I=20/100", "II=55/100", "III=20/70", "IV=20/60", "V=40/100", "VI=39.281/110",
                "VII=150/150", "VIII=89.425/150");
        // 433.706 / 840 = 0.51631666…
        assertTotal(card, "433.706", "840", "0.5163", "433.71");
        assertEquals(0, new BigDecimal("0.3571").compareTo(Decimals.index(card.indices().get(5).index())), "CQS 39.281/110");
        assertEquals(0, new BigDecimal("0.5962").compareTo(Decimals.index(card.pillars().get("XHS").index())), "XHS 89.425/150");
    }

    @Test
    void huyện_Bình_Sơn_among_a_peer_with_twice_its_online_payments() throws IOException {
        JsonNode gold = readGold("003_741b7664cff395cb.json");
        ScoreCard card = ScoringEngine.score(SEED, profile(gold), values(gold),
                Map.of("7.1", new BigDecimal("2902"), "7.2", new BigDecimal("10000000000"), "7.3", new BigDecimal("1000")));
        assertComponents(card, "7.1=30", "7.2=10", "7.3=50");
    }

    private static ScoreCard scoreGold(String file) throws IOException {
        JsonNode gold = readGold(file);
        return ScoringEngine.score(SEED, profile(gold), values(gold), Map.of());
    }

    private static JsonNode readGold(String file) throws IOException {
        Path path = SharedFolder.locate().resolve("seeds/gold").resolve(file);
        return new ObjectMapper().readTree(path.toFile());
    }

    private static UnitProfile profile(JsonNode gold) {
        UnitLevel level = UnitLevel.valueOf(gold.path("unit").path("level").asText());
        return new UnitProfile("GOLD", level, level == UnitLevel.DEPARTMENT ? "so-ban-nganh" : "huyen");
    }

    private static Map<String, InputValue> values(JsonNode gold) {
        Map<String, InputValue> values = new HashMap<>();
        for (JsonNode item : gold.path("values")) {
            JsonNode value = item.path("value");
            BigDecimal number = value.isBoolean() ? (value.asBoolean() ? BigDecimal.ONE : BigDecimal.ZERO) : value.decimalValue();
            values.put(item.path("element").asText(), InputValue.of(item.path("element").asText(), number));
        }
        return values;
    }

    /** "6.1=33.3…" points; "1.3=0 MISSING" points and flag; "3.1=NA" does not apply. */
    private static void assertComponents(ScoreCard card, String... expectations) {
        Map<String, ComponentScore> byCode = card.components().stream()
                .collect(Collectors.toMap(ComponentScore::code, c -> c));
        if (expectations.length == byCode.size()) {
            assertEquals(byCode.keySet(), Arrays.stream(expectations).map(e -> e.split("=")[0]).collect(Collectors.toSet()));
        }
        for (String expectation : expectations) {
            String code = expectation.split("=")[0];
            String expected = expectation.split("=")[1];
            ComponentScore score = byCode.get(code);
            if (expected.equals("NA")) {
                assertEquals(Set.of(Flag.NOT_APPLICABLE), score.flags(), code);
                assertEquals(0, BigDecimal.ZERO.compareTo(score.applicableMax()), code);
                continue;
            }
            String[] parts = expected.split(" ");
            assertEquals(0, new BigDecimal(parts[0]).compareTo(score.points()), code + " points were " + score.points());
            assertEquals(parts.length > 1 ? Set.of(Flag.valueOf(parts[1])) : Set.of(), score.flags(), code);
            assertEquals(0, score.maxPoints().compareTo(score.applicableMax()), code + " applies with its max");
        }
    }

    private static void assertIndices(ScoreCard card, String... expectations) {
        for (int i = 0; i < expectations.length; i++) {
            String[] parts = expectations[i].split("[=/]");
            IndexScore index = card.indices().get(i);
            assertEquals(parts[0], index.code());
            assertEquals(0, new BigDecimal(parts[1]).compareTo(index.points()), index.code() + " points " + index.points());
            assertEquals(0, new BigDecimal(parts[2]).compareTo(index.applicableMax()), index.code() + " max " + index.applicableMax());
        }
    }

    private static void assertTotal(ScoreCard card, String points, String applicableMax, String shownIndex, String shownPoints) {
        assertEquals(0, new BigDecimal(points).compareTo(card.points()), "total " + card.points());
        assertEquals(0, new BigDecimal(applicableMax).compareTo(card.applicableMax()));
        assertEquals(0, new BigDecimal("1000").compareTo(card.totalMax()));
        assertEquals(new BigDecimal(shownIndex), Decimals.index(card.index()));
        assertEquals(new BigDecimal(shownPoints), Decimals.points(card.points()));
    }
}
