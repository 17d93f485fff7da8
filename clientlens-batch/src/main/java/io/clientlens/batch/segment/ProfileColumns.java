package io.clientlens.batch.segment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * One row of prepared profiles as the reader of the profile columns sees it, whoever holds the row: a
 * DuckDB result set or a Spark row. A column is named by its position, as the holder counts them;
 * each method gives null for an empty cell.
 *
 * @param <X> what reading a cell may throw (a result set's SQLException; nothing checked for an in-memory row)
 */
public interface ProfileColumns<X extends Exception> {
    String text(int column) throws X;

    LocalDate date(int column) throws X;

    Boolean bool(int column) throws X;

    Integer integer(int column) throws X;

    /** The row at a result set's cursor; columns count from 1. */
    static ProfileColumns<SQLException> of(ResultSet rs) {
        return new ProfileColumns<>() {
            @Override
            public String text(int column) throws SQLException {
                return rs.getString(column);
            }

            @Override
            public LocalDate date(int column) throws SQLException {
                java.sql.Date date = rs.getDate(column);
                return date == null ? null : date.toLocalDate();
            }

            @Override
            public Boolean bool(int column) throws SQLException {
                boolean value = rs.getBoolean(column);
                return rs.wasNull() ? null : value;
            }

            @Override
            public Integer integer(int column) throws SQLException {
                int value = rs.getInt(column);
                return rs.wasNull() ? null : value;
            }
        };
    }
}
