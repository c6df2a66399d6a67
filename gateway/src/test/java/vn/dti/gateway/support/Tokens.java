package vn.dti.gateway.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/** Signed bearer tokens shaped like the ones Keycloak issues for realm {@code dti}. */
public final class Tokens {

    private static final String ISSUER = "https://test.dti.local/realms/dti";

    private Tokens() {
    }

    public static String reporter(String unitCode) {
        return of("reporter", unitCode);
    }

    /** A reporter token with its own subject, so that tests of per-client quotas do not share one. */
    public static String of(String subject, String unitCode) {
        return Jwt.issuer(ISSUER).subject(subject)
                .claim("realm_access", Map.of("roles", List.of("reporter")))
                .claim("unit", unitCode)
                .sign();
    }

    public static String admin() {
        return Jwt.issuer(ISSUER).subject("admin")
                .claim("realm_access", Map.of("roles", List.of("admin")))
                .sign();
    }

    public static String expired() {
        return Jwt.issuer(ISSUER).subject("reporter")
                .claim("realm_access", Map.of("roles", List.of("reporter")))
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign();
    }

    /** The token with one character of its signature changed. */
    public static String tampered(String token) {
        char last = token.charAt(token.length() - 5);
        return token.substring(0, token.length() - 5) + (last == 'A' ? 'B' : 'A') + token.substring(token.length() - 4);
    }
}
