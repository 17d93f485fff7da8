package io.clientlens.needs;

import io.clientlens.code.Label;

import java.math.BigDecimal;

/**
 * 价值等式: one uncovered risk, how serious it is (the gap, and the gap in years of net income)
 * beside what covering it costs a year (and as a share of net income). Either share is null when
 * net income is missing or zero.
 */
public record ValueLine(String code, Label risk, Figure gap, Figure annualCost, BigDecimal gapInYearsOfIncome,
                        BigDecimal costShareOfIncome, Label statement) {
}
