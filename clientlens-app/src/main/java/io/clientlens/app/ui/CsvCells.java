package io.clientlens.app.ui;

import io.clientlens.batch.export.CsvCell;

/** Cells of the CSV files pages write by hand: made safe for spreadsheets ({@link CsvCell}), then quoted, quotes doubled. */
public final class CsvCells {
    private CsvCells() {
    }

    public static String cell(String value) {
        return "\"" + CsvCell.safe(value).replace("\"", "\"\"") + "\"";
    }
}
