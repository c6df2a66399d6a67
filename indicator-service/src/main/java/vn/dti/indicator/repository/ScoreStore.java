package vn.dti.indicator.repository;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.dti.indicator.scoring.UnitLevel;
import vn.dti.platform.persistence.JdbcBatches;

/**
 * Scores written many at a time: one JDBC batch of upserts on (unit, period, stage) instead of an
 * entity insert (and identity round trip) per score.
 */
@ApplicationScoped
public class ScoreStore {


    private static final String UPSERT = """
            insert into score (unit_code, unit_name, unit_group, unit_level, province_code, period, stage,
                    framework_code, framework_version, points, total_max, applicable_max, index_value, groups,
                    explanation, sources, computed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (unit_code, period, stage) do update set unit_name = excluded.unit_name,
                    unit_group = excluded.unit_group, unit_level = excluded.unit_level,
                    province_code = excluded.province_code, framework_code = excluded.framework_code,
                    framework_version = excluded.framework_version, points = excluded.points,
                    total_max = excluded.total_max, applicable_max = excluded.applicable_max,
                    index_value = excluded.index_value, groups = excluded.groups, explanation = excluded.explanation,
                    sources = excluded.sources, computed_at = excluded.computed_at""";

    /** A score as written: the columns of {@code score}. */
    public record Row(String unitCode, String unitName, String unitGroup, UnitLevel unitLevel, String province,
            String period, Stage stage, String frameworkCode, int frameworkVersion, BigDecimal points,
            BigDecimal totalMax, BigDecimal applicableMax, BigDecimal index, String groups, String explanation,
            String sources, Instant computedAt) {
    }

    /** What decides whether a stored score changed. */
    public record Stored(String frameworkCode, int frameworkVersion, UnitLevel unitLevel, String unitGroup,
            String explanation) {
    }

    public record Key(String unitCode, Stage stage) {
    }

    @Inject
    EntityManager em;

    /** The stored scores of these units in the period, by unit and stage, in one query. */
    public Map<Key, Stored> stored(Collection<String> unitCodes, String period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select unit_code, stage, framework_code, framework_version,"
                + " unit_level, unit_group, explanation from score where period = ?1 and unit_code = any(?2)")
                .setParameter(1, period).setParameter(2, unitCodes.toArray(String[]::new)).getResultList();
        Map<Key, Stored> stored = new HashMap<>();
        for (Object[] row : rows) {
            stored.put(new Key((String) row[0], Stage.valueOf((String) row[1])), new Stored((String) row[2],
                    ((Number) row[3]).intValue(), row[4] == null ? null : UnitLevel.valueOf((String) row[4]),
                    (String) row[5], (String) row[6]));
        }
        return stored;
    }

    /** The council's adjustments of these units in the period, detached, in one query. */
    public List<CouncilAdjustmentRow> councilAdjustments(Collection<String> unitCodes, String period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select unit_code, component_code, points, reason, adjusted_by"
                + " from council_adjustment where period = ?1 and unit_code = any(?2)")
                .setParameter(1, period).setParameter(2, unitCodes.toArray(String[]::new)).getResultList();
        return rows.stream().map(row -> {
            CouncilAdjustmentRow adjustment = new CouncilAdjustmentRow();
            adjustment.unitCode = (String) row[0];
            adjustment.period = period;
            adjustment.componentCode = (String) row[1];
            adjustment.points = (BigDecimal) row[2];
            adjustment.reason = (String) row[3];
            adjustment.adjustedBy = (String) row[4];
            return adjustment;
        }).toList();
    }

    public void upsert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        JdbcBatches.write(em, UPSERT, rows, ScoreStore::bind);
    }

    private static void bind(PreparedStatement statement, Row row) throws java.sql.SQLException {
        statement.setString(1, row.unitCode());
        statement.setString(2, row.unitName());
        statement.setString(3, row.unitGroup());
        statement.setString(4, row.unitLevel() == null ? null : row.unitLevel().name());
        statement.setString(5, row.province());
        statement.setString(6, row.period());
        statement.setString(7, row.stage().name());
        statement.setString(8, row.frameworkCode());
        statement.setInt(9, row.frameworkVersion());
        statement.setBigDecimal(10, row.points());
        statement.setBigDecimal(11, row.totalMax());
        statement.setBigDecimal(12, row.applicableMax());
        if (row.index() == null) {
            statement.setNull(13, Types.NUMERIC);
        } else {
            statement.setBigDecimal(13, row.index());
        }
        statement.setString(14, row.groups());
        statement.setString(15, row.explanation());
        statement.setString(16, row.sources());
        statement.setTimestamp(17, Timestamp.from(row.computedAt()));
    }
}
