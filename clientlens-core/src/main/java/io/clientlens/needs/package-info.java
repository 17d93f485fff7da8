/**
 * Needs analysis (客户需求分析, docs/NEEDS.md): family financial health from the income statement
 * (表2) and the balance sheet (表3), life-cycle needs, the insurance needs diagnosis (C = A − B),
 * the four-accounts budget and the needs register's rules.
 *
 * <p>Every amount is a {@link io.clientlens.needs.Figure}: its value and the workings that produced
 * it from the profile's fields, or the reason it cannot be computed. Nothing here divides by zero
 * or guesses a missing group: a missing input makes the figures that need it not computable, with
 * the reason, in Chinese and English.
 */
package io.clientlens.needs;
