package vn.dti.ranking.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The ranks of the previous comparable period, looked up through unit lineage: a unit that was
 * renamed or that absorbed exactly one ranked unit carries that unit's previous rank; a unit
 * formed from several ranked units (a merger of communes) is new (mới).
 */
public final class PreviousRanks {

    private final Map<String, Integer> ranksByUnit;
    private final Map<String, List<String>> predecessorsByUnit;

    private PreviousRanks(Map<String, Integer> ranksByUnit, Map<String, List<String>> predecessorsByUnit) {
        this.ranksByUnit = ranksByUnit;
        this.predecessorsByUnit = predecessorsByUnit;
    }

    /** No previous ranking to compare with: movement is not shown at all. */
    public static PreviousRanks none() {
        return new PreviousRanks(null, Map.of());
    }

    public static PreviousRanks of(Map<String, Integer> ranksByUnit, Map<String, List<String>> predecessorsByUnit) {
        return new PreviousRanks(Map.copyOf(ranksByUnit), predecessorsByUnit);
    }

    public boolean exist() {
        return ranksByUnit != null;
    }

    public Integer rankOf(String unitCode) {
        if (!exist()) {
            return null;
        }
        if (ranksByUnit.containsKey(unitCode)) {
            return ranksByUnit.get(unitCode);
        }
        List<Integer> inherited = ancestorsOf(unitCode).stream()
                .map(ranksByUnit::get).filter(Objects::nonNull).toList();
        return inherited.size() == 1 ? inherited.get(0) : null;
    }

    /** Every unit that became {@code unitCode} through one or more merges or renames. */
    public Set<String> ancestorsOf(String unitCode) {
        return Lineage.ancestors(unitCode, predecessorsByUnit);
    }

    /** Walks successor links backwards; guards against cycles in bad data. */
    public static final class Lineage {
        private Lineage() {
        }

        public static Set<String> ancestors(String unitCode, Map<String, List<String>> predecessorsByUnit) {
            Set<String> seen = new HashSet<>();
            Deque<String> pending = new ArrayDeque<>(predecessorsByUnit.getOrDefault(unitCode, List.of()));
            while (!pending.isEmpty()) {
                String code = pending.pop();
                if (!code.equals(unitCode) && seen.add(code)) {
                    pending.addAll(predecessorsByUnit.getOrDefault(code, List.of()));
                }
            }
            return seen;
        }
    }
}
