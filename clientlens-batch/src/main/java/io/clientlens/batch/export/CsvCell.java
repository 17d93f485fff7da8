package io.clientlens.batch.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A CSV cell made safe for spreadsheets (docs/SECURITY.md, "Exports"): a value starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a single quote, so that Excel,
 * LibreOffice or WPS show it as text instead of running it as a formula. A plain number (e.g. a negative
 * amount {@code -12.50}) is not a formula and stays as it is. Callers mask personal data first and pass the
 * masked value here, so a masked name never starts a formula either.
 */
public final class CsvCell {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CsvCell() {
    }

    /** The value as written to a CSV cell; null becomes the empty cell. */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (FORMULA_STARTS.indexOf(value.charAt(0)) < 0 || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    /** Every cell of a row made safe, in order. */
    public static List<String> safe(List<String> values) {
        List<String> row = new ArrayList<>(values.size());
        for (String v : values) {
            row.add(safe(v));
        }
        return row;
    }
}
