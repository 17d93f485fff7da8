package io.clientlens.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.stream.Stream;

/** Arithmetic on amounts that may be missing: a missing amount counts as zero in a sum. */
public final class Money {
    private Money() {
    }

    public static BigDecimal sum(Stream<BigDecimal> amounts) {
        return amounts.filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * As {@link #sum(Stream)} (the same additions in the same order, so the same scale), as a loop:
     * the classifier sums every customer's balance sheet, and the stream cost more than the adding.
     */
    public static BigDecimal sum(BigDecimal... amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            if (amount != null) {
                total = total.add(amount);
            }
        }
        return total;
    }

    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    /** Money is kept to the fen (0.01), rounded half-up. */
    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
