package io.clientlens.identity;

/**
 * A bank card number (ISO/IEC 7812): 12 to 19 digits, the last a Luhn check digit. Stored as bare
 * digits; {@link #parse} accepts the groups of four people usually write.
 */
public record BankCard(String value) {

    static final String FIELD = "bankCard";
    static final int MIN_DIGITS = 12;
    static final int MAX_DIGITS = 19;

    public BankCard {
        Reason problem = problemWith(value);
        if (problem != null) {
            throw new InvalidIdentity(FIELD, problem);
        }
    }

    /** Accepts "6228 4804 0256 4890 018" and "6228-4804-…" as well as bare digits. */
    public static BankCard parse(String raw) {
        if (raw == null) {
            throw new InvalidIdentity(FIELD, Reason.MISSING);
        }
        return new BankCard(raw.replaceAll("[\\s-]", ""));
    }

    /** The Luhn check digit to append to {@code payload} (all digits of a card number but the last). */
    public static char checkDigit(String payload) {
        if (payload.isEmpty() || !payload.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("expected digits");
        }
        int sum = 0;
        // Counting from the right of the payload, every first, third, … digit is doubled,
        // because the check digit will take the rightmost place.
        for (int i = payload.length() - 1, doubled = 1; i >= 0; i--, doubled ^= 1) {
            int digit = payload.charAt(i) - '0';
            if (doubled == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /** Why {@code text} is not a card number of bare digits, or null when it is. */
    static Reason problemWith(String text) {
        if (text == null || text.isEmpty()) {
            return Reason.MISSING;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Reason.of("只能包含数字（可带空格），第" + (i + 1) + "个字符为“" + c + "”",
                        "must contain only digits (spaces are allowed), character " + (i + 1) + " is '" + c + "'");
            }
        }
        if (text.length() < MIN_DIGITS || text.length() > MAX_DIGITS) {
            return Reason.of("应为" + MIN_DIGITS + "至" + MAX_DIGITS + "位数字，实际为" + text.length() + "位",
                    "must have " + MIN_DIGITS + " to " + MAX_DIGITS + " digits, has " + text.length());
        }
        char last = text.charAt(text.length() - 1);
        char expected = checkDigit(text.substring(0, text.length() - 1));
        if (last != expected) {
            return Reason.of("校验位为" + last + "，但按Luhn算法应为" + expected,
                    "check digit is " + last + " but the Luhn check requires " + expected);
        }
        return null;
    }

    @Override
    public String toString() {
        return Masking.bankCard(value);
    }
}
