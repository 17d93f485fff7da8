package io.clientlens.customer;

import java.math.BigDecimal;

/** What the customer owns at all institutions (CNY). {@code cash} includes demand deposits and money-market funds. */
public record Assets(BigDecimal cash, BigDecimal timeDeposits, BigDecimal wealthProducts, BigDecimal funds,
                     BigDecimal stocks, BigDecimal bonds, BigDecimal preciousMetals, BigDecimal insuranceCashValue,
                     BigDecimal realEstate, BigDecimal vehicles, BigDecimal businessEquity) {

    public BigDecimal total() {
        return Money.sum(cash, timeDeposits, wealthProducts, funds, stocks, bonds, preciousMetals,
                insuranceCashValue, realEstate, vehicles, businessEquity);
    }

    /** Cash, deposits, wealth products, funds, stocks, bonds and precious metals (docs/NEEDS.md). */
    public BigDecimal financial() {
        return Money.sum(cash, timeDeposits, wealthProducts, funds, stocks, bonds, preciousMetals);
    }
}
