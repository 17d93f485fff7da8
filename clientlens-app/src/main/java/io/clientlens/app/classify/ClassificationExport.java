package io.clientlens.app.classify;

import io.clientlens.batch.json.Json;
import io.clientlens.batch.export.ClassificationCsv;
import io.clientlens.batch.export.CsvCell;
import de.siegmar.fastcsv.writer.CsvWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a run's classifications (docs/SEGMENTS.md) as JSON Lines or CSV, streaming from the
 * database. The file appears complete or not at all (written beside it, then moved).
 */
@Service
public class ClassificationExport {
    public enum Format {
        JSONL, CSV;

        public static Format parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--format: expected jsonl or csv, was '" + text + "' / --format：应为 jsonl 或 csv，实为“" + text + "”");
            }
        }
    }

    private final JdbcTemplate jdbc;
    private final RunQueries runs;

    ClassificationExport(JdbcTemplate jdbc, RunQueries runs) {
        this.jdbc = jdbc;
        this.runs = runs;
    }

    @Transactional(readOnly = true)
    public long write(Long runId, Format format, Path file) {
        long run = runId != null ? runId : runs.latestRun().orElseThrow(() ->
                new IllegalStateException("No classification run yet: run classify first / 还没有分类运行：请先运行 classify")).runId();
        if (!runs.isDone(run)) {
            // A run in progress or one that never was: exporting it would write a part of the customers, or none.
            throw new IllegalArgumentException("--run " + run + ": no completed classification run has this number "
                    + "/ 没有编号为 " + run + " 的已完成分类运行");
        }
        Path parent = file.toAbsolutePath().getParent();
        long[] written = {0};
        try {
            Files.createDirectories(parent);
            Path partial = Files.createTempFile(parent, ".export-", ".partial");
            try (BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                CsvWriter csv = format == Format.CSV ? CsvWriter.builder().build(w) : null;
                if (csv != null) {
                    csv.writeRecord(CsvCell.safe(ClassificationCsv.header()));
                }
                jdbc.setFetchSize(1_000);
                jdbc.query("select c.customer_id, r.as_of, r.policy_version, c.codes::text, c.features::text, "
                        + "c.dimensions::text from classification c join classification_run r using (run_id) "
                        + "where c.run_id = ? order by c.customer_id", rs -> {
                    try {
                        if (csv != null) {
                            Map<String, String> codes = new LinkedHashMap<>();
                            Json.read(rs.getString(4)).forEach((k, v) -> codes.put(k, String.valueOf(v)));
                            csv.writeRecord(CsvCell.safe(ClassificationCsv.row(rs.getString(1), codes)));
                        } else {
                            Map<String, Object> doc = new LinkedHashMap<>();
                            doc.put("customerId", rs.getString(1));
                            doc.put("asOf", rs.getDate(2).toLocalDate().toString());
                            doc.put("policyVersion", rs.getString(3));
                            doc.put("features", Json.read(rs.getString(5)));
                            doc.put("dimensions", Json.read(rs.getString(6)));
                            w.write(Json.write(doc));
                            w.write('\n');
                        }
                        written[0]++;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, run);
                if (csv != null) {
                    csv.flush();
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
        return written[0];
    }
}
