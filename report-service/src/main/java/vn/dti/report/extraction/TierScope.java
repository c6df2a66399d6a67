package vn.dti.report.extraction;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dossier statistics are often split by tier: "Các sở cấp tỉnh tiếp nhận 23.233 hồ sơ; cấp huyện tiếp nhận 6.776 hồ sơ; cấp
 * xã ...", "Với cấp xã, toàn tỉnh tiếp nhận ...", "Tại bộ phận một cửa cấp xã tiếp nhận 5.517 hồ sơ. Hồ sơ trực tuyến đạt
 * 19,5%". A clause whose subject is a tier other than the unit's own — a district's figure is its "cấp huyện", a commune's its
 * "cấp xã"; for a province every tier is a part of its total — is about that tier, and so is the rest of a paragraph whose
 * first sentence opens with such a tier. When the unit's tier is unknown (or a department's, which may belong to either the
 * province or a district), only a sentence that splits its figures over all three tiers is a split of a province's total.
 */
final class TierScope {

    private enum Tier { PROVINCE, DISTRICT, COMMUNE }

    private static final Pattern TIER = Pattern.compile("(?<!\\p{L})cấp (tỉnh|sở|huyện|quận|thị xã|xã|phường|thị trấn)(?!\\p{L})");
    /** The clause opens with its tier: "cấp huyện tiếp nhận", "Với cấp xã,", "Tại bộ phận một cửa hiện đại cấp xã tiếp nhận". */
    private static final Pattern SUBJECT = Pattern.compile("^[\\s\\-+•]*(?:(?:ở|tại|đối với|với|còn|riêng|và|trong đó,?)\\s+)?[^\\d,;:]{0,45}?"
            + "(?<!\\p{L})cấp (tỉnh|sở|huyện|quận|thị xã|xã|phường|thị trấn)(?!\\p{L})(?!,? (?:và |, )?cấp )");

    /** "toàn huyện", "cả tỉnh": a sentence about the whole territory takes no tier from its paragraph. */
    private static final Pattern WHOLE = Pattern.compile("(?<!\\p{L})(?:toàn|cả|trên địa bàn) (?:huyện|tỉnh|xã|phường|quận|thị xã|thành phố|thị trấn)(?!\\p{L})");

    private static final Pattern PROVINCE_BODY = Pattern.compile("(?<!\\p{L})tỉnh (?!ủy|uỷ)\\p{L}");

    private TierScope() {
    }

    static boolean isAboutAnotherTier(String lower, Clause clause, int matchStart, ReportHeader header) {
        UnitLevel level = header.level();
        Tier own = own(level, header.unitName());
        Tier subject = subjectOf(lower, clause.start(), matchStart);
        if (subject == null && clause.start() == clause.sentenceStart()) {
            subject = paragraphSubject(lower, clause, own, level);
        }
        if (subject == null || subject == own) {
            return false;
        }
        return own != null || level == UnitLevel.PROVINCE || tiersIn(lower, clause.sentenceStart(), clause.sentenceEnd()) >= 3
                || (level == null || level == UnitLevel.UNKNOWN) && subject != Tier.PROVINCE && splitOverItsParagraph(lower, clause);
    }

    /**
     * "Tỉ lệ hồ sơ do các sở, ngành tiếp nhận được giải quyết đúng hạn đạt 99,1%. Tỉ lệ hồ sơ do UBND cấp huyện tiếp nhận … đạt 97%.
     * Tỉ lệ … do UBND cấp xã tiếp nhận … đạt 98%": a paragraph that gives the figure tier by tier, a sentence for each, splits the
     * province's figures even when the item does not say whose it is; a sentence led by the district or the commune tier is that
     * tier's part ("các sở, ngành" name the provincial tier).
     */
    private static boolean splitOverItsParagraph(String lower, Clause clause) {
        int lineStart = lower.lastIndexOf('\n', Math.max(0, clause.sentenceStart() - 1)) + 1;
        int lineEnd = lower.indexOf('\n', clause.sentenceEnd());
        String paragraph = lower.substring(lineStart, lineEnd < 0 ? lower.length() : lineEnd);
        if (paragraph.indexOf('|') >= 0) {
            return false;
        }
        Set<Tier> tiers = tiersOf(paragraph);
        if (PROVINCE_AGENCIES.matcher(paragraph).find()) {
            tiers.add(Tier.PROVINCE);
        }
        return tiers.size() == 3;
    }

    /** A body of the province ("Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng", "Sở Tư pháp tỉnh …") has the province's tier. */
    private static Tier own(UnitLevel level, String unitName) {
        if (level == UnitLevel.DEPARTMENT && unitName != null && PROVINCE_BODY.matcher(unitName.toLowerCase(Locale.ROOT)).find()) {
            return Tier.PROVINCE;
        }
        return switch (level) {
            case DISTRICT -> Tier.DISTRICT;
            case COMMUNE -> Tier.COMMUNE;
            default -> null;
        };
    }

    private static Tier subjectOf(String lower, int from, int to) {
        if (to <= from) {
            return null;
        }
        Matcher m = SUBJECT.matcher(lower).region(from, to);
        return m.lookingAt() ? tier(m.group(1)) : null;
    }

    /** A sentence after the first of its paragraph (a line) that names no tier of its own takes the paragraph's. */
    private static Tier paragraphSubject(String lower, Clause clause, Tier own, UnitLevel level) {
        if (own == null && level != UnitLevel.PROVINCE || TIER.matcher(lower).region(clause.sentenceStart(), clause.sentenceEnd()).find()
                || WHOLE.matcher(lower).region(clause.sentenceStart(), clause.sentenceEnd()).find()) {
            return null;
        }
        int lineStart = lower.lastIndexOf('\n', Math.max(0, clause.sentenceStart() - 1)) + 1;
        if (lineStart >= clause.sentenceStart() || lower.substring(lineStart, clause.sentenceStart()).indexOf('|') >= 0) {
            return null;
        }
        return subjectOf(lower, lineStart, clause.sentenceStart());
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** The next share or ";" after a figure ends its item. */
    private static final Pattern NEXT_ITEM = Pattern.compile("[;]|(?<![\\d.,/])\\d{1,3}(?:[.,]\\d+)? ?%");
    private static final Pattern TIER_RANGE = Pattern.compile("(?:từ )?cấp (?:xã|phường|huyện|quận) trở lên"
            + "|từ cấp (?:tỉnh|huyện|quận)(?: đến| tới| xuống)(?: cấp)? (?:huyện|quận|xã|phường|cơ sở)");

    /**
     * "Tỷ lệ CBCC cấp sở, cấp huyện được trang bị máy tính đạt 100%; cấp xã đạt 82%", "…: 100% cán bộ, công chức cấp tỉnh, 100% … cấp
     * huyện, trên 80% … cấp xã" in a province's report: the sentence states the figure tier by tier, and a figure whose own item names
     * some tiers, while a later item gives another tier's figure, is those tiers' part, not the province's total ("toàn tỉnh đạt
     * 98%; trong đó cấp tỉnh đạt 100% …" keeps its total, which names no tier). Counts are left to the tier rules above. In a
     * district's or a commune's report only the item of its own tier, named later in the sentence, is its figure ("100% … đối với cấp
     * tỉnh; 90% đối với cấp huyện": 90 for a district).
     */
    /** "đạt 91% (cấp tỉnh khoảng 93%; cấp huyện 89%)": a breakdown by tier in brackets right after the share is its parts, not its tier. */
    private static final Pattern BREAKDOWN_AFTER = Pattern.compile("\\s*\\(");

    static boolean isOneTierOfASplit(String lower, Clause clause, int matchStart, int matchEnd, ReportHeader header) {
        if (matchEnd >= clause.sentenceEnd() || !isAShare(lower, matchStart, matchEnd)) {
            return false;
        }
        Matcher next = NEXT_ITEM.matcher(lower).region(matchEnd, clause.sentenceEnd());
        int itemEnd = next.find() ? next.start() : clause.sentenceEnd();
        Matcher breakdown = BREAKDOWN_AFTER.matcher(lower).region(matchEnd, itemEnd);
        if (breakdown.lookingAt()) {
            itemEnd = breakdown.end() - 1;
        }
        int itemStart = Math.max(clause.sentenceStart(), lower.lastIndexOf(';', matchStart) + 1);
        Set<Tier> own = tiersOf(TIER_RANGE.matcher(lower.substring(itemStart, itemEnd)).replaceAll(" "));
        if (own.isEmpty() || own.size() == 3) {
            return false;
        }
        Set<Tier> later = tiersOf(lower.substring(itemEnd, clause.sentenceEnd()));
        later.removeAll(own);
        if (later.isEmpty() || !DIGIT.matcher(lower).region(itemEnd, clause.sentenceEnd()).find()) {
            return false;
        }
        Tier unitsTier = own(header.level(), header.unitName());
        if (header.level() == UnitLevel.PROVINCE) {
            return true;
        }
        return unitsTier != null && !own.contains(unitsTier) && later.contains(unitsTier);
    }

    /** The province's own agencies named as its tier: "ở các sở, ban, ngành của tỉnh", "các cơ quan cấp tỉnh". */
    private static final Pattern PROVINCE_AGENCIES = Pattern.compile("(?<!\\p{L})(?:các )?sở, (?:ban, )?ngành(?: của tỉnh| cấp tỉnh| tỉnh)?(?!\\p{L})");

    /**
     * In a province's report (or one of unknown level whose later items name the district and the commune tiers), a share whose
     * item names the provincial tier alone ("87,74% … đối với cấp tỉnh, 85,79% đối với cấp
     * huyện", "ở các sở, ban, ngành của tỉnh đạt trên 99%; cấp huyện đạt gần 88%"), while a later item names another tier.
     */
    static boolean isTheProvincesTierOfASplit(String lower, Clause clause, int matchStart, int matchEnd, ReportHeader header) {
        boolean unknown = header.level() == UnitLevel.UNKNOWN || header.level() == null;
        if (header.level() != UnitLevel.PROVINCE && !unknown || matchEnd >= clause.sentenceEnd() || !isAShare(lower, matchStart, matchEnd)) {
            return false;
        }
        Matcher next = NEXT_ITEM.matcher(lower).region(matchEnd, clause.sentenceEnd());
        int itemEnd = next.find() ? next.start() : clause.sentenceEnd();
        int itemStart = Math.max(clause.sentenceStart(), lower.lastIndexOf(';', matchStart) + 1);
        String item = lower.substring(itemStart, itemEnd);
        Set<Tier> own = tiersOf(item);
        if (PROVINCE_AGENCIES.matcher(item).find()) {
            own.add(Tier.PROVINCE);
        }
        if (!own.equals(Set.of(Tier.PROVINCE))) {
            return false;
        }
        Set<Tier> later = tiersOf(lower.substring(itemEnd, clause.sentenceEnd()));
        return unknown ? later.equals(Set.of(Tier.DISTRICT, Tier.COMMUNE)) : !later.isEmpty() && !later.contains(Tier.PROVINCE);
    }

    /** Only a share is split over the tiers: a count of teams "01 tổ cấp tỉnh …; 95 tổ cấp xã" names the province's own team. */
    private static boolean isAShare(String lower, int matchStart, int matchEnd) {
        String statement = lower.substring(matchStart, matchEnd);
        return statement.indexOf('%') >= 0 || statement.contains("phần trăm");
    }

    private static Set<Tier> tiersOf(String s) {
        Set<Tier> tiers = new HashSet<>();
        Matcher m = TIER.matcher(s);
        while (m.find()) {
            tiers.add(tier(m.group(1)));
        }
        Matcher list = TIERS_SHARING_ONE_WORD.matcher(s);
        while (list.find()) {
            Matcher word = TIER_WORD.matcher(list.group());
            while (word.find()) {
                tiers.add(tier(word.group()));
            }
        }
        return tiers;
    }

    /** "cán bộ, công chức, viên chức cấp tỉnh, huyện, xã", "cấp xã, huyện": one "cấp" shared by a list of tiers. */
    private static final Pattern TIERS_SHARING_ONE_WORD = Pattern.compile(
            "(?<!\\p{L})cấp (?:tỉnh|huyện|xã)(?:(?:, | và )(?:tỉnh|huyện|xã)(?!\\p{L}))+");
    private static final Pattern TIER_WORD = Pattern.compile("(?<!\\p{L})(?:tỉnh|huyện|xã)(?!\\p{L})");

    private static int tiersIn(String lower, int from, int to) {
        Set<Tier> tiers = new HashSet<>();
        Matcher m = TIER.matcher(lower).region(from, to);
        while (m.find()) {
            tiers.add(tier(m.group(1)));
        }
        return tiers.size();
    }

    private static Tier tier(String word) {
        return switch (word) {
            case "tỉnh", "sở" -> Tier.PROVINCE;
            case "huyện", "quận", "thị xã" -> Tier.DISTRICT;
            default -> Tier.COMMUNE;
        };
    }
}
