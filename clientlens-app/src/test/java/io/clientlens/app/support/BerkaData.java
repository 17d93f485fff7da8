package io.clientlens.app.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Berka extract kept in the repository ({@code data/berka}, described in its README.md), found from
 * the module's folder (where Maven runs the tests) or the repository root; {@code -Dclientlens.data=DIR}
 * names another data folder (one holding {@code berka/}).
 */
public final class BerkaData {
    private BerkaData() {
    }

    public static Path dir() {
        String configured = System.getProperty("clientlens.data");
        if (configured != null) {
            return Path.of(configured).resolve("berka");
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path root : new Path[]{here, here.getParent()}) {
            Path candidate = root == null ? null : root.resolve("data").resolve("berka");
            if (candidate != null && Files.isRegularFile(candidate.resolve("trans.asc"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Berka data not found: expected data/berka in the repository, in "
                + here.resolve("data").resolve("berka") + " or " + here.resolveSibling("data").resolve("berka"));
    }
}
