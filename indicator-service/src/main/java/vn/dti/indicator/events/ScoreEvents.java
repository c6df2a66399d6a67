package vn.dti.indicator.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.service.GroupView;
import vn.dti.indicator.service.SourceView;

/** Records {@code ScoresComputed} (docs/events.md) in the outbox. */
@ApplicationScoped
public class ScoreEvents {

    public static final String SCORES_COMPUTED = "ScoresComputed";

    @Inject
    Outbox outbox;

    /**
     * {@code points} (2 decimals) and {@code index} (4 decimals, half-up) as rankings compare them;
     * the exact values alongside.
     */
    public record ScoresComputed(String unitCode, String unitName, String unitGroup, String province, String period,
            String framework, int frameworkVersion, Stage stage, BigDecimal points, BigDecimal applicableMax,
            BigDecimal index, BigDecimal pointsExact, BigDecimal indexExact, List<GroupView> groups,
            Instant computedAt, List<SourceView> sources) {
    }

    public void computed(ScoresComputed payload) {
        outbox.record(Outbox.SCORE_EVENTS, SCORES_COMPUTED, payload.unitCode(), payload);
    }
}
