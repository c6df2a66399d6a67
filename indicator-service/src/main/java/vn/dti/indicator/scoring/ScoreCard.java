package vn.dti.indicator.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's score under one framework version: total points, applicable total max and DTI index
 * (all exact), the main indices and the pillar values.
 */
public record ScoreCard(BigDecimal points, BigDecimal totalMax, BigDecimal applicableMax, BigDecimal index,
        List<IndexScore> indices, Map<String, PillarScore> pillars) {

    /** Pillar values (CQS, KTS, XHS…) over the components tagged with the pillar. */
    public record PillarScore(BigDecimal points, BigDecimal applicableMax, BigDecimal index) {
    }

    public static ScoreCard aggregate(CompiledFramework framework, List<ComponentScore> components) {
        List<IndexScore> indices = new ArrayList<>();
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal applicableMax = BigDecimal.ZERO;
        for (CompiledFramework.Index index : framework.indices()) {
            List<ComponentScore> own = components.stream().filter(c -> c.indexCode().equals(index.code())).toList();
            BigDecimal indexPoints = sum(own, ComponentScore::points);
            BigDecimal indexApplicableMax = sum(own, ComponentScore::applicableMax);
            indices.add(new IndexScore(index.code(), index.nameVi(), index.nameEn(), index.pillar(), indexPoints,
                    index.maxPoints(), indexApplicableMax, Decimals.ratio(indexPoints, indexApplicableMax), own));
            points = points.add(indexPoints);
            applicableMax = applicableMax.add(indexApplicableMax);
        }
        return new ScoreCard(points, framework.totalPoints(), applicableMax, Decimals.ratio(points, applicableMax),
                indices, pillars(components));
    }

    public List<ComponentScore> components() {
        return indices.stream().flatMap(index -> index.components().stream()).toList();
    }

    private static Map<String, PillarScore> pillars(List<ComponentScore> components) {
        Map<String, List<ComponentScore>> byPillar = new LinkedHashMap<>();
        components.stream().filter(c -> c.pillar() != null)
                .forEach(c -> byPillar.computeIfAbsent(c.pillar(), p -> new ArrayList<>()).add(c));
        Map<String, PillarScore> pillars = new LinkedHashMap<>();
        byPillar.forEach((pillar, tagged) -> {
            BigDecimal pillarPoints = sum(tagged, ComponentScore::points);
            BigDecimal pillarMax = sum(tagged, ComponentScore::applicableMax);
            pillars.put(pillar, new PillarScore(pillarPoints, pillarMax, Decimals.ratio(pillarPoints, pillarMax)));
        });
        return pillars;
    }

    private static BigDecimal sum(List<ComponentScore> components, java.util.function.Function<ComponentScore, BigDecimal> field) {
        return components.stream().map(field).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
