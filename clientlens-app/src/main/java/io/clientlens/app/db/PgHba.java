package io.clientlens.app.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The embedded server's {@code pg_hba.conf}, written by ClientLens at every start: password
 * (SCRAM-SHA-256) sign-ins over 127.0.0.1 and nothing else. The server listens on 127.0.0.1 only
 * and has no Unix socket, so these lines cover every way in.
 */
final class PgHba {
    static final String NAME = "pg_hba.conf";

    private static final String HEADER = """
            # Written by ClientLens at every start of the embedded server (docs/SECURITY.md, "Database accounts");
            # edits are overwritten. Password (SCRAM-SHA-256) sign-ins over 127.0.0.1 only.
            """;
    private static final String PASSWORDS = "host    all    all    127.0.0.1/32    scram-sha-256\n";
    /** Only while an old home is upgraded: its superuser has no password yet, so only it may come in, once, to set one. */
    private static final String UPGRADE = "host    all    " + DatabaseRoles.SUPERUSER + "    127.0.0.1/32    trust\n";

    private PgHba() {
    }

    /** Whether the file lets anyone in without a password: a home from before passwords (initdb -A trust). */
    static boolean trustsAnyone(Path dataDirectory) {
        Path file = dataDirectory.resolve(NAME);
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
            return lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .flatMap(l -> List.of(l.toLowerCase(Locale.ROOT).split("\\s+")).stream()).anyMatch("trust"::equals);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static void writePasswordsOnly(Path dataDirectory) {
        write(dataDirectory, HEADER + PASSWORDS);
    }

    /** The superuser by trust, nobody else at all: for the few moments until its password is set. */
    static void writeForUpgrade(Path dataDirectory) {
        write(dataDirectory, HEADER + UPGRADE);
    }

    private static void write(Path dataDirectory, String text) {
        Path file = dataDirectory.resolve(NAME);
        try {
            Path temporary = file.resolveSibling(NAME + ".new");
            Files.writeString(temporary, text);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
