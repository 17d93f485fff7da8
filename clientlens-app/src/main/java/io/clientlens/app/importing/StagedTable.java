package io.clientlens.app.importing;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Rows for one table, buffered as COPY CSV, loaded into a temporary staging table and merged:
 * new keys are inserted, changed rows updated, identical rows left alone. That is what makes a
 * re-run of the same import a no-op.
 */
final class StagedTable {
    private final String table;
    private final String key;
    private final List<String> columns;
    private final StringBuilder buffer = new StringBuilder(1 << 16);
    private int buffered;
    private long inserted;
    private long updated;
    private long unchanged;
    /** The table was empty when the import began: rows go straight in, there is nothing to merge with. */
    private boolean direct;
    private MergeWatch watch = MergeWatch.NONE;

    /** For a column, how its new value is made from the stored row ({@code <table>.col}) and the staged one ({@code excluded.col}). */
    private final java.util.Map<String, String> mergedValue;

    StagedTable(String table, String key, List<String> columns) {
        this(table, key, columns, java.util.Map.of());
    }

    /**
     * @param mergedValue for the columns that an import merges into the stored value rather than replaces, the SQL of
     *                    the new value; every other column takes the staged value
     */
    StagedTable(String table, String key, List<String> columns, java.util.Map<String, String> mergedValue) {
        this.table = table;
        this.key = key;
        this.columns = columns;
        this.mergedValue = java.util.Map.copyOf(mergedValue);
    }

    private String newValue(String column) {
        return mergedValue.getOrDefault(column, "excluded." + column);
    }

    /** Told before and after each merge of staged rows into a table that had rows (not for rows that go straight in). */
    interface MergeWatch {
        MergeWatch NONE = new MergeWatch() {
        };

        default void beforeMerge(Connection c) throws SQLException {
        }

        default void afterMerge(Connection c) throws SQLException {
        }
    }

    StagedTable watchedBy(MergeWatch watch) {
        this.watch = watch;
        return this;
    }

    void add(Consumer<CsvRow> row) {
        CsvRow csv = new CsvRow(buffer);
        row.accept(csv);
        csv.end();
        buffered++;
    }

    int buffered() {
        return buffered;
    }

    String table() {
        return table;
    }

    void createStage(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("create temp table if not exists stage_" + table + " (like " + table + " including defaults) on commit drop");
            try (var rs = s.executeQuery("select not exists (select 1 from " + table + ")")) {
                rs.next();
                direct = rs.getBoolean(1);
            }
        }
    }

    void flush(Connection c) throws SQLException {
        if (buffered == 0) {
            return;
        }
        String columnList = String.join(", ", columns);
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy " + (direct ? "" : "stage_") + table + " (" + columnList + ") from stdin (format csv)",
                    new StringReader(buffer.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (direct) {
            // A key given twice in the input fails the COPY above (and so the whole import) naming the key.
            inserted += buffered;
            buffer.setLength(0);
            buffered = 0;
            return;
        }
        String updates = columns.stream().filter(col -> !col.equals(key))
                .map(col -> col + " = " + newValue(col)).reduce((a, b) -> a + ", " + b).orElse(key + " = excluded." + key);
        String changed = columns.stream().filter(col -> !col.equals(key))
                .map(col -> table + "." + col).reduce((a, b) -> a + ", " + b).orElse(table + "." + key);
        String changedNew = columns.stream().filter(col -> !col.equals(key))
                .map(this::newValue).reduce((a, b) -> a + ", " + b).orElse("excluded." + key);
        // "where (old) is distinct from (new)" skips identical rows, so they are neither rewritten nor counted.
        String merge = "with merged as (insert into " + table + " (" + columnList + ") select distinct on (" + key + ") "
                + columnList + " from stage_" + table + " on conflict (" + key + ") do update set " + updates
                + (table.equals("customer") ? ", updated_at = now()" : "")
                + " where (" + changed + ") is distinct from (" + changedNew + ") returning (xmax = 0) as inserted)"
                + " select count(*) filter (where inserted), count(*) filter (where not inserted) from merged";
        long staged = buffered;
        watch.beforeMerge(c);
        try (var s = c.createStatement(); var rs = s.executeQuery(merge)) {
            rs.next();
            long ins = rs.getLong(1);
            long upd = rs.getLong(2);
            inserted += ins;
            updated += upd;
            unchanged += staged - ins - upd;
        }
        watch.afterMerge(c);
        try (var s = c.createStatement()) {
            s.execute("truncate stage_" + table);
        }
        buffer.setLength(0);
        buffered = 0;
    }

    LoadCounts counts() {
        return new LoadCounts(inserted, updated, unchanged);
    }
}
