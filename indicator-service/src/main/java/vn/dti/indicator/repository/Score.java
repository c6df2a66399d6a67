package vn.dti.indicator.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.dti.indicator.scoring.UnitLevel;

/** A unit's score for a period and stage; exact numbers, with the explanation tree as JSON. */
@Entity
@Table(name = "score")
public class Score extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "unit_name")
    public String unitName;

    @Column(name = "unit_group")
    public String unitGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level")
    public UnitLevel unitLevel;

    @Column(name = "province_code", nullable = false)
    public String province;

    @Column(nullable = false)
    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @Column(name = "framework_code", nullable = false)
    public String frameworkCode;

    @Column(name = "framework_version", nullable = false)
    public int frameworkVersion;

    @Column(nullable = false)
    public BigDecimal points;

    @Column(name = "total_max", nullable = false)
    public BigDecimal totalMax;

    @Column(name = "applicable_max", nullable = false)
    public BigDecimal applicableMax;

    @Column(name = "index_value")
    public BigDecimal index;

    /** JSON: the main indices without their components, for lists. */
    @Column(nullable = false)
    public String groups;

    /** JSON: the whole {@code ScoreCard}, down to each input and its source. */
    @Column(nullable = false)
    public String explanation;

    /** JSON: the report versions the inputs came from. */
    @Column(nullable = false)
    public String sources;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    public static Optional<Score> find(String unitCode, String period, Stage stage) {
        return find("unitCode = ?1 and period = ?2 and stage = ?3", unitCode, period, stage).firstResultOptional();
    }
}
