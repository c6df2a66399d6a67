package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Session 8: classes of wording of the infrastructure and society elements and of the scope of lower units that recur across
 * independent sources (households on fibre said with "hộ", village centres "có sóng … di động", every official equipped, members
 * who are no staff, every district of a province connected, shares of schools, counts of cases that are no dossiers, a lower unit's
 * portal republishing the province), each read with invented variants and the same words said of something else.
 */
class ExtractionSession8InfraTest {

    private static final String PROVINCE = "UBND TỈNH PHÚ THỌ\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";
    private static final String COMMUNE = "UBND XÃ AN BÌNH\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";
    private static final String DEPARTMENT = "SỞ TƯ PHÁP TỈNH NGHỆ AN\nBÁO CÁO kết quả công tác năm 2023\n";

    @Test
    void householdsOnFibreSaidWithHoOrSoHo() {
        assertValue("Toàn huyện có 67% hộ sử dụng cáp quang Internet băng rộng.", "soc.household_fiber_pct", "67");
        assertValue("Ngoài ra, 20% số hộ sử dụng dịch vụ Internet đường truyền băng thông rộng cáp quang.", "soc.household_fiber_pct", "20");
        assertValue("Đến nay có 71% hộ được lắp cáp quang.", "soc.household_fiber_pct", "71");
        assertValue("Có 35% hộ đang sử dụng dịch vụ truy cập Internet qua đường truyền cáp quang FTTH.", "soc.household_fiber_pct", "35");
        assertNone("Cáp quang đã kéo đến 100% thôn, 80% hộ có điện thoại thông minh.", "soc.household_fiber_pct");
        assertNone("Có 100% thôn có cáp quang, 80% số hộ có máy tính.", "soc.household_fiber_pct");
    }

    @Test
    void villageCentresWithMobileBroadbandSignal() {
        assertValueInText(PROVINCE + "Hiện có 1.562/1.568 (khoảng 99,6%) trung tâm thôn, tổ dân phố có sóng truy nhập internet băng rộng di động.\n",
                "soc.mobile_coverage_pct", "99.6");
        assertValue("Toàn huyện có 98% thôn, bản có sóng thông tin di động.", "soc.mobile_coverage_pct", "98");
        assertNone("Có 98% người dân có sóng thông tin di động.", "soc.mobile_coverage_pct");
    }

    @Test
    void everyOfficialEquippedWithAComputer() {
        assertValueInText(COMMUNE + "100% cán bộ công chức xã sử dụng máy tính đảm bảo cấu hình phục vụ công việc chuyên môn.\n",
                "infra.computer_per_staff_pct", "100");
        assertValueInText(COMMUNE + "Tất cả các phòng ban, đặc biệt là tại bộ phận một cửa, cán bộ, nhân viên đều được trang bị máy tính.\n",
                "infra.computer_per_staff_pct", "100");
        assertValueInText(COMMUNE + "Toàn bộ cán bộ, công chức của xã đều có máy vi tính làm việc.\n", "infra.computer_per_staff_pct", "100");
        assertValue("Các phòng được trang bị máy tính với 01 máy tính/01 cán bộ.", "infra.computer_per_staff_pct", "100");
        assertNone("Có 95% cán bộ, công chức sử dụng máy tính thành thạo.", "infra.computer_per_staff_pct");
        assertNone("100% cán bộ, công chức sử dụng máy tính được cài phần mềm diệt virus.", "infra.computer_per_staff_pct");
        assertNone("Các xã có 21 máy tính/cán bộ.", "infra.computer_per_staff_pct");
    }

    @Test
    void membersOfTeamsAreNoStaffTotal() {
        assertNone("Thành lập 86 tổ công nghệ số cộng đồng/86 thôn, khu phố với tổng số thành viên là 313 người.", "infra.staff_total");
        assertNone("Ban Chỉ đạo có tổng số thành viên là 25 người.", "infra.staff_total");
        assertValueInText(COMMUNE + "Tổng số cán bộ, công chức của xã là 24 người.\n", "infra.staff_total", "24");
    }

    @Test
    void everyDistrictOfAProvinceConnectedIsTheProvincesVideoConference() {
        assertValueInText(PROVINCE + "Toàn bộ 15/15 huyện, thành phố, thị xã triển khai hệ thống hội nghị truyền hình trực tuyến đến cấp xã.\n",
                "infra.video_conference", true);
        assertValueInText(PROVINCE + "Đến nay 11/11 huyện đã có phòng họp trực tuyến kết nối với tỉnh.\n", "infra.video_conference", true);
        assertValueInText("Toàn bộ 15/15 huyện, thành phố, thị xã triển khai hệ thống hội nghị truyền hình trực tuyến đến cấp xã.\n",
                "infra.video_conference", true);
        assertNoneInText(PROVINCE + "Đến nay 8/11 huyện đã có phòng họp trực tuyến.\n", "infra.video_conference");
        assertNone("15/15 huyện triển khai hệ thống hội nghị truyền hình trực tuyến.", "infra.video_conference");
    }

    @Test
    void aShareOfSchoolsOrBusinessesIsNotTheUnitsVideoConference() {
        assertNone("Nhờ đó, đến nay, 100% trường học trên địa bàn có phòng họp trực tuyến đảm bảo đủ thiết bị tối thiểu.", "infra.video_conference");
        assertNone("Có 80% doanh nghiệp sử dụng phần mềm họp trực tuyến.", "infra.video_conference");
        assertNone("Có 100% trường tiểu học có phòng họp trực tuyến.", "infra.video_conference");
        assertValue("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100% trường hợp.", "dvc.dossiers_on_time_pct", "100");
        assertValue("Đến nay 100% xã, thị trấn có phòng họp trực tuyến.", "infra.video_conference", true);
        assertValue("Huyện có 100% xã kết nối hệ thống hội nghị truyền hình trực tuyến.", "infra.video_conference", true);
    }

    @Test
    void casesCallsAndPetitionsAreNoDossiers() {
        assertNoneInText(DEPARTMENT + "Hòa giải cơ sở tiếp nhận 1.325 vụ việc, hòa giải thành 1.061 vụ việc.\n", "dvc.dossiers_received");
        assertNoneInText(DEPARTMENT + "Tổng đài 1022 tiếp nhận 3.450 cuộc gọi của người dân.\n", "dvc.dossiers_received");
        assertNoneInText(DEPARTMENT + "Sở tiếp nhận 25 đơn thư khiếu nại, tố cáo.\n", "dvc.dossiers_received");
        assertValueInText(DEPARTMENT + "Bộ phận một cửa của Sở tiếp nhận 1.325 hồ sơ.\n", "dvc.dossiers_received", "1325");
    }

    @Test
    void aLowerUnitsPortalRepublishingTheProvinceIsTheLowerUnit() {
        ReportHeader commune = header("Trang thông tin điện tử xã Việt Hưng (huyện Văn Lâm, tỉnh Hưng Yên)\n"
                + "Đề án chuyển đổi số tỉnh Hưng Yên giai đoạn 2021-2025\n\nNgày 25/02/2022, UBND tỉnh Hưng Yên ban hành Quyết định số 571/QĐ-UBND.\n");
        assertEquals(UnitLevel.COMMUNE, commune.level());
        assertEquals("UBND xã Việt Hưng", commune.unitName());
        ReportHeader district = header("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG LÁT\nGiao chỉ tiêu chuyển đổi số trên địa bàn tỉnh Thanh Hóa\n\n"
                + "Tỉnh Thanh Hóa đã giao chỉ tiêu cho các huyện, thị xã, thành phố.\n");
        assertEquals(UnitLevel.DISTRICT, district.level());
        assertEquals("UBND huyện Mường Lát", district.unitName());
        ReportHeader city = header("CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HÀ NỘI\nHà Nội đẩy mạnh chuyển đổi số\n\nThành phố Hà Nội đã triển khai "
                + "nhiều nền tảng số.\n");
        assertEquals(UnitLevel.PROVINCE, city.level());
    }

    @Test
    void aNewsItemAboutOneDepartmentsWorkIsThatDepartments() {
        ReportHeader health = header("BÁO GIA LAI\nGia Lai: 100% cơ sở y tế hoàn thành bệnh án điện tử\n01/10/2025\n\nTheo Sở Y tế, đến nay toàn "
                + "tỉnh có 45 bệnh viện triển khai bệnh án điện tử. Sở Y tế cũng đã đưa vào vận hành kiosk thông minh.\n");
        assertEquals(UnitLevel.DEPARTMENT, health.level());
        assertEquals("Sở Y tế tỉnh Gia Lai", health.unitName());
        ReportHeader schools = header("BÁO ĐẠI ĐOÀN KẾT\nHà Nội triển khai học bạ số\n\nSở GDĐT Hà Nội cho biết 100% trường tiểu học đã "
                + "dùng học bạ số. Năm học tới, Sở GD&ĐT sẽ mở rộng ra các cấp học khác.\n");
        assertEquals("Sở Giáo dục và Đào tạo thành phố Hà Nội", schools.unitName());
        ReportHeader province = header("BÁO NGHỆ AN\nNghệ An đẩy mạnh chuyển đổi số\n\nTheo Sở Thông tin và Truyền thông, tỉnh Nghệ An "
                + "đã cấp 3.000 chữ ký số. Sở Thông tin và Truyền thông cũng đã triển khai nền tảng họp trực tuyến.\n");
        assertEquals(UnitLevel.PROVINCE, province.level());
        ReportHeader twoDepartments = header("BÁO NGHỆ AN\nNghệ An đẩy mạnh chuyển đổi số\n\nSở Y tế và Sở Tư pháp đã số hóa hồ sơ. "
                + "Sở Y tế triển khai bệnh án điện tử; Sở Tư pháp cấp phiếu lý lịch tư pháp trực tuyến.\n");
        assertEquals(UnitLevel.PROVINCE, twoDepartments.level());
        ReportHeader letter = header("UBND TỈNH NGHỆ AN\nBÁO CÁO kết quả chuyển đổi số năm 2023\n\nSở Y tế đã triển khai bệnh án điện tử. "
                + "Sở Y tế cũng đã đưa vào vận hành kiosk thông minh.\n");
        assertEquals(UnitLevel.PROVINCE, letter.level());
    }

    @Test
    void aDepartmentsPortalHeadliningACommuneIsTheCommunes() {
        ReportHeader opens = header("SỞ THÔNG TIN VÀ TRUYỀN THÔNG AN GIANG\nXã Tân An, thị xã Tân Châu đạt 04/04 chỉ tiêu về thông tin và "
                + "truyền thông\n\nHiện nay, xã Tân An đã đạt 04 chỉ tiêu thuộc tiêu chí 8.\n");
        assertEquals(UnitLevel.COMMUNE, opens.level());
        assertEquals("UBND xã Tân An", opens.unitName());
        ReportHeader recognised = header("Sở Nông nghiệp và Môi trường tỉnh Đồng Tháp\nLễ công bố quyết định công nhận phường Mỹ Phú đạt chuẩn "
                + "đô thị văn minh năm 2025\n\nSáng ngày 09/5/2025, tại phường Mỹ Phú diễn ra lễ công bố.\n");
        assertEquals("UBND phường Mỹ Phú", recognised.unitName());
        ReportHeader report = header("SỞ TƯ PHÁP TỈNH NGHỆ AN\nBÁO CÁO kết quả chuyển đổi số năm 2023\n\nXã Nghi Lộc đã được Sở hỗ trợ.\n");
        assertEquals(UnitLevel.DEPARTMENT, report.level());
        assertNoneInText("SỞ THÔNG TIN VÀ TRUYỀN THÔNG AN GIANG\nXã Tân An đạt chuẩn nông thôn mới\n\nHiện nay, xã Tân An đã đạt 04 chỉ "
                + "tiêu thuộc tiêu chí 8 về thông tin và truyền thông trong xây dựng nông thôn mới.\n", "dir.plan_targets_met");
    }

    @Test
    void theDxDepartmentsMastheadOverTheProvincesNewsIsTheProvinces() {
        ReportHeader province = header("SỞ THÔNG TIN VÀ TRUYỀN THÔNG ĐỒNG NAI\nĐồng Nai đẩy mạnh chuyển đổi số\n(2022)\n\nNăm 2021, tỉnh Đồng Nai "
                + "nằm trong nhóm 10 địa phương dẫn đầu.\n");
        assertEquals("UBND tỉnh Đồng Nai", province.unitName());
        ReportHeader named = header("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NINH BÌNH\nChuyển đổi số thúc đẩy phát triển kinh tế - xã hội tỉnh Ninh Bình\n\n"
                + "Năm 2025, kinh tế tỉnh tiếp tục tăng trưởng.\n");
        assertEquals(UnitLevel.PROVINCE, named.level());
        ReportHeader sector = header("SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH AN GIANG\n15 năm phát triển của ngành Thông tin và Truyền thông tỉnh An Giang\n\n"
                + "Ngày 23/12/2004, UBND tỉnh ban hành quyết định thành lập Sở.\n");
        assertEquals(UnitLevel.DEPARTMENT, sector.level());
        ReportHeader otherDepartment = header("SỞ Y TẾ TỈNH ĐỒNG NAI\nĐồng Nai đẩy mạnh bệnh án điện tử\n\nNăm 2024, các bệnh viện đã triển khai.\n");
        assertEquals(UnitLevel.DEPARTMENT, otherDepartment.level());
    }

    @Test
    void aLowerUnitPlacedInItsProvinceOpeningANewsItemIsTheSubject() {
        ReportHeader district = header("BÁO LONG AN\nĐức Huệ chú trọng chuyển đổi số cấp xã\n15/03/2023 - 10:00\n\nUBND huyện Đức Huệ, tỉnh Long An "
                + "triển khai kế hoạch chuyển đổi số cấp xã.\n");
        assertEquals("UBND huyện Đức Huệ", district.unitName());
        ReportHeader commune = header("BÁO NGHỆ AN\nMột xã vùng cao làm chuyển đổi số\n\nXã Tam Hợp, huyện Tương Dương, tỉnh Nghệ An đã triển khai "
                + "nền tảng số cho người dân.\n");
        assertEquals(UnitLevel.COMMUNE, commune.level());
    }

    @Test
    void theProvincesFiguresOnACommunePortalAreNotTheCommunes() {
        assertNoneInText("Trang thông tin điện tử xã Việt Hưng (huyện Văn Lâm, tỉnh Hưng Yên)\nĐề án chuyển đổi số tỉnh Hưng Yên\n\n"
                + "Tỉ lệ văn bản đi/đến được chuyển hoàn toàn điện tử trên môi trường mạng giữa các cơ quan nhà nước trên địa bàn tỉnh đạt trên 98%.\n",
                "doc.electronic_pct");
    }

    private static ReportHeader header(String text) {
        return ReportHeader.detect(NormalizedText.of(text));
    }
}
