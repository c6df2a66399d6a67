package vn.dti.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the project's shared folder (seeds, gold files): the system property {@code dti.shared.dir}
 * when set, else the first {@code shared/} with {@code seeds} inside, walking up from the working
 * directory (a checkout at X/ has it at X/../shared).
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    public static Path locate() {
        String configured = System.getProperty("dti.shared.dir");
        if (configured != null && !configured.isBlank()) {
            Path p = Paths.get(configured).toAbsolutePath();
            if (!Files.isDirectory(p.resolve("seeds"))) {
                throw new IllegalStateException("dti.shared.dir=" + p + " has no seeds/ folder");
            }
            return p;
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("seeds"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/seeds folder above " + Paths.get("").toAbsolutePath()
                + "; set -Ddti.shared.dir=/path/to/shared");
    }
}
