package io.clientlens.batch.berka;

import io.clientlens.customer.Gender;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Berka's dates: YYMMDD meaning 19YY, and the birth number, a YYMMDD whose month is raised by 50
 * for women. Parsed by hand because a million transaction dates go through here.
 */
final class BerkaDates {
    private static final int WOMEN_MONTH_OFFSET = 50;

    /** What a birth number says: the birth date and the gender. */
    record BirthNumber(LocalDate birthDate, Gender gender) {
    }

    private BerkaDates() {
    }

    /** The date of a YYMMDD text (year 19YY), or null when the text is not such a date. */
    static LocalDate yymmdd(String text) {
        int[] parts = sixDigits(text);
        return parts == null ? null : dateOrNull(parts[0], parts[1], parts[2]);
    }

    /** The birth date and gender of a birth number, or null when it is not one. */
    static BirthNumber birthNumber(String text) {
        int[] parts = sixDigits(text);
        if (parts == null) {
            return null;
        }
        boolean woman = parts[1] > WOMEN_MONTH_OFFSET;
        LocalDate date = dateOrNull(parts[0], woman ? parts[1] - WOMEN_MONTH_OFFSET : parts[1], parts[2]);
        return date == null ? null : new BirthNumber(date, woman ? Gender.F : Gender.M);
    }

    /** YY, MM and DD of a six-digit text, or null when it is not six digits. */
    private static int[] sixDigits(String text) {
        if (text == null || text.length() != 6) {
            return null;
        }
        int[] parts = new int[3];
        for (int i = 0; i < 6; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            parts[i / 2] = parts[i / 2] * 10 + (c - '0');
        }
        return parts;
    }

    private static LocalDate dateOrNull(int yy, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(1900 + yy, month, day);
        } catch (DateTimeException notInCalendar) {
            return null;
        }
    }
}
