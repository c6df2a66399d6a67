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

    public String grade;
}
