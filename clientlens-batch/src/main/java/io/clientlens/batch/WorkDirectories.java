package io.clientlens.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The scratch directories of a run (converted input, DuckDB's spill files, results not yet moved
 * into place). They are removed when the run ends, whether it succeeded or not.
 */
public final class WorkDirectories {
    private WorkDirectories() {
    }

    /**
     * Removes {@code dir} and everything in it; best effort, since a leftover scratch directory is
     * harmless and must not hide the run's own outcome or error. A missing directory is fine.
     */
    public static void remove(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(WorkDirectories::deleteQuietly);
        } catch (IOException ignored) {
            // as above: best effort
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort, see remove
        }
    }
}
