package vn.dti.report.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reviewer's correction of a value: old value, new value, reason and who. */
@Entity
@Table(name = "report_adjustment")
public class ReportAdjustment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(nullable = false)
    public int version;

    @Column(name = "element_code", nullable = false)
    public String element;

    @Column(name = "old_value")
    public String oldValue;

    @Column(name = "new_value", nullable = false)
    public String newValue;

    @Column(nullable = false)
    public String reason;

    @Column(name = "adjusted_by", nullable = false)
    public String adjustedBy;

    @Column(name = "adjusted_at", nullable = false)
    public Instant adjustedAt;
}
