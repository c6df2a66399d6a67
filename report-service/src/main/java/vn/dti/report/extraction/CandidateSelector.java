package vn.dti.report.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one value per element: the value whose best statement is most certain, a little more
 * certain when the report states it more than once, and less certain when the report also states
 * a different value just as firmly.
 */
final class CandidateSelector {

    static final double MINIMUM_CONFIDENCE = 0.5;
    private static final double AGREEMENT_BONUS = 0.03;
    private static final double CONFLICT_PENALTY = 0.1;
    private static final double CONFLICT_MARGIN = 0.05;

    private CandidateSelector() {
    }

    private record Choice(Candidate best, double score) {
    }

    static List<Candidate> select(List<Candidate> candidates) {
        Map<String, List<Candidate>> byElement = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byElement.computeIfAbsent(c.element(), k -> new ArrayList<>()).add(c);
        }
        List<Candidate> chosen = new ArrayList<>();
        for (List<Candidate> sameElement : byElement.values()) {
            Candidate c = choose(sameElement);
            if (c.confidence() >= MINIMUM_CONFIDENCE) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    /** Separate places that state the value; overlapping matches of one sentence count once. */
    private static int statements(List<Candidate> sameValue) {
        List<Candidate> sorted = new ArrayList<>(sameValue);
        sorted.sort(Comparator.comparingInt(Candidate::start));
        int count = 0;
        int end = -1;
        for (Candidate c : sorted) {
            if (c.start() >= end) {
                count++;
            }
            end = Math.max(end, c.end());
        }
        return count;
    }

    private static Candidate choose(List<Candidate> sameElement) {
        Map<String, List<Candidate>> byValue = new LinkedHashMap<>();
        for (Candidate c : sameElement) {
            byValue.computeIfAbsent(c.valueKey(), k -> new ArrayList<>()).add(c);
        }
        List<Choice> choices = new ArrayList<>();
        for (List<Candidate> sameValue : byValue.values()) {
            Candidate best = sameValue.stream().max(Comparator.comparingDouble(Candidate::confidence)).orElseThrow();
            choices.add(new Choice(best, best.confidence() + AGREEMENT_BONUS * (statements(sameValue) - 1)));
        }
        // Stable sort: on equal scores the value stated first wins.
        choices.sort(Comparator.comparingDouble(Choice::score).reversed());
        Choice top = choices.get(0);
        double score = top.score();
        if (choices.size() > 1 && top.score() - choices.get(1).score() < CONFLICT_MARGIN) {
            score -= CONFLICT_PENALTY;
        }
        Candidate b = top.best();
        return new Candidate(b.element(), b.value(), b.start(), b.end(), Math.min(0.99, Math.round(score * 100) / 100.0), b.source());
    }
}
