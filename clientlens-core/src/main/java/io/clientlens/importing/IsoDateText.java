package io.clientlens.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Reads the plain ISO texts ClientLens writes itself, {@code yyyy-MM-dd} and {@code yyyy-MM-ddTHH:mm:ss}, by hand.
 * java.time's general parser costs microseconds a value, and classifying reads several such texts per customer.
 * Anything else gives null: callers then use java.time's parser, so that other forms and bad texts behave, and fail,
 * exactly as they did.
 */
public final class IsoDateText {

    private IsoDateText() {
    }

    /** The date when {@code text} is exactly four, two and two digits joined by '-' and a real day; else null. */
    public static LocalDate date(String text) {
        if (text.length() != 10 || !isDate(text)) {
            return null;
        }
        try {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        } catch (DateTimeException e) {
            return null; // e.g. 2026-02-30: the caller's parser reports it
        }
    }

    /** The date and time when {@code text} is exactly {@code yyyy-MM-ddTHH:mm:ss} and a real moment; else null. */
    public static LocalDateTime dateTime(String text) {
        if (text.length() != 19 || !isDate(text) || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean isDate(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-'
                && digits(text, 0, 4) >= 0 && digits(text, 5, 7) >= 0 && digits(text, 8, 10) >= 0;
    }

    /** The number the ASCII digits from {@code from} to {@code to} spell, or -1 when any is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
