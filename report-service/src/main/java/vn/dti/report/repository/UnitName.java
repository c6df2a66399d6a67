package vn.dti.report.repository;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The name a unit carries from {@link #validFrom} until its next dated rename. */
@Entity
@Table(name = "unit_name")
@IdClass(UnitName.Key.class)
public class UnitName extends PanacheEntityBase {

    public record Key(String unitCode, LocalDate validFrom) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "unit_code")
    public String unitCode;

    @Id
    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    public static UnitName of(String unitCode, LocalDate validFrom, String name, String nameEn) {
        UnitName row = new UnitName();
        row.unitCode = unitCode;
        row.validFrom = validFrom;
        row.name = name;
        row.nameEn = nameEn;
        return row;
    }
}
