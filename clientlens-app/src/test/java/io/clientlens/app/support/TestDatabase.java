package io.clientlens.app.support;

import io.clientlens.app.db.EmbeddedDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One real embedded PostgreSQL for the whole test run, in a temporary folder, stopped when the JVM ends. */
public final class TestDatabase {
    private static EmbeddedDatabase database;

    private TestDatabase() {
    }

    public static synchronized EmbeddedDatabase get() {
        if (database == null) {
            try {
                Path dir = Files.createTempDirectory("clientlens-test-pg");
                database = EmbeddedDatabase.startOrAttach(dir.resolve("pgdata"));
                Runtime.getRuntime().addShutdownHook(new Thread(database::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }
}
