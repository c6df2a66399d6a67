package vn.dti.report.service;

import java.time.Instant;
import java.util.UUID;

import vn.dti.report.repository.Report;
import vn.dti.report.repository.ReportStatus;

/** A report as clients see it. */
public record ReportView(UUID id, String unitCode, String period, ReportStatus status, int version, Instant updatedAt) {

    public static ReportView of(Report report) {
        return new ReportView(report.id, report.unitCode, report.period, report.status, report.version, report.updatedAt);
    }
}
