package io.clientlens.batch.generate;

import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Expenses;
import io.clientlens.customer.Income;
import io.clientlens.customer.Profile;

import java.math.BigDecimal;

/**
 * The customer's money flows per month (fen), taken from the profile, that the primary account
 * carries: pay on payday, regular transfers and a budget for everyday spending.
 */
record Flows(boolean corporate, long salary, long pension, long business, long otherIncome, long housing,
             long parentsSupport, long annualPremium, long annualEducation, long spending, int payday,
             int premiumMonth, boolean yearEndBonus) {

    // Part of the spending goes through credit cards and other banks.
    private static final double SPENDING_HERE = 0.6;

    static Flows of(Profile profile, Draw draw) {
        Income income = profile.income();
        Expenses expenses = profile.expenses();
        boolean corporate = profile.typeOrIndividual() == CustomerType.CORPORATE;
        long salary = monthly(income.salary());
        long business = monthly(income.business()) * (corporate ? 4 : 1);
        boolean retired = Boolean.TRUE.equals(profile.retired());
        long spending = expenses == null
                ? Math.round(monthly(income.total()) * 0.5 * SPENDING_HERE)
                : Math.round((monthly(expenses.living()) + monthly(expenses.other())) * SPENDING_HERE);
        if (corporate) {
            spending = Math.round(business * 0.7);
        }
        return new Flows(corporate, salary, retired ? monthly(income.other()) : 0, business,
                retired ? 0 : monthly(income.other()),
                expenses == null ? 0 : monthly(expenses.housing()),
                expenses == null ? 0 : monthly(expenses.parentsSupport()),
                expenses == null ? 0 : Amounts.cents(expenses.insurance()),
                expenses == null ? 0 : Amounts.cents(expenses.education()),
                spending, draw.between(5, 25), draw.between(1, 12), salary > 0 && draw.chance(0.5));
    }

    private static long monthly(BigDecimal annual) {
        return Amounts.cents(annual) / 12;
    }
}
