package vn.dti.indicator.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.dti.platform.period.Period;

/** Asks, through the outbox, for peer groups to be rescored; one event per group and period. */
@ApplicationScoped
public class RescoreRequests {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    /** Every group and period with values that an activation may move to another framework version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forActivation(List<String> provinces, List<String> groups, int fromYear, Integer toYear, String reason) {
        int requested = 0;
        for (Object[] row : groupsWithValues(provinces, groups)) {
            String period = (String) row[2];
            int year = Period.firstYear(period);
            if (year >= fromYear && (toYear == null || year <= toYear)) {
                request(new RescoreRequested((String) row[0], (String) row[1], period, reason));
                requested++;
            }
        }
        return requested;
    }

    /** Every period with values of a unit's group (after it joined or left the group). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forGroupOf(String unitCode, String province, String group, String reason) {
        if (province == null || group == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> periods = entityManager.createNativeQuery("select distinct period from input_set where unit_code = ?1")
                .setParameter(1, unitCode).getResultList();
        periods.forEach(period -> request(new RescoreRequested(province, group, period, reason)));
    }

    public void request(RescoreRequested request) {
        outbox.record(Outbox.RESCORE_EVENTS, RescoreRequested.TYPE, request.key(), request);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> groupsWithValues(List<String> provinces, List<String> groups) {
        return entityManager.createNativeQuery("""
                select distinct u.province_code, u.unit_group, i.period
                from input_set i join unit_info u on u.unit_code = i.unit_code
                where u.unit_group is not null
                  and (cast(?1 as text) is null or u.province_code = any(string_to_array(cast(?1 as text), ',')))
                  and (cast(?2 as text) is null or u.unit_group = any(string_to_array(cast(?2 as text), ',')))
                order by 1, 2, 3""")
                .setParameter(1, join(provinces))
                .setParameter(2, join(groups))
                .getResultList();
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() || values.contains(null) ? null : String.join(",", values);
    }
}
