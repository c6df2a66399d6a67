package vn.dti.ranking.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.dti.ranking.config.RankingConfig;
import vn.dti.ranking.repository.Ranking;
import vn.dti.ranking.repository.RankingRepository;
import vn.dti.ranking.repository.RankingStatus;
import vn.dti.platform.rest.PageRequest;
import vn.dti.platform.rest.PageResponse;
import vn.dti.platform.problem.ProblemException;
import vn.dti.ranking.security.CallerScope;

/**
 * Authenticated reads, scoped by the caller: drafts for the province's reviewers, council and
 * admins; published revisions also for its reporters; 404 for anything else, so that another
 * province's rankings are never revealed.
 */
@ApplicationScoped
public class RankingAccess {

    /** The scoring stages a ranking is built for; anything else is a 422, not an empty search. */
    static final Set<String> STAGES = Set.of("SELF", "REVIEWED", "FINAL");

    @Inject
    CallerScope scope;

    @Inject
    RankingRepository rankings;

    @Inject
    RankingQueries queries;

    @Inject
    RankingConfig config;

    /** The draft (for those who see drafts) or else the published revision in force. */
    @Transactional
    public Versioned<RankingView> current(String province, String group, String period, String stage,
            RankingStatus status) {
        String provinceCode = province != null && !province.isBlank() ? province : scope.province();
        if (provinceCode == null) {
            throw ProblemException.invalid("province", "is required for a caller without a province claim");
        }
        String periodCode = RankingQueries.periodCode(period);
        String stageCode = stage == null || stage.isBlank() ? config.defaultStage() : stage;
        if (!STAGES.contains(stageCode)) {
            throw ProblemException.invalid("stage", "must be SELF, REVIEWED or FINAL");
        }
        if (!scope.seesPublishedOf(provinceCode)) {
            throw notFound(group, provinceCode, periodCode);
        }
        boolean draftWanted = status != RankingStatus.PUBLISHED && scope.seesDraftsOf(provinceCode);
        return (draftWanted ? rankings.latestDraft(provinceCode, group, periodCode, stageCode)
                : Optional.<Ranking>empty())
                .or(() -> rankings.latestPublished(provinceCode, group, periodCode, stageCode))
                .filter(ranking -> status == null || ranking.status == status)
                .map(this::versioned)
                .orElseThrow(() -> notFound(group, provinceCode, periodCode));
    }

    @Transactional
    public Versioned<RankingView> byId(UUID id) {
        return versioned(visible(id));
    }

    /** Every revision of a ranking the caller may see, newest first. */
    @Transactional
    public PageResponse<RankingView.Summary> revisions(String province, String group, String period, PageRequest page) {
        String periodCode = RankingQueries.periodCode(period);
        if (!scope.seesPublishedOf(province)) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        var query = scope.seesDraftsOf(province) ? rankings.revisions(province, group, periodCode)
                : rankings.find("province = ?1 and group = ?2 and period = ?3 and status <> ?4 order by revision desc",
                        province, group, periodCode, RankingStatus.DRAFT);
        return PageResponse.of(query, page, RankingView.Summary::of);
    }

    @Transactional
    public List<RankHistoryItem> rankHistory(String unitCode) {
        if (!scope.seesHistoryOf(unitCode)) {
            throw ProblemException.notFound("The rank history of " + unitCode);
        }
        return queries.rankHistory(unitCode);
    }

    /** A ranking the caller may read, inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Ranking visible(UUID id) {
        return rankings.findByIdOptional(id)
                .filter(ranking -> ranking.isDraft() ? scope.seesDraftsOf(ranking.province)
                        : scope.seesPublishedOf(ranking.province))
                .orElseThrow(() -> ProblemException.notFound("Ranking " + id));
    }

    private Versioned<RankingView> versioned(Ranking ranking) {
        return new Versioned<>(queries.view(ranking), ranking.version);
    }

    private static ProblemException notFound(String group, String province, String period) {
        return ProblemException.notFound("A ranking of " + group + " in " + province + " for " + period);
    }
}
