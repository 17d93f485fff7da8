package io.clientlens.classify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Writes amounts and shares the way reasons show them: "612,000 元", "612,000 CNY", "80%". */
public final class Amounts {
    private Amounts() {
    }

    public static String zh(BigDecimal amount, String currency) {
        return plain(amount) + " " + zhUnit(currency);
    }

    public static String en(BigDecimal amount, String currency) {
        return plain(amount) + " " + currency;
    }

    // DecimalFormat is costly to build and not thread-safe: one pair per thread.
    private static final ThreadLocal<DecimalFormat> WHOLE = ThreadLocal.withInitial(() ->
            new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    private static final ThreadLocal<DecimalFormat> FEN = ThreadLocal.withInitial(() ->
            new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    public static String plain(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        boolean whole = rounded.stripTrailingZeros().scale() <= 0;
        return (whole ? WHOLE : FEN).get().format(rounded);
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
