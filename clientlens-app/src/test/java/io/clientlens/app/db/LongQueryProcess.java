package io.clientlens.app.db;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.config.Settings;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * A ClientLens process (run by {@link ChildJvm}) whose job runs one long query: it starts on a
 * home like any command, tracks its connection as a job does, prints {@code BACKEND <pid>} and
 * waits in {@code pg_sleep(600)}.
 */
public final class LongQueryProcess {
    private LongQueryProcess() {
    }

    public static void main(String[] args) throws Exception {
        Launcher app = Launcher.start(Settings.resolve(Path.of(args[0]), null, Map.of()), null, Map.of());
        try (Connection c = app.bean(DataSource.class).getConnection();
             var tracked = app.bean(InFlightQueries.class).track(c);
             var s = c.createStatement()) {
            System.out.println("BACKEND " + c.unwrap(PGConnection.class).getBackendPID());
            System.out.flush();
            s.execute("select pg_sleep(600)");
            System.out.println("FINISHED");
        } catch (SQLException e) {
            System.out.println("CANCELLED " + e.getMessage());
        }
        app.close();
    }
}
