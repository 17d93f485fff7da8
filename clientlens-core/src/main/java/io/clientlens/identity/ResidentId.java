package io.clientlens.identity;

import io.clientlens.customer.Gender;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A mainland resident identity number (GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd for men) and an ISO 7064 MOD 11-2 check character. A 15-digit legacy
 * number (6-digit date 19YYMMDD, no check character) is converted to 18 digits.
 */
public record ResidentId(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public ResidentId {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidIdentity("residentId", problem);
        }
    }

    /** Parses an 18-digit number or converts a 15-digit legacy one; a lower-case x is accepted. */
    public static ResidentId parse(String raw) {
        if (raw == null) {
            throw new InvalidIdentity("residentId", "is missing");
        }
        String text = raw.trim().toUpperCase(java.util.Locale.ROOT);
        if (text.length() == 15 && text.chars().allMatch(Character::isDigit)) {
            String first17 = text.substring(0, 6) + "19" + text.substring(6);
            return new ResidentId(first17 + checkCharacter(first17));
        }
        return new ResidentId(text);
    }

    /** The MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17 || !first17.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("expected 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Why {@code text} is not a valid 18-character number, or null when it is. */
    static String problemWith(String text) {
        if (text == null || text.isEmpty()) {
            return "is missing";
        }
        if (text.length() != 18) {
            return "must have 18 characters (or 15 digits for an old number), has " + text.length();
        }
        String first17 = text.substring(0, 17);
        if (!first17.chars().allMatch(Character::isDigit)) {
            return "the first 17 characters must be digits";
        }
        char last = text.charAt(17);
        if (!Character.isDigit(last) && last != 'X') {
            return "the 18th character must be a digit or X";
        }
        if (birthDateOf(text) == null) {
            return "characters 7–14 must be a real birth date (yyyyMMdd), were " + text.substring(6, 14);
        }
        char expected = checkCharacter(first17);
        if (last != expected) {
            return "check character is " + last + " but the number requires " + expected;
        }
        return null;
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The 17th digit (sequence) is odd for men and even for women. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.M : Gender.F;
    }

    public String regionCode() {
        return value.substring(0, 6);
    }

    private static LocalDate birthDateOf(String text) {
        try {
            int year = Integer.parseInt(text.substring(6, 10));
            int month = Integer.parseInt(text.substring(10, 12));
            int day = Integer.parseInt(text.substring(12, 14));
            if (year < 1900) {
                return null;
            }
            return LocalDate.of(year, month, day);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return Masking.residentId(value);
    }
}
