package vn.dti.report.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letterhead line in capitals that joins bodies with a dash or adds a note in brackets: "ĐẢNG ỦY – UBND PHƯỜNG BÌNH TÂN (THÀNH
 * PHỐ HỒ CHÍ MINH)", "UBND XÃ PHÚ GIÁO – TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ", "UBND TỈNH HẬU GIANG (đăng lại trên Trang thông tin
 * điện tử xã Hữu Nghị)", "VĂN PHÒNG UBND TỈNH BẮC KẠN", "THỊ ỦY LA GI". The government named in it is the unit (a body after the
 * dash is its office, centre or portal); without one, a party committee names its territory; else a body of a province
 * ("… TỈNH BÀ RỊA - VŨNG TÀU") is the unit. A dash inside a place name ("BÀ RỊA - VŨNG TÀU") joins no bodies.
 */
final class Letterhead {

    private static final int FIRST_LINES = 3;
    private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)?");
    private static final Pattern DASH = Pattern.compile("\\s*[–—-]\\s*");
    /** The words a body's name opens with; a part after a dash that opens otherwise continues a place name. */
    private static final Pattern BODY_HEAD = Pattern.compile("^(?:UBND|ỦY BAN|UỶ BAN|HĐND|HỘI ĐỒNG|ĐẢNG|(?:TỈNH|THÀNH|HUYỆN|THỊ|QUẬN) (?:ỦY|UỶ)"
            + "|SỞ|VĂN PHÒNG|TRUNG TÂM|BAN|PHÒNG|CHI CỤC|CỤC|BỘ|CÔNG AN|ĐÀI|TRANG|CỔNG|BÁO|BẢN TIN|TẠP CHÍ|KHO BẠC|BẢO HIỂM|MẶT TRẬN"
            + "|ĐOÀN|TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)(?!\\p{L})");
    private static final String NAME = "([\\p{Lu}'’]+(?: [\\p{Lu}'’]+){0,3}|\\d{1,2})";
    private static final Pattern GOVERNMENT = Pattern.compile("^(?:UBND |ỦY BAN NHÂN DÂN |UỶ BAN NHÂN DÂN )?"
            + "(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU) (?!(?:ỦY|UỶ|ĐOÀN|HỘI)(?!\\p{L}))" + NAME + "$");
    /** "THỊ ỦY LA GI", "HUYỆN ỦY THUẬN CHÂU", "ĐẢNG ỦY XÃ TÂN LẬP": a party committee names the territory it leads. */
    private static final Pattern PARTY = Pattern.compile("^(?:(TỈNH|THÀNH|HUYỆN|THỊ|QUẬN) (?:ỦY|UỶ)|ĐẢNG (?:ỦY|UỶ) (XÃ|PHƯỜNG|THỊ TRẤN)) " + NAME + "$");
    /** "VĂN PHÒNG UBND TỈNH BẮC KẠN", "TRUNG TÂM GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH CÀ MAU": a body of a province. */
    private static final Pattern PROVINCE_BODY = Pattern.compile("^((?:SỞ|VĂN PHÒNG|TRUNG TÂM|BAN|CHI CỤC|ĐÀI|KHO BẠC|BẢO HIỂM|CÔNG AN)(?: \\p{Lu}+|&\\p{Lu}+)+?)"
            + " TỈNH (\\p{Lu}+(?: \\p{Lu}+){0,3}(?: - \\p{Lu}+(?: \\p{Lu}+){0,2})?)$");
    private static final int COLUMN_LINES = 6;
    /** Between the columns: a wide gap or a table's cell mark, or (once spaces are collapsed) the motto or the place and date opening. */
    private static final Pattern COLUMN_GAP = Pattern.compile(" {3,}|\\t+| \\| | (?=CỘNG H[OÒ]A XÃ HỘI|Độc lập - Tự do|(?:\\p{Lu}\\p{Ll}*['’ ]?){1,4}, ngày \\d)");
    private static final Pattern GOVERNMENT_WORDS = Pattern.compile("(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HĐND|HỘI ĐỒNG NHÂN DÂN)");
    private static final Pattern TIER = Pattern.compile("(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU) (?!(?:ỦY|UỶ)(?!\\p{L}))");
    private static final Pattern MOTTO_OR_NUMBER = Pattern.compile("CỘNG H[OÒ]A|ĐỘC LẬP|SỐ(?!\\p{L})|BÁO CÁO|KÍNH GỬI|V/V|[-–_=*.]");
    private static final Pattern KEPT_CAPITALS = Pattern.compile("UBND|HĐND|CNTT|TT&TT|KH&CN|CĐS");

    private Letterhead() {
    }

    /** @param text the text with its letterhead's columns taken apart ({@link #columnsApart}) */
    static Optional<String> unit(String text) {
        for (String line : firstLines(text)) {
            String bare = BRACKETS.matcher(line).replaceAll(" ").replaceAll("\\s+", " ").strip();
            Optional<String> unit = isCapitals(bare) ? unitOf(bodies(bare)) : Optional.empty();
            if (unit.isPresent()) {
                return unit;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> unitOf(List<String> bodies) {
        for (String body : bodies) {
            Matcher m = GOVERNMENT.matcher(body);
            if (m.matches()) {
                return Optional.of("UBND " + m.group(1).toLowerCase(Locale.ROOT) + " " + titleCase(m.group(2)));
            }
        }
        for (String body : bodies) {
            Matcher m = PARTY.matcher(body);
            if (m.matches()) {
                String tier = m.group(1) == null ? m.group(2).toLowerCase(Locale.ROOT) : switch (m.group(1)) {
                    case "TỈNH" -> "tỉnh";
                    case "THÀNH" -> "thành phố";
                    case "HUYỆN" -> "huyện";
                    case "THỊ" -> "thị xã";
                    default -> "quận";
                };
                return Optional.of("UBND " + tier + " " + titleCase(m.group(3)));
            }
        }
        if (bodies.size() == 1) {
            Matcher m = PROVINCE_BODY.matcher(bodies.get(0));
            if (m.matches()) {
                return Optional.of(sentenceCase(m.group(1)) + " tỉnh " + titleCase(m.group(2)));
            }
        }
        return Optional.empty();
    }

    /** The parts of the line split at dashes, a part that opens with no body's word joined back to the one before. */
    private static List<String> bodies(String line) {
        List<String> bodies = new ArrayList<>();
        Matcher dash = DASH.matcher(line);
        int from = 0;
        while (from <= line.length()) {
            int to = dash.find() ? dash.start() : line.length();
            String part = line.substring(from, to).strip();
            if (!bodies.isEmpty() && !part.isEmpty() && !BODY_HEAD.matcher(part).find()) {
                bodies.set(bodies.size() - 1, bodies.get(bodies.size() - 1) + " - " + part);
            } else if (!part.isEmpty()) {
                bodies.add(part);
            }
            from = to == line.length() ? to + 1 : dash.end();
        }
        return bodies;
    }

    private static List<String> firstLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.substring(0, Math.min(text.length(), 600)).split("\n")) {
            if (!line.isBlank() && lines.size() < FIRST_LINES) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /**
     * The text with a letterhead set in two columns taken apart: the left column's lines first (the unit, the document number),
     * then the right column's (the national motto, the place and date), then the rest as it stands, so that each line of the
     * letterhead is read on its own.
     */
    static String columnsApart(String text) {
        String[] lines = text.split("\n", COLUMN_LINES + 1);
        int head = Math.min(COLUMN_LINES, lines.length);
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            String[] columns = COLUMN_GAP.split(lines[i].strip(), 2);
            left.add(columns[0].strip());
            if (columns.length > 1) {
                right.add(columns[1].strip());
            }
        }
        if (right.isEmpty()) {
            return text;
        }
        List<String> out = new ArrayList<>(left);
        out.addAll(right);
        if (lines.length > head) {
            out.add(lines[head]);
        }
        return String.join("\n", out);
    }

    /**
     * The text with a letterhead name that wrapped onto the next line joined back: "TRUNG TÂM PHỤC VỤ" + "HÀNH CHÍNH CÔNG",
     * "SỞ THÔNG TIN VÀ" + "TRUYỀN THÔNG", "ỦY BAN NHÂN DÂN" + "TỈNH ĐỒNG THÁP". A line in capitals goes on with the one above when
     * it opens no body of its own; the letterhead ends at the first blank line, number, motto or title.
     */
    static String wrappedNamesJoined(String text) {
        String[] lines = text.split("\n", COLUMN_LINES + 1);
        int head = Math.min(COLUMN_LINES, lines.length);
        List<String> out = new ArrayList<>();
        boolean joined = false;
        for (int i = 0; i < head; i++) {
            String line = lines[i].strip();
            if (!out.isEmpty() && goesOnWith(out.get(out.size() - 1), line)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + line);
                joined = true;
            } else {
                out.add(lines[i]);
            }
        }
        if (!joined) {
            return text;
        }
        if (lines.length > head) {
            out.add(lines[head]);
        }
        return String.join("\n", out);
    }

    private static boolean goesOnWith(String above, String line) {
        String top = above.strip();
        if (!isLetterheadName(top) || !isLetterheadName(line)) {
            return false;
        }
        boolean governmentWithoutItsPlace = GOVERNMENT_WORDS.matcher(top).matches();
        return governmentWithoutItsPlace ? TIER.matcher(line).lookingAt() : !BODY_HEAD.matcher(line).find();
    }

    private static boolean isLetterheadName(String line) {
        return isCapitals(line) && !MOTTO_OR_NUMBER.matcher(line).lookingAt();
    }

    private static boolean isCapitals(String line) {
        return line.length() >= 6 && line.codePoints().anyMatch(Character::isLetter) && line.equals(line.toUpperCase(Locale.ROOT))
                && !line.startsWith("CỘNG HÒA") && !line.startsWith("CỘNG HOÀ") && !line.startsWith("BÁO CÁO");
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String word : upper.toLowerCase(Locale.ROOT).split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(word.isEmpty() ? "" : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    /** "VĂN PHÒNG UBND" → "Văn phòng UBND": the first word capitalised and abbreviations kept. */
    private static String sentenceCase(String upper) {
        StringBuilder out = new StringBuilder();
        for (String word : upper.split(" ")) {
            String w = KEPT_CAPITALS.matcher(word).matches() ? word : word.toLowerCase(Locale.ROOT);
            if (out.isEmpty()) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            out.append(out.isEmpty() ? "" : " ").append(w);
        }
        return out.toString();
    }
}
