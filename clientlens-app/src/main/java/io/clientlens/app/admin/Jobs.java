package io.clientlens.app.admin;

import io.clientlens.batch.json.Json;
import io.clientlens.app.importing.LoadCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The job records (table {@code admin_job}). Each write is its own transaction, apart from the work it records. */
@Repository
public class Jobs {
    /** A file with more problems than this keeps the first ones; the count says how many there were. */
    public static final int ISSUES_KEPT = 10_000;

    private static final String COLUMNS = "job_id, kind, file_name, strict, as_of, started_by, started_at, finished_at, state, "
            + "rows_done, rows_total, stored, counts::text, issue_count, issues::text, message, run_id";

    private final JdbcClient jdbc;

    Jobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(JobKind kind, String fileName, boolean strict, LocalDate asOf, String startedBy) {
        return jdbc.sql("insert into admin_job (kind, file_name, strict, as_of, started_by) values (:kind, :file, :strict, :asOf, :by) "
                        + "returning job_id")
                .param("kind", kind.name()).param("file", fileName).param("strict", strict).param("asOf", asOf)
                .param("by", startedBy).query(Long.class).single();
    }

    void progress(long id, long done, Long total) {
        jdbc.sql("update admin_job set rows_done = :done, rows_total = coalesce(:total, rows_total) where job_id = :id and state = 'RUNNING'")
                .param("done", done).param("total", total).param("id", id).update();
    }

    void finish(long id, long rowsDone, Outcome outcome) {
        List<Map<String, Object>> issues = outcome.issues().stream().limit(ISSUES_KEPT).map(Jobs::issueJson).toList();
        Map<String, Object> counts = new LinkedHashMap<>();
        outcome.counts().forEach((table, c) -> counts.put(table, Map.of("inserted", c.inserted(), "updated", c.updated(),
                "unchanged", c.unchanged())));
        jdbc.sql("""
                        update admin_job set state = 'DONE', finished_at = now(), rows_done = :done,
                            rows_total = coalesce(rows_total, :done), stored = :stored, counts = cast(:counts as jsonb),
                            issue_count = :issueCount, issues = cast(:issues as jsonb), run_id = :run
                        where job_id = :id""")
                .param("done", rowsDone).param("stored", outcome.stored()).param("counts", Json.write(counts))
                .param("issueCount", outcome.issues().size()).param("issues", Json.write(issues))
                .param("run", outcome.runId()).param("id", id).update();
    }

    void fail(long id, String message) {
        jdbc.sql("update admin_job set state = 'FAILED', finished_at = now(), stored = false, message = :m where job_id = :id")
                .param("m", message).param("id", id).update();
    }

    /** Jobs left RUNNING by a server that stopped: their work was rolled back with its connection. */
    int markInterrupted() {
        return jdbc.sql("update admin_job set state = 'FAILED', finished_at = now(), stored = false, "
                + "message = 'interrupted: the server stopped while the job ran; nothing of it was stored / 服务器在运行期间停止，本任务未写入任何数据' "
                + "where state = 'RUNNING'").update();
    }

    public Optional<Job> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from admin_job where job_id = :id").param("id", id).query(Jobs::job).optional();
    }

    /** The latest jobs, newest first (without their issues). */
    public List<Job> recent(int limit) {
        return jdbc.sql("select " + COLUMNS.replace("issues::text", "'[]'") + " from admin_job order by job_id desc limit :n")
                .param("n", limit).query(Jobs::job).list();
    }

    private static Map<String, Object> issueJson(JobIssue i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", i.line());
        m.put("field", i.field());
        m.put("zh", i.zh());
        m.put("en", i.en());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Job job(ResultSet rs, int row) throws SQLException {
        Map<String, LoadCounts> counts = new LinkedHashMap<>();
        Json.read(rs.getString(13)).forEach((table, value) -> {
            Map<String, Object> c = (Map<String, Object>) value;
            counts.put(table, new LoadCounts(number(c.get("inserted")), number(c.get("updated")), number(c.get("unchanged"))));
        });
        List<JobIssue> issues = parseList(rs.getString(15)).stream()
                .map(m -> new JobIssue(number(m.get("line")), (String) m.get("field"), (String) m.get("zh"), (String) m.get("en")))
                .toList();
        return new Job(rs.getLong(1), JobKind.valueOf(rs.getString(2)), rs.getString(3), rs.getBoolean(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)),
                JobState.valueOf(rs.getString(9)), rs.getLong(10), (Long) rs.getObject(11), (Boolean) rs.getObject(12), counts,
                rs.getInt(14), issues, rs.getString(16), (Long) rs.getObject(17));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parseList(String json) {
        Object list = Json.read("{\"l\":" + json + "}").get("l");
        return (List<Map<String, Object>>) list;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
