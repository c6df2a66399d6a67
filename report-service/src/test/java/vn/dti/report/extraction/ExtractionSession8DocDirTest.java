package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Session 8, the doc, dir and hr families: classes of wording seen in the session-7 held-out part and in other dev sources, each
 * checked with invented variants (a province's, a district's or an unheaded text).
 */
class ExtractionSession8DocDirTest {

    private static final String PROVINCE = "UBND TỈNH AN GIANG\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";
    private static final String NEWS = "BÁO AN GIANG\nChuyển đổi số mang nhiều tiện ích đến người dân\n";

    private static String province(String body) {
        return PROVINCE + body + "\n";
    }

    @Test
    void aProvincesDocumentShareSplitByTiersIsItsOwnInTheProvincialTiersItem() {
        assertValueInText(province("Tính đến giữa năm 2023, tỉnh có 87,74% hồ sơ công việc được xử lý trên môi trường mạng đối với cấp tỉnh, "
                + "85,79% đối với cấp huyện và 76,28% đối với cấp xã."), "doc.electronic_pct", "87.74");
        assertValueInText(province("Có 92% văn bản được xử lý trên môi trường mạng ở cấp tỉnh; 85% ở cấp huyện; 70% ở cấp xã."),
                "doc.electronic_pct", "92");
        assertValueInText(province("Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng ở các sở, ban, ngành của tỉnh "
                + "đạt trên 99%; cấp huyện đạt gần 88%; cấp xã đạt trên 70%."), "doc.electronic_pct", "99");
        assertValueInText(province("Tỷ lệ văn bản được ký số đạt 98% ở cấp tỉnh, 90% ở cấp huyện và 80% ở cấp xã."), "doc.signed_pct", "98");
        // a text of unknown level that splits over all three tiers is a province's
        assertValueInText(NEWS + "Tỷ lệ xử lý văn bản trên môi trường mạng ở các sở, ban, ngành của tỉnh đạt 97%; cấp huyện đạt 90%; cấp xã đạt 75%.\n",
                "doc.electronic_pct", "97");
    }

    @Test
    void theCountrysSplitAndOtherElementsSplitsStayExcluded() {
        assertNoneInText(province("Cả nước có 90% văn bản được xử lý trên môi trường mạng đối với cấp tỉnh, 80% đối với cấp huyện."),
                "doc.electronic_pct");
        // the per-tier computer shares stay parts (session 7: p16, n137)
        assertNoneInText(province("Tỷ lệ máy tính/CBCC cấp tỉnh đạt 100%, cấp huyện đạt 95%, cấp xã đạt 82%."), "infra.computer_per_staff_pct");
    }

    @Test
    void aShareAfterACommaIsTheNextItemWhenThePhraseHasItsShareBefore() {
        assertValueInText(province("Có 95% hồ sơ công việc được xử lý trên môi trường mạng tại cấp tỉnh, 80% tại cấp huyện."),
                "doc.electronic_pct", "95");
        assertValue("Có 96% văn bản được xử lý trên môi trường mạng, 100% văn bản được ký số.", "doc.electronic_pct", "96");
        assertValue("Tỷ lệ văn bản được xử lý trên môi trường mạng, trừ văn bản mật, đạt 98%.", "doc.electronic_pct", "98");
    }

    @Test
    void signingCoordinatedWithElectronicSendingGivesBothShares() {
        String softwareSigns = "Hệ thống quản lý văn bản thực hiện ký số, gửi nhận điện tử đạt 93% trên toàn huyện.";
        assertValue(softwareSigns, "doc.electronic_pct", "93");
        assertValue(softwareSigns, "doc.signed_pct", "93");
        String signedAndSent = "98,5% các văn bản điện tử được ứng dụng chữ ký số và gửi/nhận giữa các cơ quan, đơn vị trên phần mềm.";
        assertValue(signedAndSent, "doc.electronic_pct", "98.5");
        assertValue(signedAndSent, "doc.signed_pct", "98.5");
        assertValue("Văn bản ứng dụng chữ ký số và gửi nhận qua hệ thống đạt tỷ lệ 96%.", "doc.electronic_pct", "96");
        assertValue("Tỷ lệ văn bản được ký số và gửi, nhận trên môi trường mạng đạt 97%.", "doc.electronic_pct", "97");
        // signing alone stays the signed share only
        assertNone("100% văn bản điện tử gửi, nhận giữa các cơ quan được ký số.", "doc.electronic_pct");
        assertNone("Tỷ lệ văn bản đi được ký số đạt 97%.", "doc.electronic_pct");
    }

    @Test
    void theCommitteesTitleHoldersAndTheResolution57CommitteeAreTheUnitsCommittee() {
        assertValue("Theo Phó Chủ tịch UBND huyện, Phó Trưởng ban Thường trực Ban Chỉ đạo CĐS huyện An Phú, chuyển đổi số là việc lâu dài.",
                "dir.steering_committee", true);
        assertValue("Ông Nguyễn Văn A, Phó Trưởng ban Ban Chỉ đạo chuyển đổi số huyện, cho biết kết quả.", "dir.steering_committee", true);
        assertValue("Ban Chỉ đạo thực hiện Nghị quyết 57 của huyện đã tổ chức hội nghị sơ kết.", "dir.steering_committee", true);
        assertValueInText("UBND XÃ BÌNH HÒA\nBÁO CÁO kết quả năm 2025\nBí thư Đảng ủy, Trưởng Ban Chỉ đạo thực hiện Nghị quyết số 57 xã Bình Hòa "
                + "trao bản cam kết cho bí thư các chi bộ thôn.\n", "dir.steering_committee", true);
        assertValue("Huyện đã kiện toàn Ban Chỉ đạo thực hiện Nghị quyết số 57.", "dir.steering_committee", true);
    }

    @Test
    void lowerBodiesCommitteesAreTheirs() {
        assertNoneInText(NEWS + "Theo báo cáo của UBND tỉnh, đến nay, tất cả sở, ban, ngành, UBND cấp huyện đã thành lập ban chỉ đạo về CĐS.\n",
                "dir.steering_committee");
        assertNoneInText(province("100% sở, ngành và UBND các huyện đã thành lập Ban Chỉ đạo chuyển đổi số."), "dir.steering_committee");
        assertNone("Các xã đã thành lập Ban Chỉ đạo chuyển đổi số.", "dir.steering_committee");
        assertValue("Huyện đã thành lập Ban Chỉ đạo chuyển đổi số, Tổ giúp việc cấp huyện, xã.", "dir.steering_committee", true);
    }

    @Test
    void aProvincesLowerTiersAsTheSubjectKeepTheCommunityTeamsTheProvinces() {
        String communes = "Đối với cấp xã, đã tổ chức trên 4.000 tổ Công nghệ số cộng đồng với trên 15.000 thành viên.";
        assertValueInText(province(communes), "hr.community_tech_teams", "4000");
        assertValueInText(province(communes), "hr.community_tech_members", "15000");
        String districts = "Các huyện, thị xã, thành phố thành lập 733 Tổ công nghệ số cộng đồng đến 100% cấp thôn với hơn 3.000 thành viên.";
        assertValueInText(NEWS + districts + "\n", "hr.community_tech_teams", "733");
        assertValueInText(province(districts), "hr.community_tech_members", "3000");
        assertNoneInText(province("Cả nước, các huyện, thị xã đã thành lập 80.000 tổ công nghệ số cộng đồng."), "hr.community_tech_teams");
        // in a district's report another district's teams stay excluded
        assertNone(districts, "hr.community_tech_teams");
    }

    @Test
    void otherKindsOfTeamsAreNoCommunityTechTeams() {
        assertNone("Huyện có tổ công nghệ số cộng đồng ở các thôn; thành lập 16 tổ hỗ trợ kỹ thuật với 79 thành viên.", "hr.community_tech_teams");
        assertNone("Cùng với tổ công nghệ số cộng đồng, huyện lập 12 tổ công tác hỗ trợ người dân.", "hr.community_tech_teams");
        assertNone("Bên cạnh tổ công nghệ số cộng đồng, huyện có 5 tổ tình nguyện hỗ trợ dịch vụ công.", "hr.community_tech_teams");
        assertValue("Huyện đã thành lập 120 tổ công nghệ số cộng đồng với 600 thành viên.", "hr.community_tech_teams", "120");
    }

    @Test
    void aPlanDocumentTitledForOneYearIsThePlanOfItsPeriod() {
        assertValueInText("ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 194/KH-UBND\nAn Giang, ngày 15 tháng 12 năm 2022\n\nKẾ HOẠCH\n"
                + "PHÁT TRIỂN CHÍNH QUYỀN SỐ, CHUYỂN ĐỔI SỐ VÀ ĐẢM BẢO AN TOÀN THÔNG TIN MẠNG TỈNH AN GIANG NĂM 2023\n\n"
                + "I. CĂN CỨ LẬP KẾ HOẠCH\n- Nghị định số 45/2020/NĐ-CP của Chính phủ.\n", "dir.annual_plan", true);
        assertValueInText("UBND HUYỆN AN PHÚ\nSố: 27/KH-UBND\n\nKẾ HOẠCH\nChuyển đổi số trên địa bàn huyện An Phú năm 2024\n\n"
                + "Căn cứ Quyết định số 942/QĐ-TTg của Thủ tướng Chính phủ.\n", "dir.annual_plan", true);
        // the next year's plan whose Part I reviews the year before is the next period's; several years are no annual plan
        assertNoneInText("ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 99/KH-UBND\n\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ TỈNH AN GIANG NĂM 2024\n\nPhần I\n"
                + "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2023\n", "dir.annual_plan");
        assertNoneInText("ỦY BAN NHÂN DÂN TỈNH AN GIANG\n\nKẾ HOẠCH\nPHÁT TRIỂN HẠ TẦNG SỐ TỈNH AN GIANG GIAI ĐOẠN 2023 - 2025\n\n"
                + "Căn cứ Nghị quyết số 52/NQ-CP.\n", "dir.annual_plan");
        assertNone("Ngày 8/4/2023, huyện đã ban hành Kế hoạch số 23/KH-UBND thực hiện chuyển đổi số ngành giáo dục đến năm 2025, tầm nhìn "
                + "đến năm 2030.", "dir.annual_plan");
    }

    @Test
    void learnersWhoAreOfficialsAreTrainedStaff() {
        assertValue("Gần 1.000 học viên là cán bộ lãnh đạo, chuyên viên của 69 xã, phường mới đã tham gia chương trình tập huấn.",
                "hr.trained_staff", "1000");
        assertValue("Lớp bồi dưỡng có 120 học viên là công chức các phòng, ban.", "hr.trained_staff", "120");
        assertNone("Tập huấn cho 200 học viên là người dân các thôn.", "hr.trained_staff");
    }

    @Test
    void outgoingDocumentsToWhichSignaturesAreAppliedAreTheSignedShare() {
        assertValueInText("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nBÁO CÁO 6 tháng đầu năm 2022\nĐến nay, 100% văn bản đi của Sở Văn hoá, Thể thao "
                + "và Du lịch được áp dụng chữ ký số (trừ các văn bản có nội dung mật).\n", "doc.signed_pct", "100");
        assertValue("Có 95% văn bản phát hành được áp dụng chữ ký số.", "doc.signed_pct", "95");
        // pupils' records signed digitally are no share of the unit's documents
        assertNone("Tỷ lệ học bạ số được ký số trên tổng số học sinh tiểu học đạt 97,6%.", "doc.signed_pct");
    }

    @Test
    void theRateOfProcessingDocumentsOrWorkFilesIsTheElectronicShare() {
        assertValue("Cán bộ, công chức của huyện thành thạo phần mềm quản lý văn bản, giúp tỷ lệ xử lý văn bản, hồ sơ trực tuyến đạt 100%.",
                "doc.electronic_pct", "100");
        assertValue("Tỷ lệ xử lý hồ sơ công việc trên môi trường mạng của huyện đạt 92%.", "doc.electronic_pct", "92");
        assertValueInText(NEWS + "Tỷ lệ xử lý hồ sơ công việc và ký số văn bản điện tử trung bình cấp tỉnh đạt 96,25%; cấp huyện đạt 96,72%, "
                + "cấp xã đạt 98,3%.\n", "doc.electronic_pct", "96.25");
        // dossiers of administrative procedures are another element
        assertNone("Tỷ lệ xử lý hồ sơ thủ tục hành chính trực tuyến đạt 95%.", "doc.electronic_pct");
        assertNone("Tỷ lệ hồ sơ trực tuyến đạt 60%.", "doc.electronic_pct");
    }

    @Test
    void aPlanForTheYearAfterTheReviewedOneIsTheNextPeriodsPlan() {
        // the header gives no period: the text's one reviewed year is the plan document's period
        String review = "\nPhần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024\n\nI. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2024\n\n"
                + "Tỷ lệ văn bản được ký số đạt 98%.\n";
        assertNoneInText("UBND TỈNH AN GIANG\nKế hoạch số 122/KH-UBND ngày 29 tháng 10 năm 2024 – Chuyển đổi số tỉnh An Giang năm 2025\n" + review,
                "dir.annual_plan");
        assertNoneInText("VĂN PHÒNG UBND TỈNH AN GIANG\nKế hoạch chuyển đổi số của Văn phòng UBND tỉnh năm 2025\n" + review, "dir.annual_plan");
        // the reviewed year's own plan stays
        assertValueInText("UBND TỈNH AN GIANG\nThực hiện Kế hoạch chuyển đổi số tỉnh An Giang năm 2024, các cơ quan đã hoàn thành nhiệm vụ.\n" + review,
                "dir.annual_plan", true);
    }
}
