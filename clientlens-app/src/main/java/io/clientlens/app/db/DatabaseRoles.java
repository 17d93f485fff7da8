package io.clientlens.app.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The roles and the database of the embedded server, set up by its superuser and by nothing else
 * (docs/SECURITY.md, "Database accounts"):
 *
 * <ul>
 * <li>{@value #OWNER} owns the database and every object in it; migrations run as this role;</li>
 * <li>{@value #APP} is what the application connects as: no superuser, owns nothing, may connect
 * and use temporary tables; its table privileges are granted after each migration
 * ({@code AppRoleGrants}).</li>
 * </ul>
 *
 * <p>A home created before these roles existed has everything owned by {@code postgres}: the
 * database and its objects are handed to the owner role here, once, on the first start.
 */
final class DatabaseRoles {
    static final String SUPERUSER = "postgres";
    static final String OWNER = "clientlens_owner";
    static final String APP = "clientlens_app";
    static final List<String> ALL = List.of(SUPERUSER, OWNER, APP);

    private DatabaseRoles() {
    }

    /**
     * Creates what is missing; with {@code setPasswords}, also (re)sets every role's password to the
     * one in the passwords file (the upgrade of an old home, or a reset, docs/SECURITY.md).
     */
    static void ensure(String serverUrl, DatabasePasswords passwords, boolean setPasswords) throws SQLException {
        DatabaseAccount superuser = passwords.account(SUPERUSER);
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", superuser.user(), superuser.password());
             Statement s = c.createStatement()) {
            role(s, OWNER, "login nosuperuser nocreatedb nocreaterole noreplication nobypassrls", passwords, setPasswords);
            role(s, APP, "login nosuperuser nocreatedb nocreaterole noreplication nobypassrls noinherit", passwords, setPasswords);
            if (!exists(s, "select 1 from pg_database where datname = '" + EmbeddedDatabase.DATABASE + "'")) {
                s.execute("create database " + EmbeddedDatabase.DATABASE + " owner " + OWNER + " encoding 'UTF8' template template0");
            } else if (!exists(s, "select 1 from pg_database where datname = '" + EmbeddedDatabase.DATABASE
                    + "' and datdba = '" + OWNER + "'::regrole")) {
                s.execute("alter database " + EmbeddedDatabase.DATABASE + " owner to " + OWNER);
            }
            s.execute("revoke all on database " + EmbeddedDatabase.DATABASE + " from public");
            s.execute("grant connect, temporary on database " + EmbeddedDatabase.DATABASE + " to " + APP);
        }
        try (Connection c = DriverManager.getConnection(serverUrl + EmbeddedDatabase.DATABASE, superuser.user(),
                superuser.password())) {
            handOverToOwner(c);
        }
    }

    /** Sets the superuser's password while the server still trusts it (the first start of an old home). */
    static void setSuperuserPassword(Connection trusted, DatabasePasswords passwords) throws SQLException {
        try (Statement s = trusted.createStatement()) {
            s.execute("alter role " + SUPERUSER + " with password '" + passwords.account(SUPERUSER).password() + "'");
        }
    }

    private static void role(Statement s, String name, String attributes, DatabasePasswords passwords, boolean setPassword)
            throws SQLException {
        String password = passwords.account(name).password();
        if (!exists(s, "select 1 from pg_roles where rolname = '" + name + "'")) {
            s.execute("create role " + name + " " + attributes + " password '" + password + "'");
        } else if (setPassword) {
            s.execute("alter role " + name + " " + attributes + " password '" + password + "'");
        }
    }

    /**
     * Gives the owner role what another role (in an old home: {@code postgres}) owns in schema
     * public. {@code reassign owned by postgres} is refused for the bootstrap superuser, so object
     * by object; a sequence that belongs to a column follows its table.
     */
    static void handOverToOwner(Connection c) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("""
                     select case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                                 when 'm' then 'materialized view' else 'table' end || ' ' || c.oid::regclass
                     from pg_class c
                     where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'S', 'v', 'm')
                       and c.relowner <> '%1$s'::regrole
                       and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                       and (d.deptype = 'e' or (c.relkind = 'S' and d.deptype in ('a', 'i'))))
                     union all
                     select case p.prokind when 'p' then 'procedure' else 'function' end || ' ' || p.oid::regprocedure
                     from pg_proc p
                     where p.pronamespace = 'public'::regnamespace and p.proowner <> '%1$s'::regrole
                       and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                       and d.objid = p.oid and d.deptype = 'e')
                     union all
                     select case t.typtype when 'd' then 'domain' else 'type' end || ' ' || t.oid::regtype
                     from pg_type t
                     where t.typnamespace = 'public'::regnamespace and t.typowner <> '%1$s'::regrole
                       and t.typtype in ('e', 'd')
                     """.formatted(OWNER))) {
            while (rs.next()) {
                statements.add("alter " + rs.getString(1) + " owner to " + OWNER);
            }
        }
        try (Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static boolean exists(Statement s, String query) throws SQLException {
        try (var rs = s.executeQuery(query)) {
            return rs.next();
        }
    }
}
