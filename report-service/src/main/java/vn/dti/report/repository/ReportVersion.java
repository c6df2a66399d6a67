package vn.dti.report.repository;

import java.time.Instant;
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

/** The outcome of one version of a report: an accepted version stays readable after an amendment. */
@Entity
@Table(name = "report_version")
public class ReportVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    public String comment;
}
