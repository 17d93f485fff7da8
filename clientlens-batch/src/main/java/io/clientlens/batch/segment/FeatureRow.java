package io.clientlens.batch.segment;

import io.clientlens.batch.profile.ProfileJson;
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
 * One row of {@code run_features} as read from DuckDB, before the profile is parsed: reading is
 * sequential, parsing and classifying happen on worker threads.
 */
record FeatureRow(String customerId, String profileJson, int linkedAccounts, int openLinkedAccounts, Integer tenureDays,
                  BigDecimal aum, BigDecimal overdrawn, BigDecimal loanOutstanding, BigDecimal fees, int activityCount,
                  BigDecimal activityAmount, Integer daysSinceLastActivity, List<String> productTypes,
                  long investmentDays, int investmentPurchases) {

    static final String COLUMNS = "customer_id, linked_accounts, open_linked_accounts, tenure_days, aum, overdrawn, "
            + "loan_outstanding, fees, activity_count, activity_amount, days_since_last_activity, product_types, "
            + "investment_days, investment_purchases";

    static FeatureRow read(ResultSet rs, boolean withProfile) throws SQLException {
        return new FeatureRow(rs.getString(1), withProfile ? rs.getString(15) : null, rs.getInt(2), rs.getInt(3),
                nullableInt(rs, 4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                rs.getInt(9), rs.getBigDecimal(10), nullableInt(rs, 11), strings(rs.getArray(12)), rs.getLong(13),
                rs.getInt(14));
    }

    /** The features the population statistics need; no profile (they do not depend on it). */
    CustomerFeatures withoutProfile() {
        return features(null, null);
    }

    /** The full features: the profile supplies type, birth date, gender and region, as in the database. */
    CustomerFeatures withProfile(String source) {
        Profile profile;
        try {
            profile = ProfileJson.read(profileJson);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ": customer " + customerId + ": " + e.getMessage(), e);
        }
        return features(profile, profile.typeOrIndividual());
    }

    private CustomerFeatures features(Profile p, CustomerType type) {
        return new CustomerFeatures(customerId, type == null ? CustomerType.INDIVIDUAL : type,
                p == null ? null : p.birthDate(), p == null ? null : p.gender(), p == null ? null : p.region(),
                linkedAccounts, openLinkedAccounts, tenureDays, aum, overdrawn, loanOutstanding, fees, null,
                activityCount, activityAmount, daysSinceLastActivity, productTypes, investmentDays,
                investmentPurchases, p);
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
