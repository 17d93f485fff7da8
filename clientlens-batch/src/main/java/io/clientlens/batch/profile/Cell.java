package io.clientlens.batch.profile;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One non-empty cell of a table as the file holds it: CSV has only text, Excel also has
 * numbers, dates and booleans. Columns parse any of them into their own type.
 */
sealed interface Cell {

    /** The cell as a person would type it, for messages and text columns. */
    String text();

    record Text(String value) implements Cell {
        @Override
        public String text() {
            return value.strip();
        }
    }

    record Numeric(BigDecimal value) implements Cell {
        @Override
        public String text() {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    record Date(LocalDate value) implements Cell {
        @Override
        public String text() {
            return value.toString();
        }
    }

    record Bool(boolean value) implements Cell {
        @Override
        public String text() {
            return Boolean.toString(value);
        }
    }
}
