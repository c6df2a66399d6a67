package vn.dti.report.repository;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A narrative section (markdown) of one version of a report. */
@Entity
@Table(name = "report_section")
public class ReportSection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;
}
