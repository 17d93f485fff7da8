package io.clientlens.app.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The folder ClientLens is installed in (its repository): where {@code data/berka} and
 * {@code docs/samples} are. {@code bin/clientlens} names it in {@code CLIENTLENS_PROJECT_ROOT}, so
 * commands find it from any current folder; the system property {@code clientlens.project-root}
 * overrides that. Without either, the folder that holds {@code clientlens-app/target/clientlens.jar}
 * when that jar is running, else the current folder.
 */
public final class ProjectRoot {
    public static final String ENV = "CLIENTLENS_PROJECT_ROOT";
    public static final String PROPERTY = "clientlens.project-root";

    private ProjectRoot() {
    }

    public static Path find() {
        return find(System.getProperty(PROPERTY), System.getenv(), System.getProperty("java.class.path", ""));
    }

    static Path find(String property, Map<String, String> env, String classPath) {
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        Path target = jar.getParent();
        Path module = target == null ? null : target.getParent();
        if (jar.getFileName() != null && jar.getFileName().toString().endsWith(".jar") && module != null
                && "target".equals(target.getFileName().toString()) && "clientlens-app".equals(module.getFileName().toString())
                && module.getParent() != null && Files.isDirectory(module.getParent())) {
            return module.getParent();
        }
        return Path.of("").toAbsolutePath();
    }

    /** The Berka extract shipped in the repository, {@code <root>/data/berka} (see its README.md). */
    public static Path berka(Path root) {
        return root.resolve("data").resolve("berka");
    }
}
