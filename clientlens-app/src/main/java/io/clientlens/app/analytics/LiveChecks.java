package io.clientlens.app.analytics;

import io.clientlens.batch.rules.CompiledSegments;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The analysts' live check of a segment expression (how many customers of the latest run match), kept from slowing
 * anyone else down (docs/SECURITY.md, "Isolation under load"):
 *
 * <ul>
 * <li>checks run on their own bounded pool ({@code clientlens.segments.check-threads}, default half the processors, at
 * least one) with a short queue; when both are full the check is refused at once ({@link Outcome.Busy});</li>
 * <li>one user has at most {@code clientlens.segments.check-per-user} checks (default 1) running or queued;</li>
 * <li>a check that takes longer than {@code clientlens.segments.check-timeout} (default 5 s) is stopped
 * ({@link Outcome.TimedOut});</li>
 * <li>a check evaluates the run's segment variables kept in memory ({@link #rows}): the run is read from the database
 * once (by the first check after it finished), never per keystroke; a repeated expression is answered from the last
 * {@value #CACHED_CHECKS} counts.</li>
 * </ul>
 */
@Service
public class LiveChecks {
    private static final Logger LOG = LoggerFactory.getLogger(LiveChecks.class);
    static final int CACHED_CHECKS = 64;

    public sealed interface Outcome {
        record Counted(long customers) implements Outcome {
        }

        /** Too many checks at once (of this user, or of everyone): try again after {@code retryAfter}. */
        record Busy(Duration retryAfter, boolean ofThisUser) implements Outcome {
        }

        record TimedOut(Duration limit) implements Outcome {
        }
    }

    /** The run's customers as segment variables, read once per run. */
    record Rows(String stamp, List<Map<String, Object>> variables) {
    }

    private final RunCustomers customers;
    private final ThreadPoolExecutor pool;
    private final int perUser;
    private final Duration timeout;
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
    private final java.util.concurrent.ExecutorService reader;
    private Reading reading;
    private final Map<String, Long> counted = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > CACHED_CHECKS;
        }
    });

    LiveChecks(RunCustomers customers,
               @Value("${clientlens.segments.check-threads:0}") int threads,
               @Value("${clientlens.segments.check-per-user:1}") int perUser,
               @Value("${clientlens.segments.check-timeout:5s}") Duration timeout) {
        this.customers = customers;
        int n = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        AtomicInteger names = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(n, n, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2 * n), r -> {
            Thread t = new Thread(r, "segment-check-" + names.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        this.reader = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "segment-check-reader");
            t.setDaemon(true);
            return t;
        });
        this.perUser = Math.max(1, perUser);
        this.timeout = timeout;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
        reader.shutdownNow();
    }

    /** How many customers of the run match the expression, which must compile (check it first). */
    public Outcome count(String user, long runId, String expression) {
        String stamp = customers.stamp(runId);
        Long known = counted.get(stamp + "\n" + expression);
        if (known != null) {
            return new Outcome.Counted(known);
        }
        AtomicInteger mine = running.computeIfAbsent(user, u -> new AtomicInteger());
        if (mine.incrementAndGet() > perUser) {
            mine.decrementAndGet();
            return new Outcome.Busy(Duration.ofSeconds(1), true);
        }
        try {
            Future<Long> future;
            try {
                future = pool.submit(() -> evaluate(runId, stamp, expression));
            } catch (RejectedExecutionException full) {
                return new Outcome.Busy(Duration.ofSeconds(2), false);
            }
            try {
                long n = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                counted.put(stamp + "\n" + expression, n);
                return new Outcome.Counted(n);
            } catch (TimeoutException slow) {
                future.cancel(true);
                pool.purge(); // a cancelled check still waiting in the queue would hold its place there
                LOG.info("Live segment check of {} stopped after {} ms", user, timeout.toMillis());
                return new Outcome.TimedOut(timeout);
            } catch (InterruptedException e) {
                future.cancel(true);
                pool.purge();
                Thread.currentThread().interrupt();
                return new Outcome.TimedOut(timeout);
            } catch (CancellationException stopped) {
                return new Outcome.TimedOut(timeout);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() instanceof ExecutionException inner ? inner.getCause() : e.getCause();
                if (cause instanceof CancellationException || cause instanceof InterruptedException) {
                    return new Outcome.TimedOut(timeout);
                }
                throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
            }
        } finally {
            mine.decrementAndGet();
        }
    }

    private long evaluate(long runId, String stamp, String expression) throws InterruptedException, ExecutionException {
        CompiledSegments filter = CompiledSegments.filter(expression);
        List<Map<String, Object>> all = rows(runId, stamp).variables();
        long n = 0;
        for (int i = 0; i < all.size(); i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("stopped");
            }
            if (!filter.matching(all.get(i)).isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /**
     * The run's variables, read from the database by one reader thread (so at most one reading at a time, whoever
     * waits) the first time a check needs them, and kept for the latest run only (about 1 KB a customer). A check that
     * times out stops waiting; the reading goes on, so that the next check finds the rows ready.
     */
    Rows rows(long runId, String stamp) throws InterruptedException, ExecutionException {
        Reading mine;
        synchronized (this) {
            Reading r = reading;
            if (r != null && r.stamp().equals(stamp) && !r.rows().isCompletedExceptionally()) {
                mine = r;
            } else {
                mine = new Reading(stamp, CompletableFuture.supplyAsync(() -> read(runId, stamp), reader));
                reading = mine;
            }
        }
        return mine.rows().get();
    }

    private record Reading(String stamp, CompletableFuture<Rows> rows) {
    }

    private Rows read(long runId, String stamp) {
        long start = System.nanoTime();
        List<Map<String, Object>> read = new ArrayList<>();
        Map<Object, Object> shared = new HashMap<>(); // equal texts, codes and lists are kept once
        customers.forEach(runId, false, c -> {
            Map<String, Object> compact = new HashMap<>(c.variables().size() * 2);
            c.variables().forEach((k, v) -> compact.put((String) shared.computeIfAbsent(k, x -> x),
                    v instanceof String || v instanceof List ? shared.computeIfAbsent(v, x -> x) : v));
            read.add(Map.copyOf(compact));
        });
        LOG.info("Live segment checks: {} customers of run {} kept in memory ({} ms)", read.size(), runId,
                (System.nanoTime() - start) / 1_000_000);
        return new Rows(stamp, List.copyOf(read));
    }
}
