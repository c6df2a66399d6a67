package vn.dti.report.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The unit, level and period a report or news article states about itself, in the wordings agencies and portals use. */
class ReportHeaderTest {

    private static ReportHeader header(String text) {
        return ReportHeader.detect(NormalizedText.of(text));
    }

    @Test
    void aHeadingLineNamesThePeriodOfANewsArticle() {
        ReportHeader h = header("UBND HUYỆN VĂN LÂM (TỈNH HƯNG YÊN) – TRANG THÔNG TIN ĐIỆN TỬ\nKết quả triển khai chuyển đổi số năm 2022\n"
                + "(28/12/2022; nguồn: VGP)\n\nHuyện đã duy trì hệ thống một cửa điện tử và dịch vụ công trực tuyến cho người dân, "
                + "doanh nghiệp trên địa bàn, bảo đảm kết nối liên thông với các hệ thống của tỉnh.\n");
        assertEquals("2022", h.period());
        assertEquals("UBND huyện Văn Lâm", h.unitName());
        assertEquals(UnitLevel.DISTRICT, h.level());
    }

    @Test
    void aQuarterInAHeadingIsThePeriod() {
        assertEquals("2020Q1", header("UBND HUYỆN ĐẦM HÀ (QUẢNG NINH)\nQuý I/2020 không có hồ sơ giải quyết thủ tục hành chính quá hạn\n"
                + "(Trung tâm Truyền thông và Văn hóa huyện)\n\nTrong 3 tháng đầu năm, huyện tập trung chỉ đạo đẩy mạnh công tác cải cách "
                + "hành chính.\n").period());
    }

    @Test
    void theFirstSentenceOpenedByAYearGivesThePeriod() {
        ReportHeader h = header("HUYỆN ĐẮK GLONG (TỈNH ĐẮK NÔNG)\nGiải quyết được hơn 57.000 hồ sơ thủ tục hành chính\n(19/01/2021)\n\n"
                + "Năm 2020, tổng số hồ sơ yêu cầu giải quyết thủ tục hành chính (TTHC) trong kỳ của toàn huyện là 59.010 bộ. Trong đó, "
                + "số hồ sơ mới tiếp nhận là 57.028 bộ.\n");
        assertEquals("2020", h.period());
    }

    @Test
    void aClauseOpenedByItsTimeInTheFirstSentenceGivesThePeriod() {
        assertEquals("2020Q1", header("UBND TỈNH LÂM ĐỒNG\nTrên 7.600 hồ sơ bị quá hạn trong quý I\n(Báo Lâm Đồng, 18/03/2020)\n\n"
                + "Thống kê của UBND tỉnh cho biết, trong quý I năm 2020 (tính từ 1/12/2019 đến 29/2/2020) toàn tỉnh đã tiếp nhận "
                + "659.245 hồ sơ, đã giải quyết 643.272 hồ sơ.\n").period());
        assertEquals("2020-9M", header("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH BẾN TRE\nTrung tâm giải quyết hơn 59 ngàn hồ sơ\n(11/10/2020)\n\n"
                + "Trong 9 tháng năm 2020, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 61,3 ngàn hồ sơ các loại. Phần lớn là "
                + "hồ sơ tiếp nhận trực tiếp.\n").period());
    }

    @Test
    void theReportCitedInTheFirstSentenceGivesItsPeriod() {
        assertEquals("2023Q3", header("UBND TỈNH TIỀN GIANG\nTỷ lệ văn bản điện tử trao đổi trong phạm vi toàn tỉnh đạt 100%\n"
                + "(Báo Ấp Bắc, 27/10/2023)\n\nTheo báo cáo của UBND tỉnh về việc gửi, nhận văn bản điện tử quý III-2023 (từ ngày 15-6 "
                + "đến hết ngày 14-9-2023), hệ thống quản lý văn bản và điều hành đã được sử dụng ở tất cả cơ quan.\n").period());
    }

    @Test
    void sinceTheNewYearIsTheYearOfTheDatedLine() {
        assertEquals("2022", header("UBND THÀNH PHỐ ĐÀ NẴNG\nĐà Nẵng đứng thứ 2 toàn quốc về tỷ lệ hồ sơ trực tuyến\n(Báo Đà Nẵng, 11/2022)\n\n"
                + "Thông tin từ Bộ Thông tin và Truyền thông cho biết: tính từ đầu năm đến nay, thành phố có tỷ lệ hồ sơ trực tuyến "
                + "đạt 67%, đứng thứ hai toàn quốc về chỉ số này.\n").period());
        assertEquals("2024", header("UBND XÃ MỸ HÒA\nChuyển đổi số ở xã Mỹ Hòa\nMỹ Hòa, ngày 20 tháng 6 năm 2024\n\nTrong năm nay, xã tập trung "
                + "hướng dẫn người dân cài đặt ứng dụng và sử dụng dịch vụ công trực tuyến tại nhà.\n").period());
    }

    @Test
    void aMonthWithoutItsYearIsDatedByTheDatedLine() {
        assertEquals("2019-10", header("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LÂM ĐỒNG\nLượng hồ sơ quá hạn cấp huyện, thành còn nhiều\n"
                + "(25/11/2019)\n\nTrong tháng 10 vừa qua, Trung tâm Phục vụ Hành chính công của tỉnh đã tiếp nhận tổng cộng 19.361 hồ sơ, "
                + "trong đó có 16.041 hồ sơ tiếp nhận trực tiếp.\n").period());
    }

    @Test
    void theTitlesYearWinsOverTheDateOfWritingEarlyNextYear() {
        ReportHeader h = header("UBND HUYỆN BÌNH SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BC-UBND\n"
                + "Bình Sơn, ngày 15 tháng 01 năm 2024\nBÁO CÁO\nKết quả thực hiện chuyển đổi số năm 2023\n\n"
                + "Thực hiện Kế hoạch số 45/KH-UBND ngày 10 tháng 3 năm 2023 của UBND huyện, UBND huyện Bình Sơn báo cáo kết quả như sau.\n");
        assertEquals("2023", h.period());
        assertEquals("UBND huyện Bình Sơn", h.unitName());
    }

    @Test
    void theResultsNamedInTheDatedLineAreThePeriod() {
        assertEquals("2022", header("UBND TỈNH QUẢNG NAM\nBứt phá đồng bộ, Quảng Nam lọt vào top 3 khu vực miền Trung về chuyển đổi số\n"
                + "(Viettimes, 01/2023 – kết quả năm 2022)\n\nĐể xây dựng nền tảng cho chuyển đổi số, tỉnh coi phát triển hạ tầng số là "
                + "nhiệm vụ trọng tâm và đã đầu tư đồng bộ.\n").period());
    }

    @Test
    void theNextPeriodsTasksInATitleAreNotThePeriod() {
        assertEquals("2025Q3", header("UBND PHƯỜNG PHÙ LIỄN\nBÁO CÁO\nSơ kết công tác cải cách hành chính quý III, phương hướng, nhiệm vụ quý IV/2025\n"
                + "(Phù Liễn, ngày 15/9/2025)\n\nTừ ngày 1/7/2025, phường chính thức thành lập, hoạt động theo mô hình chính quyền địa "
                + "phương 2 cấp và triển khai ngay công tác cải cách hành chính.\n").period());
        assertEquals("2024", header("UBND HUYỆN XUÂN LỘC (ĐỒNG NAI)\nKết quả thực hiện Kế hoạch chuyển đổi số năm 2024 và đề xuất nhiệm vụ "
                + "chuyển đổi số năm 2025\n\nQua việc triển khai thực hiện Kế hoạch chuyển đổi số năm 2024, huyện Xuân Lộc đạt được một "
                + "số kết quả nổi bật trên cả ba trụ cột.\n").period());
    }

    @Test
    void aQuarterWithoutItsYearIsDatedByTheDatedLine() {
        assertEquals("2023Q3", header("UBND TỈNH KON TUM\nHồ sơ trực tuyến tăng mạnh trong quý III\n(18/10/2023)\n\n"
                + "Các cơ quan, đơn vị trên địa bàn tỉnh tiếp tục đẩy mạnh tiếp nhận hồ sơ trực tuyến.\n").period());
        assertEquals("2023Q4", header("UBND TỈNH KON TUM\nKết quả giải quyết hồ sơ quý IV\n(15/01/2024)\n\n"
                + "Các cơ quan, đơn vị trên địa bàn tỉnh tiếp tục đẩy mạnh tiếp nhận hồ sơ trực tuyến.\n").period());
    }

    @Test
    void aPlanOrATargetHeadingGivesNoPeriod() {
        assertNull(header("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nSố: 228/KH-UBND\nQuảng Nam, ngày 08 tháng 01 năm 2025\n\nKẾ HOẠCH\n"
                + "CHUYỂN ĐỔI SỐ TỈNH QUẢNG NAM NĂM 2025\n\nThực hiện hướng dẫn của Bộ Thông tin và Truyền thông về xây dựng kế hoạch "
                + "chuyển đổi số năm 2025, UBND tỉnh ban hành Kế hoạch như sau.\n").period());
        assertNull(header("UBND HUYỆN ĐÔNG GIANG (QUẢNG NAM)\nĐông Giang đặt mục tiêu chuyển đổi số toàn diện năm 2025\n"
                + "(Báo Quảng Nam, 04/2025)\n\nNgày 3/4, UBND huyện Đông Giang ban hành kế hoạch chuyển đổi số, tập trung vào ba trụ "
                + "cột: chính quyền số, kinh tế số và xã hội số.\n").period());
    }

    @Test
    void aPreviousYearOpeningAnArticleWrittenLateInTheNextYearIsBackground() {
        assertEquals("2024", header("UBND THÀNH PHỐ HỒ CHÍ MINH\nTP.HCM tăng tốc chuyển đổi số\n(Thanh Niên, 20/9/2024)\n\nNăm 2023, TP.HCM có "
                + "nhiều dấu ấn trong lĩnh vực chuyển đổi số và là địa phương duy nhất được trao giải thưởng ở hạng mục chính quyền số.\n")
                .period());
        assertNull(header("SỞ THÔNG TIN VÀ TRUYỀN THÔNG ĐỒNG NAI\nĐồng Nai đẩy mạnh chuyển đổi số\n(2022)\n\nNăm 2021, tỉnh Đồng Nai "
                + "nằm trong nhóm 10 địa phương dẫn đầu về chuyển đổi số trong cả nước, cho thấy những nỗ lực của tỉnh.\n").period());
    }

    @Test
    void anArticleDatedFromAprilOnWithNoPeriodOfItsOwnIsAboutThatYear() {
        assertEquals("2021", header("UBND TỈNH HẢI DƯƠNG\nPhòng họp trực tuyến đến tất cả các xã\n(Báo Hải Dương, 21/09/2021)\n\n"
                + "Sở Thông tin và Truyền thông vừa hoàn thành việc lắp đặt phòng họp trực tuyến tại 128 xã, thị trấn trong tỉnh.\n").period());
        assertNull(header("UBND TỈNH THÁI NGUYÊN\nCải cách hành chính chuyển biến rõ nét\n(12/02/2023)\n\n"
                + "Công tác cải cách hành chính của tỉnh có nhiều chuyển biến tích cực, được người dân, doanh nghiệp ghi nhận.\n").period());
        assertNull(header("UBND TỈNH KON TUM\nHồ sơ trực tuyến tăng mạnh trong 9 tháng\n(18/10/2023)\n\n"
                + "Các cơ quan, đơn vị trên địa bàn tỉnh tiếp tục đẩy mạnh tiếp nhận hồ sơ trực tuyến.\n").period());
    }

    @Test
    void theReportingSubjectsPeriodComesBeforeTheYearOfWriting() {
        assertEquals("2024H1", header("UBND HUYỆN BÌNH SƠN\nBÁO CÁO\nKết quả thực hiện công tác chuyển đổi số\nBình Sơn, ngày 20 tháng 6 năm 2024\n\n"
                + "Thực hiện Công văn số 125/STTTT-CĐS ngày 03/6/2024 của Sở Thông tin và Truyền thông về việc đề nghị các địa phương gửi "
                + "số liệu. Theo đó, UBND huyện Bình Sơn báo cáo kết quả 6 tháng đầu năm 2024 như sau:\n").period());
    }

    @Test
    void aHeadingYearAfterTheDateOfWritingIsNotThePeriod() {
        assertNull(header("UBND XÃ AN BÌNH\nChuyển đổi số năm 2026: xã đặt nhiều kỳ vọng\n(12/10/2024)\n\nXã đã triển khai nhiều mô hình "
                + "chuyển đổi số trong đời sống của người dân, được đông đảo bà con đồng tình hưởng ứng.\n").period());
    }

    @Test
    void datesAndTargetYearsInATitleAreNotThePeriod() {
        assertNull(header("THỊ ỦY LA GI\nBÁO CÁO\nKết quả 03 năm triển khai thực hiện Nghị quyết số 10-NQ/TU ngày 18/3/2022 của Tỉnh ủy "
                + "về chuyển đổi số đến năm 2025, định hướng đến năm 2030\n\nQua 03 năm thực hiện Nghị quyết, Thị ủy đã ban hành Kế "
                + "hoạch để triển khai thực hiện.\n").period());
    }

    @Test
    void aSpanOfDaysInOneYearIsThatYear() {
        assertEquals("2025", header("UBND XÃ ĐƯỜNG AN\nBÁO CÁO\nTổng kết hoạt động hành chính công từ ngày 1/7 đến ngày 26/11/2025\n\n"
                + "Sau sắp xếp đơn vị hành chính, xã Đường An vận hành theo mô hình chính quyền địa phương 2 cấp.\n").period());
    }

    @Test
    void theFirstSentencesSubjectIsTheUnitOfAnArticleWithoutLetterhead() {
        ReportHeader h = header("Kết quả chuyển đổi số năm 2023\n\nNăm 2023, huyện Vĩnh Linh đã thành lập 135 tổ công nghệ số cộng đồng "
                + "ở tất cả thôn, khu phố và tổ chức nhiều lớp tập huấn kỹ năng số cho người dân.\n");
        assertEquals("UBND huyện Vĩnh Linh", h.unitName());
        assertEquals(UnitLevel.DISTRICT, h.level());
        assertEquals("2023", h.period());
    }

    @Test
    void centrallyRunCitiesAreProvinces() {
        assertEquals(UnitLevel.PROVINCE, header("UBND THÀNH PHỐ ĐÀ NẴNG\nTin tức\n\nThành phố tiếp nhận 1.200 hồ sơ.\n").level());
        assertEquals(UnitLevel.PROVINCE, UnitLevel.ofName("UBND Thành phố Hồ Chí Minh"));
        assertEquals(UnitLevel.DISTRICT, UnitLevel.ofName("UBND thành phố Nha Trang"));
    }

    @Test
    void provinceLetterheadsWithADashAndPortalsNameTheProvince() {
        assertEquals("UBND tỉnh Bà Rịa - Vũng Tàu", header("UBND TỈNH BÀ RỊA – VŨNG TÀU\nKết quả cải cách hành chính giai đoạn 2015-2020\n"
                + "(Báo Bà Rịa – Vũng Tàu, 9/2020)\n\nTỉnh đã ban hành nhiều quyết định công bố thủ tục hành chính.\n").unitName());
        assertEquals("UBND tỉnh Thừa Thiên Huế", header("CỔNG DỊCH VỤ CÔNG TỈNH THỪA THIÊN HUẾ\nThống kê\n\nKết quả giải quyết "
                + "thủ tục hành chính\n").unitName());
    }

    @Test
    void aHeadlineOpenedByAFigureDoesNotContinueTheLetterhead() {
        ReportHeader h = header("UBND TỈNH HẢI DƯƠNG\n100% số xã, phường, thị trấn có kết nối họp trực tuyến\n(Báo Hải Dương, 21/09/2021)\n\n"
                + "Sở Thông tin và Truyền thông vừa hoàn thành việc lắp đặt phòng họp trực tuyến tại 128 xã, thị trấn trong tỉnh.\n");
        assertEquals("UBND tỉnh Hải Dương", h.unitName());
        assertEquals(UnitLevel.PROVINCE, h.level());
    }

    @Test
    void periodPhrasesOfNewsWording() {
        assertEquals(Optional.of("2020-9M"), PeriodPhrases.find("trong 9 tháng năm 2020"));
        assertEquals(Optional.of("2023Q3"), PeriodPhrases.find("quý iii-2023"));
        assertEquals(Optional.of("2024"), PeriodPhrases.find("12 tháng năm 2024"));
        assertEquals(Optional.empty(), PeriodPhrases.find("chuyển đổi số đến năm 2025"));
        assertEquals(Optional.empty(), PeriodPhrases.find(PeriodPhrases.withoutDates("kế hoạch số 12 ngày 15 tháng 12 năm 2022")));
        assertEquals(Optional.of("2021-09"), PeriodPhrases.atStart("tháng 9/2021"));
        assertEquals(Optional.empty(), PeriodPhrases.atStart("hải dương đã tăng bậc về xếp hạng chuyển đổi số năm 2022"));
    }

    @Test
    void aLetterheadNameWrappedOntoTheNextLineIsReadWhole() {
        ReportHeader centre = header("UBND TỈNH CÀ MAU\nTRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG\nSố: 55/BC-TTPVHCC\n\n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính quý II năm 2024\n");
        assertEquals("Trung tâm Phục vụ hành chính công tỉnh Cà Mau", centre.unitName());
        assertEquals(UnitLevel.DEPARTMENT, centre.level());
        ReportHeader province = header("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nSố: 91/BC-UBND\n\nBÁO CÁO\nKết quả chuyển đổi số năm 2023\n");
        assertEquals("UBND tỉnh Hậu Giang", province.unitName());
        ReportHeader department = header("SỞ NÔNG NGHIỆP VÀ\nPHÁT TRIỂN NÔNG THÔN\nSố: 12/BC-SNN\n\nBÁO CÁO\nỨng dụng công nghệ thông tin năm 2022\n");
        assertEquals(UnitLevel.DEPARTMENT, department.level());
        assertEquals("Sở Nông Nghiệp Và Phát Triển Nông Thôn", department.unitName());
    }

    @Test
    void aBodyUnderTheProvincesLetterheadIsTheUnitNotTheProvince() {
        ReportHeader board = header("UBND TỈNH QUẢNG NGÃI\nBAN QUẢN LÝ KHU KINH TẾ DUNG QUẤT\nSố: 301/BC-BQL\n\n"
                + "BÁO CÁO\nTình hình ứng dụng công nghệ thông tin 9 tháng đầu năm 2023\n");
        assertEquals("Ban quản lý khu kinh tế dung quất tỉnh Quảng Ngãi", board.unitName());
        assertEquals(UnitLevel.DEPARTMENT, board.level());
        ReportHeader office = header("UBND TỈNH NINH THUẬN\nVĂN PHÒNG\nSố: 77/BC-VPUB\n\nBÁO CÁO\nKết quả chuyển đổi số năm 2024 của Văn phòng\n");
        assertEquals("Văn phòng UBND tỉnh Ninh Thuận", office.unitName());
        ReportHeader steering = header("UBND TỈNH NINH THUẬN\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\nSố: 79/BC-BCĐ\n\nBÁO CÁO\nKết quả chuyển đổi số năm 2024\n");
        assertEquals("UBND tỉnh Ninh Thuận", steering.unitName());
        assertEquals(UnitLevel.PROVINCE, steering.level());
        ReportHeader provinceItself = header("UBND TỈNH NINH THUẬN\nSố: 78/BC-UBND\n\nBÁO CÁO\nKết quả chuyển đổi số năm 2024\n");
        assertEquals("UBND tỉnh Ninh Thuận", provinceItself.unitName());
        assertEquals(UnitLevel.PROVINCE, provinceItself.level());
    }

    @Test
    void aCommuneUnderItsDistrictsNameInTheLetterheadIsTheUnit() {
        ReportHeader commune = header("UBND HUYỆN TÂN PHƯỚC\nUBND XÃ PHÚ MỸ\nSố: 45/BC-UBND\n\nBÁO CÁO\nKết quả chuyển đổi số quý III năm 2024\n"
                + "(Theo đề nghị tại Công văn số 812/UBND-VHTT của UBND huyện Tân Phước)\n");
        assertEquals("UBND xã Phú Mỹ", commune.unitName());
        assertEquals(UnitLevel.COMMUNE, commune.level());
        ReportHeader district = header("UBND HUYỆN TÂN PHƯỚC\nSố: 46/BC-UBND\n\nBÁO CÁO\nKết quả chuyển đổi số quý III năm 2024 trên địa bàn\n"
                + "UBND xã Phú Mỹ và các xã khác đã hoàn thành kế hoạch.\n");
        assertEquals("UBND huyện Tân Phước", district.unitName());
    }

    @Test
    void aBodysNameThatStopsAtTheWordProvinceTakesTheProvinceOfTheLetterhead() {
        ReportHeader office = header("UBND TỈNH TRÀ VINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "BÁO CÁO\nTình hình ứng dụng công nghệ thông tin năm 2021\n\nTrên đây là báo cáo tình hình ứng dụng công nghệ thông tin "
                + "năm 2021 của Văn phòng UBND tỉnh.\n");
        assertEquals("Văn phòng UBND tỉnh Trà Vinh", office.unitName());
    }

    @Test
    void monthCountsWrittenWithALeadingZeroOrInWordsNameThePeriod() {
        assertEquals(Optional.of("2024H1"), PeriodPhrases.find("báo cáo kết quả 06 tháng đầu năm 2024"));
        assertEquals(Optional.of("2022-9M"), PeriodPhrases.find("tình hình thực hiện 09 tháng năm 2022"));
        assertEquals(Optional.of("2025H1"), PeriodPhrases.find("kết quả chuyển đổi số sáu tháng đầu năm 2025"));
        assertEquals(Optional.of("2023-9M"), PeriodPhrases.find("chín tháng đầu năm 2023"));
        assertEquals(Optional.of("2021H2"), PeriodPhrases.find("nhiệm vụ 06 tháng cuối năm 2021"));
        assertEquals(Optional.of("2023"), PeriodPhrases.find("116 tháng năm 2023 khác"));
        assertEquals("2025H1", header("UBND TỈNH BẠC LIÊU\nSỞ Y TẾ\nBÁO CÁO\nKết quả chuyển đổi số sáu tháng đầu năm 2025 của Sở Y tế\n"
                + "Bạc Liêu, ngày 16 tháng 6 năm 2025\n\nSở Y tế báo cáo như sau:\n").period());
    }

    private static final String BODY = "\nKết quả nổi bật trong năm\n(12/2025)\n\nTrong năm, đơn vị tiếp nhận 13.188 hồ sơ, tỷ lệ hồ sơ giải quyết "
            + "đúng và trước hạn đạt 99,2%; 100% văn bản được xử lý trên môi trường điện tử.\n";

    private static void assertUnit(String letterhead, String unit, UnitLevel level) {
        ReportHeader h = header(letterhead + BODY);
        assertEquals(unit, h.unitName(), letterhead);
        assertEquals(level, h.level(), letterhead);
    }

    @Test
    void aLetterheadJoiningAGovernmentAndItsBodyNamesTheGovernment() {
        assertUnit("UBND XÃ PHÚ GIÁO – TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ", "UBND xã Phú Giáo", UnitLevel.COMMUNE);
        assertUnit("UBND XÃ AN BÌNH - TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "UBND xã An Bình", UnitLevel.COMMUNE);
        assertUnit("UBND HUYỆN LỘC HÀ – BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ HUYỆN", "UBND huyện Lộc Hà", UnitLevel.DISTRICT);
        assertUnit("UBND THÀNH PHỐ CẦN THƠ – TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ", "UBND thành phố Cần Thơ", UnitLevel.PROVINCE);
        assertUnit("UBND TỈNH PHÚ YÊN – SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "UBND tỉnh Phú Yên", UnitLevel.PROVINCE);
    }

    @Test
    void aPublicServiceCentreOfACommuneOrDistrictSpeaksForItsGovernment() {
        assertUnit("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ TÂN LẬP", "UBND xã Tân Lập", UnitLevel.COMMUNE);
        assertUnit("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG 7", "UBND phường 7", UnitLevel.COMMUNE);
        assertUnit("TRUNG TÂM HÀNH CHÍNH CÔNG HUYỆN CẦN GIỜ", "UBND huyện Cần Giờ", UnitLevel.DISTRICT);
        assertUnit("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LÂM ĐỒNG", "Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng", UnitLevel.DEPARTMENT);
    }

    @Test
    void aProvincesCentreNamedUnderTheProvinceIsTheCentre() {
        assertUnit("UBND TỈNH TRÀ VINH\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Trung tâm Phục vụ hành chính công tỉnh Trà Vinh", UnitLevel.DEPARTMENT);
        assertUnit("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nTRUNG TÂM HÀNH CHÍNH CÔNG", "Trung tâm Hành chính công tỉnh Hà Giang", UnitLevel.DEPARTMENT);
        assertUnit("UBND TỈNH TRÀ VINH\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG HUYỆN CẦU KÈ", "UBND huyện Cầu Kè", UnitLevel.DISTRICT);
    }

    @Test
    void aPartyCommitteeBeforeTheGovernmentLeavesTheGovernmentTheUnit() {
        assertUnit("ĐẢNG ỦY – UBND PHƯỜNG BÌNH TÂN (THÀNH PHỐ HỒ CHÍ MINH)", "UBND phường Bình Tân", UnitLevel.COMMUNE);
        assertUnit("ĐẢNG ỦY - HĐND - UBND XÃ ĐẠI LỘC", "UBND xã Đại Lộc", UnitLevel.COMMUNE);
        assertUnit("ĐẢNG UỶ – UBND PHƯỜNG 3 (TỈNH VĨNH LONG)", "UBND phường 3", UnitLevel.COMMUNE);
    }

    @Test
    void aPartyCommitteeAloneNamesItsTerritory() {
        assertUnit("THỊ ỦY LA GI", "UBND thị xã La Gi", UnitLevel.DISTRICT);
        assertUnit("HUYỆN ỦY NAM ĐÀN", "UBND huyện Nam Đàn", UnitLevel.DISTRICT);
        assertUnit("ĐẢNG ỦY XÃ HƯNG ĐẠO", "UBND xã Hưng Đạo", UnitLevel.COMMUNE);
        assertUnit("TỈNH ỦY LÂM ĐỒNG", "UBND tỉnh Lâm Đồng", UnitLevel.PROVINCE);
    }

    @Test
    void aNoteInBracketsAfterTheLetterheadIsNotPartOfIt() {
        assertUnit("UBND TỈNH HẬU GIANG (đăng lại trên Trang thông tin điện tử xã Hữu Nghị)", "UBND tỉnh Hậu Giang", UnitLevel.PROVINCE);
        assertUnit("UBND HUYỆN KRÔNG PẮC (nguồn: Báo Đắk Lắk)", "UBND huyện Krông Pắc", UnitLevel.DISTRICT);
        assertUnit("UBND XÃ TÂN AN (THỊ XÃ TÂN CHÂU) – TRANG THÔNG TIN ĐIỆN TỬ XÃ", "UBND xã Tân An", UnitLevel.COMMUNE);
    }

    @Test
    void aBodyOfAProvinceWithoutItsGovernmentIsTheUnit() {
        assertUnit("VĂN PHÒNG UBND TỈNH BẮC KẠN", "Văn phòng UBND tỉnh Bắc Kạn", UnitLevel.DEPARTMENT);
        assertUnit("TRUNG TÂM GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH CÀ MAU", "Trung tâm giải quyết thủ tục hành chính tỉnh Cà Mau",
                UnitLevel.DEPARTMENT);
        assertUnit("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH BẮC NINH", "Ban quản lý các khu công nghiệp tỉnh Bắc Ninh", UnitLevel.DEPARTMENT);
        assertUnit("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÀ RỊA - VŨNG TÀU", "Sở giáo dục và đào tạo tỉnh Bà Rịa - Vũng Tàu", UnitLevel.DEPARTMENT);
    }

    @Test
    void aCapitalsLineThatNamesNoBodyIsPassedOver() {
        assertUnit("ĐỘC LẬP - TỰ DO - HẠNH PHÚC\nĐẢNG ỦY – UBND XÃ ĐẠI LỘC", "UBND xã Đại Lộc", UnitLevel.COMMUNE);
    }

    @Test
    void aHeadlineInCapitalsOrAMinistryIsNoLetterheadOfAUnit() {
        assertNull(header("HUYỆN ĐẨY MẠNH CHUYỂN ĐỔI SỐ TRONG CẢI CÁCH HÀNH CHÍNH" + BODY).unitName());
        assertNull(header("BỘ THÔNG TIN VÀ TRUYỀN THÔNG" + BODY).unitName());
    }

    @Test
    void aLetterheadInTwoColumnsNamesTheUnitInItsLeftColumn() {
        String body = "\n\nBÁO CÁO\nKết quả thực hiện chuyển đổi số năm 2023\n\nUBND báo cáo kết quả như sau:\n";
        ReportHeader spaced = header("ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "HUYỆN AN PHÚ                        Độc lập - Tự do - Hạnh phúc\nSố: 31/BC-UBND         An Phú, ngày 07 tháng 1 năm 2024" + body);
        assertEquals("UBND huyện An Phú", spaced.unitName());
        assertEquals(UnitLevel.DISTRICT, spaced.level());
        assertEquals("2023", spaced.period());
        ReportHeader cells = header("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ ĐƯNG K'NỚ | Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 31/BC-UBND | Đưng K'Nớ, ngày 07 tháng 3 năm 2025" + body);
        assertEquals(UnitLevel.COMMUNE, cells.level());
        assertEquals("UBND xã Đưng K'nớ", cells.unitName());
        ReportHeader department = header("UBND TỈNH AN GIANG       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "SỞ THÔNG TIN VÀ TRUYỀN THÔNG       Độc lập - Tự do - Hạnh phúc" + body);
        assertEquals(UnitLevel.DEPARTMENT, department.level());
    }

    @Test
    void theWritersShortNameThatSaysOnlyItsTierDefersToTheLetterhead() {
        ReportHeader h = header("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: 12/BC-UBND\n\nBÁO CÁO\nKết quả chuyển đổi số quý I năm 2025\n\n"
                + "Thực hiện Kế hoạch số 11/KH-UBND, Ủy ban nhân dân xã báo cáo kết quả như sau:\n");
        assertEquals("UBND xã Tân Lập", h.unitName());
    }

    @Test
    void aDepartmentWhoseNameHoldsADashIsTheUnitUnderItsProvince() {
        String body = "\nSố: 88/BC-SLĐTBXH\n\nBÁO CÁO\nKết quả ứng dụng công nghệ thông tin năm 2023\n\nSở báo cáo như sau:\n";
        ReportHeader h = header("UBND TỈNH NGHỆ AN\nSỞ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI" + body);
        assertEquals(UnitLevel.DEPARTMENT, h.level());
        assertTrue(h.unitName().toLowerCase(Locale.ROOT).startsWith("sở lao động - thương binh và xã hội"), h.unitName());
        ReportHeader hyphen = header("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" + body);
        assertEquals(UnitLevel.DEPARTMENT, hyphen.level());
    }
}
