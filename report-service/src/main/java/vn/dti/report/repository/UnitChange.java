package vn.dti.report.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One restructuring act and the state it replaced, kept so that a wrong one can be undone. */
@Entity
@Table(name = "unit_change")
public class UnitChange extends PanacheEntityBase {

    public enum Kind {
        MERGE, PROVINCE_MERGE, MOVE, SPLIT, RENAME
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "province_code", nullable = false)
    public String provinceCode;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(nullable = false)
    public String actor;

    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** JSON array of the units (and names) as they were before the change. */
    @Column(name = "before_state", nullable = false)
    public String beforeState;

    /** JSON array of the codes of units the change created. */
    @Column(name = "created_units", nullable = false)
    public String createdUnits;

    @Column(name = "undone_at")
    public Instant undoneAt;

    @Column(name = "undone_by")
    public String undoneBy;

    @Column(name = "undo_reason")
    public String undoReason;
}
