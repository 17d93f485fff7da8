package io.clientlens.app.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The generated passwords of the embedded server's three roles, kept in the home folder in a file
 * only its owner may read or write (0600). Created once, on the first start of a home; every later
 * process of the same home reads it.
 */
final class DatabasePasswords {
    static final String FILE_NAME = "database-passwords.properties";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties values;

    private DatabasePasswords(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /** The file beside the data directory ({@code <home>/database-passwords.properties}). */
    static Path fileFor(Path dataDirectory) {
        return dataDirectory.resolveSibling(FILE_NAME);
    }

    /**
     * Reads the file, or writes a new one with fresh random passwords; tightens its permissions to
     * 0600 if needed. Called while holding the home's start lock, so two processes never both create it.
     */
    static DatabasePasswords loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            ownerOnly(file);
            Properties values = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            }
            for (String role : DatabaseRoles.ALL) {
                if (values.getProperty(role, "").isBlank()) {
                    throw new IllegalStateException("The database passwords file " + file + " has no password for '" + role
                            + "'; restore it from a backup of the home folder (docs/SECURITY.md)");
                }
            }
            return new DatabasePasswords(file, values);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the database passwords file " + file, e);
        }
    }

    DatabaseAccount account(String role) {
        return new DatabaseAccount(role, values.getProperty(role));
    }

    Path file() {
        return file;
    }

    /** Written under a temporary name with 0600 from the start, then moved into place, so no reader sees half a file. */
    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        createOwnerOnly(temporary);
        Properties values = new Properties();
        for (String role : DatabaseRoles.ALL) {
            values.setProperty(role, generated());
        }
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            values.store(out, "ClientLens: passwords of the embedded PostgreSQL's roles (docs/SECURITY.md). Keep private.");
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Creates an empty file with the given permissions (or, without POSIX permissions, a plain file). */
    static void createOwnerOnly(Path path) throws IOException {
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(path);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the home folder's own permissions protect it
        }
    }

    /** 192 random bits as 32 URL-safe characters: nothing that needs quoting in SQL or a properties file. */
    private static String generated() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
