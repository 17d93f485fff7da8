package io.clientlens.app.admin;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.classify.RunSummary;
import io.clientlens.app.customer.ChangedBy;
import io.clientlens.app.importing.Contributions;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.importing.LoadCounts;
import io.clientlens.app.suitability.Products;
import io.clientlens.batch.Progress;
import io.clientlens.batch.profile.ProfileFiles;
import io.clientlens.batch.questionnaire.DocumentInvalid;
import io.clientlens.batch.questionnaire.ProductCsv;
import io.clientlens.identity.ProfileIdentityCheck;
import io.clientlens.importing.ImportIssue;
import io.clientlens.importing.Utf8Text;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The work of each kind of job: the same readers, checks and transactional loads as
 * {@code profile import}, {@code import contributions}, {@code product import} and {@code classify}
 * on the command line, reporting rows done as they go.
 */
@Component
public class AdminWork {
    private final Imports imports;
    private final Contributions contributions;
    private final Products products;
    private final ClassificationRuns runs;

    private final java.math.BigDecimal maxAmount;

    AdminWork(Imports imports, Contributions contributions, Products products, ClassificationRuns runs,
              io.clientlens.policy.Policy policy) {
        this.maxAmount = policy.validation().maxAmount();
        this.imports = imports;
        this.contributions = contributions;
        this.products = products;
        this.runs = runs;
    }

    /** Customer profiles (.csv, .xlsx, .json, .jsonl); a profile with a bad identity number is reported at its line. */
    public AdminJobs.Work profiles(Path file, boolean strict, ChangedBy by) {
        return progress -> {
            startCounting(progress, "profiles", file);
            RowCount rows = new RowCount(progress);
            io.clientlens.app.customer.ProfileFileRows checked = new io.clientlens.app.customer.ProfileFileRows(file.toString(), maxAmount);
            Imports.Result result = imports.load(sink -> ProfileFiles.readLocated(file, (profile, line) -> {
                List<ImportIssue> problems = checked.issues(line, profile);
                if (problems.isEmpty()) {
                    sink.customer(ProfileIdentityCheck.withDerivedIdentity(profile));
                } else {
                    problems.forEach(sink::issue);
                }
                rows.reached(line);
            }, issue -> {
                sink.issue(issue);
                rows.reached(issue.line());
            }), strict, by);
            return new Outcome(result.counts(), issues(result.issues()), result.stored(), null);
        };
    }

    /** The bank's profit contribution per customer (CSV customerId,contribution). */
    public AdminJobs.Work contributions(Path file, boolean strict) {
        return progress -> {
            startCounting(progress, "contributions", file);
            Imports.Result result;
            try {
                result = contributions.load(file, strict);
            } catch (Contributions.StrictImportRefused refused) {
                result = new Imports.Result(Map.of(), refused.issues(), false);
            }
            progress.step(result.counts().values().stream().mapToLong(LoadCounts::total).sum() + result.issues().size());
            return new Outcome(result.counts(), issues(result.issues()), result.stored(), null);
        };
    }

    /** The product catalogue: all rows or none, whatever {@code strict} says (as on the command line). */
    public AdminJobs.Work products(Path file) {
        return progress -> {
            String text = Utf8Text.decode(java.nio.file.Files.readAllBytes(file));
            try {
                var catalogue = ProductCsv.parse(text, file.getFileName().toString(), maxAmount);
                progress.start("products", catalogue.size());
                Products.Counts c = products.save(catalogue);
                progress.step(catalogue.size());
                return new Outcome(Map.of("product", new LoadCounts(c.inserted(), c.updated(), c.unchanged())), List.of(), true, null);
            } catch (DocumentInvalid invalid) {
                return new Outcome(Map.of(), invalid.problems().stream().map(JobIssue::of).toList(), false, null);
            }
        };
    }

    /** A classification run at the as-of date (null: the latest transaction date, as on the command line). */
    public AdminJobs.Work classification(LocalDate asOf) {
        return progress -> {
            RunSummary run = runs.run(asOf, progress);
            return new Outcome(Map.of("classification", new LoadCounts(run.customers(), 0, 0)), List.of(), true, run.runId());
        };
    }

    /** Tells the total when the file's size in rows is known before reading; otherwise the page shows rows done only. */
    private static void startCounting(Progress progress, String task, Path file) {
        Long total = dataRows(file);
        if (total != null) {
            progress.start(task, total);
        }
    }

    private static List<JobIssue> issues(List<ImportIssue> issues) {
        return issues.stream().map(JobIssue::of).toList();
    }

    /**
     * Data rows of a file whose records are lines (CSV after its header, JSON Lines); null for an
     * Excel sheet or a JSON array, whose size is known only once read.
     */
    static Long dataRows(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".jsonl")) {
            return null;
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            long nonBlank = lines.filter(l -> !l.isBlank()).count();
            return Math.max(0, csv ? nonBlank - 1 : nonBlank);
        } catch (IOException | UncheckedIOException e) {
            return null; // not UTF-8 text: the reader itself will say what is wrong
        }
    }

    /** Rows done as the highest line reached (a row with two problems is still one row). */
    private static final class RowCount {
        private final Progress progress;
        private long highest;
        private long rows;

        RowCount(Progress progress) {
            this.progress = progress;
        }

        void reached(long line) {
            if (line > highest) {
                highest = line;
                rows++;
                progress.step(rows);
            }
        }
    }
}
