package io.clientlens.batch.segment;

import io.clientlens.aml.AmlAssessment;
import io.clientlens.aml.AmlRating;
import io.clientlens.aml.ComplianceFlags;
import io.clientlens.aml.RatingInput;
import io.clientlens.batch.aml.ComplianceFlagsFile;
import io.clientlens.classify.CustomerFeatures;
import io.clientlens.policy.Policy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The AML rating alone over files (docs/AML.md): the same features and profiles as {@code segment}, rated by the same
 * {@link AmlRating} as the amlRisk dimension, without the other dimensions or their documents. Writes
 * {@code customerId,amlRisk,points,factors} per customer, in the order of customers.jsonl. For the benchmark and for a
 * bank that wants the ratings alone.
 */
public final class AmlRatingRunner {
    private static final int BATCH = 512;

    private AmlRatingRunner() {
    }

    public record Result(LocalDate asOf, long customers, Map<String, Long> byLevel) {
    }

    /** @param work a directory of its own for DuckDB's spill files and the converted input; removed at the end */
    public static Result run(Path input, Path work, LocalDate asOf, Policy policy, Path ratings) {
        try {
            Files.createDirectories(work);
            SegmentInput in = SegmentInput.open(input, work);
            ComplianceFlags flags = ComplianceFlagsFile.read(in.original());
            Properties props = new Properties();
            props.setProperty("jdbc_stream_results", "true");
            // in memory: nothing is written but what does not fit, which spills to the work directory
            try (Connection db = DriverManager.getConnection("jdbc:duckdb:", props)) {
                LocalDate date;
                try (Statement s = db.createStatement()) {
                    s.execute("set temp_directory = " + SegmentInput.literal(work.resolve("spill")));
                    in.loadCustomers((org.duckdb.DuckDBConnection) db, Runtime.getRuntime().availableProcessors(), work);
                    in.createViews(s);
                    date = asOf != null ? asOf : latest(s);
                    s.execute(FeatureSql.of(date, policy));
                }
                return rate(db, in, date, policy, flags, ratings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rating failed: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("rating failed: " + e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover work directory is harmless
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    private static LocalDate latest(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select max(date) from in_transactions")) {
            rs.next();
            return rs.getDate(1).toLocalDate();
        }
    }

    /** The rating reads no advisory records: empty in place of {@link FeatureRow#ADVISORY_COLUMNS}. */
    private static final String NO_ADVISORY = "cast(null as varchar[]), 0, cast(null as varchar[])";

    private record Pending(FeatureRow row, io.clientlens.customer.Profile profile) {
    }

    private static Result rate(Connection db, SegmentInput in, LocalDate asOf, Policy policy, ComplianceFlags flags,
                               Path ratings) throws SQLException, IOException {
        String source = in.customers().toString();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "aml-rating");
            t.setDaemon(true);
            return t;
        });
        Map<String, Long> byLevel = new TreeMap<>();
        long customers = 0;
        Deque<Future<List<String>>> pending = new ArrayDeque<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select " + java.util.Arrays.stream(FeatureRow.COLUMNS.split(", ")).map(c -> "f." + c)
                     .collect(java.util.stream.Collectors.joining(", ")) + ", " + NO_ADVISORY + ", "
                     + ProfileTable.COLUMNS.stream().map(c -> "p." + c).collect(java.util.stream.Collectors.joining(", "))
                     + " from run_features f join profiles p on p.ordinal = f.ordinal order by f.ordinal");
             BufferedWriter out = Files.newBufferedWriter(ratings, StandardCharsets.UTF_8)) {
            out.write("customerId,amlRisk,points,factors\n");
            List<Pending> batch = new ArrayList<>(BATCH);
            while (rs.next()) {
                FeatureRow row = FeatureRow.read(rs);
                batch.add(new Pending(row, ProfileTable.read(rs, FeatureRow.COLUMNS.split(", ").length + 4)));
                if (batch.size() == BATCH) {
                    List<Pending> rows = batch;
                    pending.add(workers.submit(() -> rateAll(rows, asOf, policy, flags, source)));
                    batch = new ArrayList<>(BATCH);
                    while (pending.size() >= threads * 3) {
                        customers += write(pending.poll(), out, byLevel);
                    }
                }
            }
            List<Pending> rows = batch;
            pending.add(workers.submit(() -> rateAll(rows, asOf, policy, flags, source)));
            while (!pending.isEmpty()) {
                customers += write(pending.poll(), out, byLevel);
            }
        } finally {
            workers.shutdownNow();
        }
        return new Result(asOf, customers, byLevel);
    }

    private static List<String> rateAll(List<Pending> rows, LocalDate asOf, Policy policy, ComplianceFlags flags,
                                        String source) {
        List<String> lines = new ArrayList<>(rows.size());
        int window = policy.frequency().windowDays();
        for (Pending p : rows) {
            CustomerFeatures f = p.row().withProfile(p.profile(), flags);
            boolean privateBanking = f.isCustomer() && policy.aumTier().bands().bandOf(f.aum()).code().equals("PRIVATE");
            AmlAssessment a = AmlRating.assess(new RatingInput(f.type(), f.profile(), f.ageAt(asOf), privateBanking,
                    f.activityAmount(), f.aml(), window), policy);
            StringBuilder line = new StringBuilder(64).append(f.customerId()).append(',').append(a.level().name())
                    .append(',').append(a.points()).append(',');
            for (int i = 0; i < a.factors().size(); i++) {
                line.append(i == 0 ? "" : ";").append(a.factors().get(i).code());
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static long write(Future<List<String>> future, BufferedWriter out, Map<String, Long> byLevel) throws IOException {
        List<String> lines;
        try {
            lines = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        for (String line : lines) {
            out.write(line);
            out.write('\n');
            int a = line.indexOf(',');
            byLevel.merge(line.substring(a + 1, line.indexOf(',', a + 1)), 1L, Long::sum);
        }
        return lines.size();
    }
}
