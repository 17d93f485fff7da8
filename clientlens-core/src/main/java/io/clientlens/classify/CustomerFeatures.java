package io.clientlens.classify;

import io.clientlens.aml.AmlActivity;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Gender;
import io.clientlens.customer.Profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the classifiers need to know about one customer at the as-of date: bank facts
 * aggregated from accounts, transactions, loans, cards and holdings (by SQL in PostgreSQL or
 * DuckDB, so that both paths agree), plus the KYC profile when there is one.
 *
 * <p>Counts and sums only cover records dated on or before as-of (docs/POLICY.md). Amounts are in
 * the policy currency.
 *
 * @param linkedAccounts         accounts the customer owns or may use, opened on or before as-of
 * @param openLinkedAccounts     of those, the ones not closed on or before as-of
 * @param tenureDays             as-of minus the opening date of the first linked account; null for a prospect
 * @param aum                    positive balances of owned accounts plus holdings at the bank
 * @param overdrawn              negative balances of owned accounts, as a positive amount (a liability)
 * @param loanOutstanding        outstanding principal of loans running at as-of
 * @param fees                   bank-charged postings (fees, penalty interest) in the fee window
 * @param importedContribution   the bank's own profit figure when its profitability system provides one
 * @param activityCount          activity transactions in the activity window (365 days)
 * @param activityAmount         the sum of their absolute amounts (RFM's M)
 * @param daysSinceLastActivity  days from the last activity transaction on or before as-of; null if none ever
 * @param productTypesHeld       DEPOSIT, LOAN, CARD and each investment/insurance product type held
 * @param investmentDaysAtBank   total days non-deposit investment holdings were held at the bank
 * @param investmentPurchasesAtBank number of non-deposit investment purchases on record at the bank
 * @param aml                    cash, credits and cross-border transactions in the activity window, and what
 *                               compliance knows (docs/AML.md); never null
 * @param advisory               questionnaire assessments and the needs register at as-of; never null
 */
public record CustomerFeatures(
        String customerId,
        CustomerType type,
        LocalDate birthDate,
        Gender gender,
        String region,
        int linkedAccounts,
        int openLinkedAccounts,
        Integer tenureDays,
        BigDecimal aum,
        BigDecimal overdrawn,
        BigDecimal loanOutstanding,
        BigDecimal fees,
        BigDecimal importedContribution,
        int activityCount,
        BigDecimal activityAmount,
        Integer daysSinceLastActivity,
        List<String> productTypesHeld,
        long investmentDaysAtBank,
        int investmentPurchasesAtBank,
        Profile profile,
        AmlActivity aml,
        AdvisoryRecords advisory) {

    /** Without advisory records (no assessment, empty needs register). */
    public CustomerFeatures(String customerId, CustomerType type, LocalDate birthDate, Gender gender, String region,
                            int linkedAccounts, int openLinkedAccounts, Integer tenureDays, BigDecimal aum,
                            BigDecimal overdrawn, BigDecimal loanOutstanding, BigDecimal fees,
                            BigDecimal importedContribution, int activityCount, BigDecimal activityAmount,
                            Integer daysSinceLastActivity, List<String> productTypesHeld, long investmentDaysAtBank,
                            int investmentPurchasesAtBank, Profile profile, AmlActivity aml) {
        this(customerId, type, birthDate, gender, region, linkedAccounts, openLinkedAccounts, tenureDays, aum, overdrawn,
                loanOutstanding, fees, importedContribution, activityCount, activityAmount, daysSinceLastActivity,
                productTypesHeld, investmentDaysAtBank, investmentPurchasesAtBank, profile, aml, AdvisoryRecords.NONE);
    }

    /** Without anti-money-laundering activity (none in cash, credited or abroad; no flags). */
    public CustomerFeatures(String customerId, CustomerType type, LocalDate birthDate, Gender gender, String region,
                            int linkedAccounts, int openLinkedAccounts, Integer tenureDays, BigDecimal aum,
                            BigDecimal overdrawn, BigDecimal loanOutstanding, BigDecimal fees,
                            BigDecimal importedContribution, int activityCount, BigDecimal activityAmount,
                            Integer daysSinceLastActivity, List<String> productTypesHeld, long investmentDaysAtBank,
                            int investmentPurchasesAtBank, Profile profile, AdvisoryRecords advisory) {
        this(customerId, type, birthDate, gender, region, linkedAccounts, openLinkedAccounts, tenureDays, aum, overdrawn,
                loanOutstanding, fees, importedContribution, activityCount, activityAmount, daysSinceLastActivity,
                productTypesHeld, investmentDaysAtBank, investmentPurchasesAtBank, profile, AmlActivity.NONE, advisory);
    }

    /** The same customer with these advisory records. */
    public CustomerFeatures withAdvisory(AdvisoryRecords records) {
        return new CustomerFeatures(customerId, type, birthDate, gender, region, linkedAccounts, openLinkedAccounts,
                tenureDays, aum, overdrawn, loanOutstanding, fees, importedContribution, activityCount, activityAmount,
                daysSinceLastActivity, productTypesHeld, investmentDaysAtBank, investmentPurchasesAtBank, profile, aml,
                records);
    }

    public CustomerFeatures {
        advisory = advisory == null ? AdvisoryRecords.NONE : advisory;
        productTypesHeld = productTypesHeld == null ? List.of() : productTypesHeld.stream().sorted().distinct().toList();
        aum = aum == null ? BigDecimal.ZERO : aum;
        overdrawn = overdrawn == null ? BigDecimal.ZERO : overdrawn;
        loanOutstanding = loanOutstanding == null ? BigDecimal.ZERO : loanOutstanding;
        fees = fees == null ? BigDecimal.ZERO : fees;
        activityAmount = activityAmount == null ? BigDecimal.ZERO : activityAmount;
        aml = aml == null ? AmlActivity.NONE : aml;
    }

    /** Features without anti-money-laundering activity and without advisory records. */
    public CustomerFeatures(String customerId, CustomerType type, LocalDate birthDate, Gender gender, String region,
                            int linkedAccounts, int openLinkedAccounts, Integer tenureDays, BigDecimal aum,
                            BigDecimal overdrawn, BigDecimal loanOutstanding, BigDecimal fees,
                            BigDecimal importedContribution, int activityCount, BigDecimal activityAmount,
                            Integer daysSinceLastActivity, List<String> productTypesHeld, long investmentDaysAtBank,
                            int investmentPurchasesAtBank, Profile profile) {
        this(customerId, type, birthDate, gender, region, linkedAccounts, openLinkedAccounts, tenureDays, aum, overdrawn,
                loanOutstanding, fees, importedContribution, activityCount, activityAmount, daysSinceLastActivity,
                productTypesHeld, investmentDaysAtBank, investmentPurchasesAtBank, profile, AmlActivity.NONE,
                AdvisoryRecords.NONE);
    }

    /** A customer has at least one account opened on or before as-of; otherwise a prospect. */
    public boolean isCustomer() {
        return linkedAccounts > 0;
    }

    /** Age in completed years at {@code asOf}, or null without a birth date. */
    public Integer ageAt(LocalDate asOf) {
        return birthDate == null ? null : java.time.Period.between(birthDate, asOf).getYears();
    }
}
