package vn.dti.indicator.service;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.dti.indicator.client.ReportServiceClient;
import vn.dti.indicator.events.ReportPayload;
import vn.dti.indicator.events.RescoreRequested;
import vn.dti.indicator.events.RescoreRequests;
import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.service.FrameworkRegistry.ActiveVersion;

/**
 * Finds scores that lag what they are computed from and repairs them: a stage whose score is
 * missing or was computed from an older report version than the one stored, units whose accepted
 * values here are older than report-service's latest accepted version (read through its REST API,
 * then stored and rescored as if the event had arrived), and peer groups still scored on another
 * framework version than the one now active for them. Runs on a schedule and when an administrator asks.
 */
@ApplicationScoped
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class);

    /**
     * Inputs (unit, period, stage, province, group) without a score of the same report version, FINAL
     * included.
     */
    private static final String LAGGING_SCORES = """
            select i.unit_code, i.period, i.stage, u.province_code, u.unit_group from input_set i
            join unit_info u on u.unit_code = i.unit_code
            where (not exists (select 1 from score s where s.unit_code = i.unit_code and s.period = i.period
                    and s.stage = i.stage and s.sources like '%"version":' || i.report_version || '}%'
                    and s.sources like '%' || cast(i.report_id as text) || '%')
               or (i.stage = 'REVIEWED' and not exists (select 1 from score f where f.unit_code = i.unit_code
                    and f.period = i.period and f.stage = 'FINAL'
                    and f.sources like '%"version":' || i.report_version || '}%')))
            order by i.unit_code, i.period, i.stage""";

    private static final String SCORED_GROUPS = """
            select distinct province_code, unit_group, period, framework_code, framework_version from score
            where unit_group is not null""";

    /**
     * Group rescores asked for in the last hour and not yet applied (no inbox row): a framework activation's
     * requests still queued. Older ones count as lost and are asked for again.
     */
    private static final String RESCORES_UNDER_WAY = """
            select cast(o.envelope as jsonb) -> 'payload' ->> 'province', cast(o.envelope as jsonb) -> 'payload' ->> 'group',
                   cast(o.envelope as jsonb) -> 'payload' ->> 'period'
            from outbox_event o
            where o.event_type = 'PeerGroupRescoreRequested' and o.created_at > now() - interval '1 hour'
              and cast(o.envelope as jsonb) -> 'payload' ->> 'unitCode' is null
              and not exists (select 1 from processed_event p where p.event_id = o.event_id)""";

    /** The provinces this service knows units of. */
    private static final String PROVINCES = """
            select distinct province_code from unit_info where province_code is not null order by 1""";

    /** Per period, the digest report-service's accepted-digests gives for the same accepted versions. */
    private static final String DIGESTS_HERE = """
            select i.period, md5(string_agg(i.unit_code || ':' || cast(i.report_id as text) || ':' || i.report_version, ','
                   order by i.unit_code collate "C"))
            from input_set i join unit_info u on u.unit_code = i.unit_code
            where u.province_code = ?1 and i.stage = 'REVIEWED' group by i.period""";

    private static final String ACCEPTED_HERE = """
            select i.unit_code, cast(i.report_id as text), i.report_version from input_set i
            join unit_info u on u.unit_code = i.unit_code
            where u.province_code = ?1 and i.period = ?2 and i.stage = 'REVIEWED'""";

    /**
     * {@code behindReportService}: units whose accepted values here lagged report-service's latest
     * accepted version (-1 when report-service could not be asked); {@code periodsComparedInDetail}: province
     * periods whose digests differed, so their versions were read one by one.
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ScoreReconciliationResult")
    public record Result(int laggingScores, int rescored, int groupsOnOtherFramework, Instant checkedAt,
            int behindReportService, int periodsComparedInDetail) {
    }

    /** What comparing with report-service found. */
    record CatchUp(int behind, int periodsComparedInDetail) {

        static final CatchUp NONE = new CatchUp(0, 0);

        CatchUp plus(CatchUp other) {
            return new CatchUp(behind + other.behind, periodsComparedInDetail + other.periodsComparedInDetail);
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ScoringService scoring;

    @Inject
    FrameworkRegistry registry;

    @Inject
    RescoreRequests rescores;

    @Inject
    ReportServiceClient reportService;

    @Inject
    InputStore inputs;

    @Inject
    UnitDirectory units;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Scheduled(every = "${dti.indicator.reconciliation-interval:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            Result result = run();
            if (result.laggingScores() > 0 || result.groupsOnOtherFramework() > 0 || result.behindReportService() > 0) {
                LOG.warnf("Reconciliation repaired scores: %s", result);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Reconciliation not run: %s", e.getMessage());
        }
    }

    public Result run() {
        CatchUp catchUp = catchUpWithReportService();
        // values of a period no framework activation covers (a 9-month report when only years are ranked) have no score to lag
        List<Object[]> lagging = QuarkusTransaction.requiringNew().call(() -> rows(LAGGING_SCORES).stream()
                .filter(row -> registry.resolve((String) row[3], (String) row[4], (String) row[1]).isPresent())
                .toList());
        int rescored = 0;
        for (Object[] row : lagging) {
            rescored += QuarkusTransaction.requiringNew().call(() -> scoring.recompute((String) row[0], (String) row[1],
                    Stage.valueOf((String) row[2])));
        }
        int otherFramework = QuarkusTransaction.requiringNew().call(this::requestGroupsOnOtherFramework);
        return new Result(lagging.size(), rescored, otherFramework, Instant.now(), catchUp.behind(),
                catchUp.periodsComparedInDetail());
    }

    /**
     * Stores and scores report-service's latest accepted version of every unit that lags it here. One digest per
     * province and period is compared first; the versions are read only where the digests differ.
     */
    CatchUp catchUpWithReportService() {
        if (!reportService.enabled()) {
            return CatchUp.NONE;
        }
        CatchUp found = CatchUp.NONE;
        try {
            for (Object province : QuarkusTransaction.requiringNew().call(() -> rows(PROVINCES))) {
                found = found.plus(catchUp((String) province));
            }
            return found;
        } catch (RuntimeException e) {
            LOG.warnf("Reconciliation could not compare with report-service: %s", e.getMessage());
            return found.behind() > 0 ? found : new CatchUp(-1, found.periodsComparedInDetail());
        }
    }

    private CatchUp catchUp(String province) {
        Map<String, String> here = new HashMap<>();
        QuarkusTransaction.requiringNew().call(() -> rows(DIGESTS_HERE, province))
                .forEach(row -> here.put((String) row[0], (String) row[1]));
        CatchUp found = CatchUp.NONE;
        for (Map.Entry<String, String> accepted : reportService.acceptedDigests(province).entrySet()) {
            if (!accepted.getValue().equals(here.get(accepted.getKey()))) {
                found = found.plus(new CatchUp(catchUp(province, accepted.getKey()), 1));
            }
        }
        return found;
    }

    /** Compares versions first; the values are fetched only for a province and period where some unit lags. */
    private int catchUp(String province, String period) {
        Map<String, Object[]> here = new HashMap<>();
        QuarkusTransaction.requiringNew().call(() -> rows(ACCEPTED_HERE, province, period))
                .forEach(row -> here.put((String) row[0], row));
        if (reportService.acceptedVersionNumbers(province, period).stream().noneMatch(item -> lags(item, here))) {
            return 0;
        }
        int behind = 0;
        for (ObjectNode item : reportService.acceptedVersions(province, period)) {
            if (lags(item, here)) {
                ReportPayload report = payloadOf(item);
                QuarkusTransaction.requiringNew().run(() -> {
                    units.learnFrom(report);
                    if (inputs.replace(Stage.REVIEWED, report)) {
                        scoring.recompute(report.unitCode(), report.period(), Stage.REVIEWED);
                    }
                });
                LOG.infof("Reconciliation: %s %s caught up with accepted v%d", report.unitCode(), period, report.version());
                behind++;
            }
        }
        return behind;
    }

    /** The unit's accepted values here are missing, of another report or of an older version than report-service's. */
    private static boolean lags(ObjectNode item, Map<String, Object[]> here) {
        Object[] stored = here.get(item.path("unitCode").asText());
        return stored == null || !item.path("reportId").asText().equals(stored[1])
                || ((Number) stored[2]).intValue() < item.path("version").asInt();
    }

    /** report-service's view of an accepted version, as the ReportAccepted payload it stands for. */
    private ReportPayload payloadOf(ObjectNode item) {
        ObjectNode payload = json.createObjectNode();
        for (String field : List.of("reportId", "version", "unitCode", "unitName", "unitLevel", "unitGroup", "province",
                "period", "values")) {
            payload.set(field, item.path(field));
        }
        payload.set("at", item.path("acceptedAt"));
        payload.set("by", item.path("acceptedBy"));
        try {
            return json.treeToValue(payload, ReportPayload.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("unreadable accepted version of " + item.path("unitCode").asText(), e);
        }
    }

    /** Groups still on another framework version, unless their rescore is already under way. */
    private int requestGroupsOnOtherFramework() {
        Set<List<Object>> underWay = rescoresUnderWay();
        int requested = 0;
        for (Object[] row : rows(SCORED_GROUPS)) {
            String province = (String) row[0];
            String group = (String) row[1];
            String period = (String) row[2];
            Optional<ActiveVersion> active = registry.resolve(province, group, period);
            if (active.isPresent() && !underWay.contains(Arrays.asList(province, group, period))
                    && (!active.get().frameworkCode().equals(row[3])
                    || active.get().version() != ((Number) row[4]).intValue())) {
                rescores.request(new RescoreRequested(province, group, period, "reconciliation"));
                requested++;
            }
        }
        return requested;
    }

    /** (province, group, period) of every group rescore asked for lately and not yet applied. */
    Set<List<Object>> rescoresUnderWay() {
        Set<List<Object>> underWay = new HashSet<>();
        rows(RESCORES_UNDER_WAY).forEach(row -> underWay.add(Arrays.asList(row)));
        return underWay;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        jakarta.persistence.Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }
}
