package vn.dti.report.extraction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Kế hoạch phát triển hạ tầng số xã Xuân Trúc giai đoạn 2023 - 2025" over a list of "Tỷ lệ …: 90%": a plan whose text states no
 * result anywhere after its title (no "đã", "kết quả", "hiện nay", "đạt được" …) sets targets with every figure. Plans that assess the period
 * before ("Phần I. Đánh giá kết quả thực hiện năm 2024") state results and are read as usual; yes/no facts (the plan itself) stay.
 */
final class PlanDocument {

    private static final Pattern PLAN_TITLE = Pattern.compile("(?m)^\\s*kế hoạch(?!\\p{L})");
    private static final Pattern RESULT = Pattern.compile("(?<!\\p{L})(?:đã|đạt được|kết quả|hiện nay|hiện có|hiện đã|hoàn thành"
            + "|đến nay|thực hiện được|tính đến|ước đạt|ước thực hiện)(?!\\p{L})");

    /** "KẾ HOẠCH" alone on a line of the heading, then the title of a DX/IT plan for one year on the next line. */
    private static final Pattern OWN_PLAN_TITLE = Pattern.compile("(?m)^[ \\t]*kế hoạch[ \\t]*\\n[ \\t]*(?<title>[^\\n]{0,60}?"
            + "(?:chuyển đổi số|chính quyền số|chính quyền điện tử|ứng dụng công nghệ thông tin)[^\\n]{0,140}?(?<!\\p{L})năm\\s*"
            + "(?<year>(?:19|20)\\d\\d)(?!\\d)[^\\n\\d]{0,60})$");
    private static final Pattern SEVERAL_YEARS = Pattern.compile("giai đoạn|đến năm|(?:19|20)\\d\\d\\s?[-–]\\s?(?:19|20)?\\d\\d");
    /** "Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2022": the plan reviews a year, which is then the report's period. */
    private static final Pattern REVIEWED_YEAR = Pattern.compile("(?<!\\p{L})(?:đánh giá|kết quả|tình hình thực hiện)[^\\n.;]{0,60}?"
            + "(?<!\\p{L})năm\\s*((?:19|20)\\d\\d)(?!\\d)");
    private static final int HEADING = 700;

    private PlanDocument() {
    }

    /**
     * "KẾ HOẠCH / Chuyển đổi số trên địa bàn tỉnh Kiên Giang năm 2023", "KẾ HOẠCH / Phát triển chính quyền số, chuyển đổi số … năm 2023":
     * the text is the unit's own DX plan for that year, a plan of the period. Not when the plan covers several years, when its year
     * lies outside the report's period, or when it reviews another year first (the plan for 2024 whose Part I reports 2023 is the
     * next period's plan).
     */
    /**
     * The one year a text reviews ("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023", "Tình hình thực hiện các mục tiêu năm 2023"), or null when it
     * reviews none or several: a plan document's Part I reports that year, which is its period.
     */
    static Integer reviewedYear(String lower) {
        Matcher reviewed = REVIEWED_YEAR.matcher(lower);
        Integer year = null;
        while (reviewed.find()) {
            int y = Integer.parseInt(reviewed.group(1));
            if (year != null && year != y) {
                return null;
            }
            year = y;
        }
        return year;
    }

    static Optional<Candidate> ownPlanOfItsYear(String lower, ContextChecks checks) {
        Matcher title = OWN_PLAN_TITLE.matcher(lower).region(0, Math.min(lower.length(), HEADING));
        if (!title.find() || SEVERAL_YEARS.matcher(title.group("title")).find() || checks.isOutsidePeriod(title.group("year"))) {
            return Optional.empty();
        }
        Matcher reviewed = REVIEWED_YEAR.matcher(lower).region(title.end(), lower.length());
        while (reviewed.find()) {
            if (!reviewed.group(1).equals(title.group("year"))) {
                return Optional.empty();
            }
        }
        return Optional.of(new Candidate("dir.annual_plan", Boolean.TRUE, title.start("title"), title.end("title"), 0.8,
                "rule:dir.annual_plan#title"));
    }

    static boolean setsTargetsOnly(String lower) {
        int bodyStart = HeadlineFigures.headingEnd(lower);
        java.util.regex.Matcher title = PLAN_TITLE.matcher(lower).region(0, Math.max(0, bodyStart));
        return bodyStart > 0 && title.find() && !RESULT.matcher(lower).region(title.end(), lower.length()).find();
    }
}
