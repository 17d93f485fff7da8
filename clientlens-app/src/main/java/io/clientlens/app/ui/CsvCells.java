package io.clientlens.app.ui;

/**
 * Cells of the CSV files pages hand out. A spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage
 * return as a formula, so such a cell gets a leading apostrophe (the OWASP advice against CSV injection); every cell is
 * quoted, with quotes doubled.
 */
public final class CsvCells {
    private CsvCells() {
    }

    public static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
