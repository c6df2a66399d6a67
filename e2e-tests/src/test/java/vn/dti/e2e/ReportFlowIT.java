package vn.dti.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The report service's contract, driven through the gateway with real Keycloak tokens. */
@ExtendWith(RunningSuite.class)
class ReportFlowIT {

    private static final String GATEWAY = RunningSuite.GATEWAY;
    private static final String UNIT = "BDI.SNGV";
    private static String reporter;
    private static String reviewer;

    @BeforeAll
    static void tokens() {
        reporter = Keycloak.tokenOf("reporter-sngv-bd");
        reviewer = Keycloak.tokenOf("reviewer-bd");
    }

    @Test
    void aReportGoesFromDraftToAcceptedAndIsAmendedThroughTheGateway() {
        String period = FreshPeriods.month(reporter, UNIT, 2016);
        String key = UUID.randomUUID().toString();
        String id = create(period, key).statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        assertEquals(id, create(period, key).statusCode(201).extract().path("id"), "a retried create returns the same report");
        create(period, null).statusCode(409);

        String etag = given().auth().oauth2(reporter).when().get(GATEWAY + "/api/v1/reports/" + id)
                .then().statusCode(200).extract().header("ETag");
        values(id, etag, "[{\"element\":\"dvc.procedures_total\",\"value\":6},{\"element\":\"dvc.online_full\",\"value\":\"05\"},"
                + "{\"element\":\"fin.dx_budget\",\"value\":\"737,34 triệu đồng\"}]").statusCode(200);
        values(id, etag, "[{\"element\":\"dvc.online_full\",\"value\":4}]").statusCode(412);
        values(id, null, "[{\"element\":\"dvc.online_partial\",\"value\":2}]").statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("dvc.online_partial"));

        given().auth().oauth2(Keycloak.tokenOf("reporter-snv-qng")).when().get(GATEWAY + "/api/v1/reports/" + id)
                .then().statusCode(404);
        given().auth().oauth2(Keycloak.tokenOf("reviewer-qng")).when().get(GATEWAY + "/api/v1/reports/" + id)
                .then().statusCode(404);

        given().auth().oauth2(reporter).header("Idempotency-Key", UUID.randomUUID().toString())
                .when().post(GATEWAY + "/api/v1/reports/" + id + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(reviewer).contentType(ContentType.JSON)
                .body("{\"decision\":\"ACCEPT\",\"adjustments\":[{\"element\":\"dvc.online_full\",\"value\":4,\"reason\":\"Theo QĐ công bố\"}]}")
                .when().post(GATEWAY + "/api/v1/reports/" + id + "/review")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("adjustments[0].newValue", equalTo("4"));
        given().auth().oauth2(reporter).contentType(ContentType.JSON).body("{\"reason\":\"Bổ sung\"}")
                .when().post(GATEWAY + "/api/v1/reports/" + id + "/amend").then().statusCode(200).body("version", equalTo(2));
        given().auth().oauth2(reviewer).when().get(GATEWAY + "/api/v1/reports/" + id + "/audit")
                .then().statusCode(200).body("action", hasItem("ADJUSTED"));
    }

    @Test
    void reconciliationsDigestOfAcceptedVersionsIsServedThroughTheGatewayToAdministratorsOnly() throws Exception {
        String admin = Keycloak.tokenOf("admin");
        io.restassured.path.json.JsonPath digests = given().auth().oauth2(admin)
                .when().get(GATEWAY + "/api/v1/reports/accepted-digests?province=BDI")
                .then().statusCode(200).extract().jsonPath();
        String period = digests.getString("[0].period");
        List<String> versions = new ArrayList<>();
        io.restassured.path.json.JsonPath page = given().auth().oauth2(admin)
                .when().get(GATEWAY + "/api/v1/reports/accepted-versions?province=BDI&period=" + period + "&values=false&size=500")
                .then().statusCode(200).body("items[0].values.size()", equalTo(0)).extract().jsonPath();
        for (int i = 0; i < page.getList("items").size(); i++) {
            versions.add(page.getString("items[" + i + "].unitCode") + ":" + page.getString("items[" + i + "].reportId") + ":"
                    + page.getInt("items[" + i + "].version"));
        }
        Collections.sort(versions); // unit codes are ASCII: Java's order is the C collation's
        String expected = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest(String.join(",", versions).getBytes(StandardCharsets.UTF_8)));

        assertEquals(versions.size(), digests.getInt("[0].units"));
        assertEquals(expected, digests.getString("[0].digest"), "the digest of " + period + " as documented");
        given().auth().oauth2(reviewer).when().get(GATEWAY + "/api/v1/reports/accepted-digests?province=BDI")
                .then().statusCode(403);
        given().when().get(GATEWAY + "/api/v1/reports/accepted-digests?province=BDI").then().statusCode(401);
    }

    @Test
    void aNarrativeReportIsImportedAsProposalsWithTheirQuotes() throws Exception {
        byte[] seed = Files.readAllBytes(shared().resolve("seeds/000_853a2af8d72fb1f2.txt"));
        given().auth().oauth2(reporter)
                .multiPart("file", "bao-cao-sngv.txt", seed, "text/plain")
                .multiPart("unitCode", UNIT)
                .multiPart("period", FreshPeriods.month(reporter, UNIT, 2016))
                .when().post(GATEWAY + "/api/v1/reports/import")
                .then().statusCode(201)
                .body("values.size()", greaterThan(5))
                .body("values.find { it.element == 'fin.dx_budget' }.value", equalTo(737340000))
                .body("values.find { it.element == 'fin.dx_budget' }.proposed", equalTo(true));
        given().auth().oauth2(reporter).contentType("text/plain; charset=UTF-8")
                .body(new String(seed, StandardCharsets.UTF_8))
                .when().post(GATEWAY + "/api/v1/extractions")
                .then().statusCode(200).body("values.element", hasItem("dvc.online_full"));
    }

    @Test
    void aReportsUnitAndPeriodAreReadFromItsLetterheadAndTitle() {
        String report = "UBND TỈNH CÀ MAU\nTRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG\nSố: 55/BC-TTPVHCC\n\n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBÁO CÁO\n"
                + "Kết quả giải quyết thủ tục hành chính 06 tháng đầu năm 2024\n\n"
                + "Trong kỳ, Trung tâm tiếp nhận 12.408 hồ sơ, trong đó 9.377 hồ sơ trực tuyến. Tỷ lệ hộ gia đình có kết nối "
                + "Internet cáp quang trên địa bàn tỉnh đạt 81%.\n";
        given().auth().oauth2(reporter).contentType("text/plain; charset=UTF-8").body(report)
                .when().post(GATEWAY + "/api/v1/extractions")
                .then().statusCode(200)
                .body("unit", equalTo("Trung tâm Phục vụ hành chính công tỉnh Cà Mau"))
                .body("period", equalTo("2024H1"))
                .body("values.find { it.element == 'dvc.dossiers_received' }.value", equalTo(12408))
                .body("values.element", not(hasItem("soc.household_fiber_pct")));
    }

    @Test
    void aPdfReportIsReadForProposalsWithoutStoringIt() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("..", "report-service", "src", "test", "resources", "documents", "seed-003-justified.pdf"));
        given().auth().oauth2(reporter).contentType("application/pdf").body(pdf)
                .when().post(GATEWAY + "/api/v1/extractions")
                .then().statusCode(200).body("values.size()", greaterThan(5));
        given().auth().oauth2(reporter).contentType("application/pdf").body("%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII))
                .when().post(GATEWAY + "/api/v1/extractions")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("document"));
    }

    @Test
    void theDemoDataIsThereAndCampaignsMeasureCompleteness() {
        given().auth().oauth2(reviewer).when().get(GATEWAY + "/api/v1/data-elements")
                .then().statusCode(200).body("code", hasItem("dvc.online_full"));
        given().auth().oauth2(reviewer).when().get(GATEWAY + "/api/v1/reports?unit=" + UNIT + "&period=2023")
                .then().statusCode(200).body("items[0].status", equalTo("ACCEPTED"));
        String campaign = given().auth().oauth2(reviewer).contentType(ContentType.JSON)
                .body("{\"title\":\"Báo cáo kết quả chuyển đổi số năm 2023\",\"legalReference\":\"Công văn 697/STTTT-BCVT&CNTT\","
                        + "\"province\":\"BDI\",\"period\":\"2023\",\"deadline\":\"" + OffsetDateTime.now().plusDays(3)
                        + "\",\"groups\":[\"so-ban-nganh\"]}")
                .when().post(GATEWAY + "/api/v1/campaigns").then().statusCode(201).extract().path("id");
        given().auth().oauth2(reviewer).when().get(GATEWAY + "/api/v1/campaigns/" + campaign + "/completeness")
                .then().statusCode(200)
                .body("expected", equalTo(21))
                .body("submitted", equalTo(21))
                .body("missing", equalTo(0));
    }

    private static ValidatableResponse create(String period, String key) {
        var request = given().auth().oauth2(reporter).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"" + UNIT + "\",\"period\":\"" + period + "\"}");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post(GATEWAY + "/api/v1/reports").then();
    }

    private static ValidatableResponse values(String id, String ifMatch, String json) {
        var request = given().auth().oauth2(reporter).contentType(ContentType.JSON).body(json);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(GATEWAY + "/api/v1/reports/" + id + "/values").then();
    }

    private static Path shared() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("shared/seeds"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("shared/seeds not found above the working directory");
        }
        return dir.resolve("shared");
    }
}
