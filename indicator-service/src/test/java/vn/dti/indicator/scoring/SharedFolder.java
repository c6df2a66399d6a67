package vn.dti.indicator.scoring;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared folder with domain files and seeds: {@code -Ddti.shared.dir}, else found upwards. */
public final class SharedFolder {

    private SharedFolder() {
    }

    public static Path locate() {
        String configured = System.getProperty("dti.shared.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/seeds"))) {
                return dir.resolve("shared");
            }
        }
        throw new IllegalStateException("No shared/seeds folder above " + Path.of("").toAbsolutePath()
                + "; pass -Ddti.shared.dir=/path/to/shared");
    }
}
