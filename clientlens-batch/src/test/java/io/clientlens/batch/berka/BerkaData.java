package io.clientlens.batch.berka;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real Berka files: the system property {@code clientlens.data} (the data directory or
 * the berka directory itself), else {@code shared/data/berka} beside the project, found by walking
 * up from the working directory so that tests run from the root or the module alike.
 */
final class BerkaData {
    private BerkaData() {
    }

    static Path directory() {
        String property = System.getProperty("clientlens.data");
        if (property != null) {
            Path given = Path.of(property);
            return Files.isDirectory(given.resolve("berka")) ? given.resolve("berka") : given;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("berka");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/data/berka above " + Path.of("").toAbsolutePath()
                + "; set -Dclientlens.data to the data directory");
    }
}
