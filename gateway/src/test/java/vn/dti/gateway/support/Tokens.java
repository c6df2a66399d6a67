package vn.dti.gateway.support;

import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/** Signed bearer tokens shaped like the ones Keycloak issues for realm {@code dti}. */
public final class Tokens {

    private Tokens() {
    }

    public static String reporter(String unitCode) {
        return Jwt.issuer("https://test.dti.local/realms/dti").subject("reporter")
                .claim("realm_access", Map.of("roles", List.of("reporter")))
                .claim("unit", unitCode)
                .sign();
    }
}
