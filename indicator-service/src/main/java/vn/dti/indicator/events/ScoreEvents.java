package vn.dti.indicator.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.indicator.repository.ScoreStore;
import vn.dti.indicator.repository.Stage;
import vn.dti.indicator.scoring.Decimals;
import vn.dti.indicator.service.GroupView;
import vn.dti.indicator.service.SourceView;
import vn.dti.platform.events.OutboxWriter;

/** Records {@code ScoresComputed} (docs/events.md) in the outbox. */
@ApplicationScoped
public class ScoreEvents {

    public static final String SCORES_COMPUTED = "ScoresComputed";

    @Inject
    Outbox outbox;

    /**
     * {@code points} (2 decimals) and {@code index} (4 decimals, half-up) as rankings compare them;
     * the exact values alongside. Its own records, so that a change of the REST views never changes
     * the event.
     */
    public record ScoresComputed(String unitCode, String unitName, String unitGroup, String province, String period,
            String framework, int frameworkVersion, Stage stage, BigDecimal points, BigDecimal applicableMax,
            BigDecimal index, BigDecimal pointsExact, BigDecimal indexExact, List<Group> groups,
            Instant computedAt, List<Source> sources) {
    }

    /** A main index of the score. */
    public record Group(String code, String nameVi, String nameEn, BigDecimal points, BigDecimal max,
            BigDecimal maxPoints, BigDecimal index) {
    }

    /** A report version the score was computed from. */
    public record Source(UUID reportId, int version) {
    }

    /**
     * The Kafka key of a unit's score events: its province and peer group, so that one consumer
     * (of several instances) receives a group's scores, in order.
     */
    public static String key(String province, String group) {
        return province + ":" + group;
    }

    public void computed(ScoresComputed payload) {
        outbox.record(Outbox.SCORE_EVENTS, SCORES_COMPUTED, key(payload.province(), payload.unitGroup()), payload);
    }

    /** Records a batch of events in the outbox at once. */
    public void computedAll(List<ScoresComputed> payloads) {
        outbox.recordAll(Outbox.SCORE_EVENTS, SCORES_COMPUTED, payloads.stream()
                .map(p -> new OutboxWriter.Keyed(key(p.province(), p.unitGroup()), p)).toList());
    }

    public static ScoresComputed payload(ScoreStore.Row score, List<GroupView> groups, List<SourceView> sources) {
        return new ScoresComputed(score.unitCode(), score.unitName(), score.unitGroup(), score.province(),
                score.period(), score.frameworkCode(), score.frameworkVersion(), score.stage(),
                Decimals.points(score.points()), score.applicableMax(), Decimals.index(score.index()), score.points(),
                score.index(), groups.stream().map(g -> new Group(g.code(), g.nameVi(), g.nameEn(), g.points(), g.max(),
                        g.maxPoints(), g.index())).toList(),
                score.computedAt(), sources.stream().map(s -> new Source(s.reportId(), s.version())).toList());
    }
}
