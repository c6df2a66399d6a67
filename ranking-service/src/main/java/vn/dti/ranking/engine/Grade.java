package vn.dti.ranking.engine;

/** Xếp loại / grade band of a unit by its index. */
public enum Grade {
    EXCELLENT("Xuất sắc", "Excellent"),
    GOOD("Tốt", "Good"),
    FAIR("Khá", "Fair"),
    AVERAGE("Trung bình", "Average"),
    WEAK("Yếu", "Weak");

    public final String labelVi;
    public final String labelEn;

    Grade(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public static Grade ofLabel(String labelVi) {
        for (Grade grade : values()) {
            if (grade.labelVi.equals(labelVi)) {
                return grade;
            }
        }
        return null;
    }
}
