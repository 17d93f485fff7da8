package io.clientlens.app.service.bench;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.config.Launcher;
import io.clientlens.app.config.Settings;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.service.TaskGeneration;
import io.clientlens.app.service.persistence.TaskBaseline;
import io.clientlens.batch.Progress;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.generate.TransactionTarget;
import io.clientlens.policy.Policy;
import io.clientlens.service.ServicePolicy;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark of the RM's task computation (docs/BENCHMARKS.md): in one home with a classified base, times in the
 * same run the baseline — the reminders in plain SQL (task-baseline.sql) into a temporary table — and the
 * application's computation for everyone (facts SQL, every rule in Java with its reasons, tasks merged by key,
 * open ones cleared, the computation and audit records; not the run's book figures, which are no reminders), first into an empty task table and then again
 * (idempotent: nothing new). Checks that both found the same task keys. Prints medians and ratios.
 *
 * <p>Run with {@code bin/bench-tasks} ({@code --customers N --home DIR --rounds R --warmup W}, and {@code --transactions M}
 * for about M transactions in all, else {@code --transactions-per-month}). The base is generated and classified once per home; a share of the customers
 * get interaction notes, risk assessments, accepted needs and decided checks so that every kind of reminder is read.
 */
public final class TaskBenchmark {
    private static final long SEED = 20260930L;
    private static final LocalDate END = LocalDate.of(2026, 9, 30);

    private TaskBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path home = Path.of(options.getOrDefault("home", "target/bench-tasks"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "1"));
        int customers = Integer.parseInt(options.getOrDefault("customers", "100000"));
        double perMonth = Double.parseDouble(options.getOrDefault("transactions-per-month", "2"));
        GeneratorSettings settings = generatorSettings(customers, options.get("transactions"), perMonth);
        Files.createDirectories(home);
        try (Launcher app = Launcher.start(Settings.resolve(home, null, System.getenv()), null,
                Map.of("clientlens.service.refresh-seconds", "0"))) {
            JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
            if (app.bean(Customers.class).count() == 0) {
                System.out.printf("generating %,d customers: %d days of history, %.2f everyday transactions per account and month%s%n",
                        customers, settings.historyDays(), settings.averageTransactionsPerAccountPerMonth(),
                        settings.lowActivity() ? String.format(" (low-activity mode, pay and regular transfers here for %.1f %% of customers)",
                                settings.regularFlowShare() * 100) : "");
                long start = System.nanoTime();
                var loaded = app.bean(Imports.class).load(sink -> new CustomerBaseGenerator(settings).generate(sink));
                System.out.printf("loaded: %s in %.1f s%n", loaded.counts(), (System.nanoTime() - start) / 1e9);
            }
            if (jdbc.queryForObject("select count(*) from classification_run where status = 'DONE'", Integer.class) == 0) {
                long start = System.nanoTime();
                app.bean(ClassificationRuns.class).run(null, Progress.NONE);
                System.out.printf("classified in %.1f s%n", (System.nanoTime() - start) / 1e9);
            }
            var run = jdbc.queryForMap("select run_id, as_of from classification_run where status = 'DONE' order by run_id desc limit 1");
            long runId = ((Number) run.get("run_id")).longValue();
            LocalDate asOf = ((java.sql.Date) run.get("as_of")).toLocalDate();
            new org.springframework.transaction.support.TransactionTemplate(app.bean(
                    org.springframework.transaction.PlatformTransactionManager.class)).executeWithoutResult(t -> seedServiceRecords(jdbc, asOf));
            long n = jdbc.queryForObject("select count(*) from customer", Long.class);
            long txns = jdbc.queryForObject("select count(*) from txn", Long.class);
            System.out.printf("data: %,d customers, %,d transactions, %,d notes, %,d assessments, %,d needs, %,d checks; as-of %s, run %d%n",
                    n, txns, count(jdbc, "interaction_note"), count(jdbc, "assessment"), count(jdbc, "need"), count(jdbc, "suitability_check"),
                    asOf, runId);

            DataSource dataSource = app.bean(DataSource.class);
            Policy policy = app.bean(Policy.class);
            ServicePolicy service = app.bean(ServicePolicy.class);
            TaskGeneration generation = app.bean(TaskGeneration.class);
            List<Long> baseline = new ArrayList<>();
            List<Long> first = new ArrayList<>();
            List<Long> again = new ArrayList<>();
            int baselineRows = 0;
            int found = 0;
            for (int i = 0; i < warmup + rounds; i++) {
                long baselineMillis;
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    long start = System.nanoTime();
                    baselineRows = TaskBaseline.compute(c, runId, asOf, policy, service);
                    baselineMillis = (System.nanoTime() - start) / 1_000_000;
                    if (i >= warmup) {
                        baseline.add(baselineMillis);
                    }
                    c.rollback();
                }
                // emptied as on a new base: the application's account may not truncate (docs/SECURITY.md), the owner's may
                try (Connection owner = owner(app); var s = owner.createStatement()) {
                    s.execute("truncate service_task, service_refresh");
                    s.execute("vacuum analyze service_task");
                }
                jdbc.update("delete from service_book where run_id = ?", runId);
                long start = System.nanoTime();
                var g = generation.everyone(false);
                long firstMillis = (System.nanoTime() - start) / 1_000_000;
                found = g.found();
                System.out.printf("%s %d: baseline %,d ms; first %,d ms (%s); ", i < warmup ? "warm-up" : "round",
                        i < warmup ? i + 1 : i - warmup + 1, baselineMillis, firstMillis, g.phases());
                start = System.nanoTime();
                var g2 = generation.everyone(false);
                long againMillis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("again %,d ms (%s)%n", againMillis, g2.phases());
                if (i >= warmup) {
                    first.add(firstMillis);
                    again.add(againMillis);
                }
                if (g2.created() != 0 || g2.cleared() != 0) {
                    throw new IllegalStateException("computing again changed tasks: " + g2);
                }
            }
            String parity = parity(dataSource, runId, asOf, policy, service);
            Map<String, Long> byKind = new java.util.TreeMap<>();
            jdbc.query("select kind, count(*) from service_task group by kind", rs -> {
                byKind.put(rs.getString(1), rs.getLong(2));
            });
            long b = median(baseline);
            long f = median(first);
            long a = median(again);
            System.out.printf("tasks found: %,d (baseline %,d); by kind %s; parity: %s%n", found, baselineRows, byKind, parity);
            System.out.printf("after %d warm-up round(s) left out:%n", warmup);
            System.out.printf("baseline (plain SQL into a temp table), median of %d: %,d ms   all: %s%n", rounds, b, baseline);
            System.out.printf("tasks, first computation,           median of %d: %,d ms   all: %s%n", rounds, f, first);
            System.out.printf("tasks, computed again (idempotent), median of %d: %,d ms   all: %s%n", rounds, a, again);
            System.out.printf("ratio first/baseline: %.2f   again/baseline: %.2f   throughput: %,.0f customers/s%n",
                    (double) f / b, (double) a / b, n * 1000.0 / f);
            System.out.printf("JVM max heap %,d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /**
     * The generator's settings: with {@code --transactions M}, about M transactions in all (the generator's pilot chooses the
     * history and rates, as for {@code generate --transactions}); otherwise the default history at {@code --transactions-per-month}.
     */
    static GeneratorSettings generatorSettings(int customers, String transactions, double perMonth) {
        if (transactions == null) {
            return new GeneratorSettings(customers, SEED, END, GeneratorSettings.DEFAULT_HISTORY_DAYS, perMonth);
        }
        long wanted;
        try {
            wanted = Long.parseLong(transactions.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--transactions: expected a positive number, was " + transactions);
        }
        if (wanted <= 0) {
            throw new IllegalArgumentException("--transactions: expected a positive number, was " + transactions);
        }
        return TransactionTarget.settings(customers, SEED, END, wanted);
    }

    /** Both found the same keys: none in one and not the other. */
    private static String parity(DataSource dataSource, long runId, LocalDate asOf, Policy policy, ServicePolicy service) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            TaskBaseline.compute(c, runId, asOf, policy, service);
            try (ResultSet rs = c.createStatement().executeQuery("""
                    select (select count(*) from (select task_key from baseline_tasks except select task_key from service_task) x),
                           (select count(*) from (select task_key from service_task except select task_key from baseline_tasks) y)""")) {
                rs.next();
                long onlyBaseline = rs.getLong(1);
                long onlyApp = rs.getLong(2);
                c.rollback();
                if (onlyBaseline + onlyApp > 0) {
                    throw new IllegalStateException("baseline and application differ: " + onlyBaseline + " keys only in the baseline, "
                            + onlyApp + " only in the application");
                }
                return "same keys";
            }
        }
    }

    /**
     * Once per home: notes for about half the customers (the last 0–200 days), branch risk assessments for a third (the last
     * 0–400 days; none on a day the customer already has one), accepted needs for one in twenty (80–120 days ago). Set-based SQL; the tasks they queue are dropped.
     */
    private static void seedServiceRecords(JdbcTemplate jdbc, LocalDate asOf) {
        if (count(jdbc, "interaction_note") > 0) {
            return;
        }
        long start = System.nanoTime();
        jdbc.update("insert into interaction_note (customer_id, kind, occurred_on, body, author, author_role) "
                + "select customer_id, 'CALL', cast(? as date) - (abs(hashtext(customer_id)) % 200), '电话回访', 'bench', 'RM' "
                + "from customer where abs(hashtext(customer_id || 'n')) % 2 = 0", asOf);
        jdbc.update("insert into questionnaire (questionnaire_id, kind, version, definition, shipped) "
                + "values ('bench-risk', 'RISK_TOLERANCE', 999, '{}', false) on conflict do nothing");
        jdbc.update("insert into assessment (customer_id, questionnaire_id, kind, answers, score, result_code, result, channel, recorded_by, "
                + "recorded_role, assessed_at, assessed_on, policy_version) "
                + "select customer_id, 'bench-risk', 'RISK_TOLERANCE', '{}', 50, 'C3', '{}', 'BRANCH', 'bench', 'RM', d, d, 'v1' "
                + "from (select customer_id, cast(? as date) - (abs(hashtext(customer_id || 'a')) % 400) as d from customer "
                + "where abs(hashtext(customer_id || 'r')) % 3 = 0) x "
                // the generated base has assessments of its own: one risk assessment a customer and day
                + "on conflict do nothing", asOf);
        jdbc.update("insert into need (customer_id, title, expectation, voice, nature, source, importance, urgency, status, identified_by) "
                + "select customer_id, '子女教育金缺口', 'BASIC', 'STATED', 'EXPLICIT', 'DIAGNOSIS', 3, 3, 'ACCEPTED', 'bench' "
                + "from customer where abs(hashtext(customer_id || 'd')) % 20 = 0");
        jdbc.update("insert into need_event (need_id, from_status, to_status, actor, actor_role, at) "
                + "select need_id, 'REVIEWED', 'ACCEPTED', 'bench', 'RM', cast(? as date) - cast(80 + need_id % 40 as int) from need", asOf);
        jdbc.update("delete from service_refresh");
        System.out.printf("service records seeded in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** A connection as the schema's owner (the migrations' account), for the benchmark's resets between rounds. */
    private static Connection owner(Launcher app) throws java.sql.SQLException {
        var env = app.bean(org.springframework.core.env.Environment.class);
        String url = env.getProperty("spring.flyway.url", env.getProperty("spring.datasource.url"));
        return java.sql.DriverManager.getConnection(url, env.getProperty("spring.flyway.user"), env.getProperty("spring.flyway.password", ""));
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, found " + args[i]);
            }
            map.put(args[i].substring(2), args[i + 1]);
        }
        return map;
    }
}
