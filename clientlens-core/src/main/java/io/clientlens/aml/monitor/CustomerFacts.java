package io.clientlens.aml.monitor;

import io.clientlens.customer.CustomerType;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What PROFILE_MISMATCH compares the credits with: type, birth date, declared annual income (the sum of the profile's
 * income kinds; null without an income group) and a company's registered capital.
 */
public record CustomerFacts(CustomerType type, LocalDate birthDate, BigDecimal declaredIncome,
                            BigDecimal registeredCapital) {
    public CustomerFacts {
        type = type == null ? CustomerType.INDIVIDUAL : type;
    }
}
