package vn.dti.ranking.engine;

import java.math.BigDecimal;
import java.util.List;

/** A unit's score as the ranking sees it: the DTI index, its points and the main indices behind it. */
public record UnitScore(String unitCode, String unitName, BigDecimal points, BigDecimal index, List<GroupScore> groups) {

    public UnitScore {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** Points of the named groups added up; a group the unit has no score for counts 0. */
    public BigDecimal pointsOf(List<String> groupCodes) {
        return groups.stream().filter(group -> groupCodes.contains(group.code()))
                .map(GroupScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
