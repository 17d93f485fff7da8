package io.clientlens.app.db;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the application's own database account may and may not do, tried as that account (the one
 * every bean under test uses), and how the embedded server admits anyone at all.
 */
class DatabaseAccountsTest extends PostgresTest {

    private void someAuditAndNotes() {
        jdbc.update("insert into branch (branch_id) values ('BR001')");
        jdbc.update("insert into customer (customer_id, branch_id, profile) values ('C1', 'BR001', '{}')");
        jdbc.update("insert into audit_record (kind, recorded_at, actor, actor_role, customer_id, subject, outcome, "
                + "policy_version, inputs, reasons) values ('UNMASK', now(), 'u', 'RM', 'C1', 's', 'GRANTED', 'v1', '{}', '[]')");
        jdbc.update("insert into interaction_note (customer_id, kind, occurred_on, body, author, author_role) "
                + "values ('C1', 'CALL', date '2026-10-01', 'n', 'u', 'RM')");
        jdbc.update("insert into need (customer_id, title, expectation, voice, nature, source, importance, urgency, "
                + "identified_by) values ('C1', 't', 'BASIC', 'STATED', 'EXPLICIT', 'INTERVIEW', 3, 3, 'u')");
        jdbc.update("insert into need_event (need_id, to_status, actor, actor_role) values (1, 'IDENTIFIED', 'u', 'RM')");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "update audit_record set outcome = 'X'", "delete from audit_record", "truncate audit_record",
            "update interaction_note set body = 'x'", "delete from interaction_note", "truncate interaction_note",
            "update need_event set note = 'x'", "delete from need_event", "truncate need_event",
            "truncate customer cascade"})
    void theApplicationCannotChangeOrEmptyTheAppendOnlyTables(String statement) {
        someAuditAndNotes();
        assertThatThrownBy(() -> jdbc.execute(statement)).rootCause().hasMessageContaining("permission denied");
        assertThat(jdbc.queryForObject("select count(*) from audit_record", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from interaction_note", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from need_event", Integer.class)).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "copy (select 1) to program 'id'",
            "copy customer from program 'cat /etc/passwd'",
            "alter table customer add column extra text",
            "alter table audit_record disable trigger audit_record_append_only",
            "alter table audit_record disable trigger all",
            "set session_replication_role = replica",
            "create table scratch (v text)",
            "create function f() returns int language sql as 'select 1'",
            "drop table audit_record",
            "create role intruder login",
            "alter role clientlens_app superuser",
            "grant clientlens_owner to clientlens_app",
            "select pg_read_file('/etc/passwd')"})
    void theApplicationCannotRunProgramsAlterTablesOrSwitchTriggersOff(String statement) {
        assertThatThrownBy(() -> jdbc.execute(statement))
                .rootCause().hasMessageMatching("(?s).*(permission denied|must be owner|must be able to SET ROLE).*");
    }

    @Test
    void theApplicationsAccountIsNoSuperuserOwnsNothingAndMayOnlyAnalyzeTheLoadedTables() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("clientlens_app");
        assertThat(jdbc.queryForObject("select rolsuper or rolcreaterole or rolcreatedb or rolreplication or rolbypassrls "
                + "from pg_roles where rolname = current_user", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from pg_roles r join pg_auth_members m on m.member = r.oid "
                + "where r.rolname = current_user", Integer.class)).as("member of no role").isZero();
        assertThat(jdbc.queryForObject("select (select count(*) from pg_class where relowner = current_user::regrole "
                + "and relpersistence <> 't') + (select count(*) from pg_proc where proowner = current_user::regrole) "
                + "+ (select count(*) from pg_namespace where nspowner = current_user::regrole and nspname not like 'pg_temp%' "
                + "and nspname not like 'pg_toast_temp%') + (select count(*) from pg_database where datdba = current_user::regrole)",
                Integer.class)).isZero();
        java.sql.Timestamp before = admin.queryForObject("select clock_timestamp()", java.sql.Timestamp.class);
        jdbc.execute("analyze customer, txn"); // MAINTAIN on what bulk loads fill
        jdbc.execute("analyze audit_record"); // skipped with a warning: no MAINTAIN
        assertThat(jdbc.queryForList("select relname from pg_stat_user_tables where relname in ('customer', 'txn', 'audit_record') "
                + "and last_analyze >= ? order by 1", String.class, before)).containsExactly("customer", "txn");
    }

    @Test
    void everyAppendOnlyTableIsInsertOnlyForTheApplicationAndRefusesTruncateToEveryoneButTheSuperuser() {
        List<String> appendOnly = admin.queryForList("select distinct c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid "
                + "where t.tgname like '%append_only' order by 1", String.class);
        assertThat(appendOnly).contains("audit_record", "interaction_note", "need_event", "suitability_signature");
        JdbcTemplate owner = new JdbcTemplate(TestDatabase.as(TestDatabase.get().owner()));
        for (String table : appendOnly) {
            assertThat(admin.queryForList("select privilege_type from information_schema.role_table_grants where grantee = "
                    + "'clientlens_app' and table_name = ? order by 1", String.class, table))
                    .as(table).containsExactly("INSERT", "SELECT");
            assertThat(admin.queryForObject("select count(*) from pg_trigger where tgrelid = ?::regclass "
                    + "and tgtype & 32 <> 0", Integer.class, table)).as(table + " has a TRUNCATE trigger").isOne();
            assertThatThrownBy(() -> owner.execute("truncate " + table + " cascade")).as(table)
                    .rootCause().hasMessageContaining("is append-only: TRUNCATE is not allowed");
        }
        assertThat(admin.queryForObject("select count(*) from information_schema.role_table_grants where grantee = "
                + "'clientlens_app' and privilege_type in ('TRUNCATE', 'TRIGGER', 'REFERENCES')", Integer.class)).isZero();
        assertThat(admin.queryForObject("select count(*) from information_schema.role_table_grants where grantee = "
                + "'clientlens_app' and table_name = 'flyway_schema_history'", Integer.class)).isZero();
    }

    @Test
    void theServerAdmitsPasswordSignInsOnly() {
        EmbeddedDatabase db = TestDatabase.get();
        for (String user : List.of("postgres", "clientlens_owner", "clientlens_app")) {
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), user, "")).as(user)
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), user, "wrong")).as(user)
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
        assertThat(admin.queryForList("select type || ' ' || address || ' ' || auth_method "
                + "from pg_hba_file_rules where error is null", String.class))
                .containsExactly("host 127.0.0.1 scram-sha-256");
        assertThat(admin.queryForObject("show listen_addresses", String.class)).isEqualTo("127.0.0.1");
        assertThat(admin.queryForObject("show unix_socket_directories", String.class)).isEmpty();
    }

    @Test
    void thePasswordsFileIsReadableByItsOwnerOnly() throws Exception {
        var file = TestDatabase.get().passwordsFile();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file)).contains("clientlens_app=" + TestDatabase.get().app().password());
    }

    @Test
    void theServerIsDurableAndEveryStatementOfTheApplicationHasATimeLimit() {
        assertThat(admin.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(admin.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        assertThat(admin.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("30min");
        assertThat(jdbc.queryForObject("show client_connection_check_interval", String.class)).isEqualTo("2s");
    }
}
