package vn.dti.indicator.service;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.dti.indicator.scoring.ComponentScore;
import vn.dti.indicator.scoring.InputValue;

/**
 * What a stored score was computed from, kept instead of its explanation tree: the explanation is
 * deterministic from these inputs, the unit's level and group and the (immutable) framework
 * version, so {@link Explanations} rebuilds it on read. A few hundred bytes instead of ~15 KB.
 *
 * A FINAL score keeps only the council's points: its values and bests are those of the REVIEWED
 * score stored with it (in the same transaction, always).
 *
 * @param values  element, value and whether the reviewer adjusted it, sorted by element
 * @param bests   the peer group's highest values (BEST_IN_GROUP) the score was measured against
 * @param council FINAL only: the council's points per component
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ScoreInputs(UUID reportId, Integer reportVersion, List<Value> values, Map<String, BigDecimal> bests,
        List<Council> council) {

    public record Value(String e, BigDecimal v, boolean a) {
    }

    public record Council(String component, BigDecimal points, String reason, String by) {
    }

    public static ScoreInputs of(UUID reportId, Integer reportVersion, Map<String, InputValue> values,
            Map<String, BigDecimal> bests) {
        List<Value> sorted = values.values().stream().filter(v -> v.value() != null)
                .sorted(Comparator.comparing(InputValue::element))
                .map(v -> new Value(v.element(), v.value(), v.adjusted())).toList();
        return new ScoreInputs(reportId, reportVersion, sorted, new TreeMap<>(bests), List.of());
    }

    /** The FINAL score's own part: the council's points, on top of this REVIEWED basis. */
    public ScoreInputs councilOnly(Map<String, ComponentScore.CouncilAdjustment> adjustments) {
        List<Council> rows = new TreeMap<>(adjustments).entrySet().stream()
                .map(a -> new Council(a.getKey(), a.getValue().points(), a.getValue().reason(), a.getValue().by()))
                .toList();
        return new ScoreInputs(reportId, reportVersion, List.of(), Map.of(), rows);
    }

    /** A FINAL score's inputs: the REVIEWED values and bests with these council points. */
    public ScoreInputs onTopOf(ScoreInputs reviewed) {
        return new ScoreInputs(reportId, reportVersion, reviewed.values(), reviewed.bests(), council);
    }

    public Map<String, InputValue> inputValues() {
        Map<String, InputValue> map = new HashMap<>();
        for (Value value : values == null ? List.<Value>of() : values) {
            map.put(value.e(), new InputValue(value.e(), value.v(), reportId, reportVersion, value.a()));
        }
        return map;
    }

    public Map<String, BigDecimal> groupBests() {
        return bests == null ? Map.of() : bests;
    }

    public Map<String, ComponentScore.CouncilAdjustment> councilAdjustments() {
        Map<String, ComponentScore.CouncilAdjustment> map = new HashMap<>();
        for (Council row : council == null ? List.<Council>of() : council) {
            map.put(row.component(), new ComponentScore.CouncilAdjustment(null, row.points(), row.reason(), row.by()));
        }
        return map;
    }
}
