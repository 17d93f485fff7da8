package io.clientlens.identity;

/** Masking of personal data for display (DOMAIN.md §11). */
public final class Masking {
    private Masking() {
    }

    /** First 4 and last 4 characters kept. */
    public static String residentId(String value) {
        return keep(value, 4, 4);
    }

    private static String keep(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
