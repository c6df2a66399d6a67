package vn.dti.ranking.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The latest score of a unit for a period, framework version and stage, as ScoresComputed told it. */
@Entity
@Table(name = "unit_score")
public class StoredScore extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "unit_name", nullable = false)
    public String unitName;

    @Column(name = "unit_group", nullable = false)
    public String group;

    @Column(name = "province_code", nullable = false)
    public String province;

    @Column(nullable = false)
    public String period;

    @Column(name = "framework_code", nullable = false)
    public String framework;

    @Column(nullable = false)
    public String stage;

    @Column(nullable = false)
    public BigDecimal points;

    @Column(name = "applicable_max")
    public BigDecimal applicableMax;

    @Column(name = "dti_index", nullable = false)
    public BigDecimal index;

    /** JSON: [{"code","points","max","index"}]. */
    @Column(nullable = false)
    public String groups;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;
}
