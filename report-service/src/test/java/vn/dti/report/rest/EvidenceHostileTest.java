package vn.dti.report.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.report.support.Fixtures;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

/** Evidence is judged by its bytes, stored under a clean name and downloaded with an RFC 6266 name. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class EvidenceHostileTest {

    private static final String UNIT = "EVH.SNV";
    private static final String REPORTER = Tokens.reporter(UNIT);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicInteger MONTH = new AtomicInteger();

    private String reportId;

    @BeforeEach
    void aDraft() {
        Fixtures.province("EVH", "SNV");
        reportId = given().auth().oauth2(REPORTER).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"" + UNIT + "\",\"period\":\"2024-" + String.format("%02d", MONTH.incrementAndGet()) + "\"}")
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
    }

    @Test
    void anExecutableDeclaredAsAnImageIsRefused() {
        given().auth().oauth2(REPORTER)
                .multiPart("file", "photo.png", "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1), "image/png")
                .when().post("/api/v1/reports/" + reportId + "/evidence")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void htmlDeclaredAsPdfIsRefused() {
        given().auth().oauth2(REPORTER)
                .multiPart("file", "report.pdf", "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .when().post("/api/v1/reports/" + reportId + "/evidence")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void pathPartsOfTheNameAreDroppedAndVietnameseNamesSurviveTheDownload() {
        // As browsers send it: the name in UTF-8 inside filename="...", the bytes of a PDF declared as anything.
        byte[] body = concat(("--b0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/Quyết định.pdf\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8), PDF,
                "\r\n--b0--\r\n".getBytes(StandardCharsets.UTF_8));
        String id = given().auth().oauth2(REPORTER).contentType("multipart/form-data; boundary=b0").body(body)
                .when().post("/api/v1/reports/" + reportId + "/evidence")
                .then().statusCode(201)
                .body("fileName", equalTo("Quyết định.pdf"))
                .body("contentType", equalTo("application/pdf"))
                .extract().path("id");
        given().auth().oauth2(REPORTER).when().get("/api/v1/reports/" + reportId + "/evidence/" + id)
                .then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh.pdf"));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void aNameOf300CharactersIsShortened() {
        given().auth().oauth2(REPORTER)
                .multiPart("file", "a".repeat(300) + ".pdf", PDF, "application/pdf")
                .when().post("/api/v1/reports/" + reportId + "/evidence")
                .then().statusCode(201)
                .body("fileName", containsString(".pdf"));
    }
}
