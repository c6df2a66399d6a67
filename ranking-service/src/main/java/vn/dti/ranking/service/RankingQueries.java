package vn.dti.ranking.service;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.dti.platform.period.Period;
import vn.dti.ranking.engine.PreviousRanks;
import vn.dti.ranking.repository.Ranking;
import vn.dti.ranking.repository.RankingEntry;
import vn.dti.ranking.repository.RankingRepository;
import vn.dti.platform.problem.ProblemException;

/** Reads of rankings: anonymous ones (published only) and scoped ones through {@link RankingAccess}. */
@ApplicationScoped
public class RankingQueries {

    @Inject
    RankingRepository rankings;

    @Inject
    UnitDirectory units;

    @Inject
    GroupsJson groupsJson;

    @Transactional
    public RankingView published(String province, String group, String period) {
        String periodCode = periodCode(period);
        return rankings.latestPublished(province, group, periodCode).map(this::view)
                .orElseThrow(() -> ProblemException.notFound(
                        "A published ranking of " + group + " in " + province + " for " + periodCode));
    }

    /** The published entry in force of a unit for a period, or for its latest published period. */
    @Transactional
    public Scorecard scorecard(String unitCode, String period) {
        Optional<RankingEntry> entry = period == null || period.isBlank() ? rankings.latestPublishedEntry(unitCode)
                : rankings.publishedEntry(unitCode, periodCode(period));
        return entry.map(found -> Scorecard.of(RankingView.Entry.of(found, groupsJson::read), found.ranking))
                .orElseThrow(() -> ProblemException.notFound("A published scorecard of " + unitCode));
    }

    /** Published rank history across periods, framework versions and the unit's predecessors, oldest first. */
    @Transactional
    public List<RankHistoryItem> rankHistory(String unitCode) {
        Set<String> lineage = new HashSet<>(PreviousRanks.Lineage.ancestors(unitCode, units.predecessorsBySuccessor()));
        lineage.add(unitCode);
        return rankings.publishedEntriesOf(lineage).stream()
                .sorted(Comparator.comparing((RankingEntry e) -> Period.parse(e.ranking.period).start())
                        .thenComparing(e -> Period.parse(e.ranking.period).end())
                        .thenComparing(e -> e.ranking.stage))
                .map(RankingQueries::historyItem).toList();
    }

    public RankingView view(Ranking ranking) {
        return RankingView.of(ranking, groupsJson::read);
    }

    public Optional<Ranking> byId(UUID id) {
        return rankings.findByIdOptional(id);
    }

    /** A period code as the API writes it, or a 422 problem naming {@code period}. */
    public static String publicPeriodCode(String period) {
        return periodCode(period);
    }

    static String periodCode(String period) {
        return Period.ofParameter(period).code();
    }

    private static RankHistoryItem historyItem(RankingEntry entry) {
        Ranking ranking = entry.ranking;
        Integer movement = entry.previousRank == null ? null : entry.previousRank - entry.rank;
        return new RankHistoryItem(ranking.period, ranking.group, entry.rank, entry.of, entry.index, entry.points,
                entry.grade, entry.previousRank, movement, entry.unitCode, ranking.framework, ranking.stage,
                ranking.revision, ranking.id);
    }
}
