package vn.dti.indicator.repository;

/** Trạng thái bộ chỉ số / framework version state. */
public enum FrameworkStatus {
    DRAFT, ACTIVE, RETIRED
}
