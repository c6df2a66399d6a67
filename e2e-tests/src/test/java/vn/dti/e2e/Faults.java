package vn.dti.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs deploy/local/fault.sh against the running suite: kills, restarts, second instances. */
final class Faults {

    private static final Path REPO = Path.of(System.getProperty("dti.repo.dir", "..")).toAbsolutePath().normalize();

    private Faults() {
    }

    static void run(String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", REPO.resolve("deploy/local/fault.sh").toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true).start();
            try (BufferedReader output = process.inputReader()) {
                output.lines().forEach(line -> System.out.println("[fault.sh " + arguments[0] + "] " + line));
            }
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("fault.sh " + String.join(" ", arguments) + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("fault.sh " + String.join(" ", arguments) + " failed: " + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
