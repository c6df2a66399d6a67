package vn.dti.report.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A dated successor link: from {@link #effectiveDate} the predecessor continues as the successor. */
@Entity
@Table(name = "unit_lineage")
public class UnitLineage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "predecessor_code", nullable = false)
    public String predecessorCode;

    @Column(name = "successor_code", nullable = false)
    public String successorCode;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitChange.Kind kind;

    /** The successor's share of the predecessor's history; set for splits only. */
    public BigDecimal share;

    @Column(name = "change_id", nullable = false)
    public UUID changeId;
}
