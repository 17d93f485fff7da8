package io.clientlens.spark;

import io.clientlens.customer.Income;
import io.clientlens.customer.Profile;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * aml_customer on Spark: what PROFILE_MISMATCH compares with, read from each profile (the columns of
 * {@link ProfileSource#columns}) by the reader the classification uses. The values and types are those of the DuckDB staging
 * (staging-duckdb.sql): type (INDIVIDUAL when absent), birth date, declared annual income (the sum of the income
 * kinds when the profile has an income group) and registered capital, both decimal(38, 10) — the scale shows in
 * the alert's reason, so it must be the same.
 */
final class AmlCustomers implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final int SCALE = 10;

    static final StructType SCHEMA = StructType.fromDDL("customer_id STRING, customer_type STRING, birth_date DATE, "
            + "declared_income DECIMAL(38, 10), registered_capital DECIMAL(38, 10)");

    private final ProfileSource profiles;

    AmlCustomers(ProfileSource profiles) {
        this.profiles = profiles;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row r = rows.next();
                return facts(r.getString(0), profiles.read(r, 0));
            }
        };
    }

    static Row facts(String customerId, Profile p) {
        return RowFactory.create(customerId, p.typeOrIndividual().name(),
                p.birthDate() == null ? null : java.sql.Date.valueOf(p.birthDate()), declaredIncome(p.income()),
                p.corporate() == null ? null : exact(p.corporate().registeredCapital()));
    }

    private static BigDecimal declaredIncome(Income i) {
        if (i == null) {
            return null;
        }
        return exact(Stream.of(i.salary(), i.business(), i.investment(), i.other())
                .map(a -> a == null ? BigDecimal.ZERO : a).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BigDecimal exact(BigDecimal amount) {
        return amount == null ? null : amount.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
