package vn.dti.ranking.service;

import java.util.Locale;

import vn.dti.ranking.engine.IntervalSettings;
import vn.dti.ranking.engine.RankRules;

/** The rules of a ranking in words, kept with every revision so a published table explains itself. */
final class RulesText {

    private RulesText() {
    }

    static String of(RankRules rules) {
        StringBuilder text = new StringBuilder("index compared at ").append(rules.precision()).append(" decimals; ties: ")
                .append(rules.tieBreakers().isEmpty() ? "shared (15, 15, 17)" : "broken by points of " + rules.tieBreakers()
                        + ", then shared");
        IntervalSettings intervals = rules.intervals();
        if (intervals != null) {
            text.append(String.format(Locale.ROOT,
                    "; rank interval: P%.0f-P%.0f of %d draws, main-index weights x U(%.2f, %.2f), seed %d",
                    intervals.lowerPercentile(), intervals.upperPercentile(), intervals.draws(), intervals.lowFactor(),
                    intervals.highFactor(), intervals.seed()));
        }
        if (rules.grades() != null) {
            text.append("; grades from ").append(rules.grades());
        }
        return text.toString();
    }
}
