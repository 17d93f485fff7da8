package io.clientlens.batch.segment;

import io.clientlens.batch.WorkerResults;
import io.clientlens.batch.WorkDirectories;
import io.clientlens.aml.AmlAssessment;
import io.clientlens.aml.AmlRating;
import io.clientlens.aml.ComplianceFlags;
import io.clientlens.aml.RatingInput;
import io.clientlens.batch.aml.ComplianceFlagsFile;
import io.clientlens.batch.features.FeatureQuery;
import io.clientlens.classify.AdvisoryRecords;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The AML rating alone over files (docs/AML.md): the same features and profiles as {@code segment}, rated by the same
 * {@link AmlRating} as the amlRisk dimension, without the other dimensions or their documents. Computes only the
 * features the rating reads ({@link #FEATURES}, taken from the one feature definition) and reads only the profile
 * columns it reads ({@link ProfileTable#RATING_COLUMNS}); prepared profiles (customers.parquet) are read without
 * parsing any JSON. Writes
 * {@code customerId,amlRisk,points,factors} per customer, in the order of customers.jsonl. For the benchmark and for a
 * bank that wants the ratings alone.
 */
public final class AmlRatingRunner {
    private static final int BATCH = 512;

    private AmlRatingRunner() {
    }

    public record Result(LocalDate asOf, long customers, Map<String, Long> byLevel) {
    }

    /** The feature columns the AML rating reads (docs/AML.md): the rest of the feature query is not computed. */
    static final List<String> FEATURES = List.of("linked_accounts", "aum", "activity_amount", "cash_amount",
            "credit_amount", "cross_border_count");

    /** @param work a directory of its own for DuckDB's spill files and the converted input; removed at the end */
    public static Result run(Path input, Path work, LocalDate asOf, Policy policy, Path ratings) {
        return run(input, work, asOf, policy, ratings, (id, assessment) -> { });
    }

    /** As {@link #run(Path, Path, LocalDate, Policy, Path)}, handing every customer's assessment to {@code each}, in order. */
    static Result run(Path input, Path work, LocalDate asOf, Policy policy, Path ratings,
                      BiConsumer<String, AmlAssessment> each) {
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
                    s.execute("create or replace table rating_features as " + FeatureQuery.select(FeatureQuery.Dialect.DUCKDB,
                            FeatureQuery.Inputs.genericLayout("c.ordinal,"), date, policy, FEATURES));
                }
                return rate(db, in, date, policy, flags, ratings, each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rating failed: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("rating failed: " + e.getMessage(), e);
        } finally {
            WorkDirectories.remove(work);
        }
    }

    private static LocalDate latest(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select max(date) from in_transactions")) {
            rs.next();
            return rs.getDate(1).toLocalDate();
        }
    }

    private record Pending(FeatureRow row, io.clientlens.customer.Profile profile) {
    }

    private record Rated(String customerId, AmlAssessment assessment) {
    }

    private static Result rate(Connection db, SegmentInput in, LocalDate asOf, Policy policy, ComplianceFlags flags,
                               Path ratings, BiConsumer<String, AmlAssessment> each) throws SQLException, IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "aml-rating");
            t.setDaemon(true);
            return t;
        });
        Map<String, Long> byLevel = new TreeMap<>();
        long customers = 0;
        Deque<Future<List<Rated>>> pending = new ArrayDeque<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select f.customer_id, f.ordinal, "
                     + FEATURES.stream().map(c -> "f." + c).collect(Collectors.joining(", ")) + ", "
                     + ProfileTable.RATING_COLUMNS.stream().map(c -> "p." + c).collect(Collectors.joining(", "))
                     + " from rating_features f join profiles p on p.ordinal = f.ordinal order by f.ordinal");
             BufferedWriter out = Files.newBufferedWriter(ratings, StandardCharsets.UTF_8)) {
            out.write("customerId,amlRisk,points,factors\n");
            List<Pending> batch = new ArrayList<>(BATCH);
            while (rs.next()) {
                batch.add(new Pending(row(rs), ProfileTable.readForRating(rs, 3 + FEATURES.size())));
                if (batch.size() == BATCH) {
                    List<Pending> rows = batch;
                    pending.add(workers.submit(() -> rateAll(rows, asOf, policy, flags)));
                    batch = new ArrayList<>(BATCH);
                    while (pending.size() >= threads * 3) {
                        customers += write(pending.poll(), out, byLevel, each);
                    }
                }
            }
            List<Pending> rows = batch;
            pending.add(workers.submit(() -> rateAll(rows, asOf, policy, flags)));
            while (!pending.isEmpty()) {
                customers += write(pending.poll(), out, byLevel, each);
            }
        } finally {
            workers.shutdownNow();
        }
        return new Result(asOf, customers, byLevel);
    }

    /**
     * The {@link #FEATURES} of the row at the cursor (customer_id, ordinal, then those columns) as a feature row; the
     * features the rating does not read are left empty.
     */
    private static FeatureRow row(ResultSet rs) throws SQLException {
        return new FeatureRow(rs.getString(1), rs.getLong(2), rs.getInt(3), 0, null, rs.getBigDecimal(4), null, null,
                null, 0, rs.getBigDecimal(5), null, List.of(), 0, 0, null, rs.getBigDecimal(6), rs.getBigDecimal(7),
                rs.getInt(8), AdvisoryRecords.NONE);
    }

    private static List<Rated> rateAll(List<Pending> rows, LocalDate asOf, Policy policy, ComplianceFlags flags) {
        List<Rated> rated = new ArrayList<>(rows.size());
        int window = policy.frequency().windowDays();
        for (Pending p : rows) {
            CustomerFeatures f = p.row().withProfile(p.profile(), flags);
            boolean privateBanking = f.isCustomer() && policy.aumTier().bands().bandOf(f.aum()).code().equals("PRIVATE");
            rated.add(new Rated(f.customerId(), AmlRating.assess(new RatingInput(f.type(), f.profile(), f.ageAt(asOf),
                    privateBanking, f.activityAmount(), f.aml(), window), policy)));
        }
        return rated;
    }

    private static long write(Future<List<Rated>> future, BufferedWriter out, Map<String, Long> byLevel,
                              BiConsumer<String, AmlAssessment> each) throws IOException {
        List<Rated> rated = WorkerResults.of(future);
        StringBuilder line = new StringBuilder(64);
        for (Rated r : rated) {
            AmlAssessment a = r.assessment();
            line.setLength(0);
            line.append(r.customerId()).append(',').append(a.level().name()).append(',').append(a.points()).append(',');
            for (int i = 0; i < a.factors().size(); i++) {
                line.append(i == 0 ? "" : ";").append(a.factors().get(i).code());
            }
            out.append(line).append('\n');
            byLevel.merge(a.level().name(), 1L, Long::sum);
            each.accept(r.customerId(), a);
        }
        return rated.size();
    }
}
