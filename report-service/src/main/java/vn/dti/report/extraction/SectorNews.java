package vn.dti.report.extraction;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news item without a letterhead that a province's name heads ("Gia Lai: 100% cơ sở y tế hoàn thành bệnh án điện tử", "Hà Nội
 * triển khai học bạ số ở tất cả các trường phổ thông") but whose body is one department's work ("Sở Y tế cho biết …", "Sở GDĐT đã
 * …"): the department named most, at least twice, is the unit. The departments that coordinate the province's digital
 * transformation (information and communications, science and technology) are left out: they report for the province.
 */
final class SectorNews {

    /** Canonical name by the ways a department is written in the press. */
    private static final Map<String, String> DEPARTMENTS = new LinkedHashMap<>();

    static {
        DEPARTMENTS.put("giáo dục và đào tạo|gd&đt|gdđt|gd-đt", "Giáo dục và Đào tạo");
        DEPARTMENTS.put("tư pháp", "Tư pháp");
        DEPARTMENTS.put("y tế", "Y tế");
        DEPARTMENTS.put("giao thông vận tải|gtvt", "Giao thông vận tải");
        DEPARTMENTS.put("lao động - thương binh và xã hội|lao động, thương binh và xã hội|lđ-tb&xh|lđtbxh", "Lao động - Thương binh và Xã hội");
        DEPARTMENTS.put("tài nguyên và môi trường|tn&mt|tnmt", "Tài nguyên và Môi trường");
        DEPARTMENTS.put("nội vụ", "Nội vụ");
        DEPARTMENTS.put("tài chính", "Tài chính");
        DEPARTMENTS.put("công thương", "Công Thương");
        DEPARTMENTS.put("xây dựng", "Xây dựng");
        DEPARTMENTS.put("nông nghiệp và phát triển nông thôn|nn&ptnt|nnptnt", "Nông nghiệp và Phát triển nông thôn");
        DEPARTMENTS.put("nông nghiệp và môi trường", "Nông nghiệp và Môi trường");
        DEPARTMENTS.put("kế hoạch và đầu tư|kh&đt|khđt", "Kế hoạch và Đầu tư");
        DEPARTMENTS.put("văn hóa, thể thao và du lịch|văn hoá, thể thao và du lịch|vh-tt&dl|vhttdl", "Văn hóa, Thể thao và Du lịch");
        DEPARTMENTS.put("ngoại vụ", "Ngoại vụ");
        DEPARTMENTS.put("dân tộc và tôn giáo", "Dân tộc và Tôn giáo");
    }

    private static final Map<String, Pattern> MENTIONS = new LinkedHashMap<>();

    static {
        DEPARTMENTS.forEach((forms, name) -> MENTIONS.put(name,
                Pattern.compile("(?<!\\p{L})sở (?:" + forms.replace("&", "\\&").replace("-", "\\-") + ")(?![\\p{L}&])")));
    }

    private static final int MIN_MENTIONS = 2;

    private SectorNews() {
    }

    /** @param province the province read for the text ("UBND tỉnh Gia Lai", "UBND thành phố Hà Nội") */
    static Optional<String> department(String text, String province) {
        String lower = text.toLowerCase(Locale.ROOT);
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<String, Pattern> e : MENTIONS.entrySet()) {
            int count = (int) e.getValue().matcher(lower).results().count();
            if (count > bestCount) {
                best = e.getKey();
                bestCount = count;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        if (best == null || tie || bestCount < MIN_MENTIONS) {
            return Optional.empty();
        }
        Matcher place = Pattern.compile("^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (.+)$").matcher(province);
        return Optional.of("Sở " + best + (place.matches() ? " " + place.group(1) : ""));
    }
}
