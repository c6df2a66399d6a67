package vn.dti.report.extraction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports typed before Unicode in the TCVN3 ("ABC", .VnTime) fonts: a Word, PDF or text file keeps the font's one-byte codes, so
 * "Báo cáo" reads "B¸o c¸o" and "Sở Thông tin" reads "Së Th«ng tin". Such paragraphs are rewritten to Unicode, character for
 * character; a paragraph that already holds a Vietnamese letter of Unicode is left as it is. Text in the VNI fonts (two codes a
 * letter, "Baùo caùo") cannot be read this way and is refused with a message saying how to convert it.
 */
final class LegacyFonts {

    /** TCVN3 codes and the Unicode letters they stand for, pair by pair. */
    private static final String TCVN3 = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00ADõøö÷ùúýûüþ¡¢§£¤¥¦";
    private static final String UNICODE = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";
    /** TCVN3 codes that are no letter of Vietnamese in Unicode. */
    private static final Pattern TCVN3_ONLY = Pattern.compile("[µ¸¶·¹¨»¾¼½Æ©ÇË®ÎÏÑªÖ×ØÜÞß«¬\u00ADåæçëîïñ÷øûüþä¡¢§£¤¥¦ö]");
    /** The codes of à á ả ã ạ ă â đ ê ô ơ ư Đ, found in any TCVN3 text and never in VNI text (which writes "aø", "ñ", "eâ"). */
    private static final Pattern TCVN3_COMMON = Pattern.compile("[µ¸¶·¹¨©®ª«¬\u00AD§]");
    /** Letters only Vietnamese in Unicode writes (ă, đ, ơ, ư, ạ … ỹ). */
    private static final Pattern UNICODE_VIETNAMESE = Pattern.compile("[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]");
    /** VNI writes a toned vowel as the vowel and a mark: "caùo", "Thoâng", "vaø", "ñeán". */
    private static final Pattern VNI_SEQUENCE = Pattern.compile("(?:[aAeEoOuUyYiI][ùøûõïâêáàåãäéèúüë]|[öô][ùøûõï]|ñ[aeioâ])");
    private static final Pattern ASCII_LETTER = Pattern.compile("[A-Za-z]");
    private static final int MIN_TCVN3_CODES = 3;
    private static final int MIN_VNI_SEQUENCES = 10;

    private LegacyFonts() {
    }

    /** The text with its TCVN3 paragraphs in Unicode. */
    static String toUnicode(String text) {
        if (!hasTcvn3(text)) {
            if (isVni(text)) {
                throw new IllegalArgumentException("The document is typed in a VNI font (a legacy Vietnamese encoding): convert it "
                        + "to Unicode (e.g. with Unikey) and send it again / Văn bản dùng phông VNI: hãy chuyển sang Unicode rồi gửi lại");
            }
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String paragraph : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(isLegacy(paragraph) && TCVN3_ONLY.matcher(paragraph).find() ? convert(paragraph) : paragraph);
        }
        return out.toString();
    }

    /** Whether the text's paragraphs without Unicode letters hold the codes any TCVN3 text is full of. */
    static boolean hasTcvn3(String text) {
        return text.lines().filter(LegacyFonts::isLegacy).mapToLong(p -> TCVN3_COMMON.matcher(p).results().count()).sum()
                >= MIN_TCVN3_CODES;
    }

    private static boolean isLegacy(String paragraph) {
        return !UNICODE_VIETNAMESE.matcher(paragraph).find();
    }

    private static String convert(String paragraph) {
        StringBuilder out = new StringBuilder(paragraph.length());
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            int at = TCVN3.indexOf(c);
            out.append(at < 0 ? c : UNICODE.charAt(at));
        }
        return allCapitals(paragraph) ? out.toString().toUpperCase(Locale.ROOT) : out.toString();
    }

    /**
     * A heading typed in the capitals font (.VnTimeH) keeps the small letters' codes for its toned letters ("B¸O C¸O"): a
     * paragraph whose plain letters are all capitals is all capitals.
     */
    private static boolean allCapitals(String paragraph) {
        Matcher letters = ASCII_LETTER.matcher(paragraph);
        int capitals = 0;
        while (letters.find()) {
            if (Character.isLowerCase(letters.group().charAt(0))) {
                return false;
            }
            capitals++;
        }
        return capitals >= 4;
    }

    private static boolean isVni(String text) {
        return isLegacy(text) && VNI_SEQUENCE.matcher(text).results().limit(MIN_VNI_SEQUENCES).count() >= MIN_VNI_SEQUENCES;
    }
}
