package io.clientlens.app.support;

import io.clientlens.app.ClientLensApplication;
import io.clientlens.app.db.EmbeddedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that need the application on a real PostgreSQL. Every test starts from empty
 * tables; the schema comes from the Flyway migrations as in production.
 */
@SpringBootTest(classes = ClientLensApplication.class)
public abstract class PostgresTest {

    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase db = TestDatabase.get();
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", () -> EmbeddedDatabase.USER);
        registry.add("spring.datasource.password", () -> "");
    }

    @BeforeEach
    void emptyTables() {
        jdbc.execute("truncate audit_record, suitability_step, suitability_check, product, assessment, questionnaire, segment_rule, need_event, need, "
                + "classification, classification_run, card, loan, txn, holding, account_link, account, "
                + "customer, branch restart identity cascade");
    }
}
