package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class UnitResourceTest {

    @Test
    void adminCreatesAProvinceAndItsDepartmentThenAnyoneSignedInListsThem() {
        createUnit("{\"code\":\"TST\",\"name\":\"Tỉnh Thử nghiệm\",\"level\":\"PROVINCE\",\"validFrom\":\"2020-01-01\"}")
                .statusCode(201)
                .header("Location", startsWith("/api/v1/units/TST"));
        createUnit("{\"code\":\"TST.SXD\",\"name\":\"Sở Xây dựng\",\"level\":\"DEPARTMENT\",\"group\":\"so-ban-nganh\",\"parentCode\":\"TST\"}")
                .statusCode(201)
                .body("province", equalTo("TST"))
                .body("parentCode", equalTo("TST"));

        given().auth().oauth2(Tokens.reporter("TST.SXD"))
                .when().get("/api/v1/units?province=TST&group=so-ban-nganh")
                .then().statusCode(200)
                .body("items.code", hasItem("TST.SXD"))
                .body("total", equalTo(1))
                .body("page", equalTo(0))
                .body("size", equalTo(50));
    }

    @Test
    void creatingAUnitTwiceIsAConflict() {
        createUnit("{\"code\":\"DUP\",\"name\":\"Tỉnh Trùng\",\"level\":\"PROVINCE\"}").statusCode(201);
        createUnit("{\"code\":\"DUP\",\"name\":\"Tỉnh Trùng\",\"level\":\"PROVINCE\"}")
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void invalidUnitIsRejectedWithEveryBrokenFieldNamed() {
        createUnit("{\"code\":\"bad code\",\"name\":\"\",\"level\":\"DEPARTMENT\",\"group\":\"Other group\"}")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors.field", hasItems("code", "name", "group"));
    }

    @Test
    void departmentUnderAMissingParentIsRejected() {
        createUnit("{\"code\":\"NOPE.SXD\",\"name\":\"Sở Xây dựng\",\"level\":\"DEPARTMENT\",\"group\":\"so-ban-nganh\"}")
                .statusCode(422)
                .body("errors[0].field", equalTo("parentCode"));
    }

    @Test
    void malformedJsonIsABadRequest() {
        createUnit("{\"code\":").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void reporterMayNotCreateUnits() {
        given().auth().oauth2(Tokens.reporter("TST.SXD")).contentType(ContentType.JSON)
                .body("{\"code\":\"XYZ\",\"name\":\"X\",\"level\":\"PROVINCE\"}")
                .when().post("/api/v1/units")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void withoutATokenTheCallerIsUnauthorized() {
        given().when().get("/api/v1/units").then().statusCode(401);
    }

    @Test
    void aPageLargerThanTheContractAllowsIsRejected() {
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/units?size=501")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("size"));
    }

    private static io.restassured.response.ValidatableResponse createUnit(String json) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/units")
                .then();
    }
}
