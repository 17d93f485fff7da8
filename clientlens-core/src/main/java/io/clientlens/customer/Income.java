package io.clientlens.customer;

import java.math.BigDecimal;

/** Annual income after tax, by kind (CNY). */
public record Income(BigDecimal salary, BigDecimal business, BigDecimal investment, BigDecimal other) {
    public BigDecimal total() {
        return Money.sum(salary, business, investment, other);
    }
}
