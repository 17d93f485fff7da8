package io.clientlens.app.analytics;

import io.clientlens.batch.rules.SegmentVariables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams the customers of one classification run with the variables a segment expression reads
 * ({@link SegmentVariables}: features and dimension codes). PostgreSQL sends the rows through a cursor
 * in chunks of {@value #FETCH}, so memory does not grow with the number of customers.
 */
@Repository
public class RunCustomers {
    static final int FETCH = 2_000;
    private static final int BATCH = 1_000;
    // Plain doubles, not BigDecimal: CEL reads money as double anyway, and parsing is the hot path here.
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Identity fields in clear as stored; callers mask them before they leave the server. */
    public record Identity(String name, String residentId, String mobile, String branch, String relationshipManager) {
    }

    /** One customer of the run: the segment variables, the codes, and (when asked for) the identity. */
    public record Customer(String customerId, Map<String, Object> variables, Map<String, String> codes,
                           Map<String, Object> features, Identity identity) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    RunCustomers(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * What identifies the run's content: its id and when it finished. Run ids alone could repeat if the
     * tables were emptied and the sequence restarted (tests do), and a cached count must not outlive its run.
     */
    public String stamp(long runId) {
        List<String> stamps = jdbc.query("select run_id || '@' || coalesce(finished_at::text, '') from classification_run where run_id = ?",
                (rs, i) -> rs.getString(1), runId);
        return stamps.isEmpty() ? runId + "@none" : stamps.get(0);
    }

    /** Every customer of the run; with the identity ordered by customer id (for lists), without in any order. */
    public void forEach(long runId, boolean withIdentity, Consumer<Customer> action) {
        String sql = withIdentity
                ? "select c.customer_id, c.codes::text, c.features::text, p.profile ->> 'name', p.profile ->> 'residentId', "
                + "p.profile ->> 'mobile', p.branch_id, p.relationship_manager from classification c left join customer p using (customer_id) "
                + "where c.run_id = ? order by c.customer_id"
                // counting needs no order, and sorting a whole run would cost more than the count
                : "select customer_id, codes::text, features::text from classification where run_id = ?";
        // A cursor (fetch size) needs a transaction: outside one the driver reads the whole result at once.
        readOnly.executeWithoutResult(status -> jdbc.query(sql, rs -> {
            Identity identity = withIdentity ? new Identity(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)) : null;
            action.accept(customer(rs.getString(1), rs.getString(2), rs.getString(3), identity));
        }, runId));
    }

    /**
     * Every customer of the run, without identity and in no order, with {@code action} called on several
     * threads (it must be thread-safe): this thread only reads rows, workers parse and evaluate them. At most
     * a few batches are in flight, so memory stays bounded whatever the size of the run.
     */
    public void forEachInParallel(long runId, Consumer<Customer> action) {
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        if (workers == 1) {
            forEach(runId, false, action);
            return;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "segment-count");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(2 * workers);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        try {
            List<String[]> batch = new ArrayList<>(BATCH);
            readOnly.executeWithoutResult(status -> jdbc.query(
                    "select customer_id, codes::text, features::text from classification where run_id = ?", rs -> {
                        batch.add(new String[]{rs.getString(1), rs.getString(2), rs.getString(3)});
                        if (batch.size() == BATCH) {
                            done.add(submit(pool, inFlight, List.copyOf(batch), action));
                            batch.clear();
                        }
                    }, runId));
            done.add(submit(pool, inFlight, List.copyOf(batch), action));
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting run " + runId, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static java.util.concurrent.Future<?> submit(java.util.concurrent.ExecutorService pool,
                                                         java.util.concurrent.Semaphore inFlight, List<String[]> rows,
                                                         Consumer<Customer> action) {
        inFlight.acquireUninterruptibly();
        return pool.submit(() -> {
            try {
                for (String[] row : rows) {
                    action.accept(customer(row[0], row[1], row[2], null));
                }
            } finally {
                inFlight.release();
            }
        });
    }

    private static Customer customer(String id, String codesJson, String featuresJson, Identity identity) {
        Map<String, String> codes = strings(JSON.readValue(codesJson, Map.class));
        @SuppressWarnings("unchecked")
        Map<String, Object> features = JSON.readValue(featuresJson, Map.class);
        return new Customer(id, SegmentVariables.of(features, codes), codes, features, identity);
    }

    private static Map<String, String> strings(Map<?, ?> map) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        return out;
    }
}
