package io.clientlens.app.audit;

import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.customer.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Searches the append-only audit trail for compliance: by customer, user, kind and period, newest first, a page at a time.
 * Reads only; the trail itself refuses every change (docs/SECURITY.md).
 */
@Repository
public class AuditSearch {
    public static final int MAX_PAGE_SIZE = 200;
    /** An export holds at most this many records; a longer period is exported in parts. */
    public static final int MAX_EXPORT = 100_000;
    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z_]{0,63}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to look for; every part is optional. The period counts whole days, both ends included. */
    public record Query(String customerId, String user, String kind, LocalDate from, LocalDate to) {
        public static final Query ALL = new Query(null, null, null, null, null);

        /** Reads the query from text fields as a form or a URL gives them; every problem names its field. */
        public static Query parse(String customerId, String user, String kind, String from, String to) {
            List<FieldProblem> problems = new ArrayList<>();
            String c = blankToNull(customerId);
            if (c != null && c.length() > 64) {
                problems.add(new FieldProblem("customer", "客户号最多 64 个字符", "at most 64 characters"));
            }
            String u = blankToNull(user);
            if (u != null && !NAME.matcher(u).matches()) {
                problems.add(new FieldProblem("user", "用户名应为 1–64 个字母、数字或 . _ @ -", "expected 1–64 letters, digits or . _ @ -"));
            }
            String k = blankToNull(kind);
            if (k != null && !KIND.matcher(k).matches()) {
                problems.add(new FieldProblem("kind", "未知的记录类型", "unknown kind of record"));
            }
            LocalDate f = date(from, "from", problems);
            LocalDate t = date(to, "to", problems);
            if (f != null && t != null && f.isAfter(t)) {
                problems.add(new FieldProblem("to", "结束日期应不早于开始日期 " + f, "must not be before the start date " + f));
            }
            if (!problems.isEmpty()) {
                throw new InvalidRequest(problems);
            }
            return new Query(c, u, k, f, t);
        }

        private static LocalDate date(String text, String field, List<FieldProblem> problems) {
            String s = blankToNull(text);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, "日期应写作 YYYY-MM-DD，例如 2026-01-31", "expected a date YYYY-MM-DD, e.g. 2026-01-31"));
                return null;
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** One record as the search shows it (the inputs and reasons are read on the customer's page). */
    public record Row(long recordId, LocalDateTime at, String kind, String user, String role, String customerId, String subject,
                      String outcome, String policyVersion) {
    }

    /** One page of results; {@code total} counts every match. */
    public record ResultPage(List<Row> items, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    public ResultPage search(Query q, int page, int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "页码应为 0 或更大", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "每页条数应在 1 到 " + MAX_PAGE_SIZE + " 之间", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        long total = bind(jdbc.sql("select count(*) from audit_record " + WHERE), q).query(Long.class).single();
        List<Row> rows = bind(jdbc.sql(SELECT + " " + WHERE + " order by record_id desc limit :limit offset :offset"), q)
                .param("limit", size).param("offset", (long) page * size).query((rs, i) -> row(rs)).list();
        return new ResultPage(rows, page, size, total);
    }

    /** Every match, newest first, up to {@link #MAX_EXPORT}; returns how many were given. */
    public int each(Query q, Consumer<Row> sink) {
        int[] n = {0};
        bind(jdbc.sql(SELECT + " " + WHERE + " order by record_id desc limit :limit"), q).param("limit", MAX_EXPORT)
                .query(rs -> {
                    sink.accept(row(rs));
                    n[0]++;
                });
        return n[0];
    }

    /** The kinds of record on file, for the filter. */
    public List<String> kinds() {
        return jdbc.sql("select distinct kind from audit_record order by kind").query(String.class).list();
    }

    private static final String SELECT = "select record_id, recorded_at, kind, actor, actor_role, customer_id, subject, outcome, policy_version from audit_record";
    private static final String WHERE = """
             where (cast(:customer as text) is null or customer_id = :customer)
               and (cast(:actor as text) is null or actor = :actor)
               and (cast(:kind as text) is null or kind = :kind)
               and (cast(:from as timestamp) is null or recorded_at >= :from)
               and (cast(:to as timestamp) is null or recorded_at < :to)""";

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Query q) {
        return spec.param("customer", q.customerId()).param("actor", q.user()).param("kind", q.kind())
                .param("from", q.from() == null ? null : q.from().atStartOfDay())
                .param("to", q.to() == null ? null : q.to().plusDays(1).atStartOfDay());
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }
}
