package io.clientlens.customer;

import java.math.BigDecimal;

public record Liability(Kind kind, BigDecimal outstanding, BigDecimal monthlyPayment) {
    public enum Kind { MORTGAGE, CAR_LOAN, CONSUMER_LOAN, CREDIT_CARD, BUSINESS_LOAN, OTHER }
}
