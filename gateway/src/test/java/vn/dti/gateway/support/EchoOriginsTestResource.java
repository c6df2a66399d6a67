package vn.dti.gateway.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the {@link EchoOrigins} in place of the services and injects them into test fields of
 * that type. Also makes the RSA key pair test tokens are signed with.
 */
public class EchoOriginsTestResource implements QuarkusTestResourceLifecycleManager {

    private final EchoOrigins origins = new EchoOrigins();

    @Override
    public Map<String, String> start() {
        origins.startAll();
        Map<String, String> config = new HashMap<>();
        for (String service : EchoOrigins.SERVICES) {
            config.put("dti.gateway.services." + service, "http://127.0.0.1:" + origins.portOf(service));
        }
        KeyPair keys = rsaKeyPair();
        config.put("quarkus.oidc.public-key", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        config.put("smallrye.jwt.sign.key", "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----");
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(origins, new TestInjector.MatchesType(EchoOrigins.class));
    }

    @Override
    public void stop() {
        origins.stopAll();
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
