package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.indicator.support.InfrastructureTestResource;
import vn.dti.indicator.support.Tokens;

/** What the schema-driven fuzzing (e2e SchemaFuzzIT) found in score reads and writes, kept fixed. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class ScoreFiltersTest {

    @Test
    void anImpossiblePeriodFilterIsRefusedNotAnEmptyPage() {
        given().auth().oauth2(Tokens.admin()).get("/api/v1/scores?period=2023Q5")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void aPageBeyondTheAddressableRowsIsRefusedNamingPage() {
        given().auth().oauth2(Tokens.admin()).get("/api/v1/scores?page=2147483647")
                .then().statusCode(422).body("errors[0].field", equalTo("page"));
    }

    @Test
    void aKeyGivenTwiceInAWhatIfIsABadRequestNamingIt() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"SIM.SNV\",\"period\":\"2023\",\"period\":\"2024\"}")
                .when().post("/api/v1/scores/simulate")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void theDocumentListsThe404OfAnUnknownUnitOrComponent() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/scores/simulate'.post.responses.'404'", notNullValue())
                .body("paths.'/api/v1/scores/adjustments'.post.responses.'404'", notNullValue())
                .body("paths.'/api/v1/frameworks/{code}'.get.responses.'400'", notNullValue());
    }
}
