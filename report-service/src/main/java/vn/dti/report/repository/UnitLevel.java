package vn.dti.report.repository;

/** Cấp đơn vị / level of an organisational unit. */
public enum UnitLevel {
    PROVINCE, DEPARTMENT, DISTRICT, COMMUNE
}
