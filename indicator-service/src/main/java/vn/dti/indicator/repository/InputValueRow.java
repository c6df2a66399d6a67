package vn.dti.indicator.repository;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One accepted (or submitted) value; booleans are stored as 1 and 0. */
@Entity
@Table(name = "input_value")
public class InputValueRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "input_set_id", nullable = false)
    public Long inputSetId;

    @Column(nullable = false)
    public String element;

    @Column(nullable = false)
    public BigDecimal value;

    @Column(nullable = false)
    public boolean adjusted;

    @Column(name = "adjustment_reason")
    public String adjustmentReason;

    @Column(name = "original_value")
    public BigDecimal originalValue;
}
