package vn.dti.report.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.dti.platform.period.Period;
import vn.dti.platform.problem.ProblemException;
import vn.dti.platform.rest.PageRequest;
import vn.dti.platform.rest.PageResponse;
import vn.dti.platform.security.Roles;
import vn.dti.report.events.ReportEvents;
import vn.dti.report.repository.OrgUnit;
import vn.dti.report.repository.Report;
import vn.dti.report.repository.UnitLevel;
import vn.dti.report.repository.ValueType;
import vn.dti.report.security.CallerScope;

/**
 * The latest accepted version of every unit's report for a period in a province, with the values
 * as they were accepted: what another service's reconciliation compares its own state with.
 */
@ApplicationScoped
public class AcceptedVersions {

    /** The realm role of the suite's own services (client credentials). */
    public static final String SERVICE_ROLE = "service";

    private static final String LATEST = """
            from report r join report_version v on v.report_id = r.id
            where r.province_code = ?1 and r.period = ?2 and v.status in ('ACCEPTED', 'LOCKED')
              and v.version = (select max(w.version) from report_version w
                               where w.report_id = r.id and w.status in ('ACCEPTED', 'LOCKED'))""";

    /**
     * Per period, the number of units with an accepted version and a digest of (unit, report, latest accepted
     * version) in unit order: another service holding the same versions computes the same digest.
     */
    private static final String DIGESTS = """
            select r.period, count(*), md5(string_agg(r.unit_code || ':' || cast(r.id as text) || ':' || v.version, ','
                   order by r.unit_code collate "C"))
            from report r cross join lateral (select max(w.version) as version from report_version w
                                              where w.report_id = r.id and w.status in ('ACCEPTED', 'LOCKED')) v
            where r.province_code = ?1 and v.version is not null
            group by r.period order by r.period""";

    /** One period's accepted versions in a province, summed up for comparison. */
    @Schema(name = "AcceptedVersionsDigest")
    public record Digest(String period, long units,
            @Schema(description = "md5 of unitCode:reportId:version of each unit, joined by ',' in unit-code (C collation) order")
            String digest) {
    }

    /** One unit's latest accepted version. */
    @Schema(name = "AcceptedReportVersion")
    public record AcceptedVersion(String unitCode, String unitName, UnitLevel unitLevel, String unitGroup,
            String province, String period, UUID reportId, int version, Instant acceptedAt, String acceptedBy,
            List<AcceptedValue> values) {
    }

    /** A value as accepted; {@code adjusted} when a reviewer set it, with the unit's original. */
    @Schema(name = "AcceptedReportValue")
    public record AcceptedValue(String element, ValueType valueType, Object value, boolean adjusted,
            Object originalValue, String adjustmentReason) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    CallerScope scope;

    @Inject
    ReportContent content;

    @Inject
    Catalog catalog;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @Transactional
    public PageResponse<AcceptedVersion> list(String province, String period, PageRequest page) {
        return list(province, period, page, true);
    }

    /** {@code withValues} false: the versions only (values an empty list), without reading any report's content. */
    @Transactional
    public PageResponse<AcceptedVersion> list(String province, String period, PageRequest page, boolean withValues) {
        String provinceCode = visibleProvince(province);
        String code = Period.ofParameter(period).code();
        long total = ((Number) entityManager.createNativeQuery("select count(*) " + LATEST)
                .setParameter(1, provinceCode).setParameter(2, code).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select cast(r.id as text), v.version, v.reviewed_at, "
                + "v.reviewed_by " + LATEST + " order by r.unit_code")
                .setParameter(1, provinceCode).setParameter(2, code)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new PageResponse<>(views(rows, withValues), page.page(), page.size(), total);
    }

    /** Every period's digest of the province's latest accepted versions. */
    @Transactional
    public List<Digest> digests(String province) {
        String provinceCode = visibleProvince(province);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(DIGESTS).setParameter(1, provinceCode).getResultList();
        return rows.stream().map(row -> new Digest((String) row[0], ((Number) row[1]).longValue(), (String) row[2])).toList();
    }

    private String visibleProvince(String province) {
        if (province == null || province.isBlank()) {
            throw ProblemException.invalid("province", "is required");
        }
        String provinceCode = province.strip().toUpperCase();
        if (!identity.hasRole(SERVICE_ROLE) && !(identity.hasRole(Roles.ADMIN) && scope.seesProvince(provinceCode))) {
            throw ProblemException.notFound("Province " + provinceCode);
        }
        return provinceCode;
    }

    private List<AcceptedVersion> views(List<Object[]> rows, boolean withValues) {
        List<Report> reports = Report.list("id in ?1", rows.stream().map(row -> UUID.fromString((String) row[0])).toList());
        Map<UUID, Report> byId = reports.stream().collect(Collectors.toMap(report -> report.id, Function.identity()));
        Map<String, OrgUnit> units = OrgUnit.<OrgUnit>list("code in ?1", reports.stream().map(r -> r.unitCode).toList())
                .stream().collect(Collectors.toMap(unit -> unit.code, Function.identity()));
        return rows.stream().map(row -> {
            Report report = byId.get(UUID.fromString((String) row[0]));
            int version = ((Number) row[1]).intValue();
            Instant reviewedAt = row[2] == null ? null : toInstant(row[2]);
            OrgUnit unit = units.get(report.unitCode);
            return withValues ? withValues(report, version, reviewedAt, (String) row[3], unit)
                    : new AcceptedVersion(report.unitCode, unit.name, unit.level, unit.group, report.provinceCode,
                            report.period, report.id, version, reviewedAt, (String) row[3], List.of());
        }).toList();
    }

    private AcceptedVersion withValues(Report report, int version, Instant reviewedAt, String reviewedBy, OrgUnit unit) {
        ReportEvents.ReportPayload payload = ReportEvents.acceptedPayload(report, version, reviewedAt, reviewedBy, unit,
                content.values(report.id, version), catalog.elements());
        return new AcceptedVersion(payload.unitCode(), payload.unitName(), payload.unitLevel(), payload.unitGroup(),
                payload.province(), payload.period(), payload.reportId(), payload.version(), payload.at(),
                payload.by(), payload.values().stream().map(v -> new AcceptedValue(v.element(), v.valueType(),
                        v.value(), v.adjusted(), v.originalValue(), v.adjustmentReason())).toList());
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
