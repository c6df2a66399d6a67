package vn.dti.ranking.repository;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One unit's place in a ranking: "vị thứ {rank}/{of}". */
@Entity
@Table(name = "ranking_entry")
public class RankingEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ranking_id")
    public Ranking ranking;

    @Column(nullable = false)
    public int rank;

    @Column(name = "of_count", nullable = false)
    public int of;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    @Column(name = "dti_index", nullable = false)
    public BigDecimal index;

    @Column(nullable = false)
    public BigDecimal points;

    @Column(name = "previous_rank")
    public Integer previousRank;

    /** Vietnamese label of the grade band, e.g. "Xuất sắc". */
    public String grade;

    /** UP, DOWN, SAME or NEW; null when there was no previous ranking to compare with. */
    public String trend;

    @Column(name = "rank_low")
    public Integer rankLow;

    @Column(name = "rank_high")
    public Integer rankHigh;

    /** The main indices behind the index, as JSON: [{"code","points","max","index"}]. */
    public String groups;

    RankingEntry placedIn(Ranking owner) {
        ranking = owner;
        if (id == null) {
            id = UUID.randomUUID();
        }
        return this;
    }

    RankingEntry copyFrom(RankingEntry other) {
        rank = other.rank;
        of = other.of;
        unitName = other.unitName;
        index = other.index;
        points = other.points;
        previousRank = other.previousRank;
        grade = other.grade;
        trend = other.trend;
        rankLow = other.rankLow;
        rankHigh = other.rankHigh;
        groups = other.groups;
        return this;
    }
}
