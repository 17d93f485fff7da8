package io.clientlens.classify;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Writes amounts and shares the way reasons show them: "612,000 元", "612,000 CNY", "80%". */
public final class Amounts {
    private Amounts() {
    }

    public static String zh(BigDecimal amount, String currency) {
        return withUnitZh(plain(amount), currency);
    }

    public static String en(BigDecimal amount, String currency) {
        return withUnitEn(plain(amount), currency);
    }

    /** An amount already written by {@link #plain} with its unit in Chinese. */
    static String withUnitZh(String plain, String currency) {
        return plain + " " + zhUnit(currency);
    }

    /** An amount already written by {@link #plain} with its unit in English (the currency code). */
    static String withUnitEn(String plain, String currency) {
        return plain + " " + currency;
    }

    /**
     * "1,234,567" or "1,234,567.89": rounded half up to fen, the fen left out when they are zero,
     * thousands grouped with commas. Written by hand because every customer's reasons show several
     * amounts, and DecimalFormat cost more than the rule around it (Amounts test checks it against
     * DecimalFormat "#,##0" / "#,##0.00").
     */
    public static String plain(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        if (rounded.precision() <= 18) {
            // Fits a long: fen as a long instead of two BigIntegers and a division (every reason shows amounts).
            return plainFen(rounded.scaleByPowerOfTen(2).longValueExact());
        }
        String digits = rounded.unscaledValue().abs().toString();
        int integerDigits = Math.max(digits.length() - 2, 1);
        String integer = digits.length() > 2 ? digits.substring(0, integerDigits) : "0";
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 4);
        if (rounded.signum() < 0) {
            out.append('-');
        }
        appendGrouped(out, integer);
        boolean whole = rounded.unscaledValue().remainder(HUNDRED).signum() == 0;
        if (!whole) {
            String fen = digits.length() >= 2 ? digits.substring(digits.length() - 2) : "0" + digits;
            out.append('.').append(fen);
        }
        return out.toString();
    }

    /** As {@link #plain} for an amount in fen (|fen| < 10^18). */
    private static String plainFen(long fen) {
        long abs = Math.abs(fen);
        StringBuilder out = new StringBuilder(28);
        if (fen < 0) {
            out.append('-');
        }
        appendGrouped(out, Long.toString(abs / 100));
        long cents = abs % 100;
        if (cents != 0) {
            out.append('.').append(cents < 10 ? "0" : "").append(cents);
        }
        return out.toString();
    }

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private static void appendGrouped(StringBuilder out, String integer) {
        int first = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
        out.append(integer, 0, first);
        for (int i = first; i < integer.length(); i += 3) {
            out.append(',').append(integer, i, i + 3);
        }
    }

    public static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String zhUnit(String currency) {
        return switch (currency) {
            case "CNY" -> "元";
            case "CZK" -> "克朗";
            case "USD" -> "美元";
            case "EUR" -> "欧元";
            case "HKD" -> "港元";
            default -> currency;
        };
    }
}
