package vn.dti.report.extraction;

/** One data element of the catalog: {@code dvc.online_full}, COUNT, "Số TTHC cung cấp ...". */
public record CatalogElement(String code, ValueType type, String pillar, String nameVi, String nameEn) {
}
