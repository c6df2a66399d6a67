package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Whose figure a statement about people, society and infrastructure gives (session 5): what a coverage share covers, who owns
 * counted members, one village's team, a running total across periods, a headline, targets already met. Each test reads the
 * corpus sentence it came from and invented variants, with the same words about another scope that must give nothing.
 */
class ExtractionPeopleScopeTest {

    @Test
    void aCoverageShareMustSayWhatItCovers() {
        assertNone("Tỉnh hình thành siêu xa lộ thông tin với tỷ lệ phủ sóng di động đạt 98,5%.", "soc.mobile_coverage_pct");
        assertNone("Theo thống kê, đến nay tỷ lệ bao phủ Internet ở huyện đạt 80%.", "soc.mobile_coverage_pct");
        assertNone("Mạng 4G của các nhà mạng đã phủ sóng đạt 97%.", "soc.mobile_coverage_pct");
        assertValue("Hạ tầng số phát triển; 100% thôn, xã có sóng di động 3G, 4G.", "soc.mobile_coverage_pct", "100");
        assertValue("Đến nay 98% thôn, bản đã có sóng di động 4G.", "soc.mobile_coverage_pct", "98");
        assertNone("Tỷ lệ phủ sóng di động đạt 99% dân số.", "soc.mobile_coverage_pct"); // people, not communes (the catalog)
    }

    @Test
    void aShareOfTheTerritoryMeasuredOverItsCommunesIsTheTerritorys() {
        assertValue("100% xã, phường, thị trấn được phủ băng rộng cáp quang và sóng thông tin di động 4G.", "soc.mobile_coverage_pct", "100");
        assertValue("Toàn huyện có 100% xã, thị trấn được phủ sóng di động 4G.", "soc.mobile_coverage_pct", "100");
        assertNone("Cả nước có 99% xã, phường được phủ sóng di động 4G.", "soc.mobile_coverage_pct");
        assertNone("Thôn 3 có 100% hộ được phủ sóng di động 4G.", "soc.mobile_coverage_pct");
    }

    @Test
    void aFibreShareCountsHouseholds() {
        assertValue("Tỷ lệ hộ gia đình có kết nối internet băng rộng cáp quang đạt 61%.", "soc.household_fiber_pct", "61");
        assertValue("Có 75% hộ gia đình sử dụng internet cáp quang.", "soc.household_fiber_pct", "75");
        assertNone("Toàn huyện có gần 390 trạm phát sóng di động và internet cáp quang phủ 100% ấp.", "soc.household_fiber_pct");
        assertNone("Mạng internet cáp quang đã kéo đến 100% thôn, bản.", "soc.household_fiber_pct");
    }

    @Test
    void membersOfAnotherBodyAreNotTheTeamsMembers() {
        // A ward's sentence (corpus), said by the district of the test header.
        String corpus = "UBND huyện đã thành lập Ban Chỉ đạo chuyển đổi số gồm 19 thành viên, Tổ giúp việc cho Ban Chỉ đạo 15 thành viên, "
                + "thành lập 125 tổ công nghệ số cộng đồng ở 125 thôn, với 375 thành viên.";
        assertValue(corpus, "hr.community_tech_members", "375");
        assertValue("Huyện kiện toàn Tổ công tác 12 thành viên; thành lập 30 tổ công nghệ số cộng đồng với 150 thành viên.",
                "hr.community_tech_members", "150");
        assertNone("UBND xã đã thành lập Ban Chỉ đạo chuyển đổi số gồm 19 thành viên và 5 tổ công nghệ số cộng đồng.",
                "hr.community_tech_members");
        assertNone("Tổ công nghệ số cộng đồng lập nhóm Zalo gồm 173 thành viên để đăng tin hằng ngày.", "hr.community_tech_members");
    }

    @Test
    void oneNamedVillagesTeamIsAPartOfTheUnit() {
        assertNone("Tổ công nghệ số cộng đồng ấp Trung Bình được kiện toàn theo Quyết định số 38/QĐ-UBND ngày 26/02/2024 với 07 thành viên.",
                "hr.community_tech_members");
        assertNone("Tổ công nghệ số cộng đồng thôn Đông Hải có 6 thành viên.", "hr.community_tech_members");
        assertNone("Tổ công nghệ số cộng đồng bản 4 Vành có 5 thành viên.", "hr.community_tech_members");
        assertValue("Huyện có 45 tổ công nghệ số cộng đồng tại các thôn Bình Tịnh, Tân An với 230 thành viên.",
                "hr.community_tech_members", "230");
    }

    @Test
    void aYearWithMonthsOfTheNextIsARunningTotalNotThePeriods() {
        String corpus = "Trong năm 2022 và các tháng đầu năm 2023, Sở đã tổ chức 14 lớp trực tiếp và trực tuyến đào tạo cho hơn 510 học viên "
                + "về kỹ năng sử dụng công nghệ thông tin gắn với yêu cầu chuyển đổi số.";
        assertNone(corpus, "hr.training_courses");
        assertNone(corpus, "hr.trained_staff");
        assertNone("Năm 2022 và 6 tháng đầu năm 2023, huyện đã tổ chức 9 lớp tập huấn chuyển đổi số.", "hr.training_courses");
        assertValue("Trong năm 2023, huyện đã tổ chức 14 lớp tập huấn chuyển đổi số cho 510 cán bộ.", "hr.training_courses", "14");
    }

    @Test
    void aHeadlineFigureThatTheBodyGivesForTheCountryIsNotTheUnits() {
        String article = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG LẠNG SƠN\nHơn 27.200 tổ công nghệ số cộng đồng hỗ trợ người dân chuyển đổi số\n"
                + "(Báo Tin tức, 15/06/2022)\nCả nước đã có hơn 27.200 tổ công nghệ số cộng đồng. Tính đến tháng 6/2022, Lạng Sơn đã lập hơn "
                + "1.680 tổ công nghệ cộng đồng, với trên 7.770 thành viên.\n";
        assertEquals(Optional.of(new BigDecimal("1680")), value(article, "hr.community_tech_teams"));
        String ownHeadline = "UBND HUYỆN AN PHÚ\nAn Phú: 100% văn bản được xử lý trên môi trường mạng\n(15/03/2023)\n"
                + "Trong năm 2023, 100% văn bản (không bao gồm văn bản mật) được xử lý trên môi trường mạng.\n";
        assertEquals(Optional.of(new BigDecimal("100")), value(ownHeadline, "doc.electronic_pct"));
    }

    @Test
    void targetsAlreadyMetAreAResultNotATarget() {
        assertValue("Trong năm 2023, huyện đã hoàn thành tốt các mục tiêu theo Nghị quyết. Hạ tầng số đạt bước tiến lớn; "
                + "100% thôn, xã có sóng di động 3G, 4G.", "soc.mobile_coverage_pct", "100");
        assertNone("Huyện đặt mục tiêu phủ sóng 4G toàn huyện. Tỷ lệ thôn có sóng di động 4G lên 100%.", "soc.mobile_coverage_pct");
    }

    @Test
    void adultsWithASmartDeviceHaveASmartphone() {
        assertValue("95% người dân trưởng thành có thiết bị thông minh.", "soc.smartphone_pct", "95");
        assertValue("Tỷ lệ người dân trưởng thành có thiết bị thông minh đạt 88,5%.", "soc.smartphone_pct", "88.5");
        assertNone("Tỷ lệ người dân trưởng thành có thiết bị thông minh tại Việt Nam đạt 73%.", "soc.smartphone_pct");
    }

    @Test
    void theTeamsMembersMayBeCountedAsParticipants() {
        assertValue("Huyện tiếp tục duy trì hoạt động của 140 tổ công nghệ số cộng đồng với sự tham gia của hơn 1.000 người.",
                "hr.community_tech_members", "1000");
        assertValue("Huyện đã thành lập 30 tổ công nghệ số cộng đồng với sự tham gia của 320 đoàn viên thanh niên.",
                "hr.community_tech_members", "320");
        assertNone("Hội nghị chuyển đổi số của huyện diễn ra với sự tham gia của 300 người.", "hr.community_tech_members");
    }

    @Test
    void aComputerForEachStaffMemberIsTheComputerShare() {
        assertValue("Hạ tầng được đầu tư, với tỷ lệ 01 máy tính/01 cán bộ, công chức đạt 100%.", "infra.computer_per_staff_pct", "100");
        assertValue("Tỷ lệ 1 máy tính/1 cán bộ đạt 96%.", "infra.computer_per_staff_pct", "96");
    }

    @Test
    void theCostOfTheDedicatedNetworkOrMeetingSystemIsADigitalBudget() {
        assertValue("Huyện xây dựng mạng truyền số liệu chuyên dùng với kinh phí gần 5 tỷ đồng.", "fin.dx_budget", "5000000000");
        assertValue("Hệ thống họp trực tuyến đến 15 xã được đầu tư với kinh phí 800 triệu đồng.", "fin.dx_budget", "800000000");
        assertNone("Huyện nâng cấp tuyến đường liên xã với kinh phí 5 tỷ đồng.", "fin.dx_budget");
    }

    @Test
    void aPaperlessMeetingRoomIsNoVideoConference() {
        assertNone("Thành phố cũng đã triển khai phòng họp không giấy tờ, phần mềm giao và nhắc việc qua tin nhắn SMS.",
                "infra.video_conference");
        assertValue("Thành phố đã triển khai hệ thống họp trực tuyến đến các phường.", "infra.video_conference", true);
    }

    @Test
    void teamsCountedByTierWithoutTheirTotalArePartsButTheFirstNamedTierIsTheUnits() {
        assertNone("Kết quả 6 tháng: thành lập được 75/75 tổ công nghệ số cộng đồng tại xã, phường, thị trấn và 525 tổ tại ấp, khu vực, "
                + "với tổng số 3.740 thành viên tham gia.", "hr.community_tech_teams");
        assertNone("Huyện đã thành lập 20 tổ công nghệ số cộng đồng ở các xã, 150 tổ ở thôn, bản.", "hr.community_tech_teams");
        assertValue("Huyện đã thành lập 01 tổ công nghệ số cộng đồng cấp huyện và 22 tổ cấp xã.", "hr.community_tech_teams", "1");
        assertValue("Huyện đã thành lập 170 tổ công nghệ số cộng đồng với 850 thành viên.", "hr.community_tech_teams", "170");
    }

    @Test
    void aCountJoinedAfterAnotherCountedTeamIsAPartButNotOneAfterTheKindOfTeam() {
        String commune = "UBND XÃ ĐỈNH BÀN\nBÁO CÁO kết quả chuyển đổi số năm 2022\n";
        String corpus = "Tổ chuyển đổi số cộng đồng xã gồm có 03 thành viên (Phó Chủ tịch UBND xã, Bí thư Đoàn thanh niên, công chức Văn hóa - "
                + "Thông tin) và 08 tổ chuyển đổi số cộng đồng thôn gồm 24 thành viên.\n";
        assertTrue(DistrictReportSentences.extract(commune + corpus).values().stream()
                .noneMatch(p -> p.element().equals("hr.community_tech_teams")), "the village teams are a part");
        assertNone("Tổ công nghệ số cộng đồng cấp huyện có 9 thành viên, và 40 tổ công nghệ số cộng đồng ở thôn.", "hr.community_tech_teams");
        assertValue("Đến nay, toàn huyện có 16/16 xã, thị trấn thành lập tổ công nghệ số cộng đồng, 129 tổ công nghệ cộng đồng thôn, cụm dân cư "
                + "với tổng số 1.015 thành viên.", "hr.community_tech_teams", "129");
    }

    @Test
    void theVillageTierInAListOfTiersIsNotOneVillage() {
        assertValue("Huyện thành lập 85 tổ tại ấp, khu vực; tỷ lệ người dân trưởng thành có điện thoại thông minh đạt 75%.",
                "soc.smartphone_pct", "75");
        assertNone("Tại ấp Tân Hòa, tỷ lệ người dân trưởng thành có điện thoại thông minh đạt 75%.", "soc.smartphone_pct");
    }

    @Test
    void aCommuneNamedInItsOwnReportDoesNotMakeItsTeamsAnotherBodys() {
        String commune = "UBND XÃ TAM THANH\nBÁO CÁO kết quả chuyển đổi số năm 2022\n";
        assertEquals(Optional.of(new BigDecimal("4")), value(commune + "Chiều ngày 29.3, UBND xã Tam Thanh tổ chức lễ công bố quyết định "
                + "thành lập 4 tổ công nghệ cộng đồng thôn trên địa bàn xã.\n", "hr.community_tech_teams"));
        assertEquals(Optional.of(new BigDecimal("12")), value(commune + "UBND xã đã thành lập 12 tổ công nghệ số cộng đồng tại 12 xóm.\n",
                "hr.community_tech_teams"));
    }

    @Test
    void anAbbreviationAfterXaIsAKindOfCommuneNotAnotherCommunesName() {
        String commune = "UBND XÃ NGHĨA SƠN\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";
        assertEquals(Optional.of(new BigDecimal("12")), value(commune + "Để xây dựng xã NTM kiểu mẫu nổi trội về chuyển đổi số, UBND xã Nghĩa "
                + "Sơn đã thành lập 12 tổ công nghệ số cộng đồng tại 12 xóm.\n", "hr.community_tech_teams"));
        assertNone("Để xây dựng huyện NTM nâng cao, xã Tân Hòa đã thành lập 8 tổ công nghệ số cộng đồng.", "hr.community_tech_teams");
    }

    @Test
    void aProvincesTeamsAtTheLowerTiersAreItsOwnUnlessItsOwnTierIsNamed() {
        String province = "UBND TỈNH BẠC LIÊU\nBÁO CÁO kết quả chuyển đổi số năm 2022\n";
        String corpus = "Đặc biệt, trong năm 2022, tỉnh đã thành lập gần 450 Tổ công nghệ số cộng đồng cấp xã và khóm ấp với gần 3.000 thành viên.\n";
        assertEquals(Optional.of(new BigDecimal("3000")), value(province + corpus, "hr.community_tech_members"));
        assertEquals(Optional.of(new BigDecimal("450")), value(province + corpus, "hr.community_tech_teams"));
        assertEquals(Optional.of(new BigDecimal("13000")), value(province
                + "Toàn tỉnh có 1.482 tổ công nghệ số cộng đồng cấp thôn với gần 13.000 thành viên.\n", "hr.community_tech_members"));
        assertEquals(Optional.of(new BigDecimal("15")), value(province
                + "Tỉnh có 01 tổ công nghệ số cộng đồng cấp tỉnh với 15 thành viên; 95 tổ cấp xã với 600 thành viên.\n", "hr.community_tech_members"));
    }

    @Test
    void aPlanThatStatesNoResultSetsTargetsWithEveryFigure() {
        String list = "1. Mạng viễn thông băng rộng di động\n- Tỷ lệ dân số trưởng thành có điện thoại thông minh: 90%.\n"
                + "- Tỷ lệ thôn được phủ sóng di động băng rộng: 100%.\n- Tỷ lệ phần trăm hộ gia đình có truy nhập Internet băng rộng cáp quang: 80%.\n";
        String plan = "UBND XÃ XUÂN TRÚC\nKế hoạch phát triển hạ tầng số xã Xuân Trúc giai đoạn 2023 - 2025\n(Trang thông tin điện tử xã)\n" + list;
        for (String element : new String[] {"soc.smartphone_pct", "soc.mobile_coverage_pct", "soc.household_fiber_pct"}) {
            assertTrue(DistrictReportSentences.extract(plan).values().stream().noneMatch(p -> p.element().equals(element)), element);
        }
        String assessed = "UBND XÃ XUÂN TRÚC\nKế hoạch chuyển đổi số xã Xuân Trúc năm 2024\nPhần I. Đánh giá kết quả thực hiện năm 2023\n" + list;
        assertEquals(Optional.of(new BigDecimal("90")), value(assessed, "soc.smartphone_pct"));
        String report = "UBND XÃ XUÂN TRÚC\nBáo cáo kết quả phát triển hạ tầng số năm 2023\n(Trang thông tin điện tử xã)\n" + list;
        assertEquals(Optional.of(new BigDecimal("100")), value(report, "soc.mobile_coverage_pct"));
    }

    @Test
    void attackedWebsitesOfTheUnitAreIncidentsButTheCountrysAreNot() {
        assertValue("Phòng An ninh kinh tế cho hay từ đầu năm đến nay đã có 9 trang thông tin điện tử của các đơn vị thuộc hệ thống chính quyền "
                + "huyện bị tấn công.", "sec.incidents", "9");
        assertValue("Trong năm 2023, 3 website của các cơ quan huyện bị tấn công thay đổi giao diện.", "sec.incidents", "3");
        assertNone("Chỉ riêng 2023, Việt Nam có hơn 10.000 trang web/cổng thông tin điện tử có tên miền .vn bị tấn công.", "sec.incidents");
    }

    @Test
    void aMeetingSystemOrNetworkThatReachesEveryCommuneIsTheUnits() {
        assertValue("Đến cuối tháng 7, toàn bộ 19 xã, thị trấn đã vận hành hệ thống họp trực tuyến.", "infra.video_conference", true);
        assertValue("100% xã, thị trấn đã kết nối mạng truyền số liệu chuyên dùng.", "infra.dedicated_network", true);
        assertNone("Xã Tân Hòa đã vận hành hệ thống họp trực tuyến.", "infra.video_conference");
        assertNone("Cả nước có 100% xã, phường đã vận hành hệ thống họp trực tuyến.", "infra.video_conference");
    }

    @Test
    void aPercentBeforeANewShareBelongsToTheItemBeforeIt() {
        assertValue("Mạng cáp quang đã đến 100% tổ dân phố, tỷ lệ hộ gia đình có internet cáp quang đạt 65%.", "soc.household_fiber_pct", "65");
        assertValue("Phủ sóng 4G đến 100% thôn, tỷ lệ người dân có điện thoại thông minh đạt 80%.", "soc.smartphone_pct", "80");
        assertValue("Tại huyện, mạng cáp quang đã đến 100% tổ dân phố, tỷ lệ thôn được phủ sóng thông tin di động đạt 99%.",
                "soc.mobile_coverage_pct", "99");
    }

    private static Optional<BigDecimal> value(String text, String element) {
        Optional<Proposal> p = DistrictReportSentences.extract(text).values().stream().filter(v -> v.element().equals(element)).findFirst();
        assertTrue(p.isPresent(), element + " was not proposed");
        return p.map(v -> ((BigDecimal) v.value()).stripTrailingZeros()).map(v -> new BigDecimal(v.toPlainString()));
    }
}
