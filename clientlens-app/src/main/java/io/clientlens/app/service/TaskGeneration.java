package io.clientlens.app.service;

import io.clientlens.app.service.persistence.BookStore;
import io.clientlens.app.service.persistence.ServiceAuditLog;
import io.clientlens.app.service.persistence.TaskFacts;
import io.clientlens.app.service.persistence.TaskWriter;
import io.clientlens.code.Label;
import io.clientlens.policy.Policy;
import io.clientlens.service.AmlReviewDue;
import io.clientlens.service.AmlReviewsDue;
import io.clientlens.service.ServiceFacts;
import io.clientlens.service.ServicePolicy;
import io.clientlens.service.TaskContext;
import io.clientlens.service.TaskDue;
import io.clientlens.service.TaskRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the RM's tasks (docs/SERVICE.md): for every customer after a classification run, for one customer
 * after a change to what the rules read (a note, an assessment, a need, a check decided, a profile edit; the
 * database queues these by trigger). Idempotent: a task is found again by its key, so computing twice adds
 * nothing and a task done stays done. Each computation is one transaction, serialised by an advisory lock, and
 * is recorded (service_generation, and the audit trail when it changed anything).
 */
@Service
public class TaskGeneration {
    private static final Logger LOG = LoggerFactory.getLogger(TaskGeneration.class);
    /** pg_advisory_xact_lock key: one computation of tasks at a time. */
    private static final long LOCK = 0x5E41_7A5BL;

    private final DataSource dataSource;
    private final Policy policy;
    private final ServicePolicy servicePolicy;
    private final AmlReviewsDue amlReviews;
    private final ServiceClock clock;

    TaskGeneration(DataSource dataSource, Policy policy, ServicePolicy servicePolicy, AmlReviewsDue amlReviews, ServiceClock clock) {
        this.dataSource = dataSource;
        this.policy = policy;
        this.servicePolicy = servicePolicy;
        this.amlReviews = amlReviews;
        this.clock = clock;
    }

    /** One computation: its business date, the run whose classes it used (none before the first run), and its counts. */
    public record Generated(long generationId, LocalDate asOf, Long runId, boolean everyone, int customers, int found, int created,
                            int cleared, Duration took, String phases) {
    }

    /** Every customer, at the latest run's as-of date; the run's book figures are kept too. */
    public Generated everyone() {
        return everyone(true);
    }

    /** As {@link #everyone()}; {@code withBook} false leaves the run's book figures out (the benchmark times tasks alone). */
    public Generated everyone(boolean withBook) {
        return inTransaction(-1, c -> generate(c, null, "ALL", withBook)).orElseThrow();
    }

    /** These customers only (e.g. after a contact was logged). */
    public Generated customers(Collection<String> ids) {
        return inTransaction(-1, c -> generate(c, List.copyOf(new LinkedHashSet<>(ids)), "CUSTOMERS", false)).orElseThrow();
    }

    /**
     * Computes what the triggers queued. {@code everyoneToo}: also a queued computation for everyone (after a run),
     * which takes a while on a large base; without it only single customers are done and the rest stays queued.
     * {@code wait}: wait for a computation running elsewhere instead of leaving the queue to it.
     */
    public Optional<Generated> pending(boolean everyoneToo, boolean wait) {
        return pending(everyoneToo, wait ? -1 : 0);
    }

    /** As {@link #pending(boolean, boolean)}, waiting at most {@code waitMillis} for another computation (-1: as long as it takes). */
    public Optional<Generated> pending(boolean everyoneToo, long waitMillis) {
        return inTransaction(waitMillis, c -> {
            List<Long> ids = new ArrayList<>();
            Set<String> customers = new LinkedHashSet<>();
            boolean all = false;
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select refresh_id, customer_id from service_refresh order by refresh_id for update")) {
                while (rs.next()) {
                    String customer = rs.getString(2);
                    if (customer == null) {
                        if (!everyoneToo) {
                            continue;
                        }
                        all = true;
                    } else {
                        customers.add(customer);
                    }
                    ids.add(rs.getLong(1));
                }
            }
            if (ids.isEmpty()) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("delete from service_refresh where refresh_id = any (?)")) {
                ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
                ps.executeUpdate();
            }
            return all ? generate(c, null, "ALL", true) : generate(c, List.copyOf(customers), "CUSTOMERS", false);
        });
    }

    /** Whether a single customer's change is waiting to be computed (cheap: no lock, no transaction). */
    public boolean customersQueued() {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement();
             ResultSet rs = s.executeQuery("select exists (select 1 from service_refresh where customer_id is not null)")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the task queue: " + e.getMessage(), e);
        }
    }

    /** Whether a computation for everyone is waiting (after a classification run). */
    public boolean everyoneQueued() {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement();
             ResultSet rs = s.executeQuery("select exists (select 1 from service_refresh where customer_id is null)")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the task queue: " + e.getMessage(), e);
        }
    }

    private Generated generate(Connection c, List<String> ids, String scope, boolean withBook) throws SQLException {
        Instant started = Instant.now();
        if (ids == null) {
            // everyone is computed now: what was queued before this transaction began is covered
            try (var s = c.createStatement()) {
                s.executeUpdate("delete from service_refresh");
            }
        }
        Run run = latestRun(c);
        TaskContext context = new TaskContext(run.asOf(), servicePolicy, policy.suitability().assessmentValidityMonths(),
                policy.suitability().reminderDaysBeforeExpiry(), policy.suitability().faceToFaceRequired(), policy.currency());
        var query = new TaskFacts.Query(run.runId() == null ? -1 : run.runId(), run.asOf(), servicePolicy,
                policy.activity().bankPostingCategories(), servicePolicy.reminders().approvalOutcomeDays());
        int[] customers = {0};
        StringBuilder phases = new StringBuilder();
        TaskWriter.Merged merged;
        int found;
        try (TaskWriter writer = new TaskWriter(c)) {
            long sqlMillis = TaskFacts.read(c, query, ids, row -> {
                customers[0]++;
                evaluate(row, context, writer);
            });
            found = writer.found();
            phases.append("facts SQL ").append(sqlMillis).append(" ms; facts+rules ").append(Duration.between(started, Instant.now()).toMillis())
                    .append(" ms (copy ").append(writer.copyMillis()).append(" ms); ");
            Instant mergeStart = Instant.now();
            merged = writer.merge(policy.version(), run.asOf(), ids);
            phases.append("merge ").append(Duration.between(mergeStart, Instant.now()).toMillis()).append(" ms (")
                    .append(writer.mergePhases()).append("); ");
        }
        if (withBook && run.runId() != null) {
            Instant bookStart = Instant.now();
            BookStore.snapshot(c, run.runId());
            phases.append("book ").append(Duration.between(bookStart, Instant.now()).toMillis()).append(" ms");
        }
        Instant finished = Instant.now();
        long id = record(c, run, scope, customers[0], found, merged, started, finished);
        if (ids == null || merged.created() + merged.cleared() > 0) {
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("generationId", id);
            inputs.put("asOf", run.asOf().toString());
            inputs.put("runId", run.runId());
            inputs.put("scope", scope);
            inputs.put("customers", customers[0]);
            inputs.put("found", found);
            inputs.put("created", merged.created());
            inputs.put("cleared", merged.cleared());
            ServiceAuditLog.append(c, new ServiceAuditLog.Entry("SERVICE_TASKS", clock.localNow(), "system", io.clientlens.staff.Role.SYSTEM,
                    ids != null && ids.size() == 1 ? ids.get(0) : null, "tasks:generation:" + id, "DONE", policy.version(), inputs,
                    "tasksComputed", Label.of("计算客户经理待办：" + customers[0] + " 位客户，发现 " + found + " 项，新增 " + merged.created()
                    + " 项，自动解除 " + merged.cleared() + " 项（业务日期 " + run.asOf() + "）", "Computed RM tasks: " + customers[0]
                    + " customers, " + found + " found, " + merged.created() + " new, " + merged.cleared() + " cleared (business date "
                    + run.asOf() + ")")));
        }
        LOG.debug("tasks {}: {} customers, {} found, {} new, {} cleared in {} ms", scope, customers[0], found, merged.created(),
                merged.cleared(), Duration.between(started, finished).toMillis());
        return new Generated(id, run.asOf(), run.runId(), ids == null, customers[0], found, merged.created(), merged.cleared(),
                Duration.between(started, finished), phases.toString());
    }

    /** One customer's tasks, the AML review due (from the AML module's port, on the facts read with the others) among them. */
    private void evaluate(TaskFacts.Row row, TaskContext context, TaskWriter writer) {
        ServiceFacts facts = row.facts();
        TaskFacts.AmlFacts a = row.aml();
        Optional<AmlReviewDue> review = a.rating() == null ? Optional.empty() : amlReviews.dueFrom(facts.customerId(), a.rating(),
                a.lastReview(), a.firstOpened(), context.asOf().plusDays(context.reminders().amlReviewDaysAhead()));
        ServiceFacts withAml = review.isEmpty() ? facts : new ServiceFacts(facts.customerId(), facts.birthDate(),
                facts.gender(), facts.retired(), facts.childrenBirthDates(), facts.serviceClass(), facts.aumTier(),
                facts.highEndTarget(), facts.aum(), facts.relationshipSince(), facts.lastContact(), facts.riskAssessments(),
                facts.holdings(), facts.inflow(), facts.outflow(), facts.acceptedNeeds(), facts.decisions(), List.of(review.get()));
        try {
            List<TaskDue> due = TaskRules.due(withAml, context);
            // each key once (the writer inserts the new ones without "on conflict"): a customer's keys are the customer's own
            Set<String> keys = due.size() > 1 ? new java.util.HashSet<>() : null;
            for (TaskDue d : due) {
                if (keys == null || keys.add(d.key())) {
                    writer.add(d, row.owner());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the tasks: " + e.getMessage(), e);
        }
    }

    /** The business date: the latest completed run's as-of date; before the first run, today. */
    private record Run(Long runId, LocalDate asOf) {
    }

    private Run latestRun(Connection c) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select run_id, as_of from classification_run where status = 'DONE' order by run_id desc limit 1")) {
            return rs.next() ? new Run(rs.getLong(1), rs.getObject(2, LocalDate.class)) : new Run(null, clock.today());
        }
    }

    private long record(Connection c, Run run, String scope, int customers, int found, TaskWriter.Merged merged, Instant started,
                        Instant finished) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into service_generation (run_id, as_of, scope, customers, found, created, cleared, policy_version, started_at, finished_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning generation_id""")) {
            ps.setObject(1, run.runId());
            ps.setObject(2, run.asOf());
            ps.setString(3, scope);
            ps.setInt(4, customers);
            ps.setInt(5, found);
            ps.setInt(6, merged.created());
            ps.setInt(7, merged.cleared());
            ps.setString(8, policy.version());
            ps.setObject(9, OffsetDateTime.ofInstant(started, ZoneId.systemDefault()));
            ps.setObject(10, OffsetDateTime.ofInstant(finished, ZoneId.systemDefault()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean lock(Connection c, long waitMillis) throws SQLException {
        try (var s = c.createStatement()) {
            if (waitMillis == 0) {
                try (ResultSet rs = s.executeQuery("select pg_try_advisory_xact_lock(" + LOCK + ")")) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
            if (waitMillis > 0) {
                s.execute("set local lock_timeout = " + waitMillis);
            }
            try {
                s.execute("select pg_advisory_xact_lock(" + LOCK + ")");
            } catch (SQLException e) {
                if ("55P03".equals(e.getSQLState())) { // lock_not_available: the wait ran out
                    return false;
                }
                throw e;
            }
            if (waitMillis > 0) {
                s.execute("set local lock_timeout = 0");
            }
            return true;
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction holding the lock, waiting for it at most {@code waitMillis} (-1: as long as
     * it takes, 0: not at all); empty when the lock stayed taken, or the work gave null.
     */
    private <T> Optional<T> inTransaction(long waitMillis, Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!lock(c, waitMillis)) {
                    c.rollback();
                    return Optional.empty();
                }
                T result = work.run(c);
                c.commit();
                return Optional.ofNullable(result);
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Computing the tasks failed: " + e.getMessage(), e);
        }
    }
}
