package vn.dti.ranking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.dti.ranking.repository.RankingRepository;
import vn.dti.ranking.rest.ProblemException;

@ApplicationScoped
public class PublicRankingService {

    @Inject
    RankingRepository rankings;

    @Transactional
    public RankingView published(String province, String group, String period) {
        return rankings.latestPublished(province, group, period).map(RankingView::of)
                .orElseThrow(() -> ProblemException.notFound(
                        "A published ranking of " + group + " in " + province + " for " + period));
    }
}
