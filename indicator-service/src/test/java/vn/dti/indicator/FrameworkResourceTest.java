package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.transaction.Transactional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.indicator.repository.Framework;
import vn.dti.indicator.repository.FrameworkStatus;
import vn.dti.indicator.support.InfrastructureTestResource;
import vn.dti.indicator.support.Tokens;

@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class FrameworkResourceTest {

    @BeforeEach
    @Transactional
    void aStoredFramework() {
        if (Framework.findById("test-2024") == null) {
            Framework framework = new Framework();
            framework.code = "test-2024";
            framework.nameVi = "Bộ chỉ số thử nghiệm 2024";
            framework.nameEn = "Test framework 2024";
            framework.maxPoints = new BigDecimal("1000");
            framework.status = FrameworkStatus.ACTIVE;
            framework.createdAt = Instant.now();
            framework.persist();
        }
    }

    @Test
    void signedInUsersListTheStoredFrameworkVersions() {
        given().auth().oauth2(Tokens.reviewer("BDI"))
                .when().get("/api/v1/frameworks")
                .then().statusCode(200)
                .body("items.code", hasItem("test-2024"))
                .body("page", equalTo(0));
    }

    @Test
    void oneFrameworkIsReadByItsCode() {
        given().auth().oauth2(Tokens.reviewer("BDI"))
                .when().get("/api/v1/frameworks/test-2024")
                .then().statusCode(200)
                .body("nameVi", equalTo("Bộ chỉ số thử nghiệm 2024"))
                .body("maxPoints", equalTo(1000.0f));
    }

    @Test
    void anUnknownFrameworkIsAProblem404() {
        given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/frameworks/none")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void withoutATokenTheCallerIsUnauthorized() {
        given().when().get("/api/v1/frameworks").then().statusCode(401);
    }
}
