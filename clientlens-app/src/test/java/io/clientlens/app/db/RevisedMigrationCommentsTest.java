package io.clientlens.app.db;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.app.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

class RevisedMigrationCommentsTest extends PostgresTest {
    private static final String HISTORY = "flyway_schema_history";

    /** Flyway's own account, the owner's, as the migration strategy uses it: the application's may not touch the history. */
    private final DataSource dataSource = TestDatabase.as(TestDatabase.get().owner());
    private final JdbcTemplate owner = new JdbcTemplate(dataSource);

    @AfterEach
    void restoreHistory() {
        RevisedMigrationComments.REVISIONS.values().forEach(r ->
                owner.update("update " + HISTORY + " set checksum = ? where version = ?", r.after(), r.version()));
    }

    @Test
    void theNewChecksumsAreThoseOfTheMigrationsAsShipped() {
        RevisedMigrationComments.REVISIONS.values().forEach(r ->
                assertThat(owner.queryForObject("select checksum from " + HISTORY + " where version = ?", Integer.class, r.version()))
                        .as("V%s", r.version()).isEqualTo(r.after()));
    }

    @Test
    void aHistoryWrittenBeforeTheCommentEditsValidatesAfterAcceptingThem() {
        RevisedMigrationComments.REVISIONS.values().forEach(r ->
                owner.update("update " + HISTORY + " set checksum = ? where version = ?", r.before(), r.version()));
        assertThat(validates()).isFalse();

        RevisedMigrationComments.accept(dataSource, HISTORY);

        assertThat(validates()).isTrue();
    }

    @Test
    void anyOtherDifferenceStillFailsValidation() {
        owner.update("update " + HISTORY + " set checksum = 12345 where version = '3'");

        RevisedMigrationComments.accept(dataSource, HISTORY);

        assertThat(owner.queryForObject("select checksum from " + HISTORY + " where version = '3'", Integer.class)).isEqualTo(12345);
        assertThat(validates()).isFalse();
    }

    private boolean validates() {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load()
                .validateWithResult().validationSuccessful;
    }
}
