package io.clientlens.identity;

import io.clientlens.customer.Gender;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A mainland resident identity number (GB 11643-1999): 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd for men) and an ISO 7064 MOD 11-2 check character. A 15-digit legacy
 * number (6-digit date 19YYMMDD, no check character) is converted to 18 digits.
 */
public record ResidentId(String value) {

    static final String FIELD = "residentId";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public ResidentId {
        Reason problem = problemWith(value);
        if (problem != null) {
            throw new InvalidIdentity(FIELD, problem);
        }
    }

    /** Parses an 18-digit number or converts a 15-digit legacy one; a lower-case x is accepted. */
    public static ResidentId parse(String raw) {
        if (raw == null) {
            throw new InvalidIdentity(FIELD, Reason.MISSING);
        }
        String text = raw.trim().toUpperCase(Locale.ROOT);
        if (text.length() == 15 && text.chars().allMatch(ResidentId::isAsciiDigit)) {
            return fromLegacy(text);
        }
        return new ResidentId(text);
    }

    /** The MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17 || !first17.chars().allMatch(ResidentId::isAsciiDigit)) {
            throw new IllegalArgumentException("expected 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    // Legacy numbers were issued to people born in the 1900s: the century is implied.
    private static ResidentId fromLegacy(String fifteen) {
        String first17 = fifteen.substring(0, 6) + "19" + fifteen.substring(6);
        if (birthDateOf(first17) == null) {
            throw new InvalidIdentity(FIELD, Reason.of(
                    "15位号码的第7–12位应为有效的出生日期（yyMMdd），实际为" + fifteen.substring(6, 12),
                    "characters 7–12 of a 15-digit number must be a real birth date (yyMMdd), were "
                            + fifteen.substring(6, 12)));
        }
        return new ResidentId(first17 + checkCharacter(first17));
    }

    /** Why {@code text} is not a valid 18-character number, or null when it is. */
    static Reason problemWith(String text) {
        if (text == null || text.isEmpty()) {
            return Reason.MISSING;
        }
        if (text.length() != 18) {
            return Reason.of("应为18位（旧号码为15位数字），实际为" + text.length() + "位",
                    "must have 18 characters (or 15 digits for an old number), has " + text.length());
        }
        String first17 = text.substring(0, 17);
        if (!first17.chars().allMatch(ResidentId::isAsciiDigit)) {
            return Reason.of("前17位必须是数字", "the first 17 characters must be digits");
        }
        char last = text.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            return Reason.of("第18位必须是数字或X", "the 18th character must be a digit or X");
        }
        if (birthDateOf(text) == null) {
            return Reason.of("第7–14位应为有效的出生日期（yyyyMMdd），实际为" + text.substring(6, 14),
                    "characters 7–14 must be a real birth date (yyyyMMdd), were " + text.substring(6, 14));
        }
        // plain words, and not the expected character: naming it would turn a mistyped number into a valid one
        if (last != checkCharacter(first17)) {
            return Reason.of("身份证号码的最后一位（校验码）与前 17 位不符，请核对号码",
                    "the last character (check digit) of the resident ID does not match the first 17; check the number");
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

    // Character.isDigit would let full-width and other scripts' digits through.
    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
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
