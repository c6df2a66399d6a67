package vn.dti.report.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reviewer's request for reports (đợt báo cáo) from units of a province, with a deadline. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    public enum Status {
        OPEN, CLOSED
    }

    @Id
    public UUID id;

    @Column(name = "province_code", nullable = false)
    public String provinceCode;

    @Column(nullable = false)
    public String title;

    @Column(name = "legal_reference")
    public String legalReference;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public Instant deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "closed_at")
    public Instant closedAt;
}
