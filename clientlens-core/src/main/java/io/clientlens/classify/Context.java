package io.clientlens.classify;

import io.clientlens.code.Dimension;
import io.clientlens.policy.Policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** What a rule sees: one customer's features, the run's as-of, policy and statistics, and the results of earlier rules. */
public record Context(CustomerFeatures customer, LocalDate asOf, Policy policy, PopulationStatistics statistics,
                      Map<Dimension, DimensionResult> earlier) {

    public DimensionResult earlier(Dimension dimension) {
        DimensionResult result = earlier.get(dimension);
        if (result == null) {
            throw new IllegalStateException(dimension.code() + " must be classified before it is used");
        }
        return result;
    }

    public String zh(BigDecimal amount) {
        return Amounts.zh(amount, policy.currency());
    }

    public String en(BigDecimal amount) {
        return Amounts.en(amount, policy.currency());
    }

    /** An amount in reason texts, in both languages: "612,000 元" and "612,000 CNY". */
    public record AmountText(String zh, String en) {
    }

    /** As {@link #zh} and {@link #en} together, grouping the digits once instead of twice. */
    public AmountText amount(BigDecimal amount) {
        String plain = Amounts.plain(amount);
        return new AmountText(Amounts.withUnitZh(plain, policy.currency()), Amounts.withUnitEn(plain, policy.currency()));
    }

    /** Inputs in the order given: name, value, name, value, …; immutable, so results keep them without a copy. */
    static Map<String, Object> inputs(Object... namesAndValues) {
        return FrozenMap.of(namesAndValues);
    }

    /** Relationship dimensions are for CUSTOMERs only (docs/POLICY.md); a prospect gets UNKNOWN with this reason. */
    DimensionResult prospectUnknown(Dimension dimension) {
        return DimensionResult.unknown(dimension, inputs("linkedAccounts", 0),
                new Reason("prospect", "潜在客户（截至评估日无账户），不适用该维度",
                        "Prospect (no account on or before the as-of date): this dimension does not apply"));
    }
}
