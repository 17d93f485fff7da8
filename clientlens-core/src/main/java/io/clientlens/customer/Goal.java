package io.clientlens.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

public record Goal(Type type, String description, BigDecimal targetAmount, LocalDate targetDate, Integer priority) {
    public enum Type { EDUCATION, RETIREMENT, HOUSE, CAR, TRAVEL, WEALTH_GROWTH, HEALTH, LEGACY, CHARITY, OTHER }
}
