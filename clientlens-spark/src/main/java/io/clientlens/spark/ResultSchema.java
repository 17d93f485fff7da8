package io.clientlens.spark;

import io.clientlens.classify.Classification;
import io.clientlens.code.Dimension;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The columns of classifications.parquet as the DuckDB path writes them (docs/SEGMENTS.md): customerId,
 * asOf, policyVersion, one column per dimension code, the features under their export names and the
 * custom segments the customer is in, by priority; SparkSegmentTest holds the two to the same rows.
 */
final class ResultSchema {
    static final List<String> MONEY = List.of("aum", "contribution", "loanOutstanding", "fees365");
    private static final DataType DECIMAL = DataTypes.createDecimalType(18, 2);
    private static final DataType STRINGS = DataTypes.createArrayType(DataTypes.StringType);

    private ResultSchema() {
    }

    /** The result columns, then {@code document} (the JSON Lines text, null unless asked for). */
    static StructType schema() {
        List<StructField> f = new ArrayList<>();
        f.add(field("customerId", DataTypes.StringType));
        f.add(field("asOf", DataTypes.DateType));
        f.add(field("policyVersion", DataTypes.StringType));
        for (Dimension d : Dimension.values()) {
            f.add(field(d.code(), DataTypes.StringType));
        }
        f.add(field("age", DataTypes.IntegerType));
        f.add(field("gender", DataTypes.StringType));
        for (String money : MONEY) {
            f.add(field(money, DECIMAL));
        }
        f.add(field("activityCount365", DataTypes.IntegerType));
        f.add(field("activityAmount365", DECIMAL));
        f.add(field("daysSinceLastActivity", DataTypes.IntegerType));
        f.add(field("tenureDays", DataTypes.IntegerType));
        f.add(field("linkedAccounts", DataTypes.IntegerType));
        f.add(field("openLinkedAccounts", DataTypes.IntegerType));
        f.add(field("productTypesHeld", STRINGS));
        f.add(field("netAssets", DECIMAL));
        f.add(field("investmentDaysAtBank", DataTypes.LongType));
        f.add(field("investmentPurchasesAtBank", DataTypes.IntegerType));
        f.add(field("clv", DECIMAL));
        f.add(field("annualIncome", DECIMAL));
        f.add(field("occupation", DataTypes.StringType));
        f.add(field("education", DataTypes.StringType));
        f.add(field("tags", STRINGS));
        f.add(field("cashAmount365", DECIMAL));
        f.add(field("creditAmount365", DECIMAL));
        f.add(field("crossBorderCount365", DataTypes.IntegerType));
        f.add(field("segments", STRINGS));
        for (Dimension d : Dimension.values()) {
            f.add(field(io.clientlens.batch.segment.ResultColumns.ruleColumn(d), DataTypes.StringType)); // the rule that fired
        }
        f.add(field("document", DataTypes.StringType));
        return new StructType(f.toArray(StructField[]::new));
    }

    /** The result columns without {@code document}, in order. */
    static String[] resultColumns() {
        StructType s = schema();
        String[] names = s.fieldNames();
        return java.util.Arrays.copyOf(names, names.length - 1);
    }

    static Row row(Classification c, List<String> segments, String document) {
        List<Object> v = new ArrayList<>();
        v.add(c.customerId());
        v.add(Date.valueOf(c.asOf()));
        v.add(c.policyVersion());
        for (Dimension d : Dimension.values()) {
            v.add(c.code(d));
        }
        Map<String, Object> f = c.features();
        v.add(integer(f.get("age")));
        v.add(f.get("gender"));
        for (String money : MONEY) {
            v.add(money(f.get(money)));
        }
        v.add(integer(f.get("activityCount365")));
        v.add(money(f.get("activityAmount365")));
        v.add(integer(f.get("daysSinceLastActivity")));
        v.add(integer(f.get("tenureDays")));
        v.add(integer(f.get("linkedAccounts")));
        v.add(integer(f.get("openLinkedAccounts")));
        v.add(strings(f.get("productTypesHeld")));
        v.add(money(f.get("netAssets")));
        v.add(((Number) f.get("investmentDaysAtBank")).longValue());
        v.add(integer(f.get("investmentPurchasesAtBank")));
        v.add(money(f.get("clv")));
        v.add(money(f.get("annualIncome")));
        v.add(f.get("occupation"));
        v.add(f.get("education"));
        Object tags = f.get("tags");
        v.add(tags == null ? null : strings(tags));
        v.add(money(f.get("cashAmount365")));
        v.add(money(f.get("creditAmount365")));
        v.add(integer(f.get("crossBorderCount365")));
        v.add(scala(segments));
        for (Dimension d : Dimension.values()) {
            v.add(io.clientlens.batch.segment.ResultColumns.rule(c, d));
        }
        v.add(document);
        return RowFactory.create(v.toArray());
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static BigDecimal money(Object value) {
        return value == null ? null : ((BigDecimal) value).setScale(2, RoundingMode.HALF_UP);
    }

    @SuppressWarnings("unchecked")
    private static Object strings(Object value) {
        return scala(value == null ? List.of() : new ArrayList<>((Collection<String>) value));
    }

    /** An array column's value for a Row built in Java: a Scala sequence. */
    private static Object scala(List<String> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toSeq();
    }
}
