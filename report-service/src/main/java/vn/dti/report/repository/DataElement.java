package vn.dti.report.repository;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A data element of the catalog (chỉ tiêu): what a report states, with its type and range. */
@Entity
@Table(name = "data_element")
public class DataElement extends PanacheEntityBase {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false)
    public ValueType valueType;

    @Column(nullable = false)
    public String pillar;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    public String measure;

    @Column(name = "min_value")
    public BigDecimal minValue;

    @Column(name = "max_value")
    public BigDecimal maxValue;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    public boolean isRetired() {
        return retiredAt != null;
    }
}
