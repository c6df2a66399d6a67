package vn.dti.platform.testing;

import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/**
 * Signed bearer tokens shaped like the ones Keycloak issues for realm {@code dti}, signed with the
 * key {@link RealInfrastructure} hands the service. Each service's {@code support.Tokens} extends it.
 */
public class TestTokens {

    public static final String ISSUER = "https://test.dti.local/realms/dti";

    protected TestTokens() {
    }

    public static String reporter(String unitCode) {
        return token("reporter-" + unitCode, List.of("reporter"), unitCode, unitCode.substring(0, unitCode.indexOf('.')));
    }

    public static String reviewer(String province) {
        return token("reviewer-" + province, List.of("reviewer"), null, province);
    }

    public static String council(String province) {
        return token("council-" + province, List.of("council"), null, province);
    }

    public static String provinceAdmin(String province) {
        return token("admin-" + province, List.of("admin"), null, province);
    }

    public static String admin() {
        return token("admin", List.of("admin"), null, null);
    }

    public static String token(String user, List<String> roles, String unit, String province) {
        var builder = Jwt.issuer(ISSUER).subject(user).claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", roles));
        if (unit != null) {
            builder.claim("unit", unit);
        }
        if (province != null) {
            builder.claim("province", province);
        }
        return builder.sign();
    }
}
