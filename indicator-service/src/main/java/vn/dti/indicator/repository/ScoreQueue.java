package vn.dti.indicator.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Units waiting to be scored, per peer group ({@code score_pending}). Queued in the transaction
 * that stores the unit's values; claimed (deleted) in the transaction that stores its score, so a
 * failed scoring leaves the unit queued.
 */
@ApplicationScoped
public class ScoreQueue {

    /** A peer group with queued units; a unit without a group is queued under "". */
    public record PendingGroup(String province, String group, String period, Stage stage) {

        public String groupOrNull() {
            return group.isEmpty() ? null : group;
        }
    }

    /** How many units wait, and for how long the oldest has. */
    public record Backlog(long units, double oldestSeconds) {
    }

    @Inject
    EntityManager em;

    public Backlog backlog() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*),"
                + " coalesce(extract(epoch from now() - min(queued_at)), 0) from score_pending").getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), ((Number) row[1]).doubleValue());
    }

    public void enqueue(String unitCode, String period, Stage stage, String province, String group) {
        em.createNativeQuery("insert into score_pending (unit_code, period, stage, province_code, unit_group)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict (unit_code, period, stage) do update"
                + " set province_code = excluded.province_code, unit_group = excluded.unit_group, queued_at = now()")
                .setParameter(1, unitCode).setParameter(2, period).setParameter(3, stage.name())
                .setParameter(4, province).setParameter(5, group == null ? "" : group).executeUpdate();
    }

    /** Queues these units of a stage at once, each with its province and peer group from unit_info. */
    public void enqueueAll(List<String> unitCodes, List<String> periods, Stage stage) {
        if (unitCodes.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into score_pending (unit_code, period, stage, province_code, unit_group)"
                + " select t.u, t.p, ?3, coalesce(i.province_code, ''), coalesce(i.unit_group, '')"
                + " from unnest(cast(?1 as text[]), cast(?2 as text[])) as t(u, p) left join unit_info i on i.unit_code = t.u"
                + " on conflict (unit_code, period, stage) do update"
                + " set province_code = excluded.province_code, unit_group = excluded.unit_group, queued_at = now()")
                .setParameter(1, unitCodes.toArray(String[]::new)).setParameter(2, periods.toArray(String[]::new))
                .setParameter(3, stage.name()).executeUpdate();
    }

    /** Groups with queued units, longest waiting first. */
    @SuppressWarnings("unchecked")
    public List<PendingGroup> groups(int limit) {
        List<Object[]> rows = em.createNativeQuery("select province_code, unit_group, period, stage from score_pending"
                + " group by province_code, unit_group, period, stage order by min(queued_at) limit ?1")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new PendingGroup((String) r[0], (String) r[1], (String) r[2],
                Stage.valueOf((String) r[3]))).toList();
    }

    /** Takes every unit queued in the group; they come back if the transaction rolls back. */
    @SuppressWarnings("unchecked")
    public List<String> claim(PendingGroup group) {
        return em.createNativeQuery("delete from score_pending where province_code = ?1 and unit_group = ?2"
                + " and period = ?3 and stage = ?4 returning unit_code")
                .setParameter(1, group.province()).setParameter(2, group.group()).setParameter(3, group.period())
                .setParameter(4, group.stage().name()).getResultList();
    }
}
