package vn.dti.report.repository;

/** Kiểu giá trị của chỉ tiêu / value type of a data element. */
public enum ValueType {
    BOOLEAN, COUNT, PERCENT, MONEY_VND, LEVEL, DECIMAL
}
