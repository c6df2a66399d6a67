package vn.dti.ranking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.ranking.support.InfrastructureTestResource;
import vn.dti.ranking.support.Tokens;

/** What the schema-driven fuzzing (e2e SchemaFuzzIT) found in ranking reads, kept fixed. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class RankingStageTest {

    @Test
    void anUnknownStageIsRefusedNamingItNotANotFound() {
        given().auth().oauth2(Tokens.reviewer("STG")).get("/api/v1/rankings?group=so-ban-nganh&period=2023&stage=LATER")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("stage"));
    }

    @Test
    void aKnownStageWithoutARankingIsStillANotFound() {
        given().auth().oauth2(Tokens.reviewer("STG")).get("/api/v1/rankings?group=so-ban-nganh&period=2023&stage=SELF")
                .then().statusCode(404);
    }

    @Test
    void theDocumentListsThe404OfTheCurrentRankingAndThe400OfAPathId() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/rankings'.get.responses.'404'", notNullValue())
                .body("paths.'/api/v1/rankings/{id}'.get.responses.'400'", notNullValue());
    }
}
