package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;
import static vn.dti.report.extraction.DistrictReportSentences.extract;
import static vn.dti.report.extraction.DistrictReportSentences.find;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * Wordings of real agency reports, grouped by what the extractor must get right on reports it has never
 * seen: whose figure it is, which period, whether it is a plan, a change or a zero, and how lists,
 * tables, fractions and parentheses carry figures. Each sentence is read under a district report header for 2023.
 */
class ExtractionScopeAndWordingTest {

    @Test
    void figuresOfTheCountryMinistriesAndTheProvinceAreNotTheUnits() {
        assertNone("Tại các Bộ, ngành, tỷ lệ hồ sơ trực tuyến đạt 45%.", "dvc.dossiers_online_pct");
        assertNone("Cả nước có 95% hồ sơ được số hóa khi tiếp nhận.", "dvc.dossier_digitization_pct");
        assertNone("Toàn tỉnh có 1.876 thủ tục hành chính, trong đó 941 thủ tục toàn trình.", "dvc.online_full");
        assertNone("Các xã, thị trấn tiếp nhận 23.456 hồ sơ trực tuyến.", "dvc.dossiers_online");
    }

    @Test
    void aBreakdownIntoBeforeAndOnTheDeadlineGivesNoOnTimeShare() {
        assertNone("Đã giải quyết 1.200 hồ sơ, trong đó giải quyết trước hạn 900 hồ sơ, chiếm 75%; đúng hạn 280 hồ sơ, chiếm 23,3%.",
                "dvc.dossiers_on_time_pct");
        assertValue("Tỷ lệ giải quyết hồ sơ đúng hạn đạt 97%, trong đó trước hạn 70%.", "dvc.dossiers_on_time_pct", "97");
        assertValue("Có 850 hồ sơ được giải quyết trước hạn, đạt 98%.", "dvc.dossiers_on_time_pct", "98");
    }

    @Test
    void groupsOfDepartmentsDistrictsOrMinistriesAreNotTheUnit() {
        String departments = "Các sở, ban, ngành tiếp nhận 4.300 hồ sơ, trong đó 3.900 hồ sơ tiếp nhận trực tuyến, đạt 90,7%.";
        assertNone(departments, "dvc.dossiers_received");
        assertNone(departments, "dvc.dossiers_online");
        assertNone(departments, "dvc.dossiers_online_pct");
        assertNone("Ở khối bộ, ngành, tỷ lệ hồ sơ trực tuyến cao nhất là 98%.", "dvc.dossiers_online_pct");
        assertNone("Các huyện, thị xã, thành phố tiếp nhận hơn 13.000 hồ sơ.", "dvc.dossiers_received");
    }

    @Test
    void levelsThreeAndFourTogetherAreEveryOnlineDossierButOneLevelIsNot() {
        assertValue("Hồ sơ nộp qua dịch vụ công trực tuyến mức độ 3 và 4 đạt 35,5%.", "dvc.dossiers_online_pct", "35.5");
        assertNone("Tỷ lệ hồ sơ trực tuyến mức độ 4 đạt 20%.", "dvc.dossiers_online_pct");
        assertNone("Tỷ lệ TTHC có phát sinh hồ sơ trực tuyến đạt 60%.", "dvc.dossiers_online_pct");
    }

    @Test
    void aTotalWhosePartFollowsTrongDoIsNotThePartsValue() {
        assertValue("Bộ phận một cửa giải quyết 5.000 hồ sơ, trong đó tiếp nhận mới 4.200 hồ sơ.", "dvc.dossiers_received", "4200");
    }

    @Test
    void aPhraseIsFoundAfterAnEarlierMatchRanIntoTheNextSentence() {
        assertValue("Trong quý đã tiếp nhận 420 hồ sơ. Hồ sơ nộp qua dịch vụ công trực tuyến đạt 45%.", "dvc.dossiers_online_pct", "45");
    }

    @Test
    void aClauseAboutAnotherTierIsNotTheDistrictsFigure() {
        String split = "Trong quý, cấp huyện tiếp nhận 2.300 hồ sơ; cấp xã tiếp nhận 5.100 hồ sơ.";
        assertValue(split, "dvc.dossiers_received", "2300");
        assertNone("Với cấp xã, tổng số hồ sơ tiếp nhận là 4.800 hồ sơ.", "dvc.dossiers_received");
        assertNone("Tại bộ phận một cửa cấp xã tiếp nhận 900 hồ sơ. Hồ sơ nộp qua dịch vụ công trực tuyến đạt 19,5%.",
                "dvc.dossiers_online_pct");
    }

    @Test
    void theNationalPortalAsSubjectStatesNationalFiguresButAsAPlaceDoesNot() {
        String national = "Cổng Dịch vụ công quốc gia đến nay đã cung cấp 3.900 dịch vụ công trực tuyến; hơn 5,1 triệu hồ sơ trực tuyến"
                + " thực hiện từ Cổng; 3,2 triệu giao dịch thanh toán trực tuyến.";
        assertNone(national, "dvc.dossiers_online");
        assertNone(national, "dvc.online_payments");
        assertNone("Theo Bộ Thông tin và Truyền thông, tỷ lệ hồ sơ trực tuyến đạt 52%.", "dvc.dossiers_online_pct");
        assertValue("Huyện có 1.250 giao dịch thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia.", "dvc.online_payments", "1250");
    }

    @Test
    void aUnitRankedInTheCountryKeepsItsOwnFigures() {
        String ranked = "Huyện xếp thứ 9 cả nước về thanh toán phí, lệ phí qua ngân hàng, ví điện tử, trung gian thanh toán với 2.400 giao dịch,"
                + " tổng số tiền hơn 1,2 tỷ đồng.";
        assertValue(ranked, "dvc.online_payments", "2400");
        assertValue(ranked, "dvc.online_payment_amount", "1200000000");
        assertNone("Cả nước có 2,6 triệu giao dịch thanh toán trực tuyến.", "dvc.online_payments");
    }

    @Test
    void dueDateAndEarlyWordingsOfTheOnTimeShare() {
        assertValue("Tỷ lệ hồ sơ được giải quyết đúng hẹn đạt 87%.", "dvc.dossiers_on_time_pct", "87");
        assertValue("Bộ phận một cửa đã tiếp nhận và giải quyết 410 hồ sơ; 100% hồ sơ được giải quyết sớm hạn và đúng hạn.",
                "dvc.dossiers_on_time_pct", "100");
        assertValue("Bộ phận một cửa đã tiếp nhận và giải quyết 410 hồ sơ.", "dvc.dossiers_received", "410");
    }

    @Test
    void aWardNamedByItsNumberIsTheUnitOfItsOwnFigures() {
        ExtractionResult r = extract("UBND PHƯỜNG 3 (THÀNH PHỐ AN BÌNH, TỈNH AN GIANG)\n"
                + "Bộ phận một cửa của Phường 3 đã tiếp nhận 320 hồ sơ.\n");
        assertEquals("UBND phường 3", r.unitName());
        assertTrue(r.values().stream().anyMatch(p -> p.element().equals("dvc.dossiers_received")
                && ((BigDecimal) p.value()).compareTo(BigDecimal.valueOf(320)) == 0), () -> "received 320 from " + r.values());
    }

    @Test
    void aParagraphThatSetsTargetsKeepsItsLaterSentencesTargetsUntilAResultIsNamed() {
        assertNone("Huyện đặt mục tiêu 100% hồ sơ được xử lý trên môi trường mạng. Tỷ lệ số hóa hồ sơ thủ tục hành chính đạt 90%.",
                "dvc.dossier_digitization_pct");
        assertValue("Huyện phấn đấu 100% thủ tục được cung cấp trực tuyến. Kết quả, tỷ lệ số hóa hồ sơ đạt 85%.",
                "dvc.dossier_digitization_pct", "85");
    }

    @Test
    void newlyReceivedDossiersWinOverATotalWithThoseCarriedOver() {
        assertValue("Bộ phận một cửa đã tiếp nhận 6.302 hồ sơ (trong đó 2.171 hồ sơ kỳ trước chuyển sang, 4.131 hồ sơ tiếp nhận mới).",
                "dvc.dossiers_received", "4131");
        assertValue("Tổng số hồ sơ yêu cầu giải quyết trong kỳ là 12.010 hồ sơ. Trong đó, số hồ sơ mới tiếp nhận là 11.200 hồ sơ.",
                "dvc.dossiers_received", "11200");
        assertValue("Có 1.200 hồ sơ được số hóa, đạt 85%.", "dvc.dossier_digitization_pct", "85");
    }

    @Test
    void aTargetFollowedByItsResultGivesTheResult() {
        assertValue("- 80% thủ tục hành chính có phát sinh phí, lệ phí được thanh toán trực tuyến (chỉ tiêu không đạt, kết quả mới đạt 34,5%).",
                "dvc.online_payment_pct", "34.5");
        assertValue("- 90% hồ sơ được số hóa khi tiếp nhận (kết quả thực hiện đạt 96%).", "dvc.dossier_digitization_pct", "96");
        assertValue("- 95% hồ sơ giải quyết đúng hạn (kết quả đạt 97%).", "dvc.dossiers_on_time_pct", "97");
    }

    @Test
    void aShareRightAfterTheOnlineCountAndAnOnlineCountInParentheses() {
        String counted = "Huyện tiếp nhận 2.350 hồ sơ TTHC, trong đó hồ sơ trực tuyến 1.980 hồ sơ, đạt 84,3%.";
        assertValue(counted, "dvc.dossiers_online", "1980");
        assertValue(counted, "dvc.dossiers_online_pct", "84.3");
        String parenthesis = "Bộ phận một cửa tiếp nhận 1.200 hồ sơ (trực tuyến 950 hồ sơ).";
        assertValue(parenthesis, "dvc.dossiers_online", "950");
        assertValue(parenthesis, "dvc.dossiers_received", "1200");
        assertValue("Số hồ sơ tiếp nhận trong kỳ: 3.450 hồ sơ; trực tuyến: 2.900 hồ sơ.", "dvc.dossiers_online", "2900");
        assertNone("Dịch vụ công trực tuyến: 215; (trực tuyến: 45 TTHC).", "dvc.dossiers_online");
        assertValue("Huyện đã cung cấp 180 DVCTT toàn trình, 140 DVCTT một phần trên tổng số 352 TTHC.", "dvc.online_partial", "140");
    }

    @Test
    void aFigureStatedYearByYearGivesTheReportsYear() {
        assertValue("Tỷ lệ hồ sơ trực tuyến năm 2022 đạt 41%, năm 2023 đạt 58%.", "dvc.dossiers_online_pct", "58");
        assertValue("Số hồ sơ tiếp nhận năm 2022 là 19.000 hồ sơ, năm 2023 là 22.400 hồ sơ.", "dvc.dossiers_received", "22400");
        assertValue("Tỷ lệ hồ sơ trực tuyến năm 2023 đạt 58%, năm 2022 đạt 41%.", "dvc.dossiers_online_pct", "58");
        assertNone("Giai đoạn 2020-2023, tỷ lệ hồ sơ trực tuyến bình quân đạt 55%.", "dvc.dossiers_online_pct");
        assertNone("Từ năm 2021 đến nay, huyện đã tiếp nhận 48.000 hồ sơ.", "dvc.dossiers_received");
    }

    @Test
    void aProvincesPortalLineMakesTheProvinceTheUnitAndItsTiersParts() {
        ExtractionResult r = extract("UBND TỈNH AN GIANG – CỔNG THÔNG TIN ĐIỆN TỬ TỈNH\n"
                + "Trong quý I năm 2023, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 48.200 hồ sơ. "
                + "Cấp tỉnh tiếp nhận 9.100 hồ sơ; cấp huyện tiếp nhận 12.300 hồ sơ; cấp xã tiếp nhận 26.800 hồ sơ.\n");
        assertEquals("UBND tỉnh An Giang", r.unitName());
        assertTrue(r.values().stream().anyMatch(p -> p.element().equals("dvc.dossiers_received")
                && ((BigDecimal) p.value()).compareTo(BigDecimal.valueOf(48200)) == 0), () -> "received 48.200 from " + r.values());
    }

    @Test
    void aProvincialCentresReportLeavesTheDistrictTierOut() {
        ExtractionResult r = extract("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH AN GIANG\n"
                + "Trong tháng 5, Trung tâm tiếp nhận 7.400 hồ sơ.\n"
                + "Ở cấp huyện, tổng số hồ sơ là 15.200 hồ sơ, trong đó tiếp nhận mới 13.900 hồ sơ.\n");
        assertEquals("Trung tâm Phục vụ hành chính công tỉnh An Giang", r.unitName());
        assertTrue(r.values().stream().anyMatch(p -> p.element().equals("dvc.dossiers_received")
                && ((BigDecimal) p.value()).compareTo(BigDecimal.valueOf(7400)) == 0), () -> "received 7.400 from " + r.values());
    }

    @Test
    void numbersOfCitedDocumentsAreNotValues() {
        assertNone("Theo Quyết định số 1234/QĐ-UBND ngày 12/5/2023, công bố 45 thủ tục hành chính.", "dvc.procedures_total");
        assertNone("Căn cứ Kế hoạch số 45/KH-UBND ngày 20/3/2023 của UBND tỉnh, trong đó có 120 nhiệm vụ.", "dir.plan_targets_total");
        assertNone("Thực hiện Điều 5 Nghị định số 85/2016/NĐ-CP, đơn vị đã rà soát 3 hệ thống thông tin.", "sec.systems_level_approved");
    }

    @Test
    void targetsAndPlansAreNotResults() {
        assertNone("Phấn đấu 100% hồ sơ được số hóa.", "dvc.dossier_digitization_pct");
        assertNone("Mục tiêu đến năm 2025 có 80% hồ sơ được tiếp nhận trực tuyến.", "dvc.dossiers_online_pct");
        assertNone("Dự kiến tổ chức 3 lớp tập huấn cho cán bộ.", "hr.training_courses");
        assertNone("Kế hoạch đến năm 2025, 100% cán bộ được cấp chữ ký số.", "doc.digital_signature_pct");
        assertNone("Đơn vị đang xây dựng hồ sơ đề xuất cấp độ 2 cho hệ thống thông tin.", "sec.security_level");
    }

    @Test
    void aSecurityLevelDossierIsADocumentNotAPlan() {
        assertValue("Hồ sơ đề xuất cấp độ an toàn hệ thống thông tin cấp độ 3 đã được phê duyệt.", "sec.security_level", "3");
        assertValue("Hồ sơ đề xuất cấp độ an toàn hệ thống thông tin cấp độ 3 đã được phê duyệt.", "sec.security_level_approved", true);
    }

    @Test
    void theLevelOfASystemIsNotACountOfSystems() {
        String body = "Hệ thống thông tin của đơn vị được phê duyệt cấp độ 2 theo Quyết định số 89/QĐ-STTTT.";
        assertValue(body, "sec.security_level", "2");
        assertNone(body, "sec.systems_level_approved");
        assertValue("Có 3 hệ thống thông tin được phê duyệt cấp độ an toàn.", "sec.systems_level_approved", "3");
    }

    @Test
    void theReportsOwnYearWinsOverOtherYearsAndCumulativeFigures() {
        assertValue("Năm 2022 tiếp nhận 900 hồ sơ trực tuyến, năm 2023 tiếp nhận 1.200 hồ sơ trực tuyến.", "dvc.dossiers_online", "1200");
        assertValue("Lũy kế đến nay đã tiếp nhận 3.500 hồ sơ trực tuyến. Trong năm 2023 tiếp nhận 1.200 hồ sơ trực tuyến.",
                "dvc.dossiers_online", "1200");
        assertNone("Số hồ sơ trực tuyến năm 2022 là 5.900 hồ sơ.", "dvc.dossiers_online");
    }

    @Test
    void changesAreNotLevels() {
        assertNone("So với năm 2022, số hồ sơ trực tuyến tăng 2.300 hồ sơ.", "dvc.dossiers_online");
        assertNone("Tỷ lệ hồ sơ trực tuyến tăng 15% so với cùng kỳ.", "dvc.dossiers_online_pct");
        assertNone("Khoảng 65 - 70% văn bản được luân chuyển qua môi trường mạng.", "doc.electronic_pct");
    }

    @Test
    void eachItemOfAnEnumerationKeepsItsOwnFigure() {
        String body = "Trang thông tin điện tử huyện đã cung cấp 112 dịch vụ công mức độ 3 và 167 dịch vụ công mức độ 4.";
        assertValue(body, "dvc.online_partial", "112");
        assertValue(body, "dvc.online_full", "167");
        String levels = "Đã triển khai trực tuyến ở mức độ 4 là 18 thủ tục hành chính (TTHC); 47 TTHC giải quyết ở mức độ 3 và 258 TTHC ở mức độ 2.";
        assertValue(levels, "dvc.online_full", "18");
        assertValue(levels, "dvc.online_partial", "47");
        assertNone("Có 538.345 văn bản nhận (trong đó, 9.160 văn bản số hóa).", "doc.outgoing");
        find("Có 538.345 văn bản nhận (trong đó, 9.160 văn bản số hóa).", "doc.incoming")
                .ifPresent(p -> assertEquals(new BigDecimal("538345"), p.value(), p.quote()));
    }

    @Test
    void aShareStatedForAFractionBelongsToIt() {
        assertValue("Tỷ lệ hồ sơ thanh toán trực tuyến là gần 265.588/ 450.684 hồ sơ (đạt 58,93%).", "dvc.online_payment_pct", "58.93");
    }

    @Test
    void statementsAboutManyOtherUnitsAreNotTheUnits() {
        assertNone("Đã có 18 huyện, thị xã, thành phố xây dựng xong kế hoạch chuyển đổi số năm 2023.", "dir.annual_plan");
        assertNone("Đến nay, 10/10 huyện, thành phố đã thành lập Ban Chỉ đạo chuyển đổi số.", "dir.steering_committee");
    }

    @Test
    void statementsOfZeroGiveZero() {
        assertValue("Trong năm không để xảy ra sự cố mất an toàn thông tin.", "sec.incidents", "0");
        assertValue("Không có sự cố mất an toàn thông tin nào xảy ra.", "sec.incidents", "0");
        assertValue("Không phát hiện tấn công mạng vào hệ thống của đơn vị.", "sec.incidents", "0");
        assertValue("Trong năm chưa tổ chức được lớp tập huấn nào về chuyển đổi số.", "hr.training_courses", "0");
    }

    @Test
    void negatedStatementsGiveNoFigure() {
        assertNone("Chưa có cán bộ chuyên trách về công nghệ thông tin.", "hr.it_staff");
        assertValue("Chưa ban hành quy chế bảo đảm an toàn thông tin.", "inst.security_policy", false);
    }

    @Test
    void labelledListsAndTableCellsOnSeparateLines() {
        assertValue("- Văn bản đi: 1.234 văn bản; văn bản đến: 3.456 văn bản.", "doc.incoming", "3456");
        assertValue("Văn bản đến\n5.123\nVăn bản đi\n1.456", "doc.outgoing", "1456");
        assertValue("| Văn bản đến | 5.123 |\n| Văn bản đi | 1.456 |", "doc.incoming", "5123");
        assertValue("Số thủ tục hành chính cung cấp DVCTT toàn trình: 145 thủ tục; DVCTT một phần: 120 thủ tục.", "dvc.online_partial", "120");
        assertValue("Số tin, bài đăng tải về chuyển đổi số: 32 tin, bài.", "dir.dx_news_posts", "32");
    }

    @Test
    void tablesGiveTheColumnOfTheReportsYearAndTheAchievedColumn() {
        String years = "| Chỉ tiêu | Năm 2022 | Năm 2023 |\n|---|---|---|\n| Văn bản đi | 1.000 | 1.234 |\n| Văn bản đến | 3.000 | 3.456 |";
        assertValue(years, "doc.outgoing", "1234");
        assertValue(years, "doc.incoming", "3456");
        String plan = "STT | Nội dung | Kế hoạch | Thực hiện\n1 | Tỷ lệ hồ sơ tiếp nhận trực tuyến | 80% | 72,5%";
        assertValue(plan, "dvc.dossiers_online_pct", "72.5");
    }

    @Test
    void fractionsGiveThePartAndTheWhole() {
        String body = "Đơn vị cung cấp 45/52 thủ tục hành chính là dịch vụ công trực tuyến toàn trình.";
        assertValue(body, "dvc.online_full", "45");
        assertValue(body, "dvc.procedures_total", "52");
        assertValue("Hoàn thành 18/20 chỉ tiêu của Kế hoạch chuyển đổi số năm 2023.", "dir.plan_targets_met", "18");
        assertValue("Hoàn thành 18/20 chỉ tiêu của Kế hoạch chuyển đổi số năm 2023.", "dir.plan_targets_total", "20");
    }

    @Test
    void aQualifierInsideParenthesesBelongsToItsOwnFigure() {
        String body = "Số hồ sơ tiếp nhận trong năm là 12.500 hồ sơ (trực tuyến 8.200 hồ sơ).";
        find(body, "dvc.dossiers_online").ifPresent(p -> assertEquals(new BigDecimal("8200"), p.value(), p.quote()));
        assertValue("Số thủ tục hành chính cung cấp trực tuyến toàn trình (45 thủ tục).", "dvc.online_full", "45");
    }

    @Test
    void unitNounsAndSubjectsDecideTheElement() {
        assertNone("Đơn vị có 02 công chức kiêm nhiệm CNTT.", "infra.staff_total");
        assertValue("Đơn vị có 02 công chức kiêm nhiệm CNTT.", "hr.it_staff", "2");
        assertNone("Có 1.250 người dân được tập huấn kỹ năng số.", "hr.trained_staff");
        assertValue("Có 1.250 người dân được tập huấn kỹ năng số.", "soc.digital_skills_trained", "1250");
        assertNone("Đạt 98% văn bản trao đổi dưới dạng điện tử qua phần mềm quản lý văn bản.", "doc.dms_users_pct");
        assertNone("100% cơ quan ứng dụng phần mềm quản lý văn bản và điều hành trên môi trường mạng.", "doc.electronic_pct");
        assertNone("Huyện có 18 Tổ Chỉ đạo công nghệ số cấp xã.", "hr.community_tech_teams");
        assertNone("Ban Chỉ đạo chuyển đổi số huyện gồm 15 thành viên.", "hr.community_tech_members");
        assertValue("Tổ công nghệ số cộng đồng cấp huyện gồm 13 thành viên.", "hr.community_tech_members", "13");
    }

    @Test
    void yearsAndLevelsMayStandBetweenThePhraseAndItsFigure() {
        assertValue("Kinh phí thực hiện chuyển đổi số năm 2023 là 350 triệu đồng.", "fin.dx_budget", "350000000");
        assertValue("Người dân trong độ tuổi trưởng thành có tài khoản định danh điện tử VNeID mức độ 2, đạt 69,85%.",
                "soc.vneid_residents_pct", "69.85");
    }

    @Test
    void sharesStatedWithChiemOrInWords() {
        assertValue("Có tới 7.600 hồ sơ được nộp qua mạng, chiếm 85,10% tổng số hồ sơ.", "dvc.dossiers_online_pct", "85.1");
        assertValue("Tỷ lệ văn bản đi được ký số là 99,2 phần trăm.", "doc.signed_pct", "99.2");
        assertValue("Tỷ lệ thủ tục có phát sinh phí được thanh toán trực tuyến đạt 65%.", "dvc.online_payment_pct", "65");
    }

    @Test
    void elementsWordedByProductOrPlatform() {
        assertValue("Phòng họp trực tuyến được trang bị thiết bị Polycom kết nối đến cấp xã.", "infra.video_conference", true);
        assertValue("UBND huyện thường xuyên tổ chức họp qua hệ thống VNPT Meeting với các phòng, ban.", "infra.video_conference", true);
        assertNone("Đơn vị chưa có phòng họp trực tuyến.", "infra.video_conference");
        assertValue("Đã cài đặt phần mềm phòng chống mã độc cho 45 máy tính kết nối nền tảng tập trung.",
                "sec.central_malware_connected", "45");
    }

    @Test
    void countsWithAWordMultiplier() {
        assertValue("Trung tâm đã tiếp nhận 61,3 ngàn hồ sơ các loại.", "dvc.dossiers_received", "61300");
        assertValue("Trong năm tiếp nhận 1,2 triệu hồ sơ trực tuyến.", "dvc.dossiers_online", "1200000");
    }

    @Test
    void aPartOfThePeriodOrAPartOfTheWholeIsNotTheValue() {
        assertNone("Riêng quý III, số lượng hồ sơ tiếp nhận tăng, với tổng số 25,2 ngàn hồ sơ.", "dvc.dossiers_received");
        assertNone("Phần lớn là hồ sơ tiếp nhận trực tiếp (54,1 ngàn hồ sơ).", "dvc.dossiers_received");
        assertNone("Trong quý III, tiếp nhận 350 hồ sơ trực tuyến.", "dvc.dossiers_online");
        assertNone("Tiếp nhận 320 hồ sơ qua dịch vụ bưu chính công ích.", "dvc.dossiers_received");
        assertNone("Tổng số văn bản đi, đến là 5.600 văn bản.", "doc.outgoing");
    }

    @Test
    void inAProvincesReportTheDistrictAndCommuneTiersAreParts() {
        String text = "UBND TỈNH AN GIANG\nBÁO CÁO kết quả chuyển đổi số năm 2023\n"
                + "Tỷ lệ hồ sơ trực tuyến cấp huyện đạt 45%.\nToàn tỉnh, tỷ lệ hồ sơ trực tuyến đạt 52%.\n";
        Proposal p = extract(text).values().stream().filter(v -> v.element().equals("dvc.dossiers_online_pct")).findFirst()
                .orElseThrow(() -> new AssertionError("the province-wide share was not proposed"));
        assertEquals(0, new BigDecimal("52").compareTo((BigDecimal) p.value()), p.quote());
    }

    @Test
    void aSingleVillageIsNotTheUnit() {
        assertNone("Thôn 5 được công nhận thôn thông minh; tỷ lệ hài lòng của người dân đạt 98%.", "dvc.satisfaction_pct");
        assertNone("Hạ tầng của thôn Đông được nâng cấp, 92% người dân của thôn có điện thoại thông minh.", "soc.smartphone_pct");
        assertValue("Huyện thành lập 45 tổ công nghệ số cộng đồng tại 45 thôn, tổ dân phố.", "hr.community_tech_teams", "45");
    }

    @Test
    void aShareNamedByTyLeKeepsItsFigureAcrossALongDescription() {
        assertValue("Tỷ lệ giải quyết trực tuyến trên tổng số hồ sơ thủ tục hành chính phát sinh tại bộ phận một cửa của huyện đạt 72,4%.",
                "dvc.dossiers_online_pct", "72.4");
        assertNone("Tỷ lệ xử lý hồ sơ trực tuyến mức độ 3 đạt 61%.", "dvc.dossiers_online_pct");
    }

    @Test
    void theDenominatorOfAFractionOfProceduresOrStaffIsTheTotal() {
        assertValue("Huyện đã đưa 152/160 thủ tục hành chính ra tiếp nhận tại Bộ phận một cửa.", "dvc.procedures_total", "160");
        assertValue("Toàn bộ 37/37 cán bộ, công chức được cấp tài khoản thư điện tử công vụ.", "infra.staff_total", "37");
        assertValue("Tổng số hồ sơ tiếp nhận trong năm 2023 là 4.120/5.300 hồ sơ trực tuyến.", "dvc.dossiers_received", "5300");
        assertNone("Có 18/20 cán bộ, công chức cấp xã được tập huấn kỹ năng số.", "infra.staff_total");
        assertNone("Đơn vị bố trí 3/5 cán bộ chuyên trách công nghệ thông tin.", "infra.staff_total");
    }

    @Test
    void theWordNamBeforeAYearIsNotTheNumberFive() {
        assertValue("Tổng số hồ sơ đã tiếp nhận trong năm 2023 là 8.240 hồ sơ.", "dvc.dossiers_received", "8240");
        assertValue("Tổ chức tập huấn kỹ năng số năm 2023 tại huyện cho 85 cán bộ, công chức.", "hr.trained_staff", "85");
    }

    @Test
    void aFractionUnderTyLeStillCountsTheNumerator() {
        assertValue("Tỷ lệ hồ sơ thanh toán trực tuyến là 1.204/2.410 hồ sơ (đạt 49,96%).", "dvc.online_payments", "1204");
    }

    @Test
    void residentsOfTheDigitalLiteracyCampaignAreCounted() {
        assertValue("Huyện mở 6 lớp \"Bình dân học vụ số\" cho 320 học viên là người dân các thôn.", "soc.digital_skills_trained", "320");
    }

    @Test
    void aShareStatedOnceForJoinedItemsIsEachItemsShare() {
        String both = "Tỷ lệ số hóa hồ sơ khi tiếp nhận và số hóa kết quả giải quyết đạt 95%.";
        assertValue(both, "dvc.dossier_digitization_pct", "95");
        assertValue(both, "dvc.result_digitization_pct", "95");
        assertNone("Tổng số văn bản đến và văn bản đi trong năm là 2.000 văn bản.", "doc.incoming");
    }

    @Test
    void signedDossiersOrResultsAreNotSignedOutgoingDocuments() {
        assertValue("Tỷ lệ ký số văn bản đi của các cơ quan cấp huyện đạt 98,5%.", "doc.signed_pct", "98.5");
        assertNone("Kết quả giải quyết TTHC được ký số đạt 90%.", "doc.signed_pct");
    }

    @Test
    void anAmountRightBeforeItsPhraseAndSystemsApprovedByLevel() {
        assertValue("Trong năm, 3,5 tỷ đồng thanh toán trực tuyến qua Cổng dịch vụ công.", "dvc.online_payment_amount", "3500000000");
        assertValue("Có 6/7 hệ thống đã được phê duyệt cấp độ an toàn thông tin.", "sec.systems_level_approved", "6");
    }

    @Test
    void documentsExchangedElectronicallyShareTheFigureOfTheirSentence() {
        assertValue("Văn bản đi được ký số đạt 97% và trao đổi hoàn toàn dưới dạng điện tử.", "doc.electronic_pct", "97");
        assertNone("Có 100% hồ sơ được trao đổi dưới dạng điện tử giữa các bộ phận.", "doc.electronic_pct");
        assertValue("Văn bản đi được ký số đạt 95% và trao đổi văn bản điện tử đạt 98%.", "doc.electronic_pct", "98");
    }

    @Test
    void aSentenceReportingWhatAMinistrySaysIsNotTheUnits() {
        assertNone("Theo Bộ Thông tin và Truyền thông, mạng truyền số liệu chuyên dùng đã kết nối tới mọi cấp chính quyền.",
                "infra.dedicated_network");
        assertNone("Theo số liệu của Cục An toàn thông tin, có 12 sự cố mất an toàn thông tin trong quý.", "sec.incidents");
        assertValue("Huyện đã kết nối mạng truyền số liệu chuyên dùng đến 100% xã.", "infra.dedicated_network", true);
    }

    @Test
    void aFigureStatedForEachOfSeveralThingsIsNotATotal() {
        assertNone("Mỗi thôn thành lập 1 Tổ công nghệ số cộng đồng.", "hr.community_tech_teams");
        assertNone("Mỗi tổ công nghệ số cộng đồng có 6 thành viên.", "hr.community_tech_members");
        assertValue("Huyện thành lập 14 Tổ công nghệ số cộng đồng, mỗi tổ có 6 thành viên.", "hr.community_tech_teams", "14");
        assertValue("Huyện thành lập 14 tổ công nghệ số cộng đồng, mỗi tổ 6 người, tổng cộng 84 thành viên.", "hr.community_tech_members", "84");
    }

    @Test
    void aTargetThatTheUnitAimsAtIsNotAResult() {
        assertNone("Năm nay huyện hướng tới 75% hộ gia đình có internet cáp quang.", "soc.household_fiber_pct");
        assertValue("Chính quyền điện tử hướng tới chính quyền số được đẩy mạnh; đã có 75% hộ gia đình có internet cáp quang.",
                "soc.household_fiber_pct", "75");
    }

    @Test
    void criteriaMetAndTheTargetsOfAPlanAreCounted() {
        String body = "Kế hoạch số 12/KH-UBND có 18 chỉ tiêu. Đến nay, 15 tiêu chí đạt, 3 tiêu chí chưa đạt.";
        assertValue(body, "dir.plan_targets_total", "18");
        assertValue(body, "dir.plan_targets_met", "15");
        assertNone("Xã có 17 tiêu chí đạt chuẩn nông thôn mới.", "dir.plan_targets_met");
    }

    @Test
    void theShareStatedRightAfterACountBelongsToTheStatement() {
        assertValue("Số tài khoản định danh đã kích hoạt là 23.410 (tỷ lệ 64,2%).", "soc.vneid_residents_pct", "64.2");
        assertValue("Tỷ lệ tài khoản VNeID đã kích hoạt đạt 81%.", "soc.vneid_residents_pct", "81");
    }

    @Test
    void anAttackCountedInWordsIsAnIncident() {
        assertValue("Trong năm, hệ thống thư điện tử của huyện bị ghi nhận hai cuộc tấn công.", "sec.incidents", "2");
        assertNone("Cả nước ghi nhận 1.200 cuộc tấn công mạng.", "sec.incidents");
    }

    @Test
    void aDigitalTransformationBudgetIsStatedInASentenceAboutItAndNotForAnyInvestment() {
        assertNone("Kinh phí đầu tư xây dựng nhà văn hóa là 2,5 tỷ đồng.", "fin.dx_budget");
        assertValue("Tổng kinh phí ứng dụng công nghệ thông tin, chuyển đổi số năm 2023 là 1,2 tỷ đồng.", "fin.dx_budget", "1200000000");
    }

    @Test
    void documentsIssuedByAnotherBodyAreNotTheUnitsOwn() {
        assertNone("Trong năm, UBND tỉnh ban hành 35 văn bản chỉ đạo về chuyển đổi số.", "dir.directive_docs");
        assertValue("Trong năm, UBND huyện ban hành 14 văn bản chỉ đạo về chuyển đổi số.", "dir.directive_docs", "14");
        assertValue("Thực hiện chỉ đạo của UBND tỉnh, huyện ban hành 14 văn bản chỉ đạo về chuyển đổi số.", "dir.directive_docs", "14");
        assertValue("UBND huyện ban hành Kế hoạch số 45/KH-UBND triển khai Kế hoạch của UBND tỉnh về chuyển đổi số năm 2023.",
                "dir.annual_plan", true);
    }

    @Test
    void theDistrictsFiguresAreNotACommunesAndTheDistrictTierIsNotTheProvinces() {
        String commune = "UBND XÃ TÂN HÒA\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";
        assertTrue(extract(commune + "Tỷ lệ người dân trên địa bàn huyện có tài khoản định danh điện tử đạt 61%.\n").values().isEmpty());
        assertEquals(1, extract(commune + "Tỷ lệ người dân trên địa bàn xã có tài khoản định danh điện tử đạt 61%.\n").values().size());
        String province = "UBND TỈNH AN GIANG\nBÁO CÁO kết quả chuyển đổi số năm 2023\n";
        assertTrue(extract(province + "Cấp huyện đã thành lập 96 tổ công nghệ số cộng đồng.\n").values().isEmpty());
        assertNone("Các huyện, thị xã đã thành lập 960 tổ công nghệ số cộng đồng.", "hr.community_tech_teams");
    }

    @Test
    void moreStatementsOfZeroIncidentsAndApprovedLevels() {
        assertValue("Trong kỳ không phát hiện trường hợp mất an toàn thông tin.", "sec.incidents", "0");
        assertValue("Đơn vị đã phê duyệt cấp độ an toàn cho 04 hệ thống thông tin.", "sec.systems_level_approved", "4");
    }

    @Test
    void aShareNamedForDocumentsIsNotAShareOfStaff() {
        String body = "Tỷ lệ tiếp nhận văn bản điện tử qua phần mềm quản lý văn bản và điều hành đạt 96,2%.";
        assertNone(body, "doc.dms_users_pct");
        assertValue("Tỷ lệ cán bộ, công chức sử dụng phần mềm quản lý văn bản và điều hành đạt 100%.", "doc.dms_users_pct", "100");
    }

    @Test
    void aReportAboutOneCommuneIsTheCommunesWhoeverWritesIt() {
        ExtractionResult r = extract("SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH AN GIANG\nBÁO CÁO\n"
                + "Kết quả kiểm tra tiêu chí thông tin và truyền thông tại xã Mỹ Hòa, huyện Chợ Mới\n"
                + "Tỷ lệ văn bản điện tử của xã đạt 97%.\n");
        assertEquals("UBND xã Mỹ Hòa", r.unitName());
        assertEquals(1, r.values().size());
    }

    @Test
    void aMinistryOrTheProvincesAgenciesAsSubjectAreNotTheUnit() {
        assertNone("Bộ Thông tin và Truyền thông đã tổ chức 9 lớp tập huấn về chuyển đổi số.", "hr.training_courses");
        assertNone("Tỷ lệ văn bản điện tử của các sở, ban, ngành đạt 97%.", "doc.electronic_pct");
        assertValue("Huyện đã tổ chức 9 lớp tập huấn về chuyển đổi số.", "hr.training_courses", "9");
    }

    @Test
    void anotherCommuneNamedInTheSentenceIsNotTheUnit() {
        assertNone("Trong đó, xã Bình Minh có 7 tổ công nghệ số cộng đồng.", "hr.community_tech_teams");
        assertNone("Thị trấn Phú Mỹ có tỷ lệ kích hoạt tài khoản định danh điện tử đạt 88%.", "soc.vneid_residents_pct");
        ExtractionResult own = extract("UBND XÃ BÌNH MINH\nBÁO CÁO kết quả chuyển đổi số năm 2023\n"
                + "Xã Bình Minh có 7 tổ công nghệ số cộng đồng.\n");
        assertEquals(1, own.values().size());
    }

    @Test
    void aCountRepeatedInWordsOrWrittenInWordsBeforeItsNoun() {
        assertValue("Huyện tổ chức 04 (bốn) lớp tập huấn kỹ năng số.", "hr.training_courses", "4");
        assertValue("Huyện có bốn tổ công nghệ số cộng đồng.", "hr.community_tech_teams", "4");
    }

    @Test
    void theFirstMonthsOfAYearReportAreAPartOfItsPeriod() {
        String body = "6 tháng đầu năm, tiếp nhận 1.900 văn bản đến; cả năm tiếp nhận 4.020 văn bản đến.";
        assertValue(body, "doc.incoming", "4020");
    }

    @Test
    void anApprovedSecurityLevelStatedAsDone() {
        assertValue("Đã phê duyệt cấp độ 2 cho hệ thống một cửa điện tử của huyện.", "sec.security_level_approved", true);
        assertValue("Hệ thống thông tin của huyện đã được phê duyệt cấp độ 3.", "sec.security_level_approved", true);
    }

    @Test
    void trainingCountsNeedATrainingSentence() {
        assertValue("Tổ chức hội nghị tập huấn chuyển đổi số với 260 cán bộ tham gia.", "hr.trained_staff", "260");
        assertNone("Có 260 cán bộ tham gia cuộc thi trực tuyến tìm hiểu về chuyển đổi số.", "hr.trained_staff");
        assertNone("Hướng dẫn 1.800 lượt người dân cài đặt ứng dụng VNeID.", "soc.digital_skills_trained");
        assertValue("Tập huấn kỹ năng số cho 1.800 lượt người dân.", "soc.digital_skills_trained", "1800");
    }
}
