package vn.dti.ranking.service;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import vn.dti.platform.events.AfterCommit;
import vn.dti.ranking.repository.RankingKey;

/**
 * Draft rankings to recompute. A score change marks its ranking in the transaction that stores the
 * score; a burst of changes to one group leaves one mark, so the group is recomputed once.
 */
@ApplicationScoped
public class RefreshQueue {

    private static final String KEY_MATCH = "province_code = ?1 and unit_group = ?2 and period = ?3 "
            + "and framework_code = ?4 and stage = ?5";

    private static final Object WAKE_KEY = new Object();
    private static final Object MARKED_KEY = new Object();

    /** The advisory-lock namespace of draft recomputations (the two-key space, apart from the outbox relay's). */
    private static final int LOCK_SPACE = 7301;

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    DraftRefresher refresher;

    @Transactional(Transactional.TxType.MANDATORY)
    public void request(RankingKey key) {
        if (!markedInThisTransaction().add(key)) {
            return; // a batch of scores marks each group once
        }
        entityManager.createNativeQuery("insert into ranking_refresh (province_code, unit_group, period, framework_code, "
                + "stage, requested_at) values (?1, ?2, ?3, ?4, ?5, clock_timestamp()) on conflict (province_code, "
                + "unit_group, period, framework_code, stage) do update set requested_at = excluded.requested_at")
                .setParameter(1, key.province()).setParameter(2, key.group()).setParameter(3, key.period())
                .setParameter(4, key.framework()).setParameter(5, key.stage()).executeUpdate();
        AfterCommit.run(transactions, WAKE_KEY, refresher::wake);
    }

    @SuppressWarnings("unchecked")
    private Set<RankingKey> markedInThisTransaction() {
        Set<RankingKey> marked = (Set<RankingKey>) transactions.getResource(MARKED_KEY);
        if (marked == null) {
            marked = new HashSet<>();
            transactions.putResource(MARKED_KEY, marked);
        }
        return marked;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<RankingKey> pending(int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("select province_code, unit_group, period, framework_code, "
                + "stage from ranking_refresh order by requested_at").setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new RankingKey((String) row[0], (String) row[1], (String) row[2],
                (String) row[3], (String) row[4])).toList();
    }

    /**
     * Takes the key for this transaction and reads its mark; empty when another instance is
     * recomputing it or it is already done. The mark itself is not locked, so score changes keep
     * renewing it meanwhile instead of waiting for the recomputation (the renewal keeps it marked).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Object> claim(RankingKey key) {
        Boolean taken = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, LOCK_SPACE).setParameter(2, key.toString()).getSingleResult();
        if (!Boolean.TRUE.equals(taken)) {
            return Optional.empty();
        }
        return bind(entityManager.createNativeQuery("select requested_at from ranking_refresh where " + KEY_MATCH), key)
                .getResultStream().findFirst();
    }

    /**
     * Marks the drafts a unit change touches: every draft listing one of {@code units}, and every
     * draft of the peer group the unit belongs to now. Published revisions are never marked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int requestDraftsOf(Collection<String> units, String province, String group, Collection<String> stages) {
        int marked = entityManager.createNativeQuery("insert into ranking_refresh (province_code, unit_group, period, "
                + "framework_code, stage, requested_at) select distinct r.province_code, r.unit_group, r.period, "
                + "r.framework_code, r.stage, clock_timestamp() from ranking r where r.status = 'DRAFT' "
                + "and r.stage = any(string_to_array(?4, ',')) and (exists (select 1 from ranking_entry e "
                + "where e.ranking_id = r.id and e.unit_code = any(string_to_array(?1, ','))) "
                + "or (r.province_code = ?2 and r.unit_group = ?3)) "
                + "on conflict (province_code, unit_group, period, framework_code, stage) "
                + "do update set requested_at = excluded.requested_at")
                .setParameter(1, String.join(",", units)).setParameter(2, province == null ? "" : province)
                .setParameter(3, group == null ? "" : group).setParameter(4, String.join(",", stages)).executeUpdate();
        if (marked > 0) {
            AfterCommit.run(transactions, WAKE_KEY, refresher::wake);
        }
        return marked;
    }

    /** Removes the mark unless a newer change renewed it meanwhile. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void done(RankingKey key, Object requestedAt) {
        bind(entityManager.createNativeQuery("delete from ranking_refresh where " + KEY_MATCH + " and requested_at = ?6"),
                key).setParameter(6, requestedAt).executeUpdate();
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, RankingKey key) {
        return query.setParameter(1, key.province()).setParameter(2, key.group()).setParameter(3, key.period())
                .setParameter(4, key.framework()).setParameter(5, key.stage());
    }
}
