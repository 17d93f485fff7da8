package io.clientlens.batch.segment;

import io.clientlens.aml.AmlActivity;
import io.clientlens.aml.ComplianceFlags;
import io.clientlens.classify.AdvisoryRecords;
import io.clientlens.classify.CustomerFeatures;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Profile;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * One row of {@code run_features} as read from DuckDB. The profile is not in it: the runner reads
 * it from the profile columns at the same {@code ordinal}.
 */
record FeatureRow(String customerId, long ordinal, int linkedAccounts, int openLinkedAccounts, Integer tenureDays,
                  BigDecimal aum, BigDecimal overdrawn, BigDecimal loanOutstanding, BigDecimal fees, int activityCount,
                  BigDecimal activityAmount, Integer daysSinceLastActivity, List<String> productTypes,
                  long investmentDays, int investmentPurchases, BigDecimal importedContribution,
                  BigDecimal cashAmount, BigDecimal creditAmount, int crossBorderCount, AdvisoryRecords advisory) {

    static final String COLUMNS = "customer_id, ordinal, linked_accounts, open_linked_accounts, tenure_days, aum, overdrawn, "
            + "loan_outstanding, fees, activity_count, activity_amount, days_since_last_activity, product_types, "
            + "investment_days, investment_purchases, imported_contribution, cash_amount, credit_amount, cross_border_count";

    /** The columns of run_advisory that follow {@link #COLUMNS} in the classifying query. */
    static final String ADVISORY_COLUMNS = "assessments, open_needs, need_areas";

    /**
     * The columns the population statistics read (Pareto cuts of the contribution and the lifetime
     * value, which needs the loyalty class; RFM quintiles), in the order {@link #statistics(ResultSet)}
     * expects; the rest would only cost reading time.
     */
    static final String STATISTICS_COLUMNS = "customer_id, aum, loan_outstanding, fees, activity_count, "
            + "activity_amount, days_since_last_activity, open_linked_accounts, tenure_days, product_types, imported_contribution";

    static FeatureRow read(ResultSet rs) throws SQLException {
        return new FeatureRow(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                nullableInt(rs, 5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                rs.getInt(10), rs.getBigDecimal(11), nullableInt(rs, 12), strings(rs.getArray(13)), rs.getLong(14),
                rs.getInt(15), rs.getBigDecimal(16), rs.getBigDecimal(17), rs.getBigDecimal(18), rs.getInt(19),
                AdvisoryRecords.of(strings(rs.getArray(20)), rs.getInt(21), strings(rs.getArray(22))));
    }

    /**
     * The features the population statistics need, from a {@link #STATISTICS_COLUMNS} row of a
     * customer with at least one account; no profile (they do not depend on it).
     */
    static CustomerFeatures statistics(ResultSet rs) throws SQLException {
        return new CustomerFeatures(rs.getString(1), CustomerType.INDIVIDUAL, null, null, null, 1, rs.getInt(8),
                nullableInt(rs, 9), rs.getBigDecimal(2), null, rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(11), rs.getInt(5),
                rs.getBigDecimal(6), nullableInt(rs, 7), strings(rs.getArray(10)), 0, 0, null);
    }

    /**
     * The full features: the profile supplies type, birth date, gender and region, as in the database;
     * {@code flags} what compliance knows of the customer (docs/AML.md).
     */
    CustomerFeatures withProfile(Profile profile, ComplianceFlags flags) {
        return new CustomerFeatures(customerId, profile.typeOrIndividual(), profile.birthDate(), profile.gender(),
                profile.region(), linkedAccounts, openLinkedAccounts, tenureDays, aum, overdrawn, loanOutstanding, fees,
                importedContribution, activityCount, activityAmount, daysSinceLastActivity, productTypes, investmentDays,
                investmentPurchases, profile, new AmlActivity(cashAmount, creditAmount, crossBorderCount,
                flags.of(customerId)), advisory);
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
