package vn.dti.ranking.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The ranking of one peer group of a province for one period, in one revision. */
@Entity
@Table(name = "ranking")
public class Ranking extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "province_code", nullable = false)
    public String province;

    @Column(name = "unit_group", nullable = false)
    public String group;

    @Column(nullable = false)
    public String period;

    @Column(name = "framework_code", nullable = false)
    public String framework;

    @Column(nullable = false)
    public String stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RankingStatus status;

    @Column(nullable = false)
    public int revision;

    @Column(name = "decision_no")
    public String decisionNo;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "published_at")
    public Instant publishedAt;

    @OneToMany(mappedBy = "ranking", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rank, unitCode")
    public List<RankingEntry> entries = new ArrayList<>();
}
