package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Session 7: classes of wording of the infrastructure, society, security and budget elements and of the scope by level (a
 * province's figure split by tier, the district's own tier at the end of a list of tiers, the province as the subject in a
 * department's report), each read with invented variants and the same words said of something else.
 */
class ExtractionSession7InfraSocSecTest {

    private static final String PROVINCE = "UBND TỈNH PHÚ THỌ\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";
    private static final String DEPARTMENT = "SỞ TƯ PHÁP TỈNH NGHỆ AN\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";
    private static final String COMMUNE = "UBND XÃ AN BÌNH\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";

    @Test
    void aProvincesShareStatedTierByTierIsNoTotal() {
        assertNoneInText(PROVINCE + "Hạ tầng CNTT: Tỷ lệ cán bộ công chức (CBCC) cấp sở, cấp huyện được trang bị máy tính phục vụ công tác "
                + "đạt tỷ lệ: 100%; cấp xã đạt tỷ lệ: 82%.\n", "infra.computer_per_staff_pct");
        assertNoneInText(PROVINCE + "Tỷ lệ cán bộ công chức có máy tính sử dụng ở mức cao: 100% cán bộ, công chức cấp tỉnh, 100% cán bộ "
                + "công chức cấp huyện, trên 80% cán bộ công chức cấp xã có máy tính sử dụng trong công việc.\n", "infra.computer_per_staff_pct");
        assertNoneInText(PROVINCE + "Tỷ lệ máy tính/cán bộ, công chức trong các cơ quan nhà nước cấp tỉnh, cấp huyện đạt 100%; cấp xã đạt "
                + "trên 95%.\n", "infra.computer_per_staff_pct");
        assertNoneInText(PROVINCE + "Tỷ lệ văn bản điện tử được ký số cấp tỉnh đạt 98%, cấp huyện đạt 92%, cấp xã đạt 85%.\n", "doc.signed_pct");
    }

    @Test
    void aProvincesTotalBeforeItsTiersAndAShareOverAllTiersStay() {
        assertValueInText(PROVINCE + "Tỷ lệ cán bộ, công chức được trang bị máy tính toàn tỉnh đạt 96%; trong đó cấp tỉnh đạt 100%, cấp xã "
                + "đạt 90%.\n", "infra.computer_per_staff_pct", "96");
        assertValueInText(PROVINCE + "Tỷ lệ cán bộ, công chức từ cấp tỉnh đến cấp xã được trang bị máy tính đạt 100%.\n",
                "infra.computer_per_staff_pct", "100");
        assertValueInText(PROVINCE + "Tỷ lệ cán bộ, công chức được trang bị máy tính đạt 100%, tăng 4% so với năm trước.\n",
                "infra.computer_per_staff_pct", "100");
    }

    @Test
    void aListOfTiersEndingWithTheDistrictsOwnIsTheDistricts() {
        assertValue("100% cán bộ, công chức cấp xã, huyện được trang bị máy tính làm việc.", "infra.computer_per_staff_pct", "100");
        assertValue("Đến nay 100% cán bộ, công chức cấp xã và huyện đã được trang bị máy tính.", "infra.computer_per_staff_pct", "100");
        assertNone("100% cán bộ, công chức cấp xã được trang bị máy tính làm việc.", "infra.computer_per_staff_pct");
        assertNone("Tại các xã, 100% cán bộ, công chức cấp xã, thị trấn được trang bị máy tính làm việc.", "infra.computer_per_staff_pct");
    }

    @Test
    void theProvinceAsTheSubjectIsNotADepartmentsFigure() {
        assertNoneInText(DEPARTMENT + "Nghệ An đạt 100% văn bản hành chính được phát hành dưới dạng điện tử.\n", "doc.electronic_pct");
        assertNoneInText(DEPARTMENT + "Năm 2023, tỉnh Nghệ An đã có 98% văn bản đi được ký số.\n", "doc.signed_pct");
        assertValueInText(DEPARTMENT + "Sở đạt 100% văn bản hành chính được phát hành dưới dạng điện tử.\n", "doc.electronic_pct", "100");
        assertValueInText(DEPARTMENT + "Thực hiện kế hoạch của tỉnh Nghệ An, Sở đã có 98% văn bản đi được ký số.\n", "doc.signed_pct", "98");
    }

    @Test
    void theStaffTotalOfTheCommuneFormLabelledWithItsAbbreviation() {
        assertValueInText(COMMUNE + "A. Thông tin chung\n3. Tổng số cán bộ công chức (CBCC) 19\n4. Tổng số doanh nghiệp (DN) trên địa bàn: 5\n",
                "infra.staff_total", "19");
        assertValueInText(COMMUNE + "Tổng số cán bộ, công chức (CBCC) 21 người.\n", "infra.staff_total", "21");
        assertValueInText(COMMUNE + "- Tổng số cán bộ, công chức, viên chức (CBCCVC) 34\n", "infra.staff_total", "34");
        assertNoneInText(COMMUNE + "Tổng số cán bộ công chức (CBCC) được tập huấn 19\n", "infra.staff_total");
    }

    @Test
    void oneComputerPerCivilServantIsEveryoneEquipped() {
        assertValue("Hạ tầng CNTT cơ bản đáp ứng hoạt động của cơ quan nhà nước với tỷ lệ 1 máy tính/cán bộ, công chức.",
                "infra.computer_per_staff_pct", "100");
        assertValue("Các phòng, ban đã bảo đảm bình quân 01 máy tính/01 cán bộ, công chức.", "infra.computer_per_staff_pct", "100");
        assertNone("Các phòng, ban có 21 máy tính/cán bộ công chức.", "infra.computer_per_staff_pct");
        assertNone("Huyện phấn đấu đến năm 2025 đạt tỷ lệ 1 máy tính/cán bộ, công chức.", "infra.computer_per_staff_pct");
        assertNone("Các xã chưa đạt tỷ lệ 1 máy tính/cán bộ, công chức.", "infra.computer_per_staff_pct");
    }

    @Test
    void residentsWithADigitalIdentity() {
        assertValue("Theo kết quả năm 2023, 100% dân số trên địa bàn huyện có danh tính số; 81,05% hộ gia đình có Internet cáp quang.",
                "soc.vneid_residents_pct", "100");
        assertValue("Đến nay 95% người dân trưởng thành trên địa bàn có danh tính số.", "soc.vneid_residents_pct", "95");
        assertNone("Đến nay 100% cán bộ, công chức có danh tính số.", "soc.vneid_residents_pct");
        assertNone("Huyện phấn đấu 100% dân số có danh tính số vào năm 2025.", "soc.vneid_residents_pct");
    }

    @Test
    void billionsWithoutTheWordDongAreMoneyWhereTheStatementEnds() {
        assertValueInText(PROVINCE + "Kinh phí phân bổ hằng năm cho lĩnh vực công nghệ thông tin của tỉnh là khoảng 30 tỷ, chiếm 0,3% tổng chi "
                + "ngân sách tỉnh.\n", "fin.dx_budget", "30000000000");
        assertValue("Tổng kinh phí đầu tư cho chuyển đổi số năm 2023 hơn 5,2 tỷ.", "fin.dx_budget", "5200000000");
        assertValue("Tổng kinh phí đầu tư cho chuyển đổi số năm 2023 là 5,2 tỷ đồng.", "fin.dx_budget", "5200000000");
        assertNone("Kinh phí chuyển đổi số của cả nước năm 2023 đạt 1,2 tỷ USD.", "fin.dx_budget");
        assertNone("Kinh phí chuyển đổi số năm 2023 là 3 triệu, tăng so với năm trước.", "fin.dx_budget");
    }

    @Test
    void aPlanOfTheProvincesPeoplesCommitteeIsNotItsOfficesPlan() {
        String office = "VĂN PHÒNG UBND TỈNH LAI CHÂU\nBÁO CÁO kết quả chuyển đổi số năm 2025\n";
        assertNoneInText(office + "Văn phòng UBND tỉnh triển khai các giải pháp để hoàn thành mục tiêu theo Kế hoạch số 4732/KH-UBND ngày "
                + "21/11/2024 của UBND tỉnh về chuyển đổi số năm 2025.\n", "dir.annual_plan");
        assertValueInText(office + "Văn phòng UBND tỉnh đã ban hành Kế hoạch số 12/KH-VPUBND ngày 10/01/2025 về chuyển đổi số năm 2025.\n",
                "dir.annual_plan", true);
        assertValueInText(office + "Năm 2025, Văn phòng đã ban hành Kế hoạch chuyển đổi số năm 2025 của Văn phòng UBND tỉnh.\n",
                "dir.annual_plan", true);
        assertValueInText("UBND TỈNH LAI CHÂU\nBÁO CÁO kết quả chuyển đổi số năm 2025\nUBND tỉnh đã ban hành Kế hoạch số 4732/KH-UBND ngày "
                + "21/11/2024 của UBND tỉnh về chuyển đổi số năm 2025.\n", "dir.annual_plan", true);
    }

    @Test
    void workstationsAreDesktops() {
        assertValue("Huyện có 46 máy chủ, 1.277 máy trạm tại các cơ quan nhà nước.", "infra.desktops", "1277");
        assertValue("Số máy tính để bàn của các phòng, ban chuyên môn là 120 máy.", "infra.desktops", "120");
        assertNone("100% máy chủ, máy trạm được cài đặt phần mềm diệt virus.", "infra.desktops");
    }

    @Test
    void peopleUsingAServiceAreNoStaff() {
        assertNone("Huyện hiện có 72,1 nghìn người sử dụng Internet.", "infra.staff_total");
        assertNone("Cổng thông tin của huyện hiện có 3.500 người dùng thường xuyên.", "infra.staff_total");
        assertValue("Cơ quan hiện có 52 người, trong đó 40 công chức.", "infra.staff_total", "52");
    }

    @Test
    void aShareOfTheUnitsOfficesIsNoShareOfDocuments() {
        String department = "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THANH HÓA\nBÁO CÁO kết quả chuyển đổi số năm 2024\n";
        assertNoneInText(department + "100% các phòng, đơn vị trực thuộc đã thực hiện việc trao đổi và xử lý văn bản, hồ sơ liên thông trên "
                + "môi trường mạng.\n", "doc.electronic_pct");
        assertNoneInText(department + "100% phòng, ban đã thực hiện việc trao đổi văn bản trên môi trường mạng.\n", "doc.electronic_pct");
        assertValueInText(department + "Tỷ lệ văn bản trao đổi trên môi trường mạng giữa các phòng đạt 100%.\n", "doc.electronic_pct", "100");
    }

    @Test
    void teamsCountedTierByTierHaveNoTotal() {
        assertNone("Toàn huyện hiện có 10 tổ công nghệ số cộng đồng cấp xã, 100 tổ cấp thôn với trên 600 thành viên.",
                "hr.community_tech_teams");
        assertNone("Huyện đã thành lập 08 tổ công nghệ cấp xã, phường và 117 tổ công nghệ thôn, tổ với tổng số 756 người tham gia.",
                "hr.community_tech_teams");
        assertValue("Toàn huyện hiện có 10 tổ công nghệ số cộng đồng cấp xã, 100 tổ cấp thôn với trên 600 thành viên.",
                "hr.community_tech_members", "600");
        assertValue("Toàn huyện có 110 tổ công nghệ số cộng đồng, trong đó 10 tổ cấp xã và 100 tổ cấp thôn.", "hr.community_tech_teams", "110");
        assertValue("Huyện đã thành lập 125 tổ công nghệ số cộng đồng ở 125 tổ dân phố, với 375 thành viên.", "hr.community_tech_teams", "125");
        assertValueInText(PROVINCE + "Tỉnh đã thành lập gần 450 Tổ công nghệ số cộng đồng cấp xã và khóm, ấp với gần 3.000 thành viên.\n",
                "hr.community_tech_teams", "450");
    }

    @Test
    void onlineMeetingsHeldByABodyNamedAsThePassivesAgent() {
        assertValue("Các hoạt động hội nghị, cuộc họp trực tuyến được huyện triển khai ổn định từ huyện đến các xã.",
                "infra.video_conference", true);
        assertValue("Các cuộc họp trực tuyến được UBND huyện tổ chức thường xuyên với các xã.", "infra.video_conference", true);
        assertNone("Nhiều cuộc họp trực tuyến được tổ chức, tiết kiệm thời gian và chi phí đi lại.", "infra.video_conference");
        assertNone("Số lượng cuộc họp trực tuyến được nâng lên, các xã tham gia đầy đủ.", "infra.video_conference");
    }

    @Test
    void moneyForACountOfItProjects() {
        assertValueInText(PROVINCE + "Từ đầu năm 2023 đến nay, tỉnh đã phê duyệt 2.450 triệu đồng để triển khai thực hiện 5 dự án CNTT.\n",
                "fin.dx_budget", "2450000000");
        assertValue("Năm 2023, huyện bố trí 3,2 tỷ đồng cho 4 dự án chuyển đổi số.", "fin.dx_budget", "3200000000");
        assertValue("Năm 2023, huyện bố trí 850 triệu đồng cho các dự án công nghệ thông tin.", "fin.dx_budget", "850000000");
        assertNone("Năm 2023, huyện bố trí 3,2 tỷ đồng cho 4 dự án giao thông nông thôn.", "fin.dx_budget");
    }

    @Test
    void inADistrictsReportAnotherTiersShareIsNotItsOwn() {
        assertNone("Năm 2023, tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 100% đối với cấp tỉnh; 90% đối với cấp huyện; "
                + "70% đối với cấp xã.", "doc.electronic_pct");
        assertValue("Tỷ lệ cán bộ, công chức cấp huyện được trang bị máy tính đạt 100%, cấp xã đạt 95%.", "infra.computer_per_staff_pct", "100");
    }
}
