package vn.dti.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A mobile app on a flaky network sends every write twice at once with the same Idempotency-Key:
 * 500 such pairs of creates and 500 of submits, through the gateway with a real token. The second
 * answer of every pair equals the first (status, body, ETag, Location) and nothing is written twice.
 */
@ExtendWith(RunningSuite.class)
class IdempotentRetriesIT {

    private static final String GATEWAY = RunningSuite.GATEWAY;
    private static final int UNITS = 25;
    private static final int MONTHS_PER_UNIT = 20;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(24);

    private static String admin;
    private static List<String> units;

    /** A province of its own, so that the units made here change no count other tests rely on. */
    private static final String PROVINCE = "RTY";

    @BeforeAll
    static void freshUnits() {
        admin = Keycloak.tokenOf("admin");
        int province = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"code\":\"" + PROVINCE + "\",\"name\":\"Tỉnh thử lặp lại\",\"level\":\"PROVINCE\",\"validFrom\":\"2016-01-01\"}")
                .when().post(GATEWAY + "/api/v1/units").then().extract().statusCode();
        assertTrue(province == 201 || province == 409, "province " + PROVINCE + " answered " + province);
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            String code = PROVINCE + ".R" + run + "-" + i;
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(("{\"code\":\"%s\",\"name\":\"Sở thử lặp lại %d\",\"level\":\"DEPARTMENT\",\"group\":\"so-ban-nganh\","
                            + "\"parentCode\":\"" + PROVINCE + "\",\"validFrom\":\"2016-01-01\"}").formatted(code, i))
                    .when().post(GATEWAY + "/api/v1/units").then().statusCode(201);
            units.add(code);
        }
    }

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Test
    void everySecondAnswerOfAConcurrentPairIsTheFirstAnswerAndNothingIsWrittenTwice() throws Exception {
        List<Future<List<Response>>> creates = new ArrayList<>();
        for (String unit : units) {
            for (int month = 1; month <= MONTHS_PER_UNIT; month++) {
                String body = "{\"unitCode\":\"%s\",\"period\":\"%d-%02d\"}".formatted(unit, 2024 + (month - 1) / 12, (month - 1) % 12 + 1);
                String key = UUID.randomUUID().toString();
                creates.add(pair(() -> given().auth().oauth2(admin).header("Idempotency-Key", key).contentType(ContentType.JSON)
                        .body(body).when().post(GATEWAY + "/api/v1/reports")));
            }
        }
        List<String> reportIds = new ArrayList<>();
        for (Future<List<Response>> created : creates) {
            List<Response> answers = created.get();
            Response first = assertOneAnswer(answers, 201);
            assertNotNull(first.header("Location"));
            reportIds.add(first.path("id"));
        }
        for (String unit : units) {
            given().auth().oauth2(admin).when().get(GATEWAY + "/api/v1/reports?unit=" + unit + "&size=100")
                    .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(MONTHS_PER_UNIT));
        }

        List<Future<List<Response>>> submits = new ArrayList<>();
        for (String id : reportIds) {
            String key = UUID.randomUUID().toString();
            submits.add(pair(() -> given().auth().oauth2(admin).header("Idempotency-Key", key)
                    .when().post(GATEWAY + "/api/v1/reports/" + id + "/submit")));
        }
        for (Future<List<Response>> submitted : submits) {
            assertEquals("SUBMITTED", assertOneAnswer(submitted.get(), 200).path("status"));
        }
        for (String id : reportIds.subList(0, 10)) {
            given().auth().oauth2(admin).when().get(GATEWAY + "/api/v1/reports/" + id + "/audit").then().statusCode(200)
                    .body("findAll { it.action == 'SUBMITTED' }.size()", org.hamcrest.Matchers.equalTo(1));
        }
    }

    /** Both requests of a pair leave together; the answers come back first (fresh) then second (replayed). */
    private static Future<List<Response>> pair(Supplier<Response> request) {
        Future<Response> a = POOL.submit(request::get);
        Future<Response> b = POOL.submit(request::get);
        return POOL.submit(() -> {
            Response one = a.get();
            Response two = b.get();
            return "true".equals(one.header("Idempotent-Replayed")) ? List.of(two, one) : List.of(one, two);
        });
    }

    private static Response assertOneAnswer(List<Response> answers, int status) {
        Response first = answers.get(0);
        Response second = answers.get(1);
        assertEquals(status, first.statusCode(), first.asString());
        assertEquals(null, first.header("Idempotent-Replayed"), "exactly one of the pair is written");
        assertEquals("true", second.header("Idempotent-Replayed"), second.asString());
        assertEquals(first.statusCode(), second.statusCode());
        assertEquals(first.asString(), second.asString());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertNotNull(first.header("ETag"));
        assertEquals(first.header("Location"), second.header("Location"));
        return first;
    }
}
