package vn.dti.ranking.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RankingRepository implements PanacheRepositoryBase<Ranking, UUID> {

    /** The published revision in force for a province, peer group and period. */
    public Optional<Ranking> latestPublished(String province, String group, String period) {
        return find("province = ?1 and group = ?2 and period = ?3 and status = ?4 order by revision desc",
                province, group, period, RankingStatus.PUBLISHED).firstResultOptional();
    }
}
