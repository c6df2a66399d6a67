package vn.dti.report.extraction;

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

    private PlanDocument() {
    }

    static boolean setsTargetsOnly(String lower) {
        int bodyStart = HeadlineFigures.headingEnd(lower);
        java.util.regex.Matcher title = PLAN_TITLE.matcher(lower).region(0, Math.max(0, bodyStart));
        return bodyStart > 0 && title.find() && !RESULT.matcher(lower).region(title.end(), lower.length()).find();
    }
}
