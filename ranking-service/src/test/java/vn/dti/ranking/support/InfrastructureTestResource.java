package vn.dti.ranking.support;

import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the real servers a service test needs, without Docker: PostgreSQL 17 (zonky binaries
 * from Maven Central) and a single-node KRaft Kafka broker. It also makes a fresh RSA key pair:
 * the service trusts the public half, {@link Tokens} signs test tokens with the private half.
 */
public class InfrastructureTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;
    private EmbeddedKafkaBroker kafka;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start", e);
        }
        kafka = new EmbeddedKafkaBroker().withDeleteLogDirsOnClose(true).start();
        KeyPair keys = rsaKeyPair();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "kafka.bootstrap.servers", kafka.getAdvertisedListeners().replaceAll("[A-Z_]+://", ""),
                "quarkus.oidc.public-key", base64(keys.getPublic().getEncoded()),
                "smallrye.jwt.sign.key", pem(keys.getPrivate().getEncoded()));
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException("PostgreSQL did not stop", e);
            }
        }
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

    private static String base64(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }

    private static String pem(byte[] privateKey) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(privateKey)
                + "\n-----END PRIVATE KEY-----";
    }
}
