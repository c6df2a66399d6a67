package vn.dti.ranking.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import vn.dti.ranking.engine.GradeBands;
import vn.dti.ranking.engine.IntervalSettings;
import vn.dti.ranking.engine.RankRules;
import vn.dti.ranking.engine.TieBreaker;

/** Typed settings of ranking-service, under {@code dti.ranking}. */
@ConfigMapping(prefix = "dti.ranking")
public interface RankingConfig {

    /** How long portals and proxies may cache a published ranking (it never changes in place). */
    @WithDefault("5m")
    Duration publicCacheMaxAge();

    /** Score stages that get a ranking; the first is the one shown when a client names none. */
    @WithDefault("FINAL")
    List<String> stages();

    /** Decimals of the index that count when units are compared (DTI: 4). */
    @WithDefault("4")
    int precision();

    /**
     * Ordered tie-breakers, each the group codes whose points decide, joined by "+": e.g.
     * {@code VI+VII+VIII,I+II+III+IV+V} = activity group, then foundation group. None: ties stay.
     */
    Optional<List<String>> tieBreakers();

    Intervals intervals();

    Grades grades();

    /** Safety-net poll for dirty draft rankings; each commit that marks one wakes the refresher at once. */
    @WithDefault("2s")
    Duration refreshInterval();

    Paging paging();


    interface Intervals {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("1000")
        int draws();

        @WithDefault("0.8")
        double lowFactor();

        @WithDefault("1.2")
        double highFactor();

        /** Fixed so that the same scores always publish the same intervals. */
        @WithDefault("20240603")
        long seed();

        @WithDefault("5")
        double lowerPercentile();

        @WithDefault("95")
        double upperPercentile();

        /** The group codes whose weights are perturbed; none = every group of the scores. */
        Optional<List<String>> mainIndices();
    }

    interface Grades {
        @WithDefault("true")
        boolean enabled();

        /** Xuất sắc from this index. */
        @WithDefault("0.80")
        BigDecimal excellent();

        /** Tốt from this index. */
        @WithDefault("0.65")
        BigDecimal good();

        /** Khá from this index. */
        @WithDefault("0.50")
        BigDecimal fair();

        /** Trung bình from this index; below is Yếu. */
        @WithDefault("0.35")
        BigDecimal average();
    }

    interface Paging extends vn.dti.platform.rest.Paging {
        @WithDefault("50")
        int defaultSize();

        /** Largest page a client may ask for (API contract: 500). */
        @WithDefault("500")
        int maxSize();
    }


    default RankRules rankRules() {
        List<TieBreaker> tieBreakers = tieBreakers().orElse(List.of()).stream().map(TieBreaker::parse).toList();
        GradeBands bands = grades().enabled()
                ? new GradeBands(grades().excellent(), grades().good(), grades().fair(), grades().average())
                : null;
        IntervalSettings intervalSettings = intervals().enabled()
                ? new IntervalSettings(intervals().draws(), intervals().lowFactor(), intervals().highFactor(),
                        intervals().seed(), intervals().lowerPercentile(), intervals().upperPercentile(),
                        intervals().mainIndices().orElse(List.of()))
                : null;
        return new RankRules(precision(), tieBreakers, bands, intervalSettings);
    }

    default String defaultStage() {
        return stages().get(0);
    }
}
