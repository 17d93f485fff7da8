package io.clientlens.customer;

import java.math.BigDecimal;
import java.util.stream.Stream;

/** Annual income after tax, by kind (CNY). */
public record Income(BigDecimal salary, BigDecimal business, BigDecimal investment, BigDecimal other) {
    public BigDecimal total() {
        return Money.sum(Stream.of(salary, business, investment, other));
    }
}
