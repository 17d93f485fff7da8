package io.clientlens.app.ui;

import io.clientlens.classify.Amounts;
import io.clientlens.code.Language;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts on the pages: "8,500 元" below 10,000 元, "61.2 万元" from there on; in English "8,500 CNY", "612,000 CNY".
 * Amounts in another currency (the data's, docs/POLICY.md "Currency") as reasons write them: "612,000 克朗", "612,000 CZK".
 */
public final class Yuan {
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    private Yuan() {
    }

    public static String of(BigDecimal amount, Language lang, String currency) {
        if (amount == null || "CNY".equals(currency)) {
            return of(amount, lang);
        }
        return lang == Language.EN ? Amounts.en(amount, currency) : Amounts.zh(amount, currency);
    }

    public static String of(BigDecimal amount, Language lang) {
        if (amount == null) {
            return "—";
        }
        if (lang == Language.EN) {
            return Amounts.plain(amount) + " CNY";
        }
        if (amount.abs().compareTo(WAN) < 0) {
            return Amounts.plain(amount) + " 元";
        }
        BigDecimal wan = amount.divide(WAN, 1, RoundingMode.HALF_UP);
        BigDecimal whole = wan.setScale(0, RoundingMode.DOWN);
        BigDecimal tenth = wan.subtract(whole).abs();
        String text = (wan.signum() < 0 && whole.signum() == 0 ? "-" : "") + Amounts.plain(whole)
                + (tenth.signum() == 0 ? "" : tenth.toPlainString().substring(1));
        return text + " 万元";
    }
}
