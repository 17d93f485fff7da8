package io.clientlens.batch.generate;

import java.math.BigDecimal;

/** Amounts as customers state them (round figures) and as the bank books them (fen). */
final class Amounts {
    private Amounts() {
    }

    /** Rounded to a multiple of {@code step} yuan, never negative: people say "about 120,000". */
    static BigDecimal rounded(double yuan, int step) {
        long steps = Math.round(Math.max(0, yuan) / step);
        return BigDecimal.valueOf(steps * step);
    }

    static BigDecimal ofCents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static long cents(BigDecimal yuan) {
        return yuan == null ? 0 : yuan.movePointRight(2).longValue();
    }

    static double value(BigDecimal yuan) {
        return yuan == null ? 0 : yuan.doubleValue();
    }

    /** The principal a level monthly repayment of {@code payment} pays off: the inverse of {@link #annuityPayment}. */
    static double annuityPrincipal(double payment, double annualRate, int months) {
        double monthlyRate = annualRate / 12;
        return payment * (1 - Math.pow(1 + monthlyRate, -months)) / monthlyRate;
    }

    /** The level monthly repayment of an annuity loan. */
    static double annuityPayment(double principal, double annualRate, int months) {
        double monthlyRate = annualRate / 12;
        return principal * monthlyRate / (1 - Math.pow(1 + monthlyRate, -months));
    }
}
