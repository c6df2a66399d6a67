package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.platform.testing.SharedFolder;
import vn.dti.report.support.DenseText;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class NarrativeImportTest {

    private static final String UNIT = "NRI.BINHSON";
    private static final String REPORTER = Tokens.reporter(UNIT);

    @BeforeEach
    void aDistrict() {
        for (String json : List.of("{\"code\":\"NRI\",\"name\":\"Tỉnh Thử\",\"level\":\"PROVINCE\",\"validFrom\":\"2016-01-01\"}",
                "{\"code\":\"NRI.BINHSON\",\"name\":\"UBND huyện Bình Sơn\",\"level\":\"DISTRICT\",\"group\":\"huyen\",\"validFrom\":\"2016-01-01\"}")) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(json).post("/api/v1/units");
        }
    }

    @Test
    void aNarrativeReportBecomesADraftWhoseValuesAreProposalsUntilTheReporterSavesThem() throws Exception {
        byte[] seed = Files.readAllBytes(SharedFolder.locate().resolve("seeds/003_741b7664cff395cb.txt"));
        String text = new String(seed, java.nio.charset.StandardCharsets.UTF_8);
        var created = given().auth().oauth2(REPORTER)
                .multiPart("file", "bao-cao-binh-son-2023.txt", seed, "text/plain")
                .multiPart("unitCode", UNIT)
                .multiPart("period", "2023")
                .when().post("/api/v1/reports/import")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("values.size()", greaterThan(10))
                .body("values.proposed", everyItem(equalTo(true)))
                .body("values.source", everyItem(equalTo("EXTRACTION")))
                .body("values.find { it.element == 'doc.incoming' }.value", equalTo(26157))
                .body("narrative.sections[0].body.length()", greaterThan(1000))
                .extract();
        String id = created.path("id");
        List<Map<String, Object>> values = created.path("values");
        values.forEach(value -> org.junit.jupiter.api.Assertions.assertTrue(text.contains((String) value.get("quote")),
                "every quote is a passage of the report"));

        given().auth().oauth2(REPORTER).when().post("/api/v1/reports/" + id + "/submit").then().statusCode(409);

        StringBuilder confirm = new StringBuilder("[");
        values.forEach(value -> confirm.append("{\"element\":\"").append(value.get("element")).append("\",\"value\":")
                .append(value.get("value")).append("},"));
        confirm.setCharAt(confirm.length() - 1, ']');
        given().auth().oauth2(REPORTER).contentType(ContentType.JSON).body(confirm.toString())
                .when().put("/api/v1/reports/" + id + "/values")
                .then().statusCode(200)
                .body("values.proposed", everyItem(equalTo(false)))
                .body("values.find { it.element == 'doc.incoming' }.quote", notNullValue());
        given().auth().oauth2(REPORTER).when().post("/api/v1/reports/" + id + "/submit").then().statusCode(200);
    }

    @Test
    void aBinaryOrEmptyFileIsRefusedWithAProblem() {
        given().auth().oauth2(REPORTER)
                .multiPart("file", "scan.bin", new byte[] { 0, 1, 2, (byte) 0xff, 0 }, "application/octet-stream")
                .multiPart("unitCode", UNIT).multiPart("period", "2022")
                .when().post("/api/v1/reports/import")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("file"));
        given().auth().oauth2(REPORTER)
                .multiPart("file", "empty.txt", new byte[0], "text/plain")
                .multiPart("unitCode", UNIT).multiPart("period", "2022")
                .when().post("/api/v1/reports/import")
                .then().statusCode(422);
    }

    @Test
    void aReportWhoseTextIsLargerThanTheEngineReadsIsRefusedWithAProblem() {
        byte[] big = ("Trong năm 2022, đơn vị đã tiếp nhận 26.157 văn bản đến. ".repeat(20_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().auth().oauth2(REPORTER)
                .multiPart("file", "rat-dai.txt", big, "text/plain")
                .multiPart("unitCode", UNIT).multiPart("period", "2022")
                .when().post("/api/v1/reports/import")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aReportTooDenseInFiguresToReadWithinTheBudgetIsRefusedAndNothingIsStored() {
        String dense = DenseText.of(600_000);
        int draftsBefore = given().auth().oauth2(REPORTER).when().get("/api/v1/reports?unit=" + UNIT + "&size=500")
                .then().statusCode(200).extract().path("items.size()");
        given().auth().oauth2(REPORTER)
                .multiPart("file", "day-so-lieu.txt", dense.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain")
                .multiPart("unitCode", UNIT).multiPart("period", "2023")
                .when().post("/api/v1/reports/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
        given().auth().oauth2(REPORTER).when().get("/api/v1/reports?unit=" + UNIT + "&size=500")
                .then().statusCode(200).body("items.size()", equalTo(draftsBefore));
        given().auth().oauth2(REPORTER).contentType(ContentType.TEXT).body(dense)
                .when().post("/api/v1/extractions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void theExtractionEndpointProposesValuesAndStoresNothing() {
        given().auth().oauth2(REPORTER).contentType(ContentType.JSON)
                .body("{\"text\":\"Trong năm 2023, đơn vị đã tiếp nhận 26.157 văn bản đến, 497 văn bản đi.\"}")
                .when().post("/api/v1/extractions")
                .then().statusCode(200)
                .body("values.find { it.element == 'doc.incoming' }.value", equalTo(26157));
    }

    @Test
    void unitAndPeriodComeFromTheReportsHeaderWhenTheImportLeavesThemOut() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"NRI.NHAPTHU\",\"name\":\"UBND huyện Nhập Thử\",\"level\":\"DISTRICT\",\"group\":\"huyen\",\"validFrom\":\"2016-01-01\"}")
                .post("/api/v1/units");
        String report = "BÁO CÁO\nKết quả chuyển đổi số năm 2022\n\nUBND huyện Nhập Thử báo cáo kết quả chuyển đổi số năm 2022 như sau. "
                + "Trong năm, văn bản đi: 1.234 văn bản; không để xảy ra sự cố mất an toàn thông tin.";
        given().auth().oauth2(Tokens.reporter("NRI.NHAPTHU"))
                .multiPart("file", "bao-cao.txt", report.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain")
                .when().post("/api/v1/reports/import")
                .then().statusCode(201)
                .body("unitCode", equalTo("NRI.NHAPTHU"))
                .body("period", equalTo("2022"))
                .body("values.find { it.element == 'doc.outgoing' }.value", equalTo(1234))
                .body("values.find { it.element == 'doc.outgoing' }.extractionSource", equalTo("lexicon:doc.outgoing#0"))
                .body("values.find { it.element == 'sec.incidents' }.value", equalTo(0));
    }

    @Test
    void theTextIsReadAsTheReportOfTheUnitTheImportNames() {
        String report = "Trong thời gian qua, huyện đã tập trung chỉ đạo triển khai chuyển đổi số trên nhiều lĩnh vực và đạt được nhiều "
                + "kết quả quan trọng.\nTỷ lệ hồ sơ trực tuyến đạt 65%.\nTỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 97%.\n";
        given().auth().oauth2(REPORTER)
                .multiPart("file", "ghi-chu-2021.txt", report.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain")
                .multiPart("unitCode", UNIT).multiPart("period", "2021")
                .when().post("/api/v1/reports/import")
                .then().statusCode(201)
                .body("values.find { it.element == 'dvc.dossiers_online_pct' }.value", equalTo(65))
                .body("values.find { it.element == 'dvc.dossiers_on_time_pct' }", nullValue());
    }

    @Test
    void theExtractionEndpointReadsTheTextAsTheNamedUnitsReportAndAnswersAnUnknownUnitWithAProblem() {
        String text = "{\"text\":\"Trong thời gian qua, huyện đã tập trung chỉ đạo triển khai chuyển đổi số trên nhiều lĩnh vực. "
                + "Tỷ lệ hồ sơ trực tuyến đạt 65%. Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 97%.\"}";
        given().auth().oauth2(REPORTER).contentType(ContentType.JSON).body(text)
                .when().post("/api/v1/extractions")
                .then().statusCode(200)
                .body("values.find { it.element == 'dvc.dossiers_on_time_pct' }.value", equalTo(97));
        given().auth().oauth2(REPORTER).contentType(ContentType.JSON).body(text).queryParam("unitCode", UNIT)
                .when().post("/api/v1/extractions")
                .then().statusCode(200)
                .body("unit", equalTo("UBND huyện Bình Sơn"))
                .body("values.find { it.element == 'dvc.dossiers_online_pct' }.value", equalTo(65))
                .body("values.find { it.element == 'dvc.dossiers_on_time_pct' }", nullValue());
        given().auth().oauth2(REPORTER).contentType(ContentType.JSON).body(text).queryParam("unitCode", "NRI.KHONGCO")
                .when().post("/api/v1/extractions")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anImportWhoseHeaderStatesNoPeriodAsksForIt() {
        given().auth().oauth2(REPORTER)
                .multiPart("file", "ghi-chu.txt", "Văn bản đi: 12 văn bản.".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain")
                .multiPart("unitCode", UNIT)
                .when().post("/api/v1/reports/import")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("period"));
        given().auth().oauth2(REPORTER)
                .multiPart("file", "ghi-chu.txt", "Văn bản đi: 12 văn bản.".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain")
                .multiPart("period", "2022")
                .when().post("/api/v1/reports/import")
                .then().statusCode(422).body("errors[0].field", equalTo("unitCode"));
    }

    @Test
    void anElementAnAdministratorAddsIsExtractedByItsName() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"infra.servers\",\"valueType\":\"COUNT\",\"pillar\":\"infrastructure\","
                        + "\"nameVi\":\"Số máy chủ\",\"nameEn\":\"Servers\",\"minValue\":0}")
                .post("/api/v1/data-elements");
        given().auth().oauth2(REPORTER).contentType(ContentType.JSON)
                .body("{\"text\":\"Trong năm 2023, đơn vị vận hành 4 máy chủ.\"}")
                .when().post("/api/v1/extractions")
                .then().statusCode(200)
                .body("values.find { it.element == 'infra.servers' }.value", equalTo(4));
    }
}
