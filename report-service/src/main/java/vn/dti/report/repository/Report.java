package vn.dti.report.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The live report of a unit for one period; {@link #version} is the version being worked on. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "province_code", nullable = false)
    public String provinceCode;

    @Column(name = "unit_group")
    public String unitGroup;

    @Column(nullable = false)
    public String period;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    @Column(nullable = false)
    public int version;

    /** Optimistic-lock counter, exposed as the ETag. */
    @Version
    public long revision;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "first_submitted_at")
    public Instant firstSubmittedAt;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "locked_at")
    public Instant lockedAt;

    public boolean isEditable() {
        return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
    }
}
