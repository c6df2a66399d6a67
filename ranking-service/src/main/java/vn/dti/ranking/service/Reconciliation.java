package vn.dti.ranking.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.dti.ranking.config.RankingConfig;
import vn.dti.ranking.repository.RankingKey;

/**
 * Finds draft rankings that lag the stored scores (a score with no entry, or an entry with other
 * points, or an entry of a unit no longer scored in the group) and marks them for
 * recomputation. Published rankings are never touched. Runs on a schedule and when an administrator asks.
 */
@ApplicationScoped
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class);

    private static final String LAGGING_DRAFTS = """
            select distinct s.province_code, s.unit_group, s.period, s.framework_code, s.stage
            from unit_score s
            left join ranking r on r.status = 'DRAFT' and r.province_code = s.province_code
                 and r.unit_group = s.unit_group and r.period = s.period and r.framework_code = s.framework_code
                 and r.stage = s.stage
            left join ranking_entry e on e.ranking_id = r.id and e.unit_code = s.unit_code
            where s.stage = any(string_to_array(?1, ','))
              and (e.id is null or e.points <> round(s.points, 4))
            union
            select r.province_code, r.unit_group, r.period, r.framework_code, r.stage
            from ranking r join ranking_entry e on e.ranking_id = r.id
            where r.status = 'DRAFT' and not exists (select 1 from unit_score s where s.unit_code = e.unit_code
                 and s.province_code = r.province_code and s.unit_group = r.unit_group and s.period = r.period
                 and s.framework_code = r.framework_code and s.stage = r.stage)""";

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RankingReconciliationResult")
    public record Result(int laggingDrafts, Instant checkedAt) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    RefreshQueue queue;

    @Inject
    RankingConfig config;

    @Scheduled(every = "${dti.ranking.reconciliation-interval:5m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            Result result = run();
            if (result.laggingDrafts() > 0) {
                LOG.warnf("Reconciliation marked lagging drafts: %s", result);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Reconciliation not run: %s", e.getMessage());
        }
    }

    public Result run() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(LAGGING_DRAFTS)
                    .setParameter(1, String.join(",", config.stages()))
                    .getResultList();
            rows.forEach(row -> queue.request(new RankingKey((String) row[0], (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4])));
            return new Result(rows.size(), Instant.now());
        });
    }
}
