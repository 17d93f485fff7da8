package io.clientlens.aml.screening;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Name normalisation and comparison for watch-list screening (docs/AML.md, "Screening"): full width to half width
 * (NFKC), accents removed, lower case, spaces and punctuation removed. Two Chinese names (any Han character) match only
 * exactly after that; two Latin names by Jaro–Winkler similarity at or above the policy's threshold, compared as
 * written and with their words in alphabetical order (so "LI Wei" and "Wei Li" compare alike). A Chinese name and a
 * Latin one compare by pinyin ({@link PinyinName}) when a romanizer is given: the family name must be the same, first
 * or last in the Latin name, and the given names are compared by Jaro–Winkler similarity, however the Latin name spaces
 * the syllables ("ZHANG Wei Ming", "Weiming Zhang", "ZHANGWEIMING").
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
     * How alike two names are, 0–1, without transliteration: 1 or 0 when either is Chinese (exact after
     * normalisation), otherwise the better Jaro–Winkler similarity of the names as written and with their words sorted.
     */
    public static double similarity(String a, String b) {
        return compare(a, b, PinyinName.Romanizer.NONE).score();
    }

    /** How two names were compared. */
    public enum How {
        /** Chinese names, equal once normalised (score 1) or not (0). */
        EXACT,
        /** Latin names by Jaro–Winkler similarity. */
        LATIN,
        /** A Chinese name in pinyin against a Latin one: the same family name, the given names by Jaro–Winkler. */
        PINYIN
    }

    /**
     * How alike two names are and how that was found.
     *
     * @param pinyin the Chinese name in pinyin ("zhang wei") when compared by pinyin, else null
     */
    public record Likeness(double score, How how, String pinyin) {
    }

    /**
     * How alike two names are, 0–1: two Chinese names 1 or 0 (exact after normalisation); two Latin names the better
     * Jaro–Winkler similarity as written and with their words sorted; a Chinese and a Latin name by pinyin with
     * {@code romanizer} (0 without one).
     */
    public static Likeness compare(String a, String b, PinyinName.Romanizer romanizer) {
        boolean ca = isChinese(a);
        boolean cb = isChinese(b);
        if (ca && cb || (ca || cb) && romanizer == PinyinName.Romanizer.NONE) {
            return new Likeness(!key(a).isEmpty() && key(a).equals(key(b)) ? 1.0 : 0.0, How.EXACT, null);
        }
        if (ca || cb) {
            PinyinName pinyin = PinyinName.of(ca ? a : b, romanizer);
            String latin = words(ca ? b : a);
            return new Likeness(pinyin == null || latin.isEmpty() ? 0.0 : byPinyin(pinyin, latin.split(" ")), How.PINYIN,
                    pinyin == null ? null : pinyin.written());
        }
        String wa = words(a);
        String wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return new Likeness(0.0, How.LATIN, null);
        }
        return new Likeness(Math.max(jaroWinkler(wa.replace(" ", ""), wb.replace(" ", "")),
                jaroWinkler(sorted(wa), sorted(wb))), How.LATIN, null);
    }

    /**
     * The family name in pinyin must be the Latin name's first or last words (or, written without spaces, its start or
     * end); then the given names in pinyin and in the Latin name's other words, run together, compare by Jaro–Winkler.
     */
    private static double byPinyin(PinyinName p, String[] latin) {
        double best = 0.0;
        String all = String.join("", latin);
        if (latin.length == 1) {
            if (p.given().isEmpty()) {
                return all.equals(p.family()) ? 1.0 : 0.0;
            }
            if (all.startsWith(p.family()) && all.length() > p.family().length()) {
                best = jaroWinkler(p.given(), all.substring(p.family().length()));
            }
            if (all.endsWith(p.family()) && all.length() > p.family().length()) {
                best = Math.max(best, jaroWinkler(p.given(), all.substring(0, all.length() - p.family().length())));
            }
            return best;
        }
        for (int k = 1; k < latin.length; k++) {
            String head = String.join("", java.util.Arrays.copyOfRange(latin, 0, k));
            String tail = String.join("", java.util.Arrays.copyOfRange(latin, k, latin.length));
            if (head.equals(p.family())) {
                best = Math.max(best, p.given().isEmpty() ? 0.0 : jaroWinkler(p.given(), tail));
            }
            if (tail.equals(p.family())) {
                best = Math.max(best, p.given().isEmpty() ? 0.0 : jaroWinkler(p.given(), head));
            }
        }
        return best;
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
