package vn.dti.indicator.repository;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.dti.indicator.scoring.UnitLevel;

/** This service's copy of a unit: name, level, peer group and province. */
@Entity
@Table(name = "unit_info")
public class UnitInfo extends PanacheEntityBase {

    @Id
    @Column(name = "unit_code")
    public String unitCode;

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Enumerated(EnumType.STRING)
    public UnitLevel level;

    @Column(name = "unit_group")
    public String group;

    @Column(name = "province_code", nullable = false)
    public String province;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
