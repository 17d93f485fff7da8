package io.clientlens.app.importing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Builds one line of PostgreSQL COPY CSV: null is an empty unquoted field, text is always quoted. */
final class CsvRow {
    private final StringBuilder out;
    private boolean first = true;

    CsvRow(StringBuilder out) {
        this.out = out;
    }

    CsvRow text(String value) {
        separator();
        if (value != null) {
            out.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    out.append('"');
                }
                out.append(c);
            }
            out.append('"');
        }
        return this;
    }

    CsvRow number(BigDecimal value) {
        separator();
        if (value != null) {
            out.append(value.toPlainString());
        }
        return this;
    }

    CsvRow number(long value) {
        separator();
        out.append(value);
        return this;
    }

    CsvRow date(LocalDate value) {
        separator();
        if (value != null) {
            out.append(value);
        }
        return this;
    }

    void end() {
        out.append('\n');
    }

    private void separator() {
        if (!first) {
            out.append(',');
        }
        first = false;
    }
}
