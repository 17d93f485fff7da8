package io.clientlens.app.config;

import io.clientlens.app.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An external PostgreSQL set up with the SQL of docs/SECURITY.md ("External PostgreSQL"), under other role
 * names: ClientLens migrates as the owner account and runs as the application account.
 */
class ExternalDatabaseTest {

    @Test
    void migratesAsTheOwnerAndRunsAsTheApplicationAccount(@TempDir Path server, @TempDir Path home) {
        try (EmbeddedDatabase bank = EmbeddedDatabase.startOrAttach(server.resolve("pgdata"))) {
            String url = bank.jdbcUrl().replace("/clientlens", "/");
            JdbcTemplate dba = new JdbcTemplate(new DriverManagerDataSource(url + "postgres", bank.superuser().user(),
                    bank.superuser().password()));
            dba.execute("create role bank_owner login password 'owner-secret-1'");
            dba.execute("create role bank_app login noinherit password 'app-secret-1'");
            dba.execute("create database cl_external owner bank_owner encoding 'UTF8' template template0");
            dba.execute("revoke all on database cl_external from public");
            dba.execute("grant connect, temporary on database cl_external to bank_app");
            new JdbcTemplate(new DriverManagerDataSource(url + "cl_external", bank.superuser().user(), bank.superuser().password()))
                    .execute("revoke create on schema public from public");

            Settings settings = new Settings(home, null, url + "cl_external", "bank_app", "app-secret-1", "bank_owner",
                    "owner-secret-1");
            try (Launcher app = Launcher.start(settings, null, Map.of())) {
                JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
                assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("bank_app");
                assertThat(jdbc.queryForObject("select count(*) from pg_tables where schemaname = 'public' "
                        + "and tableowner <> 'bank_owner'", Integer.class)).isZero();
                jdbc.update("insert into customer (customer_id, profile) values ('C1', '{}')");
                assertThatThrownBy(() -> jdbc.execute("truncate audit_record")).rootCause().hasMessageContaining("permission denied");
                assertThatThrownBy(() -> jdbc.execute("delete from interaction_note")).rootCause()
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> jdbc.execute("create table scratch (v text)")).rootCause()
                        .hasMessageContaining("permission denied");
            }
        }
    }
}
