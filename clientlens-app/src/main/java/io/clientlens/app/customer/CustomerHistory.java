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
 * one customer through an index (see V7__interaction_notes.sql; accounts through account_link_customer and
 * txn_account_date, service requests through service_request_customer, the next task through service_task_customer,
 * product names by the catalogue's primary key; HistoryQueryPlansTest checks the plans), so the page stays fast however
 * many customers there are. Account numbers are clear here and must be masked before display.
 */
@Repository
public class CustomerHistory {
    // The queries by name, so that a test can check their plans over a large table.
    static final String CLASSES = """
                        select r.run_id, r.as_of, c.codes::text, c.features->>'aum'
                        from classification c join classification_run r using (run_id)
                        where c.customer_id = :id and c.run_id = any (array(
                            select run_id from classification_run where status = 'DONE' order by run_id desc limit :runs))
                        order by r.run_id desc""";
    static final String HOLDINGS = """
                        select h.product_code, h.product_type, h.amount, h.opened, h.maturity, p.name
                        from holding h left join product p using (product_code)
                        where h.customer_id = :id and h.closed is null order by h.amount desc, h.holding_id limit :limit""";
    /** The customer's accounts with the balance after their latest posting (through txn_account_date). */
    static final String ACCOUNTS = """
                        select a.account_id, l.role, a.opened, a.closed, b.balance, b.txn_date
                        from account_link l join account a using (account_id)
                        left join lateral (select balance, txn_date from txn where txn.account_id = a.account_id
                                           order by txn_date desc, seq desc limit 1) b on true
                        where l.customer_id = :id order by a.closed nulls first, a.opened, a.account_id limit :limit""";
    static final String SERVICE_REQUESTS = """
                        select request_id, created_at, channel, type, state, subject from service_request
                        where customer_id = :id order by request_id desc limit :limit""";
    /** The open task due first: open, or snoozed until {@code :day} or earlier (through service_task_customer). */
    static final String NEXT_TASK = """
                        select kind, due_on, reason_zh, reason_en from service_task
                        where customer_id = :id and state in ('OPEN', 'SNOOZED') and (state = 'OPEN' or snoozed_until <= :day)
                        order by due_on, task_id limit 1""";
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
    public record RunCodes(long runId, LocalDate asOf, Map<String, String> codes, BigDecimal aum) {
    }

    /** {@code productName}: the catalogue's name of the product, null when the catalogue does not list its code. */
    public record Holding(String productCode, String productType, BigDecimal amount, LocalDate opened, LocalDate maturity,
                          String productName) {
    }

    /** An account linked to the customer (number in clear: mask it before display); balance after its latest posting. */
    public record Account(String accountId, String role, LocalDate opened, LocalDate closed, BigDecimal balance, LocalDate balanceOn) {
    }

    public record ServiceRequestLine(long requestId, java.time.OffsetDateTime createdAt, String channel, String type, String state,
                                     String subject) {
    }

    public record OpenTask(String kind, LocalDate dueOn, String reasonZh, String reasonEn) {
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
                    String aum = rs.getString(4);
                    return new RunCodes(rs.getLong(1), rs.getObject(2, LocalDate.class), codes, aum == null ? null : new BigDecimal(aum));
                }).list();
    }

    /** Open holdings, largest first. */
    public List<Holding> holdings(String customerId, int limit) {
        return jdbc.sql(HOLDINGS)
                .param("id", customerId).param("limit", limit)
                .query((rs, i) -> new Holding(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class), rs.getString(6)))
                .list();
    }

    /** The accounts linked to the customer, open ones first. */
    public List<Account> accounts(String customerId, int limit) {
        return jdbc.sql(ACCOUNTS)
                .param("id", customerId).param("limit", limit)
                .query((rs, i) -> new Account(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getBigDecimal(5), rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** The customer's service requests, newest first. */
    public List<ServiceRequestLine> serviceRequests(String customerId, int limit) {
        return jdbc.sql(SERVICE_REQUESTS)
                .param("id", customerId).param("limit", limit)
                .query((rs, i) -> new ServiceRequestLine(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    /** The open task due first on {@code day}, if any. */
    public java.util.Optional<OpenTask> nextTask(String customerId, LocalDate day) {
        return jdbc.sql(NEXT_TASK)
                .param("id", customerId).param("day", day)
                .query((rs, i) -> new OpenTask(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)))
                .optional();
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
