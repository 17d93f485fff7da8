package io.clientlens.app.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where ClientLens keeps its state and which database and policy it uses. The home defaults to
 * {@code ~/.clientlens} (env {@code CLIENTLENS_HOME}); an external PostgreSQL is chosen with
 * {@code CLIENTLENS_DB_URL}, the application's account with {@code CLIENTLENS_DB_USER} and
 * {@code CLIENTLENS_DB_PASSWORD}, and the account that owns the schema and runs the migrations with
 * {@code CLIENTLENS_DB_OWNER_USER} and {@code CLIENTLENS_DB_OWNER_PASSWORD} (docs/SECURITY.md).
 */
public record Settings(Path home, Path policyFile, String externalDbUrl, String externalDbUser,
                       String externalDbPassword, String externalDbOwnerUser, String externalDbOwnerPassword) {

    public static Settings resolve(Path homeOption, Path policyFile, Map<String, String> env) {
        Path home = homeOption != null ? homeOption
                : env.get("CLIENTLENS_HOME") != null && !env.get("CLIENTLENS_HOME").isBlank()
                ? Path.of(env.get("CLIENTLENS_HOME"))
                : Path.of(System.getProperty("user.home"), ".clientlens");
        return new Settings(home.toAbsolutePath().normalize(), policyFile, blankToNull(env.get("CLIENTLENS_DB_URL")),
                blankToNull(env.get("CLIENTLENS_DB_USER")), env.get("CLIENTLENS_DB_PASSWORD"),
                blankToNull(env.get("CLIENTLENS_DB_OWNER_USER")), env.get("CLIENTLENS_DB_OWNER_PASSWORD"));
    }

    public boolean usesExternalDatabase() {
        return externalDbUrl != null;
    }

    public Path embeddedDataDirectory() {
        return home.resolve("pgdata");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
