package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.report.support.Fixtures;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class EvidenceTest {

    private static final String UNIT = "EVD.SNV";
    private static final String REPORTER = Tokens.reporter(UNIT);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    private static final java.util.concurrent.atomic.AtomicInteger MONTH = new java.util.concurrent.atomic.AtomicInteger();

    private String reportId;

    @BeforeEach
    void aDraft() {
        Fixtures.province("EVD", "SNV", "STC");
        reportId = given().auth().oauth2(REPORTER).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"" + UNIT + "\",\"period\":\"2023-" + String.format("%02d", MONTH.incrementAndGet()) + "\"}")
                .when().post("/api/v1/reports").then().extract().path("id");
    }

    @Test
    void aDecisionIsAttachedCitedByAValueAndDownloadedUnchanged() {
        String evidenceId = given().auth().oauth2(REPORTER)
                .multiPart("file", "QD-296.pdf", PDF, "application/pdf")
                .multiPart(utf8("docNumber", "296/QĐ-SNgV"))
                .multiPart(utf8("docDate", "2023-03-23"))
                .multiPart(utf8("abstract", "Thành lập Ban Chỉ đạo chuyển đổi số"))
                .when().post("/api/v1/reports/" + reportId + "/evidence")
                .then().statusCode(201)
                .body("docNumber", equalTo("296/QĐ-SNgV"))
                .body("sizeBytes", equalTo(PDF.length))
                .extract().path("id");

        given().auth().oauth2(REPORTER).contentType(ContentType.JSON)
                .body("[{\"element\":\"dir.steering_committee\",\"value\":true,\"evidenceId\":\"" + evidenceId + "\"}]")
                .when().put("/api/v1/reports/" + reportId + "/values")
                .then().statusCode(200)
                .body("values[0].evidenceId", equalTo(evidenceId));

        byte[] downloaded = given().auth().oauth2(Tokens.reviewer("EVD"))
                .when().get("/api/v1/reports/" + reportId + "/evidence/" + evidenceId)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(PDF, downloaded);
        given().auth().oauth2(REPORTER).when().get("/api/v1/reports/" + reportId + "/evidence")
                .then().statusCode(200).body("$", hasSize(1));
    }

    /** A text field as browsers send it, in UTF-8. */
    private static io.restassured.specification.MultiPartSpecification utf8(String name, String value) {
        return new io.restassured.builder.MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    @Test
    void anExecutableIsRefusedAndATooLargeFileIs413() {
        given().auth().oauth2(REPORTER)
                .multiPart("file", "setup.exe", new byte[] { 'M', 'Z', 0, 0 }, "application/x-msdownload")
                .when().post("/api/v1/reports/" + reportId + "/evidence")
                .then().statusCode(422).body("errors[0].field", equalTo("file"));
        given().auth().oauth2(REPORTER)
                .multiPart("file", "scan.png", new byte[70_000], "image/png")
                .when().post("/api/v1/reports/" + reportId + "/evidence")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aValueCannotCiteAnotherReportsEvidence() {
        given().auth().oauth2(REPORTER).contentType(ContentType.JSON)
                .body("[{\"element\":\"dir.steering_committee\",\"value\":true,\"evidenceId\":\"" + UUID.randomUUID() + "\"}]")
                .when().put("/api/v1/reports/" + reportId + "/values")
                .then().statusCode(422).body("errors[0].field", equalTo("dir.steering_committee"));
    }

    @Test
    void anotherUnitCannotReadTheEvidence() {
        given().auth().oauth2(Tokens.reporter("EVD.STC"))
                .when().get("/api/v1/reports/" + reportId + "/evidence")
                .then().statusCode(404);
    }
}
