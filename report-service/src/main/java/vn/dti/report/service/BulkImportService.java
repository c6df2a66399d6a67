package vn.dti.report.service;

import vn.dti.platform.problem.Problem;
import vn.dti.platform.period.Period;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.Report;
import vn.dti.report.repository.ReportValue;
import vn.dti.platform.problem.Problem.FieldError;
import vn.dti.platform.problem.ProblemException;
import vn.dti.report.security.CallerScope;

/**
 * Bulk import for integrations: many units' values in one call. Each row is checked like a manual
 * edit; rows that break a rule, or whose report is no longer a draft, are reported as conflicts and
 * the rest is imported (with {@code atomic=true} nothing is imported if anything conflicts). A dry
 * run checks everything and writes nothing. Values go in with JDBC batches in one transaction.
 */
@ApplicationScoped
public class BulkImportService {

    private static final int BATCH = 1000;

    @Inject
    CallerScope caller;

    @Inject
    Catalog catalog;

    @Inject
    ReportService reports;

    @Inject
    DataSource dataSource;

    /** A checked value ready to write. */
    private record Checked(ImportRow row, String period, ValueValidator.Typed typed) {
    }

    private record Target(String unit, String period) {
    }

    @Transactional
    public ImportSummary run(List<ImportRow> rows, boolean dryRun, boolean atomic) {
        if (rows.isEmpty()) {
            throw ProblemException.invalid("dataValues", "holds no value");
        }
        List<ImportSummary.Conflict> conflicts = new ArrayList<>();
        Map<Target, List<Checked>> byReport = check(rows, conflicts);
        Map<Target, Report> existing = existingReports(byReport.keySet());
        Map<UUID, Map<String, ReportValue>> stored = storedValues(existing.values());
        rejectLockedAndInconsistent(byReport, existing, stored, conflicts);
        boolean write = !dryRun && !(atomic && !conflicts.isEmpty());
        if (!write && !dryRun) {
            return new ImportSummary(ImportSummary.Status.ERROR, false, rows.size(), 0, 0, 0, 0, conflicts);
        }
        int[] counts = count(byReport, existing, stored);
        int reportsCreated = write ? write(byReport, existing, stored)
                : (int) byReport.keySet().stream().filter(target -> !existing.containsKey(target)).count();
        ImportSummary.Status status = conflicts.isEmpty() ? ImportSummary.Status.SUCCESS
                : byReport.isEmpty() ? ImportSummary.Status.ERROR : ImportSummary.Status.WARNING;
        return new ImportSummary(status, dryRun, rows.size(), counts[0], counts[1], counts[2], reportsCreated, conflicts);
    }

    private Map<Target, List<Checked>> check(List<ImportRow> rows, List<ImportSummary.Conflict> conflicts) {
        ValueValidator validator = catalog.validator();
        Map<String, OrgUnit> units = OrgUnit.<OrgUnit>list("code in ?1",
                rows.stream().map(ImportRow::unit).filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(u -> u.code, Function.identity()));
        Map<Target, List<Checked>> byReport = new LinkedHashMap<>();
        Map<String, Period> periods = new HashMap<>();
        for (ImportRow row : rows) {
            String problem = rowProblem(row, units, periods);
            List<FieldError> errors = new ArrayList<>();
            var typed = problem == null ? validator.parse(row.element(), row.element(), row.value(), errors) : Optional.<ValueValidator.Typed>empty();
            if (problem != null || typed.isEmpty()) {
                conflicts.add(conflict(row, problem != null ? problem : errors.get(0).message()));
                continue;
            }
            String period = periods.get(row.period()).code();
            byReport.computeIfAbsent(new Target(row.unit(), period), t -> new ArrayList<>()).add(new Checked(row, period, typed.get()));
        }
        return byReport;
    }

    private String rowProblem(ImportRow row, Map<String, OrgUnit> units, Map<String, Period> periods) {
        if (row.unit() == null || row.element() == null || row.period() == null) {
            return "unit, period and element are required";
        }
        OrgUnit unit = units.get(row.unit());
        if (unit == null || !caller.reviewsIn(unit.provinceCode)) {
            return "unit " + row.unit() + " does not exist or is not in a province you review";
        }
        Period period;
        try {
            period = periods.computeIfAbsent(row.period(), Period::parse);
        } catch (IllegalArgumentException e) {
            return "period " + e.getMessage();
        }
        if (unit.level == vn.dti.report.repository.UnitLevel.PROVINCE || !unit.existedDuring(period.start(), period.end())) {
            return "unit " + row.unit() + " does not report for " + period.code();
        }
        return null;
    }

    private static Map<Target, Report> existingReports(Set<Target> targets) {
        if (targets.isEmpty()) {
            return Map.of();
        }
        List<Report> found = Report.list("unitCode in ?1 and period in ?2",
                targets.stream().map(Target::unit).distinct().toList(), targets.stream().map(Target::period).distinct().toList());
        return found.stream().filter(r -> targets.contains(new Target(r.unitCode, r.period)))
                .collect(Collectors.toMap(r -> new Target(r.unitCode, r.period), Function.identity()));
    }

    private static Map<UUID, Map<String, ReportValue>> storedValues(Collection<Report> reports) {
        if (reports.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Integer> versions = reports.stream().collect(Collectors.toMap(r -> r.id, r -> r.version));
        Map<UUID, Map<String, ReportValue>> stored = new HashMap<>();
        ReportValue.<ReportValue>list("reportId in ?1", versions.keySet()).stream()
                .filter(v -> versions.get(v.reportId) == v.version)
                .forEach(v -> stored.computeIfAbsent(v.reportId, id -> new HashMap<>()).put(v.element, v));
        return stored;
    }

    private void rejectLockedAndInconsistent(Map<Target, List<Checked>> byReport, Map<Target, Report> existing,
            Map<UUID, Map<String, ReportValue>> stored, List<ImportSummary.Conflict> conflicts) {
        ValueValidator validator = catalog.validator();
        var iterator = byReport.entrySet().iterator();
        while (iterator.hasNext()) {
            var entry = iterator.next();
            Report report = existing.get(entry.getKey());
            String problem = report != null && !report.isEditable()
                    ? "report " + report.id + " is " + report.status + ": only drafts take imported values"
                    : inconsistency(validator, entry.getValue(), report == null ? Map.of() : stored.getOrDefault(report.id, Map.of()));
            if (problem != null) {
                entry.getValue().forEach(checked -> conflicts.add(conflict(checked.row(), problem)));
                iterator.remove();
            }
        }
    }

    private static String inconsistency(ValueValidator validator, List<Checked> values, Map<String, ReportValue> stored) {
        Map<String, BigDecimal> numbers = new HashMap<>();
        stored.values().stream().filter(v -> v.number != null).forEach(v -> numbers.put(v.element, v.number));
        for (Checked checked : values) {
            if (checked.typed().number() != null) {
                numbers.put(checked.row().element(), checked.typed().number());
            } else {
                numbers.remove(checked.row().element());
            }
        }
        List<FieldError> broken = validator.checkConsistency(numbers,
                values.stream().map(checked -> checked.row().element()).collect(Collectors.toSet()));
        return broken.isEmpty() ? null : broken.get(0).message();
    }

    /** [imported, updated, ignored] */
    private static int[] count(Map<Target, List<Checked>> byReport, Map<Target, Report> existing,
            Map<UUID, Map<String, ReportValue>> stored) {
        int[] counts = new int[3];
        byReport.forEach((target, values) -> {
            Report report = existing.get(target);
            Map<String, ReportValue> current = report == null ? Map.of() : stored.getOrDefault(report.id, Map.of());
            for (Checked checked : values) {
                ReportValue before = current.get(checked.row().element());
                counts[before == null ? 0 : same(before, checked.typed()) ? 2 : 1]++;
            }
        });
        return counts;
    }

    private int write(Map<Target, List<Checked>> byReport, Map<Target, Report> existing,
            Map<UUID, Map<String, ReportValue>> stored) {
        int created = 0;
        Map<Report, List<Checked>> work = new LinkedHashMap<>();
        for (var entry : byReport.entrySet()) {
            Report report = existing.get(entry.getKey());
            if (report == null) {
                report = reports.newImportedDraft(entry.getKey().unit(), entry.getKey().period());
                created++;
            }
            report.updatedAt = Instant.now();
            report.updatedBy = caller.userName();
            work.put(report, entry.getValue());
        }
        Report.flush();
        writeValues(work, stored);
        return created;
    }

    private void writeValues(Map<Report, List<Checked>> work, Map<UUID, Map<String, ReportValue>> stored) {
        String actor = caller.userName();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(UPSERT);
                PreparedStatement delete = connection.prepareStatement(DELETE);
                PreparedStatement audit = connection.prepareStatement(AUDIT)) {
            int pending = 0;
            for (var entry : work.entrySet()) {
                Report report = entry.getKey();
                Map<String, ReportValue> current = stored.getOrDefault(report.id, Map.of());
                for (Checked checked : entry.getValue()) {
                    ReportValue before = current.get(checked.row().element());
                    if (before != null && same(before, checked.typed())) {
                        continue;
                    }
                    addValue(checked.typed().isRemoved() ? delete : upsert, report, checked, actor, now);
                    addAudit(audit, report, checked, before, actor, now);
                    if (++pending % BATCH == 0) {
                        executeAll(upsert, delete, audit);
                    }
                }
            }
            executeAll(upsert, delete, audit);
        } catch (SQLException e) {
            throw new IllegalStateException("Bulk import failed while writing; nothing was stored", e);
        }
    }

    private static void addValue(PreparedStatement statement, Report report, Checked checked, String actor, Timestamp now)
            throws SQLException {
        statement.setObject(1, report.id);
        statement.setInt(2, report.version);
        statement.setString(3, checked.row().element());
        if (checked.typed().isRemoved()) {
            statement.addBatch();
            return;
        }
        statement.setBigDecimal(4, checked.typed().number());
        if (checked.typed().bool() == null) {
            statement.setNull(5, Types.BOOLEAN);
        } else {
            statement.setBoolean(5, checked.typed().bool());
        }
        statement.setTimestamp(6, now);
        statement.setString(7, actor);
        statement.addBatch();
    }

    private static void addAudit(PreparedStatement statement, Report report, Checked checked, ReportValue before,
            String actor, Timestamp now) throws SQLException {
        statement.setTimestamp(1, now);
        statement.setString(2, actor);
        statement.setString(3, report.id.toString());
        statement.setString(4, checked.row().element());
        statement.setString(5, before == null ? null : text(before.value()));
        ValueValidator.Typed typed = checked.typed();
        statement.setString(6, typed.isRemoved() ? null : text(typed.number() != null ? typed.number() : typed.bool()));
        statement.addBatch();
    }

    private static void executeAll(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }

    private static boolean same(ReportValue before, ValueValidator.Typed typed) {
        if (typed.isRemoved()) {
            return false;
        }
        if (typed.bool() != null) {
            return typed.bool().equals(before.bool);
        }
        return before.number != null && before.number.compareTo(typed.number()) == 0;
    }

    private static String text(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    private static ImportSummary.Conflict conflict(ImportRow row, String message) {
        return new ImportSummary.Conflict(row.row(), row.unit(), row.period(), row.element(), message);
    }

    private static final String UPSERT = """
            insert into report_value (report_id, version, element_code, value_number, value_boolean, source, proposed, updated_at, updated_by)
            values (?, ?, ?, ?, ?, 'IMPORT', false, ?, ?)
            on conflict (report_id, version, element_code) do update set value_number = excluded.value_number,
                value_boolean = excluded.value_boolean, source = excluded.source, proposed = false, quote = null,
                confidence = null, updated_at = excluded.updated_at, updated_by = excluded.updated_by""";

    private static final String DELETE = "delete from report_value where report_id = ? and version = ? and element_code = ?";

    private static final String AUDIT = """
            insert into audit_entry (at, actor, entity_type, entity_id, action, field, old_value, new_value, reason)
            values (?, ?, 'REPORT', ?, 'VALUE_IMPORTED', ?, ?, ?, 'bulk import')""";
}
