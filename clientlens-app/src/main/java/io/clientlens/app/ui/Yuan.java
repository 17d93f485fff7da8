package io.clientlens.app.ui;

import io.clientlens.code.Language;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts on the pages (docs/USER-GUIDE.md, "Amounts on the pages").
 * <ul>
 * <li>{@link #of}: every table and detail, exact to the fen/cent with thousands grouped and always two decimals,
 * the same digits in both languages: "10,278.24 元" / "10,278.24 CNY"; another currency of the data (docs/POLICY.md
 * "Currency") as "612,000.00 克朗" / "612,000.00 CZK". Table cells that hold one carry the CSS class {@code amount}
 * (right-aligned).</li>
 * <li>{@link #tile}: summary tiles and chart labels only, rounded and said so by its unit: "1.03 万元" /
 * "10.28 thousand CNY", "155 万元" / "1.55 million CNY".</li>
 * </ul>
 */
public final class Yuan {
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private Yuan() {
    }

    /** Exact, in yuan: "10,278.24 元" / "10,278.24 CNY"; null as "—". */
    public static String of(BigDecimal amount, Language lang) {
        return of(amount, lang, "CNY");
    }

    /** Exact, in the given currency: "10,278.24 元", "612,000.00 克朗" / "612,000.00 CZK"; null as "—". */
    public static String of(BigDecimal amount, Language lang, String currency) {
        if (amount == null) {
            return "—";
        }
        return exact(amount) + " " + unit(lang, currency == null ? "CNY" : currency);
    }

    /** The number alone, as {@link #of} writes it: "-1,234,567.80". */
    public static String exact(BigDecimal amount) {
        BigDecimal fen = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = fen.unscaledValue().abs().toString();
        if (digits.length() < 3) {
            digits = "0".repeat(3 - digits.length()) + digits;
        }
        String integer = digits.substring(0, digits.length() - 2);
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 2);
        if (fen.signum() < 0) {
            out.append('-');
        }
        int first = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
        out.append(integer, 0, first);
        for (int i = first; i < integer.length(); i += 3) {
            out.append(',').append(integer, i, i + 3);
        }
        return out.append('.').append(digits, digits.length() - 2, digits.length()).toString();
    }

    /**
     * For summary tiles and charts only, rounded to three significant digits at most and labelled by its unit: in Chinese
     * 元 below 10,000, 万元 up to 亿元 ("8,500 元", "1.03 万元", "155 万元", "1.23 亿元"); in English thousand, million,
     * billion ("8,500 CNY", "10.3 thousand CNY", "1.55 million CNY"). Never in a table: tables show {@link #of}.
     */
    public static String tile(BigDecimal amount, Language lang, String currency) {
        if (amount == null) {
            return "—";
        }
        String unit = unit(lang, currency == null ? "CNY" : currency);
        BigDecimal abs = amount.abs();
        if (lang == Language.EN) {
            if (abs.compareTo(BILLION) >= 0) {
                return short3(amount.divide(BILLION)) + " billion " + unit;
            }
            if (abs.compareTo(MILLION) >= 0) {
                return short3(amount.divide(MILLION)) + " million " + unit;
            }
            if (abs.compareTo(WAN) >= 0) {
                return short3(amount.divide(THOUSAND)) + " thousand " + unit;
            }
            return whole(amount) + " " + unit;
        }
        if (abs.compareTo(YI) >= 0) {
            return short3(amount.divide(YI)) + " 亿" + unit;
        }
        if (abs.compareTo(WAN) >= 0) {
            return short3(amount.divide(WAN)) + " 万" + unit;
        }
        return whole(amount) + " " + unit;
    }

    /** {@link #tile} in yuan. */
    public static String tile(BigDecimal amount, Language lang) {
        return tile(amount, lang, "CNY");
    }

    /** The unit {@link #of} writes after the number: 元, 克朗, 美元 … in Chinese, the currency code in English. */
    public static String unit(Language lang, String currency) {
        if (lang == Language.EN) {
            return currency;
        }
        return switch (currency) {
            case "CNY" -> "元";
            case "CZK" -> "克朗";
            case "USD" -> "美元";
            case "EUR" -> "欧元";
            case "HKD" -> "港元";
            default -> currency;
        };
    }

    /** Three significant digits, at most two decimals, trailing zeros dropped, grouped: 1.03, 155, 12,346. */
    private static String short3(BigDecimal value) {
        BigDecimal abs = value.abs();
        int decimals = abs.compareTo(BigDecimal.TEN) < 0 ? 2 : abs.compareTo(BigDecimal.valueOf(100)) < 0 ? 1 : 0;
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = exact(rounded);
        // exact() writes two decimals: keep only those the rounding left
        int keep = Math.max(rounded.scale(), 0);
        return keep == 0 ? text.substring(0, text.length() - 3) : text.substring(0, text.length() - (2 - keep));
    }

    private static String whole(BigDecimal amount) {
        String text = exact(amount.setScale(0, RoundingMode.HALF_UP));
        return text.substring(0, text.length() - 3);
    }
}
