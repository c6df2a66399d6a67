package vn.dti.report.support;

/** A report text dense in figures of several elements, as a hostile caller would send it. */
public final class DenseText {

    private static final String[] LINES = {
        "Tỷ lệ hồ sơ trực tuyến đạt %d%%, tiếp nhận %d hồ sơ.",
        "Văn bản đi: %d văn bản; văn bản đến %d văn bản.",
        "Có %d máy tính, %d%% cán bộ được trang bị máy tính.",
        "Ký số đạt %d%% văn bản đi, %d thủ tục trực tuyến toàn trình." };

    private DenseText() {
    }

    public static String of(int chars) {
        StringBuilder text = new StringBuilder("UBND HUYỆN A\nBÁO CÁO kết quả chuyển đổi số năm 2023\n");
        for (int i = 0; text.length() < chars; i++) {
            text.append(String.format(LINES[i % LINES.length], 1 + i * 7 % 99, 1 + i * 13 % 999)).append('\n');
        }
        return text.toString();
    }
}
