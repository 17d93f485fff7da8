package io.clientlens.customer;

import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * Annual expenses by kind (CNY). {@code housing} is rent and property costs; loan repayments are
 * in {@link Liability#monthlyPayment()}.
 */
public record Expenses(BigDecimal living, BigDecimal housing, BigDecimal education, BigDecimal insurance,
                       BigDecimal parentsSupport, BigDecimal other) {
    public BigDecimal total() {
        return Money.sum(Stream.of(living, housing, education, insurance, parentsSupport, other));
    }
}
