package vn.dti.e2e;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Real tokens from the realm {@code dti} of the running Keycloak. */
final class Keycloak {

    private static final String TOKEN_URL = RunningSuite.KEYCLOAK + "/realms/dti/protocol/openid-connect/token";

    private Keycloak() {
    }

    /** A demo user's access token (password = user name) through the {@code dti-cli} client. */
    static String tokenOf(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "dti-cli")
                .formParam("username", user).formParam("password", user)
                .when().post(TOKEN_URL)
                .then().statusCode(200)
                .extract().path("access_token");
    }

    static String clientCredentialsToken(String clientId, String secret) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .when().post(TOKEN_URL)
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The claims of a JWT, read without checking the signature (the services check it). */
    static JsonNode claimsOf(String jwt) throws java.io.IOException {
        String payload = jwt.split("\\.")[1];
        return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
