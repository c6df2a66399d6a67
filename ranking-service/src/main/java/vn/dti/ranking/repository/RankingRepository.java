package vn.dti.ranking.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RankingRepository implements PanacheRepositoryBase<Ranking, UUID> {

    /** The published revision in force for a province, peer group and period. */
    public Optional<Ranking> latestPublished(String province, String group, String period) {
        return find("province = ?1 and group = ?2 and period = ?3 and status = ?4 order by publishedAt desc, revision desc",
                province, group, period, RankingStatus.PUBLISHED).firstResultOptional();
    }

    public Optional<Ranking> latestPublished(RankingKey key) {
        return find("province = ?1 and group = ?2 and period = ?3 and framework = ?4 and stage = ?5 and status = ?6",
                key.province(), key.group(), key.period(), key.framework(), key.stage(), RankingStatus.PUBLISHED)
                .firstResultOptional();
    }

    /** The most recently changed draft of a province, peer group, period and stage. */
    public Optional<Ranking> latestDraft(String province, String group, String period, String stage) {
        return find("province = ?1 and group = ?2 and period = ?3 and stage = ?4 and status = ?5 order by updatedAt desc",
                province, group, period, stage, RankingStatus.DRAFT).firstResultOptional();
    }

    public Optional<Ranking> latestPublished(String province, String group, String period, String stage) {
        return find("province = ?1 and group = ?2 and period = ?3 and stage = ?4 and status = ?5 "
                + "order by publishedAt desc, revision desc", province, group, period, stage, RankingStatus.PUBLISHED)
                .firstResultOptional();
    }

    /** The draft of a key, locked against a concurrent publication or recomputation. */
    public Optional<Ranking> draftForUpdate(RankingKey key) {
        return find("province = ?1 and group = ?2 and period = ?3 and framework = ?4 and stage = ?5 and status = ?6",
                key.province(), key.group(), key.period(), key.framework(), key.stage(), RankingStatus.DRAFT)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public int lastRevision(RankingKey key) {
        Integer last = getEntityManager().createQuery("select max(r.revision) from Ranking r where r.province = ?1 "
                + "and r.group = ?2 and r.period = ?3 and r.framework = ?4 and r.stage = ?5", Integer.class)
                .setParameter(1, key.province()).setParameter(2, key.group()).setParameter(3, key.period())
                .setParameter(4, key.framework()).setParameter(5, key.stage()).getSingleResult();
        return last == null ? 0 : last;
    }

    /** Every revision of a province, peer group and period, newest first. */
    public PanacheQuery<Ranking> revisions(String province, String group, String period) {
        return find("province = ?1 and group = ?2 and period = ?3 order by revision desc, framework, stage",
                province, group, period);
    }

    /** The published entries in force of the given units, in every period. */
    public List<RankingEntry> publishedEntriesOf(Collection<String> unitCodes) {
        return getEntityManager().createQuery("select e from RankingEntry e join fetch e.ranking r "
                + "where e.unitCode in ?1 and r.status = ?2", RankingEntry.class)
                .setParameter(1, unitCodes).setParameter(2, RankingStatus.PUBLISHED).getResultList();
    }

    /** A unit's entry in the published ranking in force for a period (the latest one published). */
    public Optional<RankingEntry> publishedEntry(String unitCode, String period) {
        return getEntityManager().createQuery("select e from RankingEntry e join fetch e.ranking r "
                + "where e.unitCode = ?1 and r.period = ?2 and r.status = ?3 order by r.publishedAt desc", RankingEntry.class)
                .setParameter(1, unitCode).setParameter(2, period).setParameter(3, RankingStatus.PUBLISHED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<RankingEntry> latestPublishedEntry(String unitCode) {
        return getEntityManager().createQuery("select e from RankingEntry e join fetch e.ranking r "
                + "where e.unitCode = ?1 and r.status = ?2 order by r.publishedAt desc", RankingEntry.class)
                .setParameter(1, unitCode).setParameter(2, RankingStatus.PUBLISHED)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
