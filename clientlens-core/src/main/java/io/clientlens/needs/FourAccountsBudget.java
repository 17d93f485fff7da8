package io.clientlens.needs;

/**
 * 四大账户 (docs/NEEDS.md): income protection (premium for a cover of min–max years of net income),
 * health (premium range), annuity (education and pension) and the wealth account, which takes what
 * is left of the surplus after the three, the health premium at its upper bound so that the budget
 * holds whatever the health premium turns out to be; never below 0.
 */
public record FourAccountsBudget(Figure incomeProtectionPremium, Figure incomeProtectionCoverMin,
                                 Figure incomeProtectionCoverMax, Figure healthPremiumMin, Figure healthPremiumMax,
                                 Figure annuityPremium, Figure wealth) {
}
