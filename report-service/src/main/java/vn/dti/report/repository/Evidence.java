package vn.dti.report.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Tài liệu kiểm chứng: a document (number, date, abstract, file) that values of a report cite. */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(name = "doc_number")
    public String docNumber;

    @Column(name = "doc_date")
    public LocalDate docDate;

    @Column(name = "abstract")
    public String summary;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
