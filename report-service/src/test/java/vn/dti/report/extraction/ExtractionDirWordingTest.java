package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

import org.junit.jupiter.api.Test;

/**
 * Wordings mined from real pages (corpus/phrasings-dir-*.tsv) about steering committees, plans, security and the scope of a
 * statement: whose committee, plan or figure it is. Each sentence is read under a district report header for 2023.
 */
class ExtractionDirWordingTest {

    @Test
    void aShareOfManyBodiesHavingACommitteeOrPlanIsNotTheUnitsOwn() {
        assertNone("100% các sở, ban ngành và địa phương đã thành lập Ban Chỉ đạo chuyển đổi số.", "dir.steering_committee");
        assertNone("100% xã, thị trấn đã ban hành kế hoạch chuyển đổi số năm 2023.", "dir.annual_plan");
        assertValue("Huyện đã thành lập Ban Chỉ đạo chuyển đổi số do Chủ tịch UBND huyện làm Trưởng ban.", "dir.steering_committee", true);
        assertValue("100% xã, thị trấn đã thành lập Tổ công nghệ số cộng đồng; huyện đã kiện toàn Ban Chỉ đạo chuyển đổi số.",
                "dir.steering_committee", true);
        assertValue("100% cơ quan, đơn vị thuộc huyện đã phân công cán bộ phụ trách công tác chuyển đổi số.", "dir.dx_staff_assigned", true);
    }

    @Test
    void aStateOfTheTerritoryReachingItsCommunesStaysTheUnits() {
        assertValue("100% xã đã triển khai thiết lập hạ tầng viễn thông và triển khai đường truyền số liệu chuyên dùng.",
                "infra.dedicated_network", true);
        assertValue("Huyện đã triển khai hệ thống hội nghị truyền hình trực tuyến đến cấp xã hoạt động ổn định.", "infra.video_conference", true);
    }

    @Test
    void aLowerTierNamedRightAfterTheCommitteeMakesItTheirs() {
        assertNone("UBND huyện ban hành quyết định thành lập Ban chỉ đạo chuyển đổi số cấp xã và tổ công nghệ số cộng đồng.",
                "dir.steering_committee");
        assertValue("UBND huyện ban hành quyết định thành lập Ban chỉ đạo chuyển đổi số cấp huyện.", "dir.steering_committee", true);
    }

    @Test
    void theCountryAsAPlaceAndAMinistrysSectorAreNotTheUnit() {
        assertNone("Trung tâm Giám sát an toàn không gian mạng quốc gia đã ghi nhận 326 cuộc tấn công mạng gây ra sự cố vào các hệ thống "
                + "thông tin tại Việt Nam.", "sec.incidents");
        assertNone("Quyết định ban hành Kế hoạch chuyển đổi số của Bộ, ngành Tư pháp năm 2023.", "dir.annual_plan");
        assertValue("Trong năm, hệ thống của huyện ghi nhận 2 sự cố mất an toàn thông tin.", "sec.incidents", "2");
    }

    @Test
    void aThresholdIsTheWordingOfATargetNotAValue() {
        assertNone("Tỷ lệ hồ sơ trực tuyến đạt từ 30% trở lên.", "dvc.dossiers_online_pct");
        assertValue("Tỷ lệ hồ sơ trực tuyến đạt 30%.", "dvc.dossiers_online_pct", "30");
    }

    @Test
    void agencyWordingsOfCommitteesRegulationsAndQuietSecurityAreRead() {
        assertValue("UBND huyện kiện toàn và đổi tên Ban Chỉ đạo xây dựng Chính quyền điện tử thành Ban Chỉ đạo về chuyển đổi số huyện.",
                "dir.steering_committee", true);
        assertValue("Ban chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của huyện sớm được thành lập.",
                "dir.steering_committee", true);
        assertValue("Ban hành kèm theo Quyết định này Quy chế đảm bảo an toàn thông tin mạng trong hoạt động của UBND huyện.",
                "inst.security_policy", true);
        assertValue("Hệ thống giám sát máy chủ: chưa phát hiện dấu hiệu tấn công và sự cố.", "sec.incidents", "0");
    }
}
