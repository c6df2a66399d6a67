package vn.dti.indicator.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.dti.indicator.events.RescoreRequested;
import vn.dti.indicator.events.RescoreRequests;
import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.service.FrameworkRegistry.ActiveVersion;

/**
 * Finds scores that lag what they are computed from and repairs them: a stage whose score is
 * missing or was computed from an older report version than the one stored, and peer groups still
 * scored on another framework version than the one now active for them. Runs on a schedule and
 * when an administrator asks.
 */
@ApplicationScoped
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class);

    /** Inputs (unit, period, stage) without a score of the same report version, FINAL included. */
    private static final String LAGGING_SCORES = """
            select i.unit_code, i.period, i.stage from input_set i
            where not exists (select 1 from score s where s.unit_code = i.unit_code and s.period = i.period
                    and s.stage = i.stage and s.sources like '%"version":' || i.report_version || '}%'
                    and s.sources like '%' || cast(i.report_id as text) || '%')
               or (i.stage = 'REVIEWED' and not exists (select 1 from score f where f.unit_code = i.unit_code
                    and f.period = i.period and f.stage = 'FINAL'
                    and f.sources like '%"version":' || i.report_version || '}%'))
            order by i.unit_code, i.period, i.stage""";

    private static final String SCORED_GROUPS = """
            select distinct province_code, unit_group, period, framework_code, framework_version from score
            where unit_group is not null""";

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ScoreReconciliationResult")
    public record Result(int laggingScores, int rescored, int groupsOnOtherFramework, Instant checkedAt) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ScoringService scoring;

    @Inject
    FrameworkRegistry registry;

    @Inject
    RescoreRequests rescores;

    @Scheduled(every = "${dti.indicator.reconciliation-interval:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            Result result = run();
            if (result.laggingScores() > 0 || result.groupsOnOtherFramework() > 0) {
                LOG.warnf("Reconciliation repaired scores: %s", result);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Reconciliation not run: %s", e.getMessage());
        }
    }

    public Result run() {
        List<Object[]> lagging = QuarkusTransaction.requiringNew().call(() -> rows(LAGGING_SCORES));
        int rescored = 0;
        for (Object[] row : lagging) {
            rescored += QuarkusTransaction.requiringNew().call(() -> scoring.recompute((String) row[0], (String) row[1],
                    Stage.valueOf((String) row[2])));
        }
        int otherFramework = QuarkusTransaction.requiringNew().call(this::requestGroupsOnOtherFramework);
        return new Result(lagging.size(), rescored, otherFramework, Instant.now());
    }

    private int requestGroupsOnOtherFramework() {
        int requested = 0;
        for (Object[] row : rows(SCORED_GROUPS)) {
            String province = (String) row[0];
            String group = (String) row[1];
            String period = (String) row[2];
            Optional<ActiveVersion> active = registry.resolve(province, group, period);
            if (active.isPresent() && (!active.get().frameworkCode().equals(row[3])
                    || active.get().version() != ((Number) row[4]).intValue())) {
                rescores.request(new RescoreRequested(province, group, period, "reconciliation"));
                requested++;
            }
        }
        return requested;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return entityManager.createNativeQuery(sql).getResultList();
    }
}
