package io.clientlens.batch.berka;

import de.siegmar.fastcsv.reader.CsvRecord;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One data line of a Berka file with typed access by column name. Every accessor rejects the
 * row with a reason that names the value and what was expected.
 */
final class BerkaRow {
    /** district.asc marks a missing value with a question mark. */
    private static final String MISSING = "?";

    private final BerkaFile file;
    private final CsvRecord record;

    BerkaRow(BerkaFile file, CsvRecord record) {
        this.file = file;
        this.record = record;
        requireAllFields();
    }

    long line() {
        return record.getStartingLineNumber();
    }

    /** The trimmed text of a column, or null when it is blank (or, in district.asc, marked missing). */
    String optional(String column) {
        String text = record.getField(file.position(column)).trim();
        return text.isEmpty() || (file == BerkaFile.DISTRICT && MISSING.equals(text)) ? null : text;
    }

    String required(String column) {
        String text = optional(column);
        if (text == null) {
            throw new RowRejected(column, "缺少值", "value is missing");
        }
        return text;
    }

    /** A Berka id: digits, kept as text because ClientLens ids are text. */
    String id(String column) {
        String text = required(column);
        if (!allDigits(text) || text.length() > 18) {
            throw new RowRejected(column, "“" + text + "”不是编号，应为数字", "'" + text + "' is not an id; expected digits");
        }
        return text;
    }

    String oneOf(String column, Set<String> codes) {
        String text = required(column);
        if (!codes.contains(text)) {
            throw new RowRejected(column, "未知代码“" + text + "”，应为以下之一：" + codes, "unknown code '" + text + "'; expected one of " + codes);
        }
        return text;
    }

    LocalDate date(String column) {
        String text = required(column);
        LocalDate date = BerkaDates.yymmdd(text);
        if (date == null) {
            throw new RowRejected(column, "“" + text + "”不是日期，应为 YYMMDD（19YY 年）", "'" + text + "' is not a date; expected YYMMDD (year 19YY)");
        }
        return date;
    }

    /** card.issued: a YYMMDD date followed by a time of day, which ClientLens does not keep. */
    LocalDate dateOfTimestamp(String column) {
        String text = required(column);
        LocalDate date = isTimestampShape(text) ? BerkaDates.yymmdd(text.substring(0, 6)) : null;
        if (date == null) {
            throw new RowRejected(column, "“" + text + "”不是时间，应为 YYMMDD hh:mm:ss（19YY 年）",
                    "'" + text + "' is not a timestamp; expected YYMMDD hh:mm:ss (year 19YY)");
        }
        return date;
    }

    BigDecimal decimal(String column) {
        String text = required(column);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new RowRejected(column, "“" + text + "”不是数字，应为数字，小数用点号",
                    "'" + text + "' is not a number; expected digits with a dot for decimals");
        }
    }

    int positiveInteger(String column) {
        String text = required(column);
        if (!allDigits(text) || text.length() > 9 || Integer.parseInt(text) == 0) {
            throw new RowRejected(column, "“" + text + "”不是正整数", "'" + text + "' is not a positive whole number");
        }
        return Integer.parseInt(text);
    }

    private void requireAllFields() {
        int expected = file.header().size();
        int found = record.getFieldCount();
        if (found < expected) {
            throw new RowRejected(null, "该行不完整：应有 " + expected + " 个字段，实为 " + found + " 个",
                    "line is cut off: expected " + expected + " fields, found " + found);
        }
        if (found > expected) {
            throw new RowRejected(null, "该行字段过多：应有 " + expected + " 个，实为 " + found + " 个",
                    "line has too many fields: expected " + expected + ", found " + found);
        }
    }

    private static boolean isTimestampShape(String text) {
        return text.length() == 15 && text.charAt(6) == ' ' && text.charAt(9) == ':' && text.charAt(12) == ':';
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
