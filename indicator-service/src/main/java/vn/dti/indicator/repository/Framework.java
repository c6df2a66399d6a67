package vn.dti.indicator.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a DTI framework (bộ chỉ số), as data. */
@Entity
@Table(name = "framework")
public class Framework extends PanacheEntityBase {

    /** Code of this version, e.g. {@code dti-mau-2024}. */
    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "max_points", nullable = false)
    public java.math.BigDecimal maxPoints;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FrameworkStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
