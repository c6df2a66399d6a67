package vn.dti.ranking.events;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.ranking.repository.Ranking;

/** Builds {@code RankingPublished} (docs/events.md) and records it in the outbox. */
@ApplicationScoped
public class RankingEvents {

    public static final String PUBLISHED = "RankingPublished";

    @Inject
    Outbox outbox;

    public record RankingPublished(UUID rankingId, String province, String group, String period, String framework,
            String stage, int revision, String decisionNo, LocalDate decisionDate, String signer,
            UUID supersedes) {
    }

    /** Keyed by the province code (the province's own unit code), so one province's publications stay in order. */
    public void published(Ranking ranking, UUID supersedes) {
        outbox.record(Outbox.RANKING_EVENTS, PUBLISHED, ranking.province,
                new RankingPublished(ranking.id, ranking.province, ranking.group, ranking.period, ranking.framework,
                        ranking.stage, ranking.revision, ranking.decisionNo, ranking.decisionDate, ranking.signer,
                        supersedes));
    }
}
