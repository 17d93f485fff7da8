package io.clientlens.app.admin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The latest classification runs, whoever started them (page, command line), newest first. */
@Repository
public class RecentRuns {
    private final JdbcClient jdbc;

    RecentRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Run(long id, LocalDate asOf, String policyVersion, Integer customers, String status, Instant startedAt,
                      Instant finishedAt) {
    }

    public List<Run> list(int limit) {
        return jdbc.sql("select run_id, as_of, policy_version, customers, status, started_at, finished_at "
                        + "from classification_run order by run_id desc limit :n")
                .param("n", limit)
                .query((rs, i) -> new Run(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getString(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7))))
                .list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
