package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.report.support.Fixtures;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class ReportScopingTest {

    @BeforeEach
    void twoProvincesWithOneDepartmentEach() {
        Fixtures.province("AAA", "SNV");
        Fixtures.province("BBB", "SNV");
    }

    @Test
    void reporterReadsItsOwnUnitsReports() {
        given().auth().oauth2(Tokens.reporter("AAA.SNV"))
                .when().get("/api/v1/reports?unit=AAA.SNV")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void reporterWithoutAUnitFilterGetsItsOwnUnit() {
        given().auth().oauth2(Tokens.reporter("AAA.SNV"))
                .when().get("/api/v1/reports")
                .then().statusCode(200);
    }

    @Test
    void reporterOfAnotherUnitIsForbidden() {
        given().auth().oauth2(Tokens.reporter("BBB.SNV"))
                .when().get("/api/v1/reports?unit=AAA.SNV")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void reviewerSeesItsProvinceButNotAnother() {
        given().auth().oauth2(Tokens.reviewer("AAA")).when().get("/api/v1/reports?unit=AAA.SNV").then().statusCode(200);
        given().auth().oauth2(Tokens.reviewer("AAA")).when().get("/api/v1/reports?unit=BBB.SNV").then().statusCode(403);
    }
}
