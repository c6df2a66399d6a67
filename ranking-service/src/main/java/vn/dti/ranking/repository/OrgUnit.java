package vn.dti.ranking.repository;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit as report-service last announced it (UnitChanged); {@code successorCode} links merged units. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    public String level;

    @Column(name = "unit_group")
    public String group;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "province_code")
    public String province;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "successor_code")
    public String successorCode;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
