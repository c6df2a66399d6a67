package vn.dti.indicator.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Benchmark, no timing assertion: the pure engine on a peer group of 4,000 units under the seeded
 * framework (bests, scores, and the explanation written as JSON), without the database.
 */
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "dti.benchmarks", matches = "true")
class EngineThroughputBenchmarkTest {

    @Test
    void scoreAPeerGroupOf4000UnitsInMemory() throws Exception {
        CompiledFramework seed = TestFrameworks.seed();
        List<Map<String, InputValue>> group = new ArrayList<>();
        for (int unit = 0; unit < 4000; unit++) {
            Map<String, InputValue> values = new HashMap<>();
            for (String element : ElementCodes.fromClasspath()) {
                values.put(element, InputValue.of(element, BigDecimal.valueOf(1 + unit % 97)));
            }
            group.add(values);
        }
        ObjectMapper json = new ObjectMapper();
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            Map<String, BigDecimal> bests = new HashMap<>();
            for (Map<String, InputValue> values : group) {
                ScoringEngine.bestInGroupValues(seed, TestFrameworks.DISTRICT, values).forEach((c, v) -> bests.merge(c, v, BigDecimal::max));
            }
            long bytes = 0;
            for (Map<String, InputValue> values : group) {
                bytes += json.writeValueAsString(ScoringEngine.score(seed, TestFrameworks.DISTRICT, values, bests)).length();
            }
            System.out.printf("BENCHMARK engine only (round %d): 4000 units scored and explained in %d ms, %d KB of JSON%n",
                    round + 1, (System.nanoTime() - start) / 1_000_000, bytes / 1024);
        }
    }
}
