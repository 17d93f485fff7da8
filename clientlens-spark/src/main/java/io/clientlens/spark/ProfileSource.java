package io.clientlens.spark;

import io.clientlens.batch.profile.ProfileJson;
import io.clientlens.batch.segment.PreparedProfiles;
import io.clientlens.batch.segment.ProfileColumns;
import io.clientlens.customer.Profile;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a run's profiles come from: the documents of customers.jsonl, parsed where each partition is
 * classified, or a prepared directory's customers.parquet, read as columns with no JSON parsed (docs/SEGMENTS.md,
 * "Prepared profiles"). Either way the view in_profiles holds them; {@link #columns} selects from it what
 * {@link #read} takes.
 *
 * @param file     the file the profiles are read from, as errors name it
 * @param prepared whether it is customers.parquet
 */
record ProfileSource(String file, boolean prepared) implements Serializable {

    /** The columns of in_profiles (aliased {@code alias}) that {@link #read} takes, customer_id first. */
    String columns(String alias) {
        return (prepared ? PreparedProfiles.COLUMNS.stream() : Stream.of("customer_id", "line", "document"))
                .map(c -> alias + "." + c).collect(Collectors.joining(", "));
    }

    /** The profile in {@code row}, the {@link #columns} starting at position {@code first}. */
    Profile read(Row row, int first) {
        String customerId = row.getString(first);
        if (prepared) {
            try {
                return PreparedProfiles.read(new RowColumns(row), first);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ": customer " + customerId + ": " + e.getMessage(), e);
            }
        }
        try {
            return ProfileJson.read(row.getString(first + 2));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " line " + row.getLong(first + 1) + ": customer " + customerId + ": "
                    + e.getMessage(), e);
        }
    }

    /** A Spark row's cells as the profile reader takes them. */
    private record RowColumns(Row row) implements ProfileColumns<RuntimeException> {
        @Override
        public String text(int column) {
            return row.isNullAt(column) ? null : row.getString(column);
        }

        @Override
        public LocalDate date(int column) {
            // a java.sql.Date unless the session gives java.time values (spark.sql.datetime.java8API.enabled)
            Object value = row.get(column);
            return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
        }

        @Override
        public Boolean bool(int column) {
            return row.isNullAt(column) ? null : row.getBoolean(column);
        }

        @Override
        public Integer integer(int column) {
            return row.isNullAt(column) ? null : row.getInt(column);
        }
    }
}
