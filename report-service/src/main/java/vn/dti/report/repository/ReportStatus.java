package vn.dti.report.repository;

/** Trạng thái báo cáo / report lifecycle state. */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED, LOCKED
}
