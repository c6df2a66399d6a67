package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Which figures the report's level makes parts of a lower tier. A report whose level is unknown may be a commune's: its own commune named in a heading or a sentence is not a lower tier, while
 * "the communes" as a tier still are; a report known to be a district's or a province's keeps reading both as the communes.
 */
class ReportLevelScopeTest {

    private static final ReportHeader UNKNOWN = new ReportHeader(null, null, "2025", UnitLevel.UNKNOWN);
    private static final ReportHeader PROVINCE = new ReportHeader("UBND tỉnh Vĩnh Long", "Vĩnh Long", "2024", UnitLevel.PROVINCE);
    private static final ReportHeader DISTRICT = new ReportHeader("UBND huyện Tân Lập", null, "2025", UnitLevel.DISTRICT);

    private static Clause clauseWith(NormalizedText text, UnitLevel level, String figure) {
        int at = text.text().indexOf(figure);
        List<Clause> clauses = Layout.clauses(text, 2025, level);
        return clauses.stream().filter(c -> c.start() <= at && at < c.end()).findFirst().orElseThrow();
    }

    private static boolean communesOnly(ReportHeader header, String sentence, String figure) {
        NormalizedText text = NormalizedText.of(sentence);
        Clause clause = clauseWith(text, header.level(), figure);
        int at = text.text().indexOf(figure);
        return new ContextChecks(text.lower(), text.text(), header).isAboutCommunesOnly(clause, at, at + figure.length());
    }

    @Test
    void aHeadingNamingOneCommuneOpensNoCommuneSectionWhenTheLevelIsUnknown() {
        for (String heading : List.of("UBND XÃ PHÚ GIÁO – TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ", "ĐẢNG ỦY – UBND PHƯỜNG AN LẠC",
                "HOẠT ĐỘNG CỦA UBND XÃ TÂN LẬP")) {
            NormalizedText text = NormalizedText.of(heading + "\n\nTrung tâm tiếp nhận 13.188 hồ sơ, đã giải quyết 12.970 hồ sơ.\n");
            assertFalse(clauseWith(text, UnitLevel.UNKNOWN, "13.188").communeSection(), heading);
            assertTrue(clauseWith(text, UnitLevel.DISTRICT, "13.188").communeSection(), heading);
        }
    }

    @Test
    void aHeadingNamingTheCommunesAsATierStillOpensACommuneSection() {
        for (String heading : List.of("d) UBND các xã, thị trấn", "3. Cấp xã", "KẾT QUẢ CỦA CÁC XÃ")) {
            NormalizedText text = NormalizedText.of("1. Cấp huyện\n\nHuyện tiếp nhận 5.000 hồ sơ.\n\n" + heading
                    + "\n\nCác đơn vị tiếp nhận 13.188 hồ sơ.\n");
            assertTrue(clauseWith(text, UnitLevel.UNKNOWN, "13.188").communeSection(), heading);
            assertFalse(clauseWith(text, UnitLevel.UNKNOWN, "5.000").communeSection(), heading);
        }
    }

    @Test
    void oneNamedCommuneInTheSentenceIsNotALowerTierWhenTheLevelIsUnknown() {
        assertFalse(communesOnly(UNKNOWN, "Tại xã Phú Giáo, Trung tâm tiếp nhận 13.188 hồ sơ.", "13.188"));
        assertFalse(communesOnly(UNKNOWN, "UBND xã đã tiếp nhận 2.140 hồ sơ trực tuyến.", "2.140"));
        assertTrue(communesOnly(DISTRICT, "Tại xã Phú Giáo, Trung tâm tiếp nhận 13.188 hồ sơ.", "13.188"));
        assertTrue(communesOnly(DISTRICT, "UBND xã đã tiếp nhận 2.140 hồ sơ trực tuyến.", "2.140"));
    }

    @Test
    void theCommunesAsATierAreStillPartsWhenTheLevelIsUnknown() {
        assertTrue(communesOnly(UNKNOWN, "Tại các xã, thị trấn tiếp nhận 13.188 hồ sơ.", "13.188"));
        assertTrue(communesOnly(UNKNOWN, "Bộ phận một cửa cấp xã tiếp nhận 4.500 hồ sơ.", "4.500"));
        assertTrue(communesOnly(UNKNOWN, "Mỗi xã, phường tiếp nhận bình quân 320 hồ sơ.", "320"));
    }

    @Test
    void theTiersAShareOfBodiesCountsDoNotQualifyALaterFigureOfTheClause() {
        assertFalse(communesOnly(PROVINCE, "100% sở, ban, ngành, UBND cấp huyện, cấp xã có xây dựng hệ thống mạng LAN kết nối mạng WAN của "
                + "tỉnh, tỷ lệ máy tính kết nối Internet đạt 98%.", "98%"));
        assertFalse(communesOnly(PROVINCE, "100% cơ quan cấp tỉnh, cấp huyện và cấp xã đã dùng chữ ký số, tỷ lệ văn bản ký số đạt 97,5%.",
                "97,5%"));
        assertFalse(communesOnly(PROVINCE, "100% xã, phường có điểm phục vụ bưu chính, tỷ lệ hộ gia đình có cáp quang đạt 85%.", "85%"));
    }

    @Test
    void aTierThatIsTheSubjectOfTheFigureStillMakesItAPart() {
        assertTrue(communesOnly(PROVINCE, "Cấp huyện, cấp xã tiếp nhận 48.000 hồ sơ, tỷ lệ đúng hạn đạt 98%.", "98%"));
        assertTrue(communesOnly(DISTRICT, "Tại các xã, thị trấn, tỷ lệ hồ sơ trực tuyến đạt 65,16%.", "65,16%"));
    }
}
