package io.clientlens.app.service.persistence;

import io.clientlens.batch.json.Json;
import io.clientlens.app.security.Scope;
import io.clientlens.app.service.Page;
import io.clientlens.app.service.Task;
import io.clientlens.app.service.TaskFilter;
import io.clientlens.app.service.TaskState;
import io.clientlens.code.Label;
import io.clientlens.service.TaskKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and changes stored tasks; every read is limited to a user's scope (their customers, their branch, or all). */
@Repository
public class TaskStore {
    private static final String COLUMNS = """
            t.task_id, t.kind, t.customer_id, cu.customer_type, cu.profile ->> 'name' as name, t.branch_id, t.rm_id,
            t.due_on, t.state, t.snoozed_until, t.rule, t.inputs::text as inputs, t.reason_zh, t.reason_en, t.policy_version, t.as_of,
            t.closed_by, t.closed_role, t.closed_at, t.close_note, t.created_at""";

    private final JdbcClient jdbc;

    TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of tasks in scope, by due date (oldest first) then id. {@code today}: a snooze up to today has ended. */
    public Page<Task> page(TaskFilter f, Scope.Filter scope, LocalDate today, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, scope, today, params);
        long total = jdbc.sql("select count(*) from service_task t" + where).params(params).query(Long.class).single();
        return new Page<>(items(where, params, page, size), page, size, total);
    }

    /** The first {@code limit} tasks in scope by due date, without counting them all. */
    public List<Task> first(TaskFilter f, Scope.Filter scope, LocalDate today, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        return items(where(f, scope, today, params), params, 0, limit);
    }

    // The page's task ids first, then their customers: only the rows shown are joined with the customer table.
    private List<Task> items(String where, Map<String, Object> params, int page, int size) {
        return jdbc.sql("with shown as (select t.task_id from service_task t" + where + " order by t.due_on, t.task_id limit :size offset :offset) "
                        + "select " + COLUMNS + " from shown join service_task t on t.task_id = shown.task_id "
                        + "join customer cu on cu.customer_id = t.customer_id order by t.due_on, t.task_id")
                .params(params).param("size", size).param("offset", (long) page * size).query(TaskStore::task).list();
    }

    /** Open tasks in scope by kind: kind → [open, of those due on or before {@code today}]. */
    public Map<TaskKind, long[]> openCounts(Scope.Filter scope, LocalDate businessDate, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(TaskFilter.OPEN, scope, today, params);
        Map<TaskKind, long[]> counts = new LinkedHashMap<>();
        jdbc.sql("select t.kind, count(*), count(*) filter (where t.due_on <= :businessDate) from service_task t" + where + " group by t.kind")
                .params(params).param("businessDate", businessDate)
                .query(rs -> {
                    counts.put(TaskKind.valueOf(rs.getString(1)), new long[]{rs.getLong(2), rs.getLong(3)});
                });
        return counts;
    }

    /** Open tasks due on or before the business date, by RM of the scope: rmId → [open, overdue]. */
    public Map<String, long[]> openByRm(Scope.Filter scope, LocalDate businessDate, LocalDate today) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(TaskFilter.OPEN, scope, today, params);
        Map<String, long[]> byRm = new LinkedHashMap<>();
        jdbc.sql("select coalesce(t.rm_id, ''), count(*), count(*) filter (where t.due_on < :businessDate) from service_task t" + where
                        + " group by 1 order by 3 desc, 1")
                .params(params).param("businessDate", businessDate)
                .query(rs -> {
                    byRm.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)});
                });
        return byRm;
    }

    /** The as-of date of the latest finished classification run, the business date tasks are due against. */
    public Optional<LocalDate> latestRunDate() {
        return jdbc.sql("select as_of from classification_run where status = 'DONE' order by run_id desc limit 1")
                .query(LocalDate.class).optional();
    }

    public Optional<Task> find(long taskId, Scope.Filter scope) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where t.task_id = :id");
        params.put("id", taskId);
        taskScoped(where, scope, params);
        return jdbc.sql("select " + COLUMNS + " from service_task t join customer cu on cu.customer_id = t.customer_id" + where)
                .params(params).query(TaskStore::task).optional();
    }

    /** Locks the task row for a change in the caller's transaction; its current state. */
    public Optional<TaskState> lockState(long taskId) {
        return jdbc.sql("select state from service_task where task_id = :id for update").param("id", taskId)
                .query(String.class).optional().map(TaskState::valueOf);
    }

    public void close(long taskId, String by, String role, Instant at, String note) {
        jdbc.sql("""
                        update service_task set state = 'DONE', snoozed_until = null, closed_by = :by, closed_role = :role, closed_at = :at,
                               close_note = :note, updated_at = now() where task_id = :id""")
                .param("by", by).param("role", role).param("at", Timestamp.from(at)).param("note", note).param("id", taskId).update();
    }

    public void snooze(long taskId, LocalDate until) {
        jdbc.sql("update service_task set state = 'SNOOZED', snoozed_until = :until, updated_at = now() where task_id = :id")
                .param("until", until).param("id", taskId).update();
    }

    public void reopen(long taskId) {
        jdbc.sql("""
                        update service_task set state = 'OPEN', snoozed_until = null, closed_by = null, closed_role = null, closed_at = null,
                               close_note = null, updated_at = now() where task_id = :id""")
                .param("id", taskId).update();
    }

    private static String where(TaskFilter f, Scope.Filter scope, LocalDate today, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (f.state() == null) {
            where.append(" and (t.state = 'OPEN' or (t.state = 'SNOOZED' and t.snoozed_until <= :today))");
            params.put("today", today);
        } else {
            where.append(" and t.state = :state");
            params.put("state", f.state().name());
        }
        if (f.kind() != null) {
            where.append(" and t.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.dueBy() != null) {
            where.append(" and t.due_on <= :dueBy");
            params.put("dueBy", f.dueBy());
        }
        if (f.dueAfter() != null) {
            where.append(" and t.due_on > :dueAfter");
            params.put("dueAfter", f.dueAfter());
        }
        if (f.customerId() != null) {
            where.append(" and t.customer_id = :customer");
            params.put("customer", f.customerId());
        }
        if (f.rmId() != null) {
            where.append(" and t.rm_id = :filterRm");
            params.put("filterRm", f.rmId());
        }
        if (f.branch() != null) {
            where.append(" and t.branch_id = :filterBranch");
            params.put("filterBranch", f.branch());
        }
        taskScoped(where, scope, params);
        return where.toString();
    }

    /** The scope on the task's own copy of its customer's RM and branch (kept current by every computation). */
    private static void taskScoped(StringBuilder where, Scope.Filter scope, Map<String, Object> params) {
        if (noBranch(scope)) {
            where.append(" and false");
            return;
        }
        if (scope.branch() != null) {
            where.append(" and t.branch_id = :scopeBranch");
            params.put("scopeBranch", scope.branch());
        }
        if (scope.rmId() != null) {
            where.append(" and t.rm_id = :scopeRm");
            params.put("scopeRm", scope.rmId());
        }
    }

    static void scoped(StringBuilder where, Scope.Filter scope, Map<String, Object> params) {
        if (noBranch(scope)) {
            where.append(" and false");
            return;
        }
        if (scope.branch() != null) {
            where.append(" and cu.branch_id = :scopeBranch");
            params.put("scopeBranch", scope.branch());
        }
        if (scope.rmId() != null) {
            where.append(" and cu.relationship_manager = :scopeRm");
            params.put("scopeRm", scope.rmId());
        }
    }

    private static Task task(ResultSet rs, int row) throws SQLException {
        Map<String, String> inputs = new LinkedHashMap<>();
        Json.read(rs.getString("inputs")).forEach((k, v) -> inputs.put(k, v == null ? "" : String.valueOf(v)));
        Timestamp closedAt = rs.getTimestamp("closed_at");
        TaskKind kind = TaskKind.valueOf(rs.getString("kind"));
        return new Task(rs.getLong("task_id"), kind, rs.getString("customer_id"),
                Names.shown(rs.getString("customer_type"), rs.getString("name")), rs.getString("branch_id"),
                rs.getString("rm_id"), rs.getObject("due_on", LocalDate.class), TaskState.valueOf(rs.getString("state")),
                rs.getObject("snoozed_until", LocalDate.class), rs.getString("rule"), inputs,
                Label.of(rs.getString("reason_zh"), rs.getString("reason_en")), rs.getString("policy_version"),
                rs.getObject("as_of", LocalDate.class), rs.getString("closed_by"), rs.getString("closed_role"),
                closedAt == null ? null : closedAt.toInstant(), closeNote(kind, rs.getString("close_note")),
                rs.getTimestamp("created_at").toInstant());
    }

    /** The note of a closed task; a task cleared by the system says which condition ended. */
    private static Label closeNote(TaskKind kind, String note) {
        if (note == null) {
            return null;
        }
        if (!"CONDITION_ENDED".equals(note)) {
            return Label.of(note, note);
        }
        return switch (kind) {
            case CONTACT_PLAN -> Label.of("已记录联系，联系计划已满足", "a contact was logged: the contact plan is met");
            case ASSESSMENT_EXPIRY -> Label.of("客户已重新评估", "the customer was assessed again");
            case NEEDS_REVIEW -> Label.of("需求已满足或不再处于已接受状态", "the need was met or is no longer accepted");
            case AML_REVIEW -> Label.of("反洗钱审查已不再到期", "the AML review is no longer due");
            default -> Label.of("条件已不成立", "its condition ended");
        };
    }

    /** A branch-scoped user without a branch: {@link Scope#filter} gives a branch no customer has; nothing is in scope. */
    static boolean noBranch(Scope.Filter scope) {
        return scope.branch() != null && scope.branch().indexOf('\u0000') >= 0;
    }

    /** For tests and the CLI: all task keys of a customer. */
    public List<String> keys(String customerId) {
        return new ArrayList<>(jdbc.sql("select task_key from service_task where customer_id = :c order by task_key").param("c", customerId)
                .query(String.class).list());
    }
}
