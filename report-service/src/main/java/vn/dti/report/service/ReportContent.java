package vn.dti.report.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Sort;
import vn.dti.report.repository.Report;
import vn.dti.report.repository.ReportAdjustment;
import vn.dti.report.repository.ReportSection;
import vn.dti.report.repository.ReportValue;

/** Reads what one version of a report holds: values, narrative, adjustments. */
@ApplicationScoped
public class ReportContent {

    public List<ReportValue> values(UUID reportId, int version) {
        return ReportValue.list("reportId = ?1 and version = ?2", Sort.by("element"), reportId, version);
    }

    public List<ReportSection> sections(UUID reportId, int version) {
        return ReportSection.list("reportId = ?1 and version = ?2", Sort.by("position"), reportId, version);
    }

    public List<ReportAdjustment> adjustments(UUID reportId, int version) {
        return ReportAdjustment.list("reportId = ?1 and version = ?2", Sort.by("id"), reportId, version);
    }

    public ReportView view(Report report) {
        return viewOf(report, report.version);
    }

    public ReportView viewOf(Report report, int version) {
        return ReportView.full(report, values(report.id, version), sections(report.id, version),
                adjustments(report.id, version));
    }
}
