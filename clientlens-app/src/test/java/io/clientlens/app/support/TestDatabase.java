package io.clientlens.app.support;

import io.clientlens.app.db.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One real embedded PostgreSQL for the whole test run, in a temporary folder, stopped and deleted
 * when the JVM ends (each run's cluster takes about a gigabyte).
 */
public final class TestDatabase {
    private static EmbeddedDatabase database;

    private TestDatabase() {
    }

    public static synchronized EmbeddedDatabase get() {
        if (database == null) {
            try {
                Path dir = Files.createTempDirectory("clientlens-test-pg");
                database = EmbeddedDatabase.startOrAttach(dir.resolve("pgdata"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    database.close();
                    deleteTree(dir);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete the test database folder " + dir + ": " + e.getMessage());
        }
    }
}
