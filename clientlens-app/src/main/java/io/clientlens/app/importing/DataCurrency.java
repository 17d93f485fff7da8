package io.clientlens.app.importing;

import io.clientlens.policy.Policy;
import io.clientlens.app.classify.RunFinished;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The currency the bank data is in: the one the data set named when it was imported (Berka: CZK; the
 * generator: CNY), else the policy's. Amounts are shown in it and never converted (docs/POLICY.md, "Currency").
 * <p>
 * Read from the database at most once per {@link #KEPT} and kept in between: pages ask for it several times each.
 * An import or a classification run in this process forgets it at once ({@link #forget()}); one in another process
 * (the command line while a server runs) is seen within {@link #KEPT}, since no process can tell another. The value
 * only ever changes once in a database, from none to the first data set's currency (an import in another currency is
 * refused), so a page drawn in those seconds shows the policy's currency at worst (docs/POLICY.md, "Currency").
 */
@Component
public class DataCurrency {
    /** How long a value read is used before the database is asked again. */
    static final Duration KEPT = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final Policy policy;
    private final LongSupplier nanoTime;
    private volatile Known known;
    /** Counts {@link #forget()}s: a value read while one happened is not kept (it may be from before the import). */
    private final AtomicLong forgotten = new AtomicLong();

    private record Known(String code, long readAt) {
    }

    @Autowired
    DataCurrency(JdbcTemplate jdbc, Policy policy) {
        this(jdbc, policy, System::nanoTime);
    }

    DataCurrency(JdbcTemplate jdbc, Policy policy, LongSupplier nanoTime) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.nanoTime = nanoTime;
    }

    /** The ISO 4217 code, e.g. CNY. */
    public String code() {
        Known k = known;
        long now = nanoTime.getAsLong();
        if (k != null && now - k.readAt() < KEPT.toNanos()) {
            return k.code();
        }
        long generation = forgotten.get();
        String recorded = jdbc.query("select currency from data_currency", rs -> rs.next() ? rs.getString(1) : null);
        String code = recorded != null ? recorded : policy.currency();
        if (forgotten.get() == generation) {
            known = new Known(code, now);
        }
        return code;
    }

    @EventListener
    void runFinished(RunFinished run) {
        forget();
    }

    /** The next {@link #code()} reads the database again: after an import or a run, or when the tables were emptied. */
    public void forget() {
        forgotten.incrementAndGet();
        known = null;
    }
}
