package io.clientlens.batch.berka;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real Berka files: the system property {@code clientlens.data} (the data directory or
 * the berka directory itself), else the extract kept in the repository, {@code data/berka}, seen
 * from the module's folder (where Maven runs the tests) or from the repository root.
 */
public final class BerkaData {
    private BerkaData() {
    }

    public static Path directory() {
        String property = System.getProperty("clientlens.data");
        if (property != null) {
            Path given = Path.of(property);
            return Files.isDirectory(given.resolve("berka")) ? given.resolve("berka") : given;
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path root : new Path[]{here, here.getParent()}) {
            Path candidate = root == null ? null : root.resolve("data").resolve("berka");
            if (candidate != null && Files.isRegularFile(candidate.resolve("trans.asc"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Berka data not found: expected data/berka in the repository, in "
                + here.resolve("data").resolve("berka") + " or " + here.resolveSibling("data").resolve("berka")
                + "; or set -Dclientlens.data to a data directory");
    }
}
