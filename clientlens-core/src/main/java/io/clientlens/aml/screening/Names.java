package io.clientlens.aml.screening;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Name normalisation and comparison for watch-list screening (docs/AML.md, "Screening"): full width to half width
 * (NFKC), accents removed, lower case, spaces and punctuation removed. A Chinese name (any Han character) matches only exactly after
 * that; a Latin name matches by Jaro–Winkler similarity at or above the policy's threshold, compared as written and
 * with its words in alphabetical order (so "LI Wei" and "Wei Li" compare alike).
 */
public final class Names {
    private Names() {
    }

    /** Width, case, spaces and punctuation normalised away; the words kept apart by single spaces. */
    public static String words(String name) {
        if (name == null) {
            return "";
        }
        // full width → half width, then accents off (é → e), then lower case
        String n = Normalizer.normalize(Normalizer.normalize(name, Normalizer.Form.NFKC), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The normalised name without any separator: what exact matching compares. */
    public static String key(String name) {
        return words(name).replace(" ", "");
    }

    public static boolean isChinese(String name) {
        return name != null && name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /**
     * How alike two names are, 0–1: 1 or 0 when either is Chinese (exact after normalisation), otherwise the better
     * Jaro–Winkler similarity of the names as written and with their words sorted.
     */
    public static double similarity(String a, String b) {
        if (isChinese(a) || isChinese(b)) {
            return !key(a).isEmpty() && key(a).equals(key(b)) ? 1.0 : 0.0;
        }
        String wa = words(a);
        String wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0.0;
        }
        return Math.max(jaroWinkler(wa.replace(" ", ""), wb.replace(" ", "")),
                jaroWinkler(sorted(wa), sorted(wb)));
    }

    private static String sorted(String words) {
        String[] parts = words.split(" ");
        Arrays.sort(parts);
        return String.join("", parts);
    }

    /** Jaro–Winkler similarity (prefix scale 0.1, at most 4 characters of common prefix). */
    static double jaroWinkler(String s, String t) {
        if (s.equals(t)) {
            return 1.0;
        }
        int window = Math.max(0, Math.max(s.length(), t.length()) / 2 - 1);
        boolean[] sm = new boolean[s.length()];
        boolean[] tm = new boolean[t.length()];
        int matches = 0;
        for (int i = 0; i < s.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(t.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!tm[j] && s.charAt(i) == t.charAt(j)) {
                    sm[i] = true;
                    tm[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < s.length(); i++) {
            if (sm[i]) {
                while (!tm[j]) {
                    j++;
                }
                if (s.charAt(i) != t.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / s.length() + m / t.length() + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(s.length(), t.length())) && s.charAt(prefix) == t.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
