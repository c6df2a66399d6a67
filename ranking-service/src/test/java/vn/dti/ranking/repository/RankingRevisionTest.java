package vn.dti.ranking.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A published revision is frozen; a correction supersedes it and both keep their content. */
class RankingRevisionTest {

    private static final Instant AT = Instant.parse("2024-06-03T08:00:00Z");

    @Test
    void aDraftFollowsItsScoresUpdatingRowsInPlace() {
        Ranking draft = draft(1);
        draft.replaceEntries(List.of(entry("A", 1, "0.8"), entry("B", 2, "0.7")), AT);
        UUID rowOfA = draft.entries.get(0).id;
        draft.replaceEntries(List.of(entry("B", 1, "0.9"), entry("A", 2, "0.8")), AT);
        assertEquals(List.of("B", "A"), draft.entries.stream().map(e -> e.unitCode).toList());
        assertEquals(rowOfA, draft.entries.get(1).id);
        assertEquals(2, draft.entries.get(1).rank);
    }

    @Test
    void aPublishedRevisionRefusesRecomputationAndRepublication() {
        Ranking ranking = draft(1);
        ranking.replaceEntries(List.of(entry("A", 1, "0.8")), AT);
        ranking.publish("1968/QĐ-UBND", LocalDate.of(2024, 6, 3), "Chủ tịch UBND tỉnh", "admin", AT);
        assertEquals(RankingStatus.PUBLISHED, ranking.status);
        assertThrows(IllegalStateException.class, () -> ranking.replaceEntries(List.of(entry("A", 1, "0.1")), AT));
        assertThrows(IllegalStateException.class,
                () -> ranking.publish("2/QĐ", LocalDate.of(2024, 7, 1), null, "admin", AT));
        assertEquals(new BigDecimal("0.8"), ranking.entries.get(0).index);
        assertEquals("1968/QĐ-UBND", ranking.decisionNo);
    }

    @Test
    void aCorrectionSupersedesTheRevisionInForceAndBothStayReadable() {
        Ranking first = draft(1);
        first.replaceEntries(List.of(entry("A", 1, "0.8")), AT);
        first.publish("1968/QĐ-UBND", LocalDate.of(2024, 6, 3), null, "admin", AT);
        Ranking correction = draft(2);
        correction.replaceEntries(List.of(entry("A", 1, "0.85")), AT);
        correction.publish("2001/QĐ-UBND", LocalDate.of(2024, 7, 1), null, "admin", AT.plusSeconds(60));
        first.supersedeBy(correction);
        assertEquals(RankingStatus.SUPERSEDED, first.status);
        assertEquals(correction.id, first.supersededBy);
        assertEquals(new BigDecimal("0.8"), first.entries.get(0).index);
        assertEquals(2, correction.revision);
        assertThrows(IllegalStateException.class, () -> first.supersedeBy(correction));
        assertThrows(IllegalStateException.class, () -> draft(3).supersedeBy(correction));
    }

    @Test
    void anEmptyDraftCannotBePublished() {
        assertThrows(IllegalStateException.class,
                () -> draft(1).publish("1/QĐ", LocalDate.of(2024, 6, 3), null, "admin", AT));
    }

    private static Ranking draft(int revision) {
        Ranking ranking = new Ranking();
        ranking.id = UUID.randomUUID();
        ranking.status = RankingStatus.DRAFT;
        ranking.revision = revision;
        return ranking;
    }

    private static RankingEntry entry(String unit, int rank, String index) {
        RankingEntry entry = new RankingEntry();
        entry.unitCode = unit;
        entry.unitName = unit;
        entry.rank = rank;
        entry.of = 2;
        entry.index = new BigDecimal(index);
        entry.points = BigDecimal.ZERO;
        return entry;
    }
}
