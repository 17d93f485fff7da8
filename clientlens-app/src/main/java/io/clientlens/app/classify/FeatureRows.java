package io.clientlens.app.classify;

import io.clientlens.aml.AmlActivity;
import io.clientlens.aml.ComplianceFlags;
import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.classify.AdvisoryRecords;
import io.clientlens.classify.CustomerFeatures;
import io.clientlens.customer.CustomerType;
import io.clientlens.customer.Gender;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Maps a row of {@code run_features} (joined with the stored profile and {@code run_advisory} when
 * wanted) to CustomerFeatures.
 */
final class FeatureRows {
    private FeatureRows() {
    }

    static CustomerFeatures map(ResultSet rs, boolean withProfile) throws SQLException {
        return map(rs, withProfile, ComplianceFlags.NONE);
    }

    /** With the anti-money-laundering activity and what compliance knows of the customer (docs/AML.md). */
    static CustomerFeatures map(ResultSet rs, boolean withProfile, ComplianceFlags flags) throws SQLException {
        String gender = rs.getString("gender");
        java.sql.Date birth = rs.getDate("birth_date");
        String profileJson = withProfile ? rs.getString("profile") : null;
        return new CustomerFeatures(
                rs.getString("customer_id"),
                CustomerType.valueOf(rs.getString("customer_type")),
                birth == null ? null : birth.toLocalDate(),
                gender == null || gender.isBlank() ? null : Gender.valueOf(gender.trim()),
                rs.getString("region"),
                rs.getInt("linked_accounts"),
                rs.getInt("open_linked_accounts"),
                nullableInt(rs, "tenure_days"),
                rs.getBigDecimal("aum"),
                rs.getBigDecimal("overdrawn"),
                rs.getBigDecimal("loan_outstanding"),
                rs.getBigDecimal("fees"),
                rs.getBigDecimal("imported_contribution"),
                rs.getInt("activity_count"),
                rs.getBigDecimal("activity_amount"),
                nullableInt(rs, "days_since_last_activity"),
                strings(rs.getArray("product_types")),
                rs.getLong("investment_days"),
                rs.getInt("investment_purchases"),
                profileJson == null ? null : ProfileDocuments.fromJson(profileJson),
                new AmlActivity(rs.getBigDecimal("cash_amount"), rs.getBigDecimal("credit_amount"),
                        rs.getInt("cross_border_count"), flags.of(rs.getString("customer_id"))),
                withProfile ? AdvisoryRecords.of(strings(rs.getArray("assessments")), rs.getInt("open_needs"),
                        strings(rs.getArray("need_areas"))) : AdvisoryRecords.NONE);
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
