package vn.dti.indicator.service;

import vn.dti.platform.period.Period;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.indicator.repository.UnitInfo;
import vn.dti.platform.security.UnitCodes;
import vn.dti.indicator.repository.InputSet;
import vn.dti.indicator.repository.InputValueRow;
import vn.dti.indicator.repository.Score;
import vn.dti.indicator.repository.Stage;
import vn.dti.platform.problem.ProblemException;
import vn.dti.indicator.security.CallerScope;

/**
 * The province's figures for the national reporting system: every accepted value (with the report
 * version it came from) and the final score of each unit for a period. See docs/national-export.md.
 */
@ApplicationScoped
public class NationalExportService {

    @Inject
    CallerScope caller;

    @Inject
    ObjectMapper json;

    public record ExportedValue(String element, BigDecimal value, boolean adjusted, UUID reportId, int reportVersion,
            String adjustmentReason) {
    }

    /** {@code continuedAs}: for a unit of the past that continues in the province, its successors there. */
    public record ExportedUnit(String unitCode, String unitName, String unitGroup, ScoreView finalScore,
            List<ExportedValue> values, List<String> continuedAs) {
    }

    public record NationalExport(String province, String period, Instant generatedAt, String schema,
            List<ExportedUnit> units) {
    }

    public NationalExport export(String province, String period) {
        if (province == null || province.isBlank()) {
            throw ProblemException.invalid("province", "is required, e.g. BDI");
        }
        if (!Period.isValid(period)) {
            throw ProblemException.invalid("period", "must be a period such as 2023, 2023H1, 2023-9M, 2023Q3, 2023-07 or 2021/2025");
        }
        String periodCode = period;
        if (!caller.exportsFor(province)) {
            throw ProblemException.forbidden("You may not export the figures of province " + province);
        }
        Map<String, List<String>> predecessors = lineageInto(province);
        Map<String, Score> scores = Score.<Score>list("(province = ?1 or unitCode in ?4) and period = ?2 and stage = ?3",
                province, periodCode, Stage.FINAL, predecessors.isEmpty() ? List.of("") : predecessors.keySet())
                .stream().collect(Collectors.toMap(s -> s.unitCode, Function.identity()));
        Map<String, List<ExportedValue>> values = acceptedValues(scores.keySet().stream().toList(), periodCode);
        List<ExportedUnit> units = scores.values().stream()
                .sorted(Comparator.comparing(s -> s.unitCode))
                .map(s -> new ExportedUnit(s.unitCode, s.unitName, s.unitGroup, ScoreView.of(s),
                        values.getOrDefault(s.unitCode, List.of()), predecessors.get(s.unitCode)))
                .toList();
        return new NationalExport(province, periodCode, Instant.now(), "dti-national-export/1", units);
    }

    /** The CSV form: one row per value and per index, the same fields as the JSON form. */
    public String csv(NationalExport export) {
        StringBuilder csv = new StringBuilder(
                "province,period,unit_code,unit_name,unit_group,record,code,value,adjusted,report_id,report_version,framework,framework_version,generated_at,adjustment_reason\n");
        for (ExportedUnit unit : export.units()) {
            ScoreView score = unit.finalScore();
            String prefix = String.join(",", export.province(), export.period(), unit.unitCode(), quoted(unit.unitName()),
                    nullToEmpty(unit.unitGroup()));
            String suffix = score.framework() + "," + score.frameworkVersion() + "," + export.generatedAt();
            for (ExportedValue value : unit.values()) {
                csv.append(prefix).append(",VALUE,").append(value.element()).append(',').append(value.value().toPlainString())
                        .append(',').append(value.adjusted()).append(',').append(value.reportId()).append(',')
                        .append(value.reportVersion()).append(',').append(suffix).append(',')
                        .append(quoted(value.adjustmentReason())).append('\n');
            }
            csv.append(prefix).append(",INDEX,DTI,").append(score.index()).append(",,,,").append(suffix).append(",\n");
            csv.append(prefix).append(",POINTS,DTI,").append(score.points()).append(",,,,").append(suffix).append(",\n");
            for (GroupView group : score.groups()) {
                csv.append(prefix).append(",INDEX,").append(group.code()).append(',').append(group.index()).append(",,,,")
                        .append(suffix).append(",\n");
            }
        }
        return csv.toString();
    }

    /** Units of other provinces whose lineage leads into the province, each with its direct successors. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> lineageInto(String province) {
        List<Object[]> links = UnitInfo.getEntityManager()
                .createNativeQuery("select predecessor_code, successor_code from unit_lineage").getResultList();
        if (links.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> bySuccessor = links.stream().collect(Collectors.groupingBy(l -> (String) l[1],
                Collectors.mapping(l -> (String) l[0], Collectors.toList())));
        Map<String, List<String>> successorsOf = links.stream().collect(Collectors.groupingBy(l -> (String) l[0],
                Collectors.mapping(l -> (String) l[1], Collectors.toList())));
        Deque<String> pending = new ArrayDeque<>(UnitInfo.<UnitInfo>list("province", province).stream()
                .map(u -> u.unitCode).filter(bySuccessor::containsKey).toList());
        Map<String, List<String>> found = new TreeMap<>();
        while (!pending.isEmpty()) {
            for (String predecessor : bySuccessor.getOrDefault(pending.pop(), List.of())) {
                if (!UnitCodes.provinceOf(predecessor).equals(province) && !found.containsKey(predecessor)) {
                    found.put(predecessor, successorsOf.get(predecessor));
                    pending.push(predecessor);
                }
            }
        }
        return found;
    }

    private static Map<String, List<ExportedValue>> acceptedValues(List<String> unitCodes, String period) {
        if (unitCodes.isEmpty()) {
            return Map.of();
        }
        Map<Long, InputSet> sets = InputSet.<InputSet>list("period = ?1 and stage = ?2 and unitCode in ?3", period,
                Stage.REVIEWED, unitCodes).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        if (sets.isEmpty()) {
            return Map.of();
        }
        return InputValueRow.<InputValueRow>list("inputSetId in ?1 order by element", sets.keySet()).stream()
                .collect(Collectors.groupingBy(row -> sets.get(row.inputSetId).unitCode, Collectors.mapping(row -> {
                    InputSet set = sets.get(row.inputSetId);
                    return new ExportedValue(row.element, row.value.stripTrailingZeros().scale() < 0
                            ? row.value.setScale(0) : row.value.stripTrailingZeros(), row.adjusted, set.reportId,
                            set.reportVersion, row.adjustmentReason);
                }, Collectors.toList())));
    }

    private static String quoted(String text) {
        return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
