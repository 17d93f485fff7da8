package io.clientlens.app.db;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Lets a database migrated before some migrations' comments were reworded start again. Flyway's
 * checksum covers comments too, so a comment-only edit of an applied migration would otherwise stop
 * every existing installation at validation. Only the exact pairs below are accepted: a history row
 * whose checksum is the old one of a known comment-only edit is moved to the new one before
 * migrating; any other difference still fails validation as Flyway intends.
 */
@Configuration(proxyBeanMethods = false)
class RevisedMigrationComments {

    /** The version, then the checksum before and after its comment-only edit. */
    record Revision(String version, int before, int after) {
    }

    /** Comments that cited a team-internal document now point to the repository's docs. */
    static final Map<String, Revision> REVISIONS = Map.of(
            "1", new Revision("1", 1277921030, 384649497),
            "2", new Revision("2", 750812236, -2018865811),
            "3", new Revision("3", -689873657, 588440587),
            "4", new Revision("4", -1432670888, 64558056),
            "5", new Revision("5", 1155030571, 1070155835));

    @Bean
    FlywayMigrationStrategy migrateAfterAcceptingCommentRevisions() {
        return flyway -> {
            accept(flyway.getConfiguration().getDataSource(), flyway.getConfiguration().getTable());
            flyway.migrate();
        };
    }

    static void accept(DataSource dataSource, String historyTable) {
        try (Connection c = dataSource.getConnection()) {
            if (!historyExists(c, historyTable)) {
                return;
            }
            try (var update = c.prepareStatement("update " + historyTable
                    + " set checksum = ? where version = ? and checksum = ?")) {
                for (Revision r : REVISIONS.values()) {
                    update.setInt(1, r.after());
                    update.setString(2, r.version());
                    update.setInt(3, r.before());
                    update.addBatch();
                }
                update.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the migration history", e);
        }
    }

    private static boolean historyExists(Connection c, String table) throws SQLException {
        try (var q = c.prepareStatement("select to_regclass(?) is not null")) {
            q.setString(1, table);
            try (var rs = q.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
