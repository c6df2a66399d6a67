package vn.dti.report.extraction;

import static vn.dti.report.extraction.DistrictReportSentences.assertNone;
import static vn.dti.report.extraction.DistrictReportSentences.assertValue;

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
    }

    @Test
    void aShareOfDivisionsOrAgenciesIsNoShareOfDocuments() {
        assertNone("Đặc biệt, 100% các phòng, đơn vị trực thuộc đã thực hiện việc trao đổi và xử lý văn bản, hồ sơ liên thông trên môi trường mạng.",
                "doc.electronic_pct");
        assertNone("100% phòng, ban chuyên môn gửi, nhận văn bản trên môi trường mạng.", "doc.electronic_pct");
        assertNone("100% các cơ quan, đơn vị trên địa bàn huyện đã gửi, nhận văn bản điện tử qua phần mềm.", "doc.electronic_pct");
        assertValue("100% các văn bản được trao đổi dưới dạng điện tử.", "doc.electronic_pct", "100");
    }
}
