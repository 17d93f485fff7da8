package io.clientlens.app.db;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.config.Settings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseTest {

    @Test
    void keepsDataAcrossRestartsAndLetsASecondProcessAttach(@TempDir Path home) throws Exception {
        Path data = home.resolve("pgdata");
        try (EmbeddedDatabase first = EmbeddedDatabase.startOrAttach(data)) {
            assertThat(first.ownsServer()).isTrue();
            try (var c = DriverManager.getConnection(first.jdbcUrl(), first.owner().user(), first.owner().password());
                 var s = c.createStatement()) {
                s.execute("create table kept(v text)");
                s.execute("insert into kept values ('still here')");
            }
            try (EmbeddedDatabase second = EmbeddedDatabase.startOrAttach(data)) {
                assertThat(second.ownsServer()).isFalse();
                assertThat(second.port()).isEqualTo(first.port());
            }
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.startOrAttach(data);
             var c = DriverManager.getConnection(again.jdbcUrl(), again.owner().user(), again.owner().password());
             var s = c.createStatement();
             var rs = s.executeQuery("select v, current_setting('server_version_num')::int from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
            assertThat(rs.getInt(2)).isBetween(170000, 179999);
        }
    }

    @Test
    void aNewHomeHasGeneratedPasswordsReadableByItsOwnerOnlyAndNoPasswordlessWayIn(@TempDir Path home) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(home.resolve("pgdata"))) {
            Path file = home.resolve("database-passwords.properties");
            assertThat(db.passwordsFile()).isEqualTo(file);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(List.of(db.superuser().password(), db.owner().password(), db.app().password()))
                    .doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).hasSize(32));
            assertThat(Files.readString(home.resolve("pgdata/pg_hba.conf"))).doesNotContain("trust");
            assertThat(home.resolve(".pgdata-superuser-password")).doesNotExist();
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "")).isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.app().user(), db.app().password())) {
                assertThat(c.isValid(1)).isTrue();
            }
        }
    }

    /** A home of the previous version: initdb with trust, the database and every table owned by postgres. */
    @Test
    void upgradesAHomeWhereEveryoneWasTrustedAndPostgresOwnedEverything(@TempDir Path home) throws Exception {
        Path data = home.resolve("pgdata");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setLocaleConfig("locale", "C.UTF-8").start()) {
            try (Connection c = old.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("create database clientlens encoding 'UTF8' template template0");
            }
            String url = old.getJdbcUrl("postgres", "clientlens");
            Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").target("11").load().migrate();
            try (Connection c = DriverManager.getConnection(url, "postgres", ""); var s = c.createStatement()) {
                s.execute("insert into customer (customer_id, profile) values ('C1', '{}')");
                s.execute("insert into audit_record (kind, recorded_at, actor, actor_role, subject, outcome, policy_version, "
                        + "inputs, reasons) values ('UNMASK', now(), 'u', 'RM', 's', 'GRANTED', 'v1', '{}', '[]')");
            }
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(data)) {
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", ""))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            JdbcTemplate superuser = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                    db.jdbcUrl(), db.superuser().user(), db.superuser().password()));
            assertThat(superuser.queryForObject("select datdba::regrole::text from pg_database where datname = 'clientlens'",
                    String.class)).isEqualTo("clientlens_owner");
            assertThat(superuser.queryForList("select relname from pg_class where relnamespace = 'public'::regnamespace "
                    + "and relowner <> 'clientlens_owner'::regrole union all select proname from pg_proc "
                    + "where pronamespace = 'public'::regnamespace and proowner <> 'clientlens_owner'::regrole", String.class))
                    .isEmpty();
        }
        // The application on the upgraded home: later migrations run as the owner, the data is there, the audit is safe.
        try (Launcher app = Launcher.start(Settings.resolve(home, null, Map.of()), null, Map.of())) {
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("clientlens_app");
            assertThat(jdbc.queryForObject("select count(*) from customer", Integer.class)).isOne();
            assertThatThrownBy(() -> jdbc.update("delete from audit_record")).rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> jdbc.execute("truncate audit_record")).rootCause().hasMessageContaining("permission denied");
            try (EmbeddedDatabase attached = EmbeddedDatabase.startOrAttach(data)) {
                JdbcTemplate owner = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                        attached.jdbcUrl(), attached.owner().user(), attached.owner().password()));
                assertThat(owner.queryForObject("select count(*) from flyway_schema_history where installed_by = 'clientlens_owner'",
                        Integer.class)).as("later migrations ran as the owner").isPositive();
            }
        }
    }

    @Test
    void startsWhenPostmasterPidNamesAProcessThatHasEnded(@TempDir Path home) throws Exception {
        Path data = home.resolve("pgdata");
        List<String> pidFile = pidFileOfAStoppedServer(data);
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        pidFile.set(0, Long.toString(ended.pid()));
        Files.write(data.resolve("postmaster.pid"), pidFile);

        assertStartsAndServes(data);
    }

    /** As after a reboot: the PID in the file now belongs to some other process (here: this test's JVM). */
    @Test
    void startsWhenPostmasterPidNamesALiveProcessThatIsNoPostgresOfThisFolder(@TempDir Path home) throws Exception {
        Path data = home.resolve("pgdata");
        List<String> pidFile = pidFileOfAStoppedServer(data);
        pidFile.set(0, Long.toString(ProcessHandle.current().pid()));
        Files.write(data.resolve("postmaster.pid"), pidFile);

        assertStartsAndServes(data);
    }

    @Test
    void theLastProcessToLeaveStopsTheServerAndNotTheFirst(@TempDir Path home) throws Exception {
        Path data = home.resolve("pgdata");
        EmbeddedDatabase first = EmbeddedDatabase.startOrAttach(data);
        EmbeddedDatabase second = EmbeddedDatabase.startOrAttach(data);
        long postmaster = PidFile.read(data).orElseThrow().pid();
        first.close();
        try (Connection c = DriverManager.getConnection(second.jdbcUrl(), second.app().user(), second.app().password())) {
            assertThat(c.isValid(2)).as("still served after the starter left").isTrue();
        }
        second.close();
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }

    /** Starts and stops a server on {@code data}, returning the lines its postmaster.pid had while it ran. */
    private static List<String> pidFileOfAStoppedServer(Path data) throws Exception {
        List<String> lines;
        try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(data)) {
            lines = new ArrayList<>(Files.readAllLines(data.resolve("postmaster.pid")));
        }
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
        return lines;
    }

    private static void assertStartsAndServes(Path data) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.startOrAttach(data);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), db.app().user(), db.app().password())) {
            assertThat(db.ownsServer()).isTrue();
            assertThat(c.isValid(2)).isTrue();
            assertThat(PidFile.read(data).orElseThrow().pid()).isNotEqualTo(ProcessHandle.current().pid());
        }
    }
}
