package vn.dti.ranking.service;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.dti.platform.period.Period;
import vn.dti.ranking.repository.OrgUnit;
import vn.dti.ranking.repository.RankingStatus;

/** What has been published, for pickers: provinces, then their periods, then their peer groups. */
@ApplicationScoped
public class PublicDiscovery {

    /** A province with at least one published ranking; names as report-service announced them. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PublishedProvince")
    public record Province(String code, String name, String nameEn) {
    }

    /** A period with published rankings of the province, with its labels ("Năm 2023" / "Year 2023"). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PublishedPeriod")
    public record PublishedPeriod(String code, String kind, String labelVi, String labelEn) {
    }

    /** A peer group with a published ranking for the province and period, and how many units it ranks. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PublishedGroup")
    public record PublishedGroup(String code, int units, String decisionNo, java.time.LocalDate decisionDate) {
    }

    @Inject
    EntityManager entityManager;

    @Transactional
    public List<Province> provinces() {
        List<String> codes = entityManager.createQuery("select distinct r.province from Ranking r where r.status = ?1",
                String.class).setParameter(1, RankingStatus.PUBLISHED).getResultList();
        Map<String, OrgUnit> units = codes.isEmpty() ? Map.of()
                : OrgUnit.<OrgUnit>list("code in ?1", codes).stream().collect(Collectors.toMap(u -> u.code, u -> u));
        return codes.stream().sorted()
                .map(code -> units.containsKey(code)
                        ? new Province(code, units.get(code).name, units.get(code).nameEn)
                        : new Province(code, code, null))
                .toList();
    }

    /** Newest first. */
    @Transactional
    public List<PublishedPeriod> periods(String province) {
        return entityManager.createQuery("select distinct r.period from Ranking r where r.province = ?1 and r.status = ?2",
                String.class).setParameter(1, province).setParameter(2, RankingStatus.PUBLISHED).getResultList()
                .stream().map(Period::parse)
                .sorted(Comparator.comparing(Period::end).thenComparing(Period::start).reversed())
                .map(period -> new PublishedPeriod(period.code(), period.kind().name(), period.labelVi(), period.labelEn()))
                .toList();
    }

    @Transactional
    public List<PublishedGroup> groups(String province, String period) {
        return entityManager.createQuery("select r from vn.dti.ranking.repository.Ranking r "
                + "where r.province = ?1 and r.period = ?2 and r.status = ?3 order by r.group, r.publishedAt desc",
                vn.dti.ranking.repository.Ranking.class)
                .setParameter(1, province).setParameter(2, period).setParameter(3, RankingStatus.PUBLISHED)
                .getResultList().stream()
                .collect(Collectors.toMap(r -> r.group, r -> r, (first, later) -> first, LinkedHashMap::new))
                .values().stream()
                .map(r -> new PublishedGroup(r.group, r.entries.size(), r.decisionNo, r.decisionDate))
                .toList();
    }
}
