package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.dti.report.support.Fixtures;
import vn.dti.report.support.InfrastructureTestResource;
import vn.dti.report.support.Tokens;

/** A mobile app retries a write with the same Idempotency-Key: it gets the first answer, never a second write. */
@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class IdempotentRetriesTest {

    private static final String UNIT = "IDK.SNV";
    private static final String REPORTER = Tokens.reporter(UNIT);
    private static final ExecutorService TWINS = Executors.newFixedThreadPool(2);

    @BeforeEach
    void province() {
        Fixtures.province("IDK", "SNV");
    }

    @AfterAll
    static void stopTwins() {
        TWINS.shutdownNow();
    }

    @Test
    void concurrentTwinsOfACreateGetTheSameAnswerAndOneReportExists() throws Exception {
        for (int month = 1; month <= 10; month++) {
            String key = UUID.randomUUID().toString();
            String period = "2021-%02d".formatted(month);
            List<Response> answers = twins(() -> create(period, key));
            assertEquals(201, answers.get(0).statusCode(), answers.get(0).asString());
            assertSameAnswer(answers.get(0), answers.get(1));
            given().auth().oauth2(REPORTER).when().get("/api/v1/reports?unit=" + UNIT + "&period=" + period)
                    .then().statusCode(200).body("items.size()", equalTo(1));
        }
    }

    @Test
    void concurrentTwinsOfASubmitGetTheSameAnswer() throws Exception {
        for (int month = 1; month <= 5; month++) {
            String id = create("2022-%02d".formatted(month), null).then().statusCode(201).extract().path("id");
            String key = UUID.randomUUID().toString();
            List<Response> answers = twins(() -> given().auth().oauth2(REPORTER).header("Idempotency-Key", key)
                    .when().post("/api/v1/reports/" + id + "/submit"));
            assertEquals(200, answers.get(0).statusCode(), answers.get(0).asString());
            assertSameAnswer(answers.get(0), answers.get(1));
            given().auth().oauth2(REPORTER).when().get("/api/v1/reports/" + id + "/audit")
                    .then().statusCode(200).body("findAll { it.action == 'SUBMITTED' }.size()", equalTo(1));
        }
    }

    @Test
    void aReplayCarriesTheFirstETagAndLocation() {
        String key = UUID.randomUUID().toString();
        Response first = create("2016", key);
        Response replay = create("2016", key);
        assertEquals(201, replay.statusCode());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertNotNull(first.header("ETag"));
        assertEquals(first.header("ETag"), replay.header("ETag"));
        assertEquals(first.header("Location"), replay.header("Location"));
        assertEquals(first.asString(), replay.asString());
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422Problem() {
        String key = UUID.randomUUID().toString();
        create("2017", key).then().statusCode(201);
        create("2018", key).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aFailedFirstAttemptFreesTheKeyForTheRetry() {
        String id = create("2019", null).then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        String values = "[{\"element\":\"doc.incoming\",\"value\":7}]";
        putValues(id, "\"stale\"", key, values).then().statusCode(412);
        String etag = given().auth().oauth2(REPORTER).when().get("/api/v1/reports/" + id).header("ETag");
        Response retried = putValues(id, etag, key, values);
        assertEquals(200, retried.statusCode());
        assertEquals(null, retried.header("Idempotent-Replayed"));
        Response replay = putValues(id, etag, key, values);
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(retried.header("ETag"), replay.header("ETag"));
    }

    @Test
    void unchangedValuesAreNotRewritten() {
        String id = create("2020", null).then().statusCode(201).extract().path("id");
        String values = "[{\"element\":\"doc.incoming\",\"value\":\"26.157\"},{\"element\":\"dir.steering_committee\",\"value\":true}]";
        String etag = putValues(id, null, null, values).then().statusCode(200).extract().header("ETag");
        int auditEntries = audit(id).size();

        Response again = putValues(id, null, null, "[{\"element\":\"doc.incoming\",\"value\":26157},"
                + "{\"element\":\"dir.steering_committee\",\"value\":true},{\"element\":\"doc.signed_pct\",\"value\":null}]");
        assertEquals(200, again.statusCode());
        assertEquals(etag, again.header("ETag"));
        assertEquals(auditEntries, audit(id).size());

        String changed = putValues(id, null, null, "[{\"element\":\"doc.incoming\",\"value\":26158}]").header("ETag");
        assertEquals(auditEntries + 1, audit(id).size());
        assertEquals(false, etag.equals(changed));
    }

    private static void assertSameAnswer(Response first, Response second) {
        assertEquals(first.statusCode(), second.statusCode(), second.asString());
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(first.header("Location"), second.header("Location"));
    }

    private static List<Response> twins(Supplier<Response> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Supplier<Response> together = () -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return request.get();
        };
        CompletableFuture<Response> a = CompletableFuture.supplyAsync(together, TWINS);
        CompletableFuture<Response> b = CompletableFuture.supplyAsync(together, TWINS);
        Response first = a.get();
        Response second = b.get();
        return "true".equals(first.header("Idempotent-Replayed")) ? List.of(second, first) : List.of(first, second);
    }

    private static Response create(String period, String key) {
        var request = given().auth().oauth2(REPORTER).contentType(ContentType.JSON)
                .body("{\"unitCode\":\"" + UNIT + "\",\"period\":\"" + period + "\"}");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/reports");
    }

    private static Response putValues(String id, String ifMatch, String key, String json) {
        var request = given().auth().oauth2(REPORTER).contentType(ContentType.JSON).body(json);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().put("/api/v1/reports/" + id + "/values");
    }

    private static List<Object> audit(String id) {
        return given().auth().oauth2(REPORTER).when().get("/api/v1/reports/" + id + "/audit").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }
}
