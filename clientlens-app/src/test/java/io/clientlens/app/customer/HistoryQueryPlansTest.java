package io.clientlens.app.customer;

import io.clientlens.app.support.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer 360's queries over 100,000 customers (two runs, an account, transactions, a holding,
 * an audit record, a note, a service request and an open task each): every one reads the customer through an index, none scans a
 * large table. (Suitability checks are left out: their query is a plain lookup by the indexed
 * customer_id, and filling the table needs products and checks of its own.)
 */
class HistoryQueryPlansTest extends PostgresTest {
    static final int CUSTOMERS = 100_000;
    static final List<String> LARGE_TABLES = List.of("customer", "classification", "account_link", "account", "txn", "holding",
            "audit_record", "interaction_note", "service_request", "service_task");

    @Autowired
    JdbcClient sql;

    @BeforeEach
    void manyCustomers() {
        jdbc.execute("insert into customer (customer_id, branch_id, relationship_manager, profile) "
                + "select 'P' || g, 'BR001', 'RM01', jsonb_build_object('customerId', 'P' || g) from generate_series(1, " + CUSTOMERS + ") g");
        jdbc.execute("insert into classification_run (as_of, policy_version, status) values (date '2026-09-30', 'v1', 'DONE'), "
                + "(date '2026-10-31', 'v1', 'DONE')");
        jdbc.execute("insert into classification (run_id, customer_id, codes, features, dimensions) "
                + "select r, 'P' || g, '{\"aumTier\": \"MASS\"}', '{}', '{}' from generate_series(1, " + CUSTOMERS + ") g, (values (1), (2)) runs(r)");
        jdbc.execute("insert into account (account_id, opened) select 'A' || g, date '2020-01-01' from generate_series(1, " + CUSTOMERS + ") g");
        jdbc.execute("insert into account_link (link_id, customer_id, account_id, role) "
                + "select 'L' || g, 'P' || g, 'A' || g, 'OWNER' from generate_series(1, " + CUSTOMERS + ") g");
        jdbc.execute("insert into txn (transaction_id, seq, account_id, txn_date, direction, amount) "
                + "select 'T' || g || '-' || d, d, 'A' || g, date '2026-01-01' + d, 'CREDIT', 100 "
                + "from generate_series(1, " + CUSTOMERS + ") g, generate_series(1, 3) d");
        jdbc.execute("insert into holding (holding_id, customer_id, product_type, amount, opened) "
                + "select 'H' || g, 'P' || g, 'FUND', 1000, date '2026-01-01' from generate_series(1, " + CUSTOMERS + ") g");
        jdbc.execute("insert into audit_record (kind, recorded_at, actor, actor_role, customer_id, subject, outcome, policy_version, "
                + "inputs, reasons) select 'UNMASK', now(), 'u', 'RM', 'P' || g, 's', 'GRANTED', '-', '{}', '[]' "
                + "from generate_series(1, " + CUSTOMERS + ") g");
        jdbc.execute("insert into interaction_note (customer_id, kind, occurred_on, body, author, author_role) "
                + "select 'P' || g, 'CALL', date '2026-10-01', 'n', 'u', 'RM' from generate_series(1, " + CUSTOMERS + ") g");
        jdbc.execute("""
                insert into service_request (customer_id, channel, type, subject, source, service_class, classified, queue, priority,
                    state, respond_by, dispatch_reason_zh, dispatch_reason_en, policy_version, created_by, created_role, created_at,
                    updated_at)
                select 'P' || g, 'HOTLINE', 'CONSULTATION', 's', 'RM', 'B', true, 'SERVICE_CENTRE', false, 'NEW', now(), 'z', 'e', 'v1',
                    'u', 'RM', now(), now() from generate_series(1, %d) g""".formatted(CUSTOMERS));
        jdbc.execute("""
                insert into service_task (task_key, kind, customer_id, due_on, rule, inputs, reason_zh, reason_en, policy_version, as_of,
                                          rm_id, branch_id)
                select 'CONTACT_PLAN:P' || g, 'CONTACT_PLAN', 'P' || g, date '2026-10-01', 'r', '{}', 'z', 'e', 'v1', date '2026-09-30',
                    'RM01', 'BR001' from generate_series(1, %d) g""".formatted(CUSTOMERS));
        admin.execute("analyze"); // the application may analyze only the bulk-loaded tables
    }

    private List<String> plan(String query, int limitOrRuns) {
        return sql.sql("explain " + query).param("id", "P4242").param("customer", "P4242").param("limit", limitOrRuns)
                .query(String.class).list();
    }

    @Test
    void everyQueryOfThe360ReadsOneCustomerThroughAnIndex() {
        for (String query : List.of(CustomerHistory.CLASSES, CustomerHistory.HOLDINGS, CustomerHistory.ACCOUNTS,
                CustomerHistory.TRANSACTIONS, CustomerHistory.AUDIT, CustomerHistory.SERVICE_REQUESTS, CustomerHistory.NEXT_TASK,
                InteractionNotes.LATEST)) {
            String plan = String.join("\n", query.contains(":runs") ? planWithRuns(query)
                    : query.contains(":day") ? planOnDay(query) : plan(query, 20));
            for (String table : LARGE_TABLES) {
                assertThat(plan).as(query).doesNotContain("Seq Scan on " + table + " ");
            }
            assertThat(plan).as(query).contains("Index");
        }
    }

    private List<String> planOnDay(String query) {
        return sql.sql("explain " + query).param("id", "P4242").param("day", java.time.LocalDate.of(2026, 10, 1))
                .query(String.class).list();
    }

    private List<String> planWithRuns(String query) {
        return sql.sql("explain " + query).param("id", "P4242").param("runs", 5).query(String.class).list();
    }
}
