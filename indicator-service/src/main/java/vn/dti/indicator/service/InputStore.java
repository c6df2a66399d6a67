package vn.dti.indicator.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.indicator.events.ReportPayload;
import vn.dti.indicator.repository.InputSet;
import vn.dti.indicator.repository.InputValueRow;
import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.repository.UnitInfo;
import vn.dti.indicator.scoring.InputValue;

/** This service's own copy of the submitted and accepted values, per unit, period and stage. */
@ApplicationScoped
public class InputStore {

    private static final Logger LOG = Logger.getLogger(InputStore.class);

    @Inject
    EntityManager em;

    /** Stores the report's values for the stage; false when a newer version of it is already stored. */
    public boolean replace(Stage stage, ReportPayload report) {
        InputSet set = InputSet.find(report.unitCode(), report.period(), stage).orElse(null);
        if (set != null && set.reportId.equals(report.reportId()) && set.reportVersion > report.version()) {
            LOG.infof("Ignoring %s values of %s v%d: v%d is already stored", stage, report.reportId(), report.version(),
                    set.reportVersion);
            return false;
        }
        if (set == null) {
            set = new InputSet();
            set.unitCode = report.unitCode();
            set.period = report.period();
            set.stage = stage;
        } else {
            InputValueRow.delete("inputSetId", set.id);
        }
        set.reportId = report.reportId();
        set.reportVersion = report.version();
        set.amendmentPending = false;
        set.receivedAt = Instant.now();
        set.persist();
        em.flush();
        ValueRows rows = new ValueRows();
        rows.add(set.id, report.values() == null ? List.of() : report.values());
        rows.insert(em);
        return true;
    }

    /**
     * {@link #replace} for many reports of one stage with set-based statements (a report per unit
     * and period): the reports older than the version already stored are left out.
     *
     * @return the reports stored
     */
    public List<ReportPayload> replaceAll(Stage stage, List<ReportPayload> reports) {
        em.flush();
        Map<String, Object[]> stored = storedVersions(stage, reports);
        List<ReportPayload> newer = reports.stream().filter(report -> {
            Object[] current = stored.get(report.unitCode() + "|" + report.period());
            return current == null || !report.reportId().equals(current[0]) || ((Number) current[1]).intValue() <= report.version();
        }).toList();
        if (newer.isEmpty()) {
            return newer;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> sets = em.createNativeQuery("""
                insert into input_set (unit_code, period, stage, report_id, report_version, amendment_pending, received_at)
                select u, p, ?5, r, v, false, now() from unnest(cast(?1 as text[]), cast(?2 as text[]), cast(?3 as uuid[]),
                    cast(?4 as int[])) as t(u, p, r, v)
                on conflict (unit_code, period, stage) do update set report_id = excluded.report_id,
                    report_version = excluded.report_version, amendment_pending = false, received_at = excluded.received_at
                returning id, unit_code, period""")
                .setParameter(1, newer.stream().map(ReportPayload::unitCode).toArray(String[]::new))
                .setParameter(2, newer.stream().map(ReportPayload::period).toArray(String[]::new))
                .setParameter(3, newer.stream().map(ReportPayload::reportId).toArray(UUID[]::new))
                .setParameter(4, newer.stream().map(ReportPayload::version).toArray(Integer[]::new))
                .setParameter(5, stage.name())
                .getResultList();
        Map<String, Long> setIds = new HashMap<>();
        sets.forEach(row -> setIds.put(row[1] + "|" + row[2], ((Number) row[0]).longValue()));
        em.createNativeQuery("delete from input_value where input_set_id = any(cast(?1 as bigint[]))")
                .setParameter(1, setIds.values().toArray(Long[]::new)).executeUpdate();
        ValueRows rows = new ValueRows();
        newer.forEach(report -> rows.add(setIds.get(report.unitCode() + "|" + report.period()),
                report.values() == null ? List.of() : report.values()));
        rows.insert(em);
        return newer;
    }

    private Map<String, Object[]> storedVersions(Stage stage, List<ReportPayload> reports) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.unit_code, s.period, s.report_id, s.report_version"
                + " from input_set s join unnest(cast(?1 as text[]), cast(?2 as text[])) as t(u, p)"
                + " on s.unit_code = t.u and s.period = t.p where s.stage = ?3")
                .setParameter(1, reports.stream().map(ReportPayload::unitCode).toArray(String[]::new))
                .setParameter(2, reports.stream().map(ReportPayload::period).toArray(String[]::new))
                .setParameter(3, stage.name()).getResultList();
        Map<String, Object[]> stored = new HashMap<>();
        rows.forEach(row -> stored.put(row[0] + "|" + row[1], new Object[] {row[2], row[3]}));
        return stored;
    }

    /** Values of one or many input sets, inserted with one statement (arrays unnested), not one insert per value. */
    private static final class ValueRows {
        private final List<Long> sets = new ArrayList<>();
        private final List<String> elements = new ArrayList<>();
        private final List<BigDecimal> numbers = new ArrayList<>();
        private final List<Boolean> adjusted = new ArrayList<>();
        private final List<String> reasons = new ArrayList<>();
        private final List<BigDecimal> originals = new ArrayList<>();

        void add(Long setId, List<ReportPayload.Value> values) {
            Set<String> seen = new HashSet<>();
            for (ReportPayload.Value value : values) {
                BigDecimal number = numberOf(value.value());
                if (value.element() == null || number == null) {
                    LOG.warnf("Value of %s is neither a number nor a boolean; not used for scoring", value.element());
                    continue;
                }
                if (!seen.add(value.element())) {
                    continue;
                }
                sets.add(setId);
                elements.add(value.element());
                numbers.add(number);
                adjusted.add(value.adjusted());
                reasons.add(value.adjusted() ? value.adjustmentReason() : null);
                originals.add(numberOf(value.originalValue()));
            }
        }

        void insert(EntityManager em) {
            if (sets.isEmpty()) {
                return;
            }
            em.createNativeQuery("insert into input_value (input_set_id, element, value, adjusted, adjustment_reason,"
                    + " original_value) select s, e, v, a, r, o from unnest(cast(?1 as bigint[]), cast(?2 as text[]),"
                    + " cast(?3 as numeric[]), cast(?4 as boolean[]), cast(?5 as text[]), cast(?6 as numeric[]))"
                    + " as t(s, e, v, a, r, o)")
                    .setParameter(1, sets.toArray(Long[]::new))
                    .setParameter(2, elements.toArray(String[]::new))
                    .setParameter(3, numbers.toArray(BigDecimal[]::new))
                    .setParameter(4, adjusted.toArray(Boolean[]::new))
                    .setParameter(5, reasons.toArray(String[]::new))
                    .setParameter(6, originals.toArray(BigDecimal[]::new))
                    .executeUpdate();
        }
    }

    public void markAmendmentPending(String unitCode, String period, UUID reportId) {
        InputSet.find(unitCode, period, Stage.REVIEWED)
                .filter(set -> set.reportId.equals(reportId))
                .ifPresent(set -> set.amendmentPending = true);
    }

    public Optional<InputSet> set(String unitCode, String period, Stage stage) {
        return InputSet.find(unitCode, period, stage);
    }

    public Map<String, InputValue> values(String unitCode, String period, Stage stage) {
        return InputSet.find(unitCode, period, stage).map(this::values).orElse(Map.of());
    }

    public Map<String, InputValue> values(InputSet set) {
        Map<String, InputValue> values = new HashMap<>();
        for (InputValueRow row : InputValueRow.<InputValueRow>list("inputSetId", set.id)) {
            values.put(row.element, new InputValue(row.element, row.value, set.reportId, set.reportVersion, row.adjusted));
        }
        return values;
    }

    /** A unit's stored values of one stage with the report version they came from. */
    public record UnitInputs(UnitInfo unit, UUID reportId, int reportVersion, Map<String, InputValue> values) {
    }

    /** Every member's inputs of a peer group in one query. */
    public Map<String, UnitInputs> inputsOfGroup(String province, String group, String period, Stage stage) {
        return inputs(INPUTS + " where u.province_code = ? and u.unit_group = ? and s.period = ? and s.stage = ?",
                province, group, period, stage.name());
    }

    /** These units' inputs in one query; a unit without values for the stage is absent. */
    public Map<String, UnitInputs> inputsOfUnits(Collection<String> unitCodes, String period, Stage stage) {
        return inputs(INPUTS + " where s.unit_code = any(?) and s.period = ? and s.stage = ?",
                unitCodes.toArray(String[]::new), period, stage.name());
    }

    private static final String INPUTS = "select s.unit_code, s.report_id, s.report_version, v.element, v.value,"
            + " v.adjusted, u.name, u.level, u.unit_group, u.province_code from input_set s join unit_info u on u.unit_code = s.unit_code"
            + " left join input_value v on v.input_set_id = s.id";

    /** Read with plain JDBC: a 4,000-unit group has some 150,000 values. */
    private Map<String, UnitInputs> inputs(String sql, Object... parameters) {
        Map<String, UnitInputs> byUnit = new HashMap<>();
        em.flush();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i] instanceof String[] array) {
                        statement.setArray(i + 1, connection.createArrayOf("varchar", array));
                    } else {
                        statement.setObject(i + 1, parameters[i]);
                    }
                }
                statement.setFetchSize(5000);
                try (java.sql.ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        UUID reportId = rows.getObject(2, UUID.class);
                        int version = rows.getInt(3);
                        UnitInputs unit = byUnit.get(rows.getString(1));
                        if (unit == null) {
                            unit = new UnitInputs(unitOf(rows), reportId, version, new HashMap<>());
                            byUnit.put(unit.unit().unitCode, unit);
                        }
                        String element = rows.getString(4);
                        if (element != null) {
                            unit.values().put(element, new InputValue(element, rows.getBigDecimal(5), reportId, version,
                                    rows.getBoolean(6)));
                        }
                    }
                }
            }
        });
        return byUnit;
    }

    /** A detached copy of the unit's row, read along with its values. */
    private static UnitInfo unitOf(java.sql.ResultSet row) throws java.sql.SQLException {
        UnitInfo unit = new UnitInfo();
        unit.unitCode = row.getString(1);
        unit.name = row.getString(7);
        unit.level = row.getString(8) == null ? null : vn.dti.indicator.scoring.UnitLevel.valueOf(row.getString(8));
        unit.group = row.getString(9);
        unit.province = row.getString(10);
        return unit;
    }

    static BigDecimal numberOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return node.isNumber() ? node.decimalValue() : null;
    }
}
