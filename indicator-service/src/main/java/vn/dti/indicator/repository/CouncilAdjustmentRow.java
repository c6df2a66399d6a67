package vn.dti.indicator.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Points the appraisal council recognised for one component of a unit's period, and why. */
@Entity
@Table(name = "council_adjustment")
public class CouncilAdjustmentRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String period;

    @Column(name = "component_code", nullable = false)
    public String componentCode;

    @Column(nullable = false)
    public BigDecimal points;

    @Column(nullable = false)
    public String reason;

    @Column(name = "adjusted_by", nullable = false)
    public String adjustedBy;

    @Column(name = "adjusted_at", nullable = false)
    public Instant adjustedAt;

    public static List<CouncilAdjustmentRow> of(String unitCode, String period) {
        return list("unitCode = ?1 and period = ?2", unitCode, period);
    }

    public static Optional<CouncilAdjustmentRow> find(String unitCode, String period, String componentCode) {
        return find("unitCode = ?1 and period = ?2 and componentCode = ?3", unitCode, period, componentCode)
                .firstResultOptional();
    }
}
