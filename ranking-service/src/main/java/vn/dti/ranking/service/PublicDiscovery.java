package vn.dti.ranking.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.dti.ranking.engine.Period;
import vn.dti.ranking.repository.Ranking;
import vn.dti.ranking.repository.RankingRepository;
import vn.dti.ranking.repository.RankingStatus;

/** What portals can find without a token: the provinces, periods and peer groups with a published ranking. */
@ApplicationScoped
public class PublicDiscovery {

    @Inject
    RankingRepository rankings;

    @Schema(name = "PublishedProvince", description = "Tỉnh có bảng xếp hạng đã công bố / A province with published rankings")
    public record Province(String province, int periods, String latestPeriod) {
    }

    @Schema(name = "PublishedPeriod", description = "Kỳ có bảng xếp hạng đã công bố / A period with published rankings")
    public record PeriodView(String period, List<String> groups, Instant lastPublishedAt) {
    }

    @Schema(name = "PublishedGroup", description = "Nhóm có bảng xếp hạng đã công bố / A peer group's ranking in force")
    public record Group(String group, String stage, int revision, String decisionNo, Instant publishedAt) {
    }

    @Transactional
    public List<Province> provinces() {
        Map<String, List<Ranking>> byProvince = published(null, null).stream()
                .collect(Collectors.groupingBy(r -> r.province, TreeMap::new, Collectors.toList()));
        return byProvince.entrySet().stream().map(e -> new Province(e.getKey(),
                (int) e.getValue().stream().map(r -> r.period).distinct().count(),
                e.getValue().stream().map(r -> r.period).max(Comparator.comparing(p -> Period.parse(p).end())).orElse(null)))
                .toList();
    }

    /** Newest period first. */
    @Transactional
    public List<PeriodView> periods(String province) {
        Map<String, List<Ranking>> byPeriod = published(province, null).stream()
                .collect(Collectors.groupingBy(r -> r.period));
        return byPeriod.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Ranking>> e) -> Period.parse(e.getKey()).end()).reversed())
                .map(e -> new PeriodView(e.getKey(), e.getValue().stream().map(r -> r.group).distinct().sorted().toList(),
                        e.getValue().stream().map(r -> r.publishedAt).max(Comparator.naturalOrder()).orElse(null)))
                .toList();
    }

    /** The revision in force of each peer group. */
    @Transactional
    public List<Group> groups(String province, String period) {
        Map<String, Ranking> latest = published(province, period).stream()
                .collect(Collectors.toMap(r -> r.group + "|" + r.stage, r -> r,
                        (a, b) -> a.revision >= b.revision ? a : b, TreeMap::new));
        return latest.values().stream()
                .map(r -> new Group(r.group, r.stage, r.revision, r.decisionNo, r.publishedAt)).toList();
    }

    private List<Ranking> published(String province, String period) {
        StringBuilder query = new StringBuilder("status = :status");
        Map<String, Object> parameters = new java.util.HashMap<>(Map.of("status", RankingStatus.PUBLISHED));
        if (province != null) {
            query.append(" and province = :province");
            parameters.put("province", province);
        }
        if (period != null) {
            query.append(" and period = :period");
            parameters.put("period", RankingQueries.periodCode(period));
        }
        return rankings.list(query.toString(), parameters);
    }
}
