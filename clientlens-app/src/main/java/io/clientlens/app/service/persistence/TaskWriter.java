package io.clientlens.app.service.persistence;

import io.clientlens.service.TaskDue;
import io.clientlens.service.TaskKind;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;

/**
 * Writes one computation of tasks on the caller's connection and transaction: every task found is copied into a
 * temporary stage, then merged by its key (a task already there, open or done, stays as it is; a changed rule,
 * e.g. expiring → expired, updates its explanation), and open tasks of the kinds that end by themselves which
 * were not found again are cleared.
 */
public final class TaskWriter implements AutoCloseable {
    private static final int BATCH = 5_000;
    private final Connection connection;
    private final StringBuilder batch = new StringBuilder(1 << 20);
    private int buffered;
    private int found;
    private long copyNanos;
    private final StringBuilder mergePhases = new StringBuilder();

    public TaskWriter(Connection connection) throws SQLException {
        this.connection = connection;
        try (var s = connection.createStatement()) {
            s.execute("create temp table if not exists service_task_stage (task_key text, kind text, customer_id text, due_on date, "
                    + "rule text, inputs text, reason_zh text, reason_en text, rm_id text, branch_id text) on commit drop");
            s.execute("truncate service_task_stage");
        }
    }

    /** A task found for a customer of {@code owner}'s book (the RM and branch the task carries). */
    public void add(TaskDue t, TaskFacts.Owner owner) throws SQLException {
        quoted(batch, t.key()).append(',');
        quoted(batch, t.kind().name()).append(',');
        quoted(batch, t.customerId()).append(',');
        batch.append(t.dueOn()).append(',');
        quoted(batch, t.rule()).append(',');
        quoted(batch, json(t.inputs())).append(',');
        quoted(batch, t.reason().zh()).append(',');
        quoted(batch, t.reason().en()).append(',');
        nullable(batch, owner.rmId()).append(',');
        nullable(batch, owner.branchId()).append('\n');
        found++;
        if (++buffered == BATCH) {
            flush();
        }
    }

    public int found() {
        return found;
    }

    /** Milliseconds spent copying tasks into the stage so far. */
    public long copyMillis() {
        return copyNanos / 1_000_000;
    }

    /** How long each step of the last merge took, for the benchmark's phases. */
    public String mergePhases() {
        return mergePhases.toString();
    }

    private long lap(String step, long since) {
        long now = System.nanoTime();
        mergePhases.append(mergePhases.isEmpty() ? "" : ", ").append(step).append(' ').append((now - since) / 1_000_000).append(" ms");
        return now;
    }

    /** Counts of the merge: tasks new, and open tasks cleared because their condition ended. */
    public record Merged(int created, int cleared) {
    }

    /**
     * Merges the stage into the tasks; {@code ids} (null: every customer) limits which open tasks may be cleared. Clearing
     * comes first, so that it reads only the tasks there were before this computation.
     */
    public Merged merge(String policyVersion, LocalDate asOf, Collection<String> ids) throws SQLException {
        mergePhases.setLength(0);
        long t = System.nanoTime();
        flush();
        t = lap("last copy", t);
        try (var s = connection.createStatement()) {
            // the statements below join the stage on its key only: statistics of the wide columns (reasons, inputs) would cost
            // four times as much and change no plan
            s.execute("analyze service_task_stage (task_key)");
        }
        t = lap("analyze", t);
        String[] clearing = Arrays.stream(TaskKind.values()).filter(TaskKind::clearsWhenConditionEnds).map(Enum::name).toArray(String[]::new);
        int cleared;
        try (PreparedStatement ps = connection.prepareStatement("""
                update service_task t set state = 'CLEARED', snoozed_until = null, closed_by = 'system', closed_role = 'SYSTEM',
                       closed_at = now(), close_note = 'CONDITION_ENDED', updated_at = now()
                where t.state in ('OPEN', 'SNOOZED') and t.kind = any (?)""" + (ids == null ? "" : " and t.customer_id = any (?)") + """
                 and not exists (select 1 from service_task_stage s where s.task_key = t.task_key)""")) {
            ps.setArray(1, connection.createArrayOf("text", clearing));
            if (ids != null) {
                ps.setArray(2, connection.createArrayOf("text", ids.toArray()));
            }
            cleared = ps.executeUpdate();
        }
        t = lap("clear", t);
        // A task already there keeps its row; an open one whose rule changed (e.g. expiring → expired) takes the new
        // explanation. The new keys are then inserted, the others left alone and not locked (an update would lock every one
        // of them, writing each page again). A plain insert of the keys not there yet: every computation holds the advisory
        // lock and is the only writer of new tasks, and the stage has each key once (TaskGeneration), so no insert can
        // conflict; "on conflict do nothing" would insert every row speculatively (a second WAL record each). The stage
        // holds the tasks in customer order already (the facts are read in that order), so the key and customer indexes
        // are written in order without sorting the stage (an ORDER BY here sorted every task with its reasons on disk: a
        // second of 3 at 100,000 customers).
        try (PreparedStatement ps = connection.prepareStatement("""
                update service_task t set rule = s.rule, inputs = cast(s.inputs as jsonb), reason_zh = s.reason_zh, reason_en = s.reason_en,
                       due_on = s.due_on, as_of = ?, updated_at = now()
                from service_task_stage s
                where s.task_key = t.task_key and t.state in ('OPEN', 'SNOOZED') and t.rule is distinct from s.rule""")) {
            ps.setObject(1, asOf);
            ps.executeUpdate();
        }
        t = lap("update", t);
        // The stage keeps only the new keys, then all of it is inserted. (An anti-join in the insert itself may be planned as a
        // nested loop over the task table when that was empty at planning time: it then reads, for every task inserted, the
        // pages inserted before it.)
        try (var s = connection.createStatement()) {
            s.executeUpdate("delete from service_task_stage s where exists (select 1 from service_task t where t.task_key = s.task_key)");
        }
        t = lap("known", t);
        int created;
        try (PreparedStatement ps = connection.prepareStatement("""
                insert into service_task (task_key, kind, customer_id, due_on, rule, inputs, reason_zh, reason_en, policy_version, as_of,
                                          rm_id, branch_id)
                select s.task_key, s.kind, s.customer_id, s.due_on, s.rule, cast(s.inputs as jsonb), s.reason_zh, s.reason_en, ?, ?,
                       s.rm_id, s.branch_id
                from service_task_stage s""")) {
            ps.setString(1, policyVersion);
            ps.setObject(2, asOf);
            created = ps.executeUpdate();
        }
        lap("insert", t);
        if (ids != null) {
            // a changed profile may have moved the customer to another RM or branch: their tasks follow
            try (PreparedStatement ps = connection.prepareStatement("""
                    update service_task t set rm_id = c.relationship_manager, branch_id = c.branch_id from customer c
                    where c.customer_id = t.customer_id and t.customer_id = any (?)
                      and (t.rm_id, t.branch_id) is distinct from (c.relationship_manager, c.branch_id)""")) {
                ps.setArray(1, connection.createArrayOf("text", ids.toArray()));
                ps.executeUpdate();
            }
        }
        return new Merged(created, cleared);
    }

    private void flush() throws SQLException {
        if (buffered == 0) {
            return;
        }
        long start = System.nanoTime();
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy service_task_stage from stdin (format csv)", new StringReader(batch.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copyNanos += System.nanoTime() - start;
        batch.setLength(0);
        buffered = 0;
    }

    /** A CSV field in quotes, or nothing for null (unquoted empty is NULL in CSV). */
    private static StringBuilder nullable(StringBuilder out, String value) {
        return value == null ? out : quoted(out, value);
    }

    /** A CSV field in quotes, quotes doubled (most fields have none: appended whole). */
    private static StringBuilder quoted(StringBuilder out, String value) {
        out.append('"');
        if (value.indexOf('"') < 0) {
            out.append(value);
        } else {
            out.append(value.replace("\"", "\"\""));
        }
        return out.append('"');
    }

    /** The inputs as a JSON object of strings (written by hand: one per task, and Jackson's generator cost more than the rules). */
    static String json(java.util.Map<String, String> inputs) {
        StringBuilder out = new StringBuilder(64 + inputs.size() * 24).append('{');
        boolean first = true;
        for (var e : inputs.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            jsonString(out, e.getKey()).append(':');
            jsonString(out, e.getValue());
        }
        return out.append('}').toString();
    }

    private static StringBuilder jsonString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    @Override
    public void close() {
        batch.setLength(0);
    }
}
