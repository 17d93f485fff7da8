package io.clientlens.identity;

/**
 * A Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters from the code
 * set 0–9 and A–Z without I, O, Z, S and V; the last is a mod-31 check character.
 */
public record Uscc(String value) {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    static final String FIELD = "uscc";

    public Uscc {
        Reason problem = problemWith(value);
        if (problem != null) {
            throw new InvalidIdentity(FIELD, problem);
        }
    }

    /** Parses a code, tolerating surrounding blanks and lower-case letters. */
    public static Uscc parse(String raw) {
        if (raw == null) {
            throw new InvalidIdentity(FIELD, Reason.MISSING);
        }
        return new Uscc(raw.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** The check character of the first 17 characters. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not in the USCC code set");
            }
            sum += v * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** Why {@code text} is not a valid code, or null when it is. */
    static Reason problemWith(String text) {
        if (text == null || text.isEmpty()) {
            return Reason.MISSING;
        }
        if (text.length() != 18) {
            return Reason.of("应为18位，实际为" + text.length() + "位", "must have 18 characters, has " + text.length());
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(text.charAt(i)) < 0) {
                return Reason.of("第" + (i + 1) + "位“" + text.charAt(i) + "”不允许（只能是数字和除I、O、Z、S、V以外的大写字母）",
                        "character " + (i + 1) + " '" + text.charAt(i)
                                + "' is not allowed (digits and capital letters except I, O, Z, S, V)");
            }
        }
        // plain words, and not the expected character, as for the resident ID
        if (text.charAt(17) != checkCharacter(text.substring(0, 17))) {
            return Reason.of("统一社会信用代码的最后一位（校验码）与前 17 位不符，请核对代码",
                    "the last character (check character) of the unified social credit code does not match the first 17; "
                            + "check the code");
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
