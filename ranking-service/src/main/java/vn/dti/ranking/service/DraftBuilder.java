package vn.dti.ranking.service;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.dti.ranking.config.RankingConfig;
import vn.dti.platform.period.Period;
import vn.dti.ranking.engine.Placement;
import vn.dti.ranking.engine.PreviousRanks;
import vn.dti.ranking.engine.RankRules;
import vn.dti.ranking.engine.RankingEngine;
import vn.dti.ranking.engine.UnitScore;
import vn.dti.ranking.repository.Ranking;
import vn.dti.ranking.repository.RankingEntry;
import vn.dti.ranking.repository.RankingKey;
import vn.dti.ranking.repository.RankingRepository;
import vn.dti.ranking.repository.RankingStatus;
import vn.dti.ranking.repository.StoredScore;

/**
 * Recomputes the draft ranking of one key from the stored scores. A published revision is never
 * touched: once the draft of a key is published, the next change opens a new draft revision.
 */
@ApplicationScoped
public class DraftBuilder {

    @Inject
    RankingConfig config;

    @Inject
    RankingRepository rankings;

    @Inject
    RefreshQueue refreshQueue;

    @Inject
    UnitDirectory units;

    @Inject
    GroupsJson groupsJson;

    @Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    @Transactional
    public void rebuild(RankingKey key) {
        rebuild(key, units.predecessorsBySuccessor());
    }

    /**
     * Recomputes one draft with the unit lineage of the round ({@code predecessors}: successor →
     * the units it absorbed), so a round over many groups reads the lineage once.
     */
    @Transactional
    public void rebuild(RankingKey key, Map<String, List<String>> predecessors) {
        Optional<Object> claimed = refreshQueue.claim(key);
        if (claimed.isEmpty()) {
            return;
        }
        registry.counter("dti.ranking.draft.recomputations").increment();
        List<UnitScore> scores = scoresOf(key);
        Optional<Ranking> existing = rankings.draftForUpdate(key);
        if (!scores.isEmpty() || existing.isPresent()) {
            Ranking draft = existing.orElseGet(() -> newDraft(key));
            Map<String, Integer> ranksBefore = ranksOf(draft);
            RankRules rules = config.rankRules();
            List<Placement> placements = new RankingEngine(rules).rank(scores, previousRanks(key, predecessors));
            draft.replaceEntries(placements.stream().map(this::entryOf).toList(), Instant.now());
            draft.rules = RulesText.of(rules);
            if (!ranksOf(draft).equals(ranksBefore)) {
                requestNextPeriod(key); // the next period's trends read only these ranks
            }
        }
        refreshQueue.done(key, claimed.get());
    }

    private List<UnitScore> scoresOf(RankingKey key) {
        List<StoredScore> stored = StoredScore.list("province = ?1 and group = ?2 and period = ?3 and framework = ?4 "
                + "and stage = ?5", key.province(), key.group(), key.period(), key.framework(), key.stage());
        Map<String, String> names = units.namesOf(stored.stream().map(score -> score.unitCode).toList());
        return stored.stream().map(score -> new UnitScore(score.unitCode, names.getOrDefault(score.unitCode, score.unitName),
                score.points, score.index, groupsJson.read(score.groups))).toList();
    }

    private Ranking newDraft(RankingKey key) {
        Ranking draft = new Ranking();
        draft.id = UUID.randomUUID();
        draft.province = key.province();
        draft.group = key.group();
        draft.period = key.period();
        draft.framework = key.framework();
        draft.stage = key.stage();
        draft.status = RankingStatus.DRAFT;
        draft.revision = rankings.lastRevision(key) + 1;
        draft.updatedAt = Instant.now();
        rankings.persist(draft);
        return draft;
    }

    /** The published revision in force of the previous comparable period, else its draft. */
    private PreviousRanks previousRanks(RankingKey key, Map<String, List<String>> predecessors) {
        String previousPeriod = Period.parse(key.period()).previous().code();
        Optional<Ranking> previous = rankings.latestPublished(key.province(), key.group(), previousPeriod, key.stage())
                .or(() -> rankings.latestDraft(key.province(), key.group(), previousPeriod, key.stage()));
        return previous.map(ranking -> PreviousRanks.of(ranking.entries.stream()
                        .collect(Collectors.toMap(entry -> entry.unitCode, entry -> entry.rank)),
                predecessors))
                .orElse(PreviousRanks.none());
    }

    private static Map<String, Integer> ranksOf(Ranking ranking) {
        return ranking.entries.stream().collect(Collectors.toMap(entry -> entry.unitCode, entry -> entry.rank));
    }

    /**
     * The next period's draft moves against this one: recompute it too. Requested whether or not that draft exists yet: it may be
     * being created by a concurrent recomputation that read this period before this one committed (a mark for a period without
     * scores or draft is a no-op).
     */
    private void requestNextPeriod(RankingKey key) {
        refreshQueue.request(key.withPeriod(Period.parse(key.period()).next().code()));
    }

    private RankingEntry entryOf(Placement placement) {
        RankingEntry entry = new RankingEntry();
        entry.rank = placement.rank();
        entry.of = placement.of();
        entry.unitCode = placement.score().unitCode();
        entry.unitName = placement.score().unitName();
        entry.index = placement.comparedIndex();
        entry.points = placement.score().points().setScale(4, RoundingMode.HALF_UP);
        entry.previousRank = placement.previousRank();
        entry.trend = placement.trend() == null ? null : placement.trend().name();
        entry.grade = placement.grade() == null ? null : placement.grade().labelVi;
        if (placement.interval() != null) {
            entry.rankLow = placement.interval().best();
            entry.rankHigh = placement.interval().worst();
        }
        entry.groups = groupsJson.write(placement.score().groups());
        return entry;
    }
}
