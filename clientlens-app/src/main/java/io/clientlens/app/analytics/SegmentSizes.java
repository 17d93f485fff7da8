package io.clientlens.app.analytics;

import io.clientlens.app.segment.SegmentRuleStore;
import io.clientlens.batch.rules.CompiledSegments;
import io.clientlens.batch.rules.InvalidSegmentRules;
import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.batch.rules.SegmentRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How many customers of a run are in each stored custom segment, and how many match one expression.
 * One streamed pass evaluates every compiled rule per customer. A run never changes once finished, so
 * the sizes are kept until the run or the rules change (key: the run's id and finish time, and a digest of the rules).
 * The same pass keeps each segment's members (sorted customer ids) for the customer list's segment filter,
 * up to {@value #KEPT_MEMBERS} ids per run; beyond that a filter evaluates its one rule again.
 */
@Service
public class SegmentSizes {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentSizes.class);
    private static final int CACHED_CHECKS = 64;
    /** Memberships kept per run (all segments together): a few MB of ids, enough for a branch-sized bank. */
    static final int KEPT_MEMBERS = 100_000;

    /** A stored segment and its customers in the run. */
    public record Size(SegmentRule rule, long customers) {
    }

    /** The sizes of every usable stored rule; {@code invalid} lists stored rules that no longer compile. */
    public record Sizes(long runId, String runStamp, String rulesVersion, List<Size> sizes, List<InvalidSegmentRules.Problem> invalid,
                        long millis, Map<String, List<String>> members) {
        /** The kept members of a usable segment, sorted; empty when there are more than {@value #KEPT_MEMBERS} in the run. */
        Optional<List<String>> membersOf(String name) {
            return Optional.ofNullable(members).map(m -> m.get(name));
        }
    }

    private record CheckKey(String runStamp, String expression) {
    }

    private volatile int keptMembers = KEPT_MEMBERS;
    private final RunCustomers customers;
    private final SegmentRuleStore store;
    private final AtomicReference<Sizes> latest = new AtomicReference<>();
    private final AtomicReference<CompilingRules> compiling = new AtomicReference<>();
    private final Map<CheckKey, Long> checked = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CheckKey, Long> eldest) {
            return size() > CACHED_CHECKS;
        }
    });

    SegmentSizes(RunCustomers customers, SegmentRuleStore store) {
        this.customers = customers;
        this.store = store;
    }

    /** The sizes of the stored segments in the run, computed once per run and rules version. */
    public Sizes of(long runId) {
        List<SegmentRule> rules = store.all();
        String version = version(rules);
        String stamp = customers.stamp(runId);
        Sizes cached = latest.get();
        if (cached != null && cached.runStamp().equals(stamp) && cached.rulesVersion().equals(version)) {
            return cached;
        }
        Sizes computed = compute(runId, stamp, version, rules);
        latest.set(computed);
        return computed;
    }

    /**
     * The customer ids of the run in the usable stored segment {@code name}, sorted; empty when there is
     * no such segment (or its rule no longer compiles).
     */
    public Optional<List<String>> members(long runId, String name) {
        Sizes sizes = of(runId);
        Optional<SegmentRule> rule = sizes.sizes().stream().map(Size::rule).filter(r -> r.name().equals(name))
                .filter(SegmentRuleStore::mayUse).findFirst();
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(sizes.membersOf(name).orElseGet(() -> evaluate(runId, rule.get().expression())));
    }

    /** Whether the stored segment {@code name} reads the AML rating ({@link SegmentRuleStore#readsAmlRating}). */
    public boolean readsAmlRating(String name) {
        return store.all().stream().filter(r -> r.name().equals(name)).anyMatch(SegmentRuleStore::readsAmlRating);
    }

    /** The sorted ids of the run's customers matching one expression, not cached (too many to keep). */
    private List<String> evaluate(long runId, String expression) {
        CompiledSegments filter = CompiledSegments.filter(expression);
        java.util.Queue<String> ids = new java.util.concurrent.ConcurrentLinkedQueue<>();
        customers.forEachInParallel(runId, c -> {
            if (!filter.matching(c.variables()).isEmpty()) {
                ids.add(c.customerId());
            }
        });
        return ids.stream().sorted().toList();
    }

    /** Customers of the run matching one expression that compiles (check it first). */
    public long count(long runId, String expression) {
        CheckKey key = new CheckKey(customers.stamp(runId), expression);
        Long known = checked.get(key);
        if (known != null) {
            return known;
        }
        CompiledSegments filter = CompiledSegments.filter(expression);
        java.util.concurrent.atomic.LongAdder n = new java.util.concurrent.atomic.LongAdder();
        customers.forEachInParallel(runId, c -> {
            if (!filter.matching(c.variables()).isEmpty()) {
                n.increment();
            }
        });
        checked.put(key, n.sum());
        return n.sum();
    }

    private Sizes compute(long runId, String stamp, String version, List<SegmentRule> rules) {
        long start = System.nanoTime();
        List<SegmentRule> usable = new ArrayList<>();
        List<InvalidSegmentRules.Problem> invalid = new ArrayList<>();
        for (SegmentRule rule : rules) {
            InvalidSegmentRules.Problem problem = CompiledSegments.check(rule);
            if (problem == null) {
                usable.add(rule);
            } else {
                invalid.add(problem);
            }
        }
        Map<String, java.util.concurrent.atomic.LongAdder> counts = new LinkedHashMap<>();
        Map<String, java.util.Queue<String>> members = new LinkedHashMap<>();
        usable.forEach(r -> {
            counts.put(r.name(), new java.util.concurrent.atomic.LongAdder());
            members.put(r.name(), new java.util.concurrent.ConcurrentLinkedQueue<>());
        });
        // Counted up to one past the limit, so that the ids held during the pass stay bounded too.
        java.util.concurrent.atomic.AtomicLong kept = new java.util.concurrent.atomic.AtomicLong();
        int limit = keptMembers;
        if (!usable.isEmpty()) {
            CompiledSegments compiled = CompiledSegments.compile(new SegmentRules(version, usable), "segment_rule");
            customers.forEachInParallel(runId, c -> {
                for (SegmentRule in : compiled.matching(c.variables())) {
                    counts.get(in.name()).increment();
                    if (kept.get() <= limit && kept.incrementAndGet() <= limit) {
                        members.get(in.name()).add(c.customerId());
                    }
                }
            });
        }
        List<Size> sizes = usable.stream().map(r -> new Size(r, counts.get(r.name()).sum())).toList();
        Map<String, List<String>> sorted = null;
        if (kept.get() <= limit) {
            sorted = new LinkedHashMap<>();
            for (var e : members.entrySet()) {
                sorted.put(e.getKey(), e.getValue().stream().sorted().toList());
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("segment sizes of run {}: {} segments in {} ms", runId, sizes.size(), millis);
        return new Sizes(runId, stamp, version, sizes, invalid, millis, sorted);
    }

    /** Lowers the number of memberships kept (tests of the path beyond it); forgets what was computed. */
    void keepAtMost(int members) {
        keptMembers = members;
        latest.set(null);
    }

    /**
     * The stored rules that compile, in the store's order. Compiling and type-checking takes milliseconds a rule and
     * the customer list asks on every view, so the answer is kept per rules version.
     */
    public List<SegmentRule> compiling(List<SegmentRule> rules) {
        String version = version(rules);
        CompilingRules known = compiling.get();
        if (known != null && known.version().equals(version)) {
            return known.rules();
        }
        List<SegmentRule> usable = rules.stream().filter(r -> CompiledSegments.check(r) == null).toList();
        compiling.set(new CompilingRules(version, usable));
        return usable;
    }

    private record CompilingRules(String version, List<SegmentRule> rules) {
    }

    /** A digest of everything that decides the sizes: any edit of any rule changes it. */
    static String version(List<SegmentRule> rules) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SegmentRule r : rules) {
                for (String part : new String[]{r.name(), r.label().zh(), r.label().en(), String.valueOf(r.priority()), r.expression()}) {
                    sha.update(part.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
