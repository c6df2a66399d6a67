package vn.dti.platform.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import org.apache.kafka.common.Uuid;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the real servers a service test needs, without Docker: PostgreSQL 17 (zonky binaries
 * from Maven Central) and a single-node KRaft Kafka broker. It also makes a fresh RSA key pair:
 * the service trusts the public half, {@link TestTokens} signs test tokens with the private half.
 * Each service's {@code support.InfrastructureTestResource} is this class under the service's name.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;
    private EmbeddedKafkaBroker kafka;
    private int kafkaPort;
    private int controllerPort;
    private final String clusterId = Uuid.randomUuid().toString();
    private Path kafkaLogDir;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start", e);
        }
        kafkaPort = freePort();
        controllerPort = freePort();
        kafkaLogDir = tempDir();
        startKafka();
        KeyPair keys = rsaKeyPair();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "kafka.bootstrap.servers", "localhost:" + kafkaPort,
                "quarkus.oidc.public-key", base64(keys.getPublic().getEncoded()),
                "smallrye.jwt.sign.key", pem(keys.getPrivate().getEncoded()));
    }

    /**
     * Hands a test that declares {@code Map<String, Runnable> kafkaBroker} the means to stop the
     * broker and start it again on the same port with the same data (JDK types only: the test
     * runs in another class loader).
     */
    @Override
    public void inject(TestInjector testInjector) {
        Map<String, Runnable> control = Map.of("stop", this::stopKafka, "start", this::startKafka);
        testInjector.injectIntoFields(control, field -> field.getName().equals("kafkaBroker")
                && field.getType().equals(Map.class));
    }

    private synchronized void startKafka() {
        kafka = new EmbeddedKafkaBroker()
                .withKafkaPort(kafkaPort)
                .withControllerPort(controllerPort)
                .withClusterId(clusterId)
                .withDeleteLogDirsOnClose(false)
                .withAdditionalProperties(properties -> properties.put("log.dir", kafkaLogDir.toString()))
                .start();
    }

    private synchronized void stopKafka() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    @Override
    public void stop() {
        stopKafka();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException("PostgreSQL did not stop", e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("kafka-test-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
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
