package vn.dti.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes sure the whole suite runs before the first end-to-end test: reuses a suite that is
 * already up (a developer's), otherwise starts it with deploy/local/up.sh, exactly as a user
 * would, and stops what it started with deploy/local/down.sh when all tests are done.
 */
public class RunningSuite implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    public static final String GATEWAY = System.getProperty("dti.gateway.url", localUrl("DTI_GATEWAY_PORT", 8080));
    public static final String KEYCLOAK = System.getProperty("dti.keycloak.url", localUrl("DTI_KEYCLOAK_PORT", 8180));

    private static final Path REPO = Path.of(System.getProperty("dti.repo.dir", "..")).toAbsolutePath().normalize();
    private static final Duration START_LIMIT = Duration.ofMinutes(20);

    private static boolean started;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningSuite.class) {
            if (started || isUp()) {
                return;
            }
            run("deploy/local/up.sh", START_LIMIT);
            started = true;
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningSuite.class.getName(), this);
        }
    }

    @Override
    public void close() throws Exception {
        if (!Boolean.getBoolean("dti.e2e.keep-running")) {
            run("deploy/local/down.sh", Duration.ofMinutes(2));
        }
    }

    /** Starts again whatever of the suite is not running (up.sh leaves running parts alone). */
    static void startMissingParts() throws IOException, InterruptedException {
        run("deploy/local/up.sh", START_LIMIT);
    }

    /** Stops one service of the running suite, as a crash or a deployment would. */
    static void stopService(String name) throws Exception {
        Path runDir = System.getenv("DTI_RUN_DIR") != null ? Path.of(System.getenv("DTI_RUN_DIR")) : REPO.resolve(".run");
        long pid = Long.parseLong(java.nio.file.Files.readString(runDir.resolve("pids/" + name + ".pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(name + " is not running"));
        process.destroy();
        process.onExit().get(60, TimeUnit.SECONDS);
    }

    /** A service's own URL, bypassing the gateway (internal checks only). */
    static String serviceUrl(String portVariable, int defaultPort) {
        return localUrl(portVariable, defaultPort);
    }

    /** The loopback URL of a port that deploy/local/lib.sh reads from the same variable. */
    private static String localUrl(String portVariable, int defaultPort) {
        String port = System.getenv(portVariable);
        return "http://localhost:" + (port == null || port.isBlank() ? defaultPort : port.strip());
    }

    private static boolean isUp() {
        return answers200(GATEWAY + "/q/health/ready") && answers200(KEYCLOAK + "/realms/dti");
    }

    private static boolean answers200(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a script, echoing its output line by line (a child must not write to the test JVM's own stdout). */
    private static void run(String script, Duration limit) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", REPO.resolve(script).toString())
                .directory(REPO.toFile())
                .redirectErrorStream(true)
                .start();
        Thread echo = new Thread(() -> echoOutput(process, script), script);
        echo.start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(script + " did not finish within " + limit);
        }
        echo.join(5_000);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(script + " failed with exit code " + process.exitValue());
        }
    }

    private static void echoOutput(Process process, String script) {
        try (BufferedReader output = process.inputReader()) {
            output.lines().forEach(line -> System.out.println("[" + script + "] " + line));
        } catch (IOException e) {
            System.out.println("[" + script + "] output lost: " + e.getMessage());
        }
    }
}
