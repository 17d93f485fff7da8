package io.clientlens.batch.segment;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.clientlens.batch.export.CsvCell;
import io.clientlens.code.Dimension;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * How customers moved between two runs, per dimension: for each (from code, to code) the number
 * of customers, e.g. 12 customers went from CORE to GENERAL in valueClass. A customer in only
 * one run counts as coming from, or going to, {@code (none)}. DuckDB joins the two Parquet files.
 */
public final class MigrationMatrix {
    public static final String NONE = "(none)";

    /** One cell: dimension, code in run A, code in run B, customers. */
    public record Cell(String dimension, String from, String to, long customers) {
    }

    private MigrationMatrix() {
    }

    public static List<Cell> between(SegmentRun a, SegmentRun b) {
        List<Cell> cells = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            for (Dimension d : Dimension.values()) {
                if (d == Dimension.REGION) {
                    continue; // free text, not a class
                }
                String col = "\"" + d.code() + "\"";
                String sql = "select coalesce(a." + col + ", '" + NONE + "') as f, coalesce(b." + col + ", '" + NONE + "') as t, "
                        + "count(*) from read_parquet(" + SegmentInput.literal(a.results()) + ") a full outer join read_parquet("
                        + SegmentInput.literal(b.results()) + ") b on a.\"customerId\" = b.\"customerId\" group by all order by f, t";
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        cells.add(new Cell(d.code(), rs.getString(1), rs.getString(2), rs.getLong(3)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compare runs " + a.id() + " and " + b.id() + ": " + e.getMessage(), e);
        }
        return cells;
    }

    /**
     * Writes dimension,from,to,customers (written to a temporary name, then moved); codes of a free-text
     * dimension such as region are quoted when needed and neutralised for spreadsheets ({@link CsvCell}).
     */
    public static void writeCsv(List<Cell> cells, Path file) {
        StringWriter csv = new StringWriter();
        try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(csv)) {
            writer.writeRecord("dimension", "from", "to", "customers");
            for (Cell c : cells) {
                writer.writeRecord(CsvCell.safe(List.of(c.dimension(), c.from(), c.to(), String.valueOf(c.customers()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, csv.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
