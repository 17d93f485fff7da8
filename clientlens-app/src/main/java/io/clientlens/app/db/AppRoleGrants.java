package io.clientlens.app.db;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * After every migration, as the owner, gives the application's account exactly the privileges it
 * needs on every table, view and sequence of schema public, whichever migration created them
 * (docs/SECURITY.md, "Database accounts"):
 *
 * <ul>
 * <li>tables: SELECT, INSERT, UPDATE, DELETE; never TRUNCATE, REFERENCES or TRIGGER;</li>
 * <li>append-only tables (those with a trigger named {@code …_append_only}): SELECT and INSERT only;</li>
 * <li>the tables bulk loads fill ({@link TableStatistics#BULK_LOADED}): also MAINTAIN (PostgreSQL 17),
 * so that the application may ANALYZE them after a load;</li>
 * <li>views: SELECT; sequences: USAGE and SELECT; Flyway's history table: nothing.</li>
 * </ul>
 *
 * <p>Only differences are changed, in one transaction, so a start with nothing new changes nothing
 * and another process never sees a table without its privileges.
 */
@Component
class AppRoleGrants implements Callback {
    private static final Logger LOG = LoggerFactory.getLogger(AppRoleGrants.class);
    private static final Set<String> READ_WRITE = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");
    private static final Set<String> APPEND_ONLY = Set.of("SELECT", "INSERT");

    private final String appRole;

    AppRoleGrants(@Value("${spring.datasource.username:}") String appRole) {
        this.appRole = appRole;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            apply(context.getConnection(), appRole, context.getConfiguration().getTable());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application's database account its privileges: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "clientlens-app-role-grants";
    }

    static void apply(Connection c, String appRole, String historyTable) throws SQLException {
        String migrator = single(c, "select current_user");
        if (appRole.isBlank() || appRole.equals(migrator)) {
            LOG.warn("Migrations and the application use the same database account ({}): the application may alter and "
                    + "truncate every table, the audit trail included. Give migrations their own account (docs/SECURITY.md)",
                    migrator);
            return;
        }
        if (single(c, "select count(*) from pg_roles where rolname = '" + appRole.replace("'", "''") + "'").equals("0")) {
            throw new IllegalStateException("the application's database account '" + appRole + "' does not exist");
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("select pg_advisory_xact_lock(hashtext('clientlens-app-role-grants'))");
            String role = quoted(c, appRole);
            if (single(c, "select has_schema_privilege(" + literal(appRole) + ", 'public', 'USAGE')").equals("f")) {
                s.execute("grant usage on schema public to " + role);
            }
            List<String> changes = changes(c, appRole, historyTable);
            for (String change : changes) {
                s.execute(change.replace("$ROLE", role));
            }
            if (!changes(c, appRole, historyTable).isEmpty()) {
                throw new IllegalStateException("the migrations' account " + migrator
                        + " does not own every object in schema public, so it cannot grant their privileges");
            }
            if (single(c, "select has_schema_privilege(" + literal(appRole) + ", 'public', 'CREATE')").equals("t")) {
                LOG.warn("The application's database account {} may create objects in schema public; "
                        + "revoke create on schema public from public (docs/SECURITY.md)", appRole);
            }
            c.commit();
            if (!changes.isEmpty()) {
                LOG.info("granted the application's database account {} its privileges: {} change(s)", appRole, changes.size() / 2);
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Revoke-and-grant pairs for every object whose privileges differ from what it should have. */
    private static List<String> changes(Connection c, String appRole, String historyTable) throws SQLException {
        boolean maintain = Integer.parseInt(single(c, "select current_setting('server_version_num')")) >= 170000;
        Map<String, String[]> objects = new TreeMap<>();
        try (Statement s = c.createStatement(); var rs = s.executeQuery("""
                select c.oid::regclass::text, c.relname, c.relkind,
                       exists (select 1 from pg_trigger t where t.tgrelid = c.oid and not t.tgisinternal
                               and t.tgname like '%%append_only') as append_only,
                       coalesce((select string_agg(a.privilege_type, ',' order by a.privilege_type)
                                 from aclexplode(coalesce(c.relacl, acldefault((case c.relkind when 'S' then 's' else 'r' end)::"char",
                                                                               c.relowner))) a
                                 where a.grantee = %s::regrole), '') as granted
                from pg_class c
                where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S')
                """.formatted(literal(appRole)))) {
            while (rs.next()) {
                objects.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
            }
        }
        List<String> changes = new ArrayList<>();
        objects.forEach((name, o) -> {
            Set<String> wanted = wanted(o[0], o[1].charAt(0), o[2].equals("t"), historyTable, maintain);
            Set<String> granted = o[3].isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(o[3].split(",")));
            if (!granted.equals(wanted)) {
                String kind = o[1].equals("S") ? "sequence " : "table ";
                changes.add("revoke all on " + kind + name + " from $ROLE");
                if (!wanted.isEmpty()) {
                    changes.add("grant " + String.join(", ", wanted) + " on " + kind + name + " to $ROLE");
                }
            }
        });
        return changes;
    }

    static Set<String> wanted(String table, char kind, boolean appendOnly, String historyTable, boolean maintain) {
        if (table.equals(historyTable)) {
            return Set.of();
        }
        return switch (kind) {
            case 'S' -> new TreeSet<>(Set.of("USAGE", "SELECT"));
            case 'v', 'm' -> new TreeSet<>(Set.of("SELECT"));
            default -> {
                TreeSet<String> privileges = new TreeSet<>(appendOnly ? APPEND_ONLY : READ_WRITE);
                if (maintain && !appendOnly && TableStatistics.BULK_LOADED.contains(table)) {
                    privileges.add("MAINTAIN");
                }
                yield privileges;
            }
        };
    }

    private static String single(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String quoted(Connection c, String identifier) throws SQLException {
        return single(c, "select quote_ident(" + literal(identifier) + ")");
    }
}
