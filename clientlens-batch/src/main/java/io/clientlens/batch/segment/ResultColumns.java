package io.clientlens.batch.segment;

import io.clientlens.classify.Classification;
import io.clientlens.code.Dimension;
import org.duckdb.DuckDBAppender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The columns of classifications.parquet: customerId, asOf, policyVersion, one column per
 * dimension code (the value code), the features under their export names (docs/SEGMENTS.md) and
 * the custom segments the customer is in, by priority.
 */
final class ResultColumns {
    private static final String TAG_SEPARATOR = String.valueOf((char) 31);

    private ResultColumns() {
    }

    static String createTable(String table) {
        List<String> columns = new ArrayList<>();
        columns.add("\"customerId\" VARCHAR");
        columns.add("\"asOf\" DATE");
        columns.add("\"policyVersion\" VARCHAR");
        for (Dimension d : Dimension.values()) {
            columns.add("\"" + d.code() + "\" VARCHAR");
        }
        columns.add("age INTEGER");
        columns.add("gender VARCHAR");
        for (String money : List.of("aum", "contribution", "loanOutstanding", "fees365")) {
            columns.add("\"" + money + "\" DECIMAL(18,2)");
        }
        columns.add("\"activityCount365\" INTEGER");
        columns.add("\"activityAmount365\" DECIMAL(18,2)");
        columns.add("\"daysSinceLastActivity\" INTEGER");
        columns.add("\"tenureDays\" INTEGER");
        columns.add("\"linkedAccounts\" INTEGER");
        columns.add("\"openLinkedAccounts\" INTEGER");
        columns.add("\"productTypesHeld\" VARCHAR");
        columns.add("\"netAssets\" DECIMAL(18,2)");
        columns.add("\"investmentDaysAtBank\" BIGINT");
        columns.add("\"investmentPurchasesAtBank\" INTEGER");
        columns.add("clv DECIMAL(18,2)");
        columns.add("\"annualIncome\" DECIMAL(18,2)");
        columns.add("occupation VARCHAR");
        columns.add("education VARCHAR");
        columns.add("tags VARCHAR");
        columns.add("\"cashAmount365\" DECIMAL(18,2)");
        columns.add("\"creditAmount365\" DECIMAL(18,2)");
        columns.add("\"crossBorderCount365\" INTEGER");
        columns.add("segments VARCHAR");
        return "create or replace table " + table + " (" + String.join(", ", columns) + ")";
    }

    /** The Parquet file: list columns are stored as VARCHAR[] there (tags, free text, were joined by the unit separator). */
    static String parquetSelect(String table) {
        return "select * replace (string_split_regex(\"productTypesHeld\", ',') as \"productTypesHeld\", "
                + "case when tags = '' then cast([] as varchar[]) else string_split(tags, chr(31)) end as tags, "
                + "case when segments = '' then cast([] as varchar[]) else string_split(segments, ',') end as segments) "
                + "from " + table;
    }

    static void append(DuckDBAppender a, Classification c, List<String> segments) throws SQLException {
        a.beginRow();
        a.append(c.customerId());
        a.append(c.asOf());
        a.append(c.policyVersion());
        for (Dimension d : Dimension.values()) {
            a.append(c.code(d));
        }
        Map<String, Object> f = c.features();
        integer(a, f.get("age"));
        a.append((String) f.get("gender"));
        for (String money : List.of("aum", "contribution", "loanOutstanding", "fees365")) {
            money(a, f.get(money));
        }
        integer(a, f.get("activityCount365"));
        money(a, f.get("activityAmount365"));
        integer(a, f.get("daysSinceLastActivity"));
        integer(a, f.get("tenureDays"));
        integer(a, f.get("linkedAccounts"));
        integer(a, f.get("openLinkedAccounts"));
        a.append(String.join(",", (Collection<String>) strings(f.get("productTypesHeld"))));
        money(a, f.get("netAssets"));
        a.append(((Number) f.get("investmentDaysAtBank")).longValue());
        integer(a, f.get("investmentPurchasesAtBank"));
        money(a, f.get("clv"));
        money(a, f.get("annualIncome"));
        a.append((String) f.get("occupation"));
        a.append((String) f.get("education"));
        Object tags = f.get("tags");
        if (tags == null) {
            a.appendNull();
        } else {
            a.append(String.join(TAG_SEPARATOR, strings(tags)));
        }
        money(a, f.get("cashAmount365"));
        money(a, f.get("creditAmount365"));
        integer(a, f.get("crossBorderCount365"));
        a.append(String.join(",", segments));
        a.endRow();
    }

    @SuppressWarnings("unchecked")
    private static Collection<String> strings(Object value) {
        return value == null ? List.of() : (Collection<String>) value;
    }

    private static void integer(DuckDBAppender a, Object value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(((Number) value).intValue());
        }
    }

    private static void money(DuckDBAppender a, Object value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(((BigDecimal) value).setScale(2, RoundingMode.HALF_UP));
        }
    }
}
