package io.clientlens.app.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The Berka data set that ships beside the project ({@code ../shared/data/berka}). */
public final class BerkaData {
    private BerkaData() {
    }

    public static Path dir() {
        String configured = System.getProperty("clientlens.data");
        if (configured != null) {
            return Path.of(configured).resolve("berka");
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data").resolve("berka");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Berka data not found above " + here + " (expected shared/data/berka beside the project)");
    }
}
