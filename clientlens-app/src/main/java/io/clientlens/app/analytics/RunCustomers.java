package io.clientlens.app.analytics;

import io.clientlens.batch.rules.SegmentVariables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
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
    // Plain doubles, not BigDecimal: CEL reads money as double anyway, and parsing is the hot path here.
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Identity fields in clear as stored; callers mask them before they leave the server. */
    public record Identity(String name, String residentId, String mobile) {
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

    /** Every customer of the run; with the identity ordered by customer id (for lists), without in any order. */
    public void forEach(long runId, boolean withIdentity, Consumer<Customer> action) {
        String sql = withIdentity
                ? "select c.customer_id, c.codes::text, c.features::text, p.profile ->> 'name', p.profile ->> 'residentId', "
                + "p.profile ->> 'mobile' from classification c left join customer p using (customer_id) "
                + "where c.run_id = ? order by c.customer_id"
                // counting needs no order, and sorting a whole run would cost more than the count
                : "select customer_id, codes::text, features::text from classification where run_id = ?";
        // A cursor (fetch size) needs a transaction: outside one the driver reads the whole result at once.
        readOnly.executeWithoutResult(status -> jdbc.query(sql, rs -> {
            Map<String, String> codes = strings(JSON.readValue(rs.getString(2), Map.class));
            @SuppressWarnings("unchecked")
            Map<String, Object> features = JSON.readValue(rs.getString(3), Map.class);
            Identity identity = withIdentity ? new Identity(rs.getString(4), rs.getString(5), rs.getString(6)) : null;
            action.accept(new Customer(rs.getString(1), SegmentVariables.of(features, codes), codes, features, identity));
        }, runId));
    }

    private static Map<String, String> strings(Map<?, ?> map) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        return out;
    }
}
