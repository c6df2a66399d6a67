package vn.dti.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;

/** A stopped service answers 503 problem+json on its own routes only, and recovers when it returns. */
@ExtendWith(RunningSuite.class)
class UpstreamFailureIT {

    private static final String GATEWAY = RunningSuite.GATEWAY;
    private static final String RANKING = GATEWAY + "/api/v1/public/rankings?province=BDI&group=so-ban-nganh&period=2023";

    @Test
    void aStoppedRankingServiceGives503OnItsRoutesWhileReportsKeepWorkingAndItRecovers() throws Exception {
        RunningSuite.stopService("ranking-service");
        try {
            Response refused = until(() -> given().when().get(RANKING).andReturn(), r -> r.statusCode() == 503,
                    Duration.ofSeconds(30));
            assertEquals("application/problem+json", refused.contentType().split(";")[0]);
            assertEquals(503, refused.jsonPath().getInt("status"));
            given().auth().oauth2(Keycloak.tokenOf("reviewer-bd")).when().get(GATEWAY + "/api/v1/units?province=BDI")
                    .then().statusCode(200);
        } finally {
            RunningSuite.startMissingParts();
        }
        Response recovered = until(() -> given().when().get(RANKING).andReturn(), r -> r.statusCode() != 503,
                Duration.ofSeconds(60));
        assertNotEquals(503, recovered.statusCode());
    }

    private static Response until(java.util.function.Supplier<Response> call, java.util.function.Predicate<Response> done,
            Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        Response last = call.get();
        while (!done.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            last = call.get();
        }
        return last;
    }
}
