package io.clientlens.batch.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rewrites a generic layout's transactions.csv as transactions.parquet with DuckDB (same column
 * names, typed: dates, DECIMAL(18,2) amounts). One DuckDB thread and a fixed row-group size make
 * the bytes depend only on the CSV, so a seeded generator stays byte-for-byte reproducible.
 */
public final class TransactionsParquet {
    private TransactionsParquet() {
    }

    public static Path convert(Path directory, boolean deleteCsv) {
        Path csv = directory.resolve("transactions.csv");
        Path parquet = directory.resolve("transactions.parquet");
        Path tmp = directory.resolve(".transactions.parquet.tmp");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            s.execute("set threads = 1");
            s.execute("copy (select * from read_csv(" + SegmentInput.literal(csv) + ", header = true, auto_detect = false, "
                    + "delim = ',', quote = '\"', escape = '\"', columns = {'transactionId': 'VARCHAR', 'sequence': 'BIGINT', "
                    + "'accountId': 'VARCHAR', 'date': 'DATE', 'direction': 'VARCHAR', 'operation': 'VARCHAR', "
                    + "'amount': 'DECIMAL(18,2)', 'balance': 'DECIMAL(18,2)', 'category': 'VARCHAR', "
                    + "'counterpartyBank': 'VARCHAR', 'counterpartyAccount': 'VARCHAR', 'channel': 'VARCHAR', "
                    + "'crossBorder': 'BOOLEAN'})) to " + SegmentInput.literal(tmp)
                    + " (format parquet, compression zstd, row_group_size 1000000)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot convert " + csv + " to Parquet: " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, parquet, StandardCopyOption.REPLACE_EXISTING);
            if (deleteCsv) {
                Files.delete(csv);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parquet;
    }
}
