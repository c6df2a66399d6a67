package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertNoneInText;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.assertValueInText;

import org.junit.jupiter.api.Test;

/**
 * Session 7, the doc, dir and hr families: classes of wording that recur across independent dev sources, each checked with the
 * corpus wording and invented variants, under a district report header for 2023.
 */
class ExtractionSession7DocDirTest {

    @Test
    void documentsThatAreSignedGiveTheSignedShareNotTheElectronicOne() {
        String longSubject = "Đảm bảo 100% văn bản điện tử gửi, nhận giữa các cơ quan hành chính nhà nước từ cấp huyện đến cấp tỉnh, cấp xã được ký số"
                + " thay thế văn bản giấy.";
        assertValue(longSubject, "doc.signed_pct", "100");
        assertNone(longSubject, "doc.electronic_pct");
        String sentOut = "Có 98% văn bản điện tử gửi đi từ UBND huyện tới các xã, thị trấn và các cơ quan chuyên môn được ký số.";
        assertValue(sentOut, "doc.signed_pct", "98");
        assertNone(sentOut, "doc.electronic_pct");
        String exchanged = "Tỷ lệ văn bản trao đổi dưới dạng điện tử được ký số theo quy định đạt khoảng 90%; tỷ lệ này tại cấp xã đạt khoảng 60%.";
        assertValue(exchanged, "doc.signed_pct", "90");
        assertNone(exchanged, "doc.electronic_pct");
        assertNone("Tỷ lệ văn bản điện tử có ký số của huyện đạt 97%.", "doc.electronic_pct");
        // documents exchanged electronically, with nothing said of signing, stay the electronic share
        assertValue("100% văn bản điện tử gửi nhận giữa các cơ quan trên địa bàn huyện.", "doc.electronic_pct", "100");
        assertValue("Văn bản được ký số (trừ văn bản mật) đạt 100% và trao đổi hoàn toàn dưới dạng điện tử trên môi trường mạng.",
                "doc.electronic_pct", "100");
    }

    @Test
    void documentsOutAndInCalledHoSoCarryTheSignedShare() {
        assertValue("Tỷ lệ hồ sơ đi và đến trên Phần mềm TDOffice có ký số của lãnh đạo và cơ quan từ cấp huyện đến cấp xã đều đạt 100%.",
                "doc.signed_pct", "100");
        assertValue("Tỷ lệ hồ sơ đi có ký số đạt 99%.", "doc.signed_pct", "99");
        assertValue("Đối với văn bản đi, trong số 5.110 hồ sơ phát hành thì có 4.494 hồ sơ ký số (chiếm tỷ lệ 88%).", "doc.signed_pct", "88");
        assertValue("Tỷ lệ văn bản ký số của huyện đạt 97,5%.", "doc.signed_pct", "97.5");
        // dossiers of administrative procedures are not documents, leaders holding signatures are another share
        assertNone("Tỷ lệ hồ sơ thủ tục hành chính được ký số kết quả đạt 90%.", "doc.signed_pct");
        assertNone("100% lãnh đạo được cấp chữ ký số.", "doc.signed_pct");
        assertNone("Trong năm, có 12.000 hồ sơ trực tuyến, trong đó 8.000 hồ sơ ký số (chiếm tỷ lệ 66%).", "doc.signed_pct");
        assertNone("Tỷ lệ hồ sơ ký số kết quả giải quyết thủ tục hành chính đạt 95%.", "doc.signed_pct");
    }

    @Test
    void aShareOfDivisionsOrAgenciesIsNoShareOfDocuments() {
        assertNone("Đặc biệt, 100% các phòng, đơn vị trực thuộc đã thực hiện việc trao đổi và xử lý văn bản, hồ sơ liên thông trên môi trường mạng.",
                "doc.electronic_pct");
        assertNone("100% phòng, ban chuyên môn gửi, nhận văn bản trên môi trường mạng.", "doc.electronic_pct");
        assertNone("100% các cơ quan, đơn vị trên địa bàn huyện đã gửi, nhận văn bản điện tử qua phần mềm.", "doc.electronic_pct");
        assertValue("100% các văn bản được trao đổi dưới dạng điện tử.", "doc.electronic_pct", "100");
    }

    @Test
    void staffUsingTheDocumentSystemAreItsUsersEvenWithSignaturesOrAnElectronicName() {
        assertValue("Đến nay, 100% cán bộ, công chức phường sử dụng hệ thống quản lý văn bản điện tử và chữ ký số.", "doc.dms_users_pct", "100");
        assertValue("100% cán bộ, công chức sử dụng hệ thống quản lý văn bản điện tử.", "doc.dms_users_pct", "100");
        assertValue("Có 96% công chức sử dụng hệ thống quản lý văn bản để xử lý công việc.", "doc.dms_users_pct", "96");
        assertValue("Có trên 87% cán bộ, công chức, viên chức sử dụng phần mềm quản lý văn bản, điều hành công việc.", "doc.dms_users_pct", "87");
        assertNone("100% văn bản được xử lý trên hệ thống quản lý văn bản điện tử.", "doc.dms_users_pct");
    }

    @Test
    void aSteeringCommitteeThatMeetsReportsOrLeadsExists() {
        assertValue("Ban chỉ đạo Chuyển đổi số huyện An Phú tổ chức Sơ kết 06 tháng đầu năm 2023.", "dir.steering_committee", true);
        assertValue("Sáng 22/3/2023, UBND huyện tổ chức họp Ban chỉ đạo về cải cách hành chính và chuyển đổi số.",
                "dir.steering_committee", true);
        assertValue("Ban Chỉ đạo chuyển đổi số của huyện họp phiên thường kỳ quý II.", "dir.steering_committee", true);
        assertValue("Ngày 23/9, Bí thư Huyện ủy, Trưởng Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số huyện,"
                + " chủ trì hội nghị đánh giá quý III.", "dir.steering_committee", true);
        assertValue("Theo báo cáo của Ban Chỉ đạo chuyển đổi số huyện, toàn huyện đã kích hoạt hơn 22 nghìn tài khoản định danh điện tử.",
                "dir.steering_committee", true);
        assertValue("Đánh giá của Ban Chỉ đạo huyện về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số cho thấy nhiều chuyển biến.",
                "dir.steering_committee", true);
        assertValue("Huyện phát huy vai trò, trách nhiệm của Ban chỉ đạo Chuyển đổi số của huyện trong công tác tham mưu.",
                "dir.steering_committee", true);
        assertValue("Trong kế hoạch hoạt động của Ban Chỉ đạo về chuyển đổi số huyện, có 42/48 nhiệm vụ hoàn thành.", "dir.steering_committee", true);
        assertNone("Ban Chỉ đạo chuyển đổi số quốc gia tổ chức phiên họp thứ năm.", "dir.steering_committee");
        assertNone("Theo kế hoạch, huyện sẽ thành lập Ban Chỉ đạo chuyển đổi số trong quý IV.", "dir.steering_committee");
    }

    @Test
    void theStockPhraseOfTheTeamsAsTheCommitteesArmNamesNoCommittee() {
        assertNone("Tổ công nghệ số cộng đồng là cánh tay nối dài của Ban Chỉ đạo chuyển đổi số từ tỉnh, huyện đến cơ sở.", "dir.steering_committee");
        assertNone("Các tổ là cánh tay nối dài của Ban Chỉ đạo chuyển đổi số các cấp, hướng dẫn người dân cài đặt ứng dụng.", "dir.steering_committee");
    }

    @Test
    void theNumberOfProjectSixIsNoCountOfDistricts() {
        assertValue("Ngày 31/7, Ban Chỉ đạo Phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 huyện đã tổ chức sơ kết"
                + " 6 tháng đầu năm.", "dir.steering_committee", true);
        assertValue("Ban Chỉ đạo chuyển đổi số và Đề án 06 huyện An Phú họp đánh giá kết quả quý III.", "dir.steering_committee", true);
    }

    @Test
    void aMultiYearPlanIsNotThePlanOfThePeriod() {
        assertNone("Năm 2023, UBND huyện đã ban hành kế hoạch chuyển đổi số giai đoạn 2021-2025, định hướng đến năm 2030.", "dir.annual_plan");
        assertNone("UBND huyện đã ban hành Kế hoạch số 12/KH-UBND ngày 10/01/2023 về chuyển đổi số huyện An Phú đến năm 2025.", "dir.annual_plan");
        assertNone("Căn cứ Kế hoạch số 159/KH-UBND ngày 30/6/2016 của UBND huyện về ứng dụng công nghệ thông tin giai đoạn 2016-2020.",
                "dir.annual_plan");
        assertValue("UBND huyện đã ban hành Kế hoạch số 12/KH-UBND ngày 10/01/2023 về chuyển đổi số huyện An Phú năm 2023.", "dir.annual_plan", true);
        assertValue("Huyện đã ban hành kế hoạch chuyển đổi số năm 2023.", "dir.annual_plan", true);
    }

    @Test
    void aPlanOfThePeriodWithALongTitleOrNoYearIssuedInThePeriodIsThePlan() {
        assertValue("Theo kế hoạch chuyển đổi số và đảm bảo an toàn thông tin trên địa bàn huyện năm 2023, toàn huyện có 146 dịch vụ công trực tuyến.",
                "dir.annual_plan", true);
        assertValue("Theo kế hoạch chuyển đổi số, phát triển chính quyền số và bảo đảm an toàn thông tin mạng của huyện năm 2023, huyện đã hoàn thành"
                + " nhiều nhiệm vụ.", "dir.annual_plan", true);
        assertValue("Ngày 6/3/2023, Chủ tịch UBND huyện đã ban hành kế hoạch số 151/KH-UBND thực hiện mô hình CĐS trên địa bàn huyện.",
                "dir.annual_plan", true);
        assertValue("UBND huyện đã ban hành kế hoạch triển khai các nhiệm vụ trọng tâm về chuyển đổi số trong năm.", "dir.annual_plan", true);
        assertNone("Theo kế hoạch chuyển đổi số và đảm bảo an toàn thông tin trên địa bàn huyện năm 2024, huyện sẽ triển khai 20 nhiệm vụ.",
                "dir.annual_plan");
    }

    @Test
    void teamsSplitByTiersBelowTheUnitAreParts() {
        assertNone("Toàn huyện hiện có 10 tổ công nghệ số cộng đồng cấp xã, 100 tổ cấp thôn với trên 600 thành viên.", "hr.community_tech_teams");
        assertNone("Toàn huyện hiện có 12 tổ công nghệ số cộng đồng cấp xã và 95 tổ cấp thôn.", "hr.community_tech_teams");
        // the unit's own tier named first stays its own, an unsplit count stays the total
        assertValue("Huyện có 01 Tổ công nghệ số cộng đồng cấp huyện với 13 thành viên, 22 tổ cấp xã với 202 thành viên.",
                "hr.community_tech_teams", "1");
        assertValue("Toàn huyện hiện có 107 tổ công nghệ số cộng đồng với 600 thành viên.", "hr.community_tech_teams", "107");
    }

    @Test
    void signingRoutesOnTheInternetIsNoSigningOfDocuments() {
        assertNone("Tỷ lệ ký số ROA/RPKI – một chỉ số quan trọng trong đảm bảo an toàn định tuyến Internet – đạt 96,4%.", "doc.signed_pct");
        assertNone("Tỷ lệ ký số bản ghi định tuyến của các mạng trong huyện đạt 90%.", "doc.signed_pct");
    }

    @Test
    void expertsTrainedAreTrainedStaff() {
        assertValue("Huyện đã tổ chức đào tạo, bồi dưỡng cho 50 chuyên gia chuyển đổi số năm 2023.", "hr.trained_staff", "50");
        assertValue("Năm 2023, huyện tập huấn cho 12 chuyên gia an toàn thông tin.", "hr.trained_staff", "12");
    }

    @Test
    void communeOfficialsTheUnitTrainsAreItsTrainedStaff() {
        assertValue("Hội nghị tập huấn chuyển đổi số được tổ chức trực tiếp và trực tuyến tới điểm cầu của 17 xã, thị trấn với gần 1.200 cán bộ tham gia.",
                "hr.trained_staff", "1200");
        assertValue("Huyện phối hợp tổ chức cho hơn 500 cán bộ cấp xã tham gia khóa học bồi dưỡng \"Chuyển đổi số cấp xã\".", "hr.trained_staff", "500");
        assertValue("Trên địa bàn huyện đã có 551 cán bộ, công chức, viên chức cấp xã tham gia khóa tập huấn.", "hr.trained_staff", "551");
        // a split by tiers that names the unit's own tier gives the own tier; another named commune's training is not the unit's
        assertValue("Huyện tập huấn cho 50 cán bộ cấp huyện và 200 cán bộ cấp xã.", "hr.trained_staff", "50");
        assertNone("Xã An Hòa tập huấn cho 20 cán bộ.", "hr.trained_staff");
    }

    @Test
    void aPlanForAnotherYearOrForProjectSixIsNotThePlanOfThePeriod() {
        assertNone("Huyện đã ban hành kế hoạch chuyển đổi số năm 2024.", "dir.annual_plan");
        assertNone("Huyện đã ban hành Kế hoạch số 122/KH-UBND ngày 29 tháng 10 năm 2023 – Chuyển đổi số huyện An Phú năm 2024.", "dir.annual_plan");
        assertNone("UBND huyện đã ban hành kế hoạch triển khai Đề án 06 gắn với chuyển đổi số trên địa bàn huyện.", "dir.annual_plan");
        assertValue("Huyện đã ban hành Kế hoạch số 12/KH-UBND ngày 10/01/2023 – Chuyển đổi số huyện An Phú năm 2023.", "dir.annual_plan", true);
    }

    @Test
    void aHigherTiersCommitteeIsNotTheUnitsOwn() {
        assertNone("Ban Chỉ đạo chuyển đổi số tỉnh đã chỉ đạo các huyện triển khai nhiều giải pháp.", "dir.steering_committee");
        assertNone("Theo báo cáo của Ban Chỉ đạo chuyển đổi số tỉnh, toàn tỉnh có 2,2 triệu tài khoản định danh.", "dir.steering_committee");
        assertNoneInText("UBND XÃ AN HÒA\nBÁO CÁO kết quả chuyển đổi số năm 2023\nBan Chỉ đạo chuyển đổi số huyện đã tổ chức hội nghị sơ kết.\n",
                "dir.steering_committee");
        assertValueInText("UBND TỈNH TUYÊN QUANG\nBÁO CÁO kết quả chuyển đổi số năm 2022\nBan Chỉ đạo chuyển đổi số tỉnh đã tổ chức hội nghị sơ kết.\n",
                "dir.steering_committee", true);
        assertValue("Huyện đã kiện toàn Ban Chỉ đạo chuyển đổi số huyện.", "dir.steering_committee", true);
    }
}
