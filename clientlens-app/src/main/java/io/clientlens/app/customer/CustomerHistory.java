package io.clientlens.app.customer;

import io.clientlens.batch.json.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the customer 360 shows besides the latest classes: the classes of the last runs, holdings,
 * recent transactions, suitability checks and the audit trail of one customer. Every query reads
 * one customer through an index (see V7__interaction_notes.sql), so the page stays fast however
 * many customers there are. Account numbers are clear here and must be masked before display.
 */
@Repository
public class CustomerHistory {
    // The queries by name, so that a test can check their plans over a large table.
    static final String CLASSES = """
                        select r.run_id, r.as_of, c.codes::text from classification c join classification_run r using (run_id)
                        where c.customer_id = :id and c.run_id = any (array(
                            select run_id from classification_run where status = 'DONE' order by run_id desc limit :runs))
                        order by r.run_id desc""";
    static final String HOLDINGS = """
                        select product_code, product_type, amount, opened from holding
                        where customer_id = :id and closed is null order by amount desc, holding_id limit :limit""";
    static final String TRANSACTIONS = """
                        select t.txn_date, t.account_id, t.direction, t.operation, t.amount, t.balance, t.category, t.counterparty_account
                        from (select distinct account_id from account_link where customer_id = :id) a
                        cross join lateral (select * from txn where txn.account_id = a.account_id
                                            order by txn_date desc, seq desc limit :limit) t
                        order by t.txn_date desc, t.seq desc limit :limit""";
    static final String CHECKS = "select check_id from suitability_check where customer_id = :id order by check_id desc limit :limit";
    static final String AUDIT = """
                        select record_id, kind, recorded_at, actor, actor_role, subject, outcome,
                               case when kind = 'PROFILE_CHANGE' then inputs::text end
                        from audit_record where customer_id = :id order by record_id desc limit :limit""";

    private final JdbcClient jdbc;

    CustomerHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's codes in one finished run. */
    public record RunCodes(long runId, LocalDate asOf, Map<String, String> codes) {
    }

    public record Holding(String productCode, String productType, BigDecimal amount, LocalDate opened) {
    }

    public record Transaction(LocalDate date, String accountId, String direction, String operation, BigDecimal amount,
                              BigDecimal balance, String category, String counterpartyAccount) {
    }

    /** {@code profileChange}: the inputs of a {@code PROFILE_CHANGE} record (via, source, fields, changes), else null. */
    public record AuditLine(long recordId, String kind, LocalDateTime at, String actor, String role, String subject,
                            String outcome, Map<String, Object> profileChange) {
    }

    /** The codes of the last {@code runs} finished runs, newest first; runs without this customer are left out. */
    public List<RunCodes> classesOverRuns(String customerId, int runs) {
        // the run ids first, then the primary key (run_id, customer_id): no extra index on the large table
        return jdbc.sql(CLASSES)
                .param("id", customerId).param("runs", runs)
                .query((rs, i) -> {
                    Map<String, String> codes = new LinkedHashMap<>();
                    Json.read(rs.getString(3)).forEach((k, v) -> codes.put(k, String.valueOf(v)));
                    return new RunCodes(rs.getLong(1), rs.getObject(2, LocalDate.class), codes);
                }).list();
    }

    /** Open holdings, largest first. */
    public List<Holding> holdings(String customerId, int limit) {
        return jdbc.sql(HOLDINGS)
                .param("id", customerId).param("limit", limit)
                .query((rs, i) -> new Holding(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** The latest transactions on the customer's accounts, newest first. */
    public List<Transaction> recentTransactions(String customerId, int limit) {
        // per account through txn_account_date, newest first, then merged: never a walk down the whole txn table by date
        return jdbc.sql(TRANSACTIONS)
                .param("id", customerId).param("limit", limit)
                .query((rs, i) -> new Transaction(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** Ids of the customer's suitability checks, newest first. */
    public List<Long> suitabilityChecks(String customerId, int limit) {
        return jdbc.sql(CHECKS)
                .param("id", customerId).param("limit", limit).query(Long.class).list();
    }

    /** The customer's audit records, newest first. */
    public List<AuditLine> audit(String customerId, int limit) {
        return jdbc.sql(AUDIT)
                .param("id", customerId).param("limit", limit)
                .query((rs, i) -> new AuditLine(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8) == null ? null : Json.read(rs.getString(8))))
                .list();
    }
}
