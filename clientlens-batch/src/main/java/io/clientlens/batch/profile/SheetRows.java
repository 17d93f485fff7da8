package io.clientlens.batch.profile;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SAX handler over one sheet's XML ({@code <row r="3"><c r="B3" t="s" s="1"><v>4</v></c>…}):
 * turns each row into typed {@link Cell}s by position and hands it to {@link TableRows}.
 * A number whose cell style is a date format is a date (Excel stores dates as day numbers).
 */
final class SheetRows extends DefaultHandler {
    private final SharedStrings strings;
    private final StylesTable styles;
    private final TableRows rows;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    private long rowNumber;
    private List<Cell> cells;
    private int column;
    private String cellType;
    private int cellStyle;
    private boolean inValue;
    private final StringBuilder value = new StringBuilder();

    SheetRows(SharedStrings strings, StylesTable styles, TableRows rows) {
        this.strings = strings;
        this.styles = styles;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                cells = new ArrayList<>();
            }
            case "c" -> {
                String reference = attributes.getValue("r");
                column = reference == null ? cells.size() : columnIndex(reference);
                cellType = attributes.getValue("t");
                String style = attributes.getValue("s");
                cellStyle = style == null ? 0 : Integer.parseInt(style);
                value.setLength(0);
            }
            case "v", "t" -> inValue = true;
            default -> {
                // other elements (formulas, formatting) carry nothing we read
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "c" -> put(column, cell());
            case "row" -> deliver();
            default -> {
                // nothing to do
            }
        }
    }

    private void deliver() {
        boolean empty = cells.stream().allMatch(c -> c == null || c.text().isEmpty());
        if (empty || rows.rejected()) {
            return;
        }
        if (rows.expectsHeader()) {
            rows.header(rowNumber, cells.stream().map(c -> c == null ? "" : c.text()).toList());
        } else {
            rows.row(rowNumber, cells);
        }
    }

    private Cell cell() {
        String raw = value.toString();
        if (cellType == null || cellType.equals("n")) {
            return raw.isEmpty() ? null : number(plain(new BigDecimal(raw.strip())));
        }
        return switch (cellType) {
            case "s" -> new Cell.Text(strings.getItemAt(Integer.parseInt(raw.strip())).getString());
            case "b" -> new Cell.Bool(raw.strip().equals("1"));
            case "d" -> new Cell.Date(LocalDate.parse(raw.substring(0, Math.min(10, raw.length()))));
            default -> new Cell.Text(raw); // inlineStr, str (formula result), e (error such as #N/A)
        };
    }

    private Cell number(BigDecimal number) {
        if (isDateStyle(cellStyle)) {
            return new Cell.Date(DateUtil.getLocalDateTime(number.doubleValue()).toLocalDate());
        }
        return new Cell.Numeric(number);
    }

    /**
     * Writers differ ("3" from Excel, "3.0" from POI); amounts compare by scale, so the same
     * number must read the same whichever program saved the sheet.
     */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private boolean isDateStyle(int index) {
        return dateStyles.computeIfAbsent(index, i -> {
            if (styles == null || i >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle style = styles.getStyleAt(i);
            return DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
        });
    }

    private void put(int position, Cell cell) {
        while (cells.size() <= position) {
            cells.add(null);
        }
        cells.set(position, cell);
    }

    /** "AB12" → 27: letters are a base-26 column number, A = 0. */
    static int columnIndex(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return index - 1;
    }
}
