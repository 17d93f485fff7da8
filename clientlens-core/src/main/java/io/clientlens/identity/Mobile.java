package io.clientlens.identity;

/**
 * A mainland mobile number: 11 digits, {@code 1} then {@code 3}–{@code 9}, then 9 digits. Stored
 * as the bare 11 digits; {@link #parse} accepts the ways people write it (spaces, dashes, +86).
 */
public record Mobile(String value) {

    static final String FIELD = "mobile";

    public Mobile {
        Reason problem = problemWith(value);
        if (problem != null) {
            throw new InvalidIdentity(FIELD, problem);
        }
    }

    /** Accepts "138 0013 8000", "138-0013-8000", "+86 13800138000", "0086…" and "86…" (13 digits). */
    public static Mobile parse(String raw) {
        if (raw == null) {
            throw new InvalidIdentity(FIELD, Reason.MISSING);
        }
        return new Mobile(withoutCountryCode(raw.replaceAll("[\\s-]", "")));
    }

    // No mainland mobile starts with 86, so a 13-digit "86…" can only carry the country code.
    private static String withoutCountryCode(String compact) {
        if (compact.startsWith("+86")) {
            return compact.substring(3);
        }
        if (compact.startsWith("0086")) {
            return compact.substring(4);
        }
        if (compact.length() == 13 && compact.startsWith("86")) {
            return compact.substring(2);
        }
        return compact;
    }

    /** Why {@code text} is not 11 bare digits of a mobile number, or null when it is. */
    static Reason problemWith(String text) {
        if (text == null || text.isEmpty()) {
            return Reason.MISSING;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Reason.of("只能包含数字（可带空格、连字符和+86前缀），第" + (i + 1) + "个字符为“" + c + "”",
                        "must contain only digits (spaces, dashes and a +86 prefix are allowed), character "
                                + (i + 1) + " is '" + c + "'");
            }
        }
        if (text.length() != 11) {
            return Reason.of("应为11位数字，实际为" + text.length() + "位",
                    "must have 11 digits, has " + text.length());
        }
        if (text.charAt(0) != '1' || text.charAt(1) < '3') {
            return Reason.of("应以13–19开头，实际以" + text.substring(0, 2) + "开头",
                    "must start with 13 to 19, starts with " + text.substring(0, 2));
        }
        return null;
    }

    @Override
    public String toString() {
        return Masking.mobile(value);
    }
}
