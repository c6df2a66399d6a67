package vn.dti.indicator.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        for (ReportPayload.Value value : report.values() == null ? List.<ReportPayload.Value>of() : report.values()) {
            store(set.id, value);
        }
        return true;
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

    /** Every member's values of a peer group in one query: unit code → element → value. */
    public Map<String, Map<String, InputValue>> valuesOfGroup(String province, String group, String period, Stage stage) {
        List<Object[]> rows = em.createQuery("select s.unitCode, s.reportId, s.reportVersion, v.element, v.value,"
                + " v.adjusted from InputSet s join UnitInfo u on u.unitCode = s.unitCode"
                + " left join InputValueRow v on v.inputSetId = s.id"
                + " where u.province = ?1 and u.group = ?2 and s.period = ?3 and s.stage = ?4", Object[].class)
                .setParameter(1, province).setParameter(2, group).setParameter(3, period).setParameter(4, stage)
                .getResultList();
        Map<String, Map<String, InputValue>> byUnit = new HashMap<>();
        for (Object[] row : rows) {
            Map<String, InputValue> values = byUnit.computeIfAbsent((String) row[0], unit -> new HashMap<>());
            if (row[3] != null) {
                values.put((String) row[3], new InputValue((String) row[3], (BigDecimal) row[4], (UUID) row[1],
                        (Integer) row[2], (Boolean) row[5]));
            }
        }
        return byUnit;
    }

    /** A unit's stored values of one stage with the report version they came from. */
    public record UnitInputs(String unitCode, UUID reportId, int reportVersion, Map<String, InputValue> values) {
    }

    /** Every member's inputs of a peer group in one query. */
    public Map<String, UnitInputs> inputsOfGroup(String province, String group, String period, Stage stage) {
        return inputs(em.createQuery(INPUTS + " where u.province = ?1 and u.group = ?2 and s.period = ?3 and s.stage = ?4",
                Object[].class).setParameter(1, province).setParameter(2, group).setParameter(3, period)
                .setParameter(4, stage).getResultList());
    }

    /** These units' inputs in one query; a unit without values for the stage is absent. */
    public Map<String, UnitInputs> inputsOfUnits(java.util.Collection<String> unitCodes, String period, Stage stage) {
        return inputs(em.createQuery(INPUTS + " where s.unitCode in ?1 and s.period = ?2 and s.stage = ?3",
                Object[].class).setParameter(1, unitCodes).setParameter(2, period).setParameter(3, stage)
                .getResultList());
    }

    private static final String INPUTS = "select s.unitCode, s.reportId, s.reportVersion, v.element, v.value,"
            + " v.adjusted from InputSet s join UnitInfo u on u.unitCode = s.unitCode"
            + " left join InputValueRow v on v.inputSetId = s.id";

    private static Map<String, UnitInputs> inputs(List<Object[]> rows) {
        Map<String, UnitInputs> byUnit = new HashMap<>();
        for (Object[] row : rows) {
            UnitInputs unit = byUnit.computeIfAbsent((String) row[0],
                    code -> new UnitInputs(code, (UUID) row[1], (Integer) row[2], new HashMap<>()));
            if (row[3] != null) {
                unit.values().put((String) row[3], new InputValue((String) row[3], (BigDecimal) row[4], (UUID) row[1],
                        (Integer) row[2], (Boolean) row[5]));
            }
        }
        return byUnit;
    }

    private static void store(Long setId, ReportPayload.Value value) {
        BigDecimal number = numberOf(value.value());
        if (value.element() == null || number == null) {
            LOG.warnf("Value of %s is neither a number nor a boolean; not used for scoring", value.element());
            return;
        }
        InputValueRow row = new InputValueRow();
        row.inputSetId = setId;
        row.element = value.element();
        row.value = number;
        row.adjusted = value.adjusted();
        row.adjustmentReason = value.adjusted() ? value.adjustmentReason() : null;
        row.originalValue = numberOf(value.originalValue());
        row.persist();
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
