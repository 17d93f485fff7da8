package io.clientlens.batch.segment;

import io.clientlens.classify.Classification;
import io.clientlens.code.Dimension;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The columns of classifications.parquet: customerId, asOf, policyVersion, one column per
 * dimension code (the value code), the features under their export names (docs/SEGMENTS.md), the
 * custom segments the customer is in, by priority, and per dimension the id of the rule that fired
 * ({@code <dimension>Rule}): with the run's inputs and policy version, what a reason is rendered
 * from on demand.
 */
public final class ResultColumns {
    private static final String TAG_SEPARATOR = String.valueOf((char) 31);
    /** Once: {@code Dimension.values()} copies the array, and {@link #append} runs for every customer. */
    private static final Dimension[] DIMENSIONS = Dimension.values();

    /**
     * Closed sets of texts (value codes, fired rules, gender, product type and segment lists) are
     * appended as numbers of a per-run dictionary and turned back into texts when the Parquet file
     * is written: an appended text costs a native call, a number does not (at a million customers
     * and some sixty texts each, the texts alone cost more than the whole baseline). Free texts
     * (customer id, region, occupation, education, tags) are appended as they are.
     */
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final List<String> texts = new ArrayList<>(); // guarded by itself; an id is its index

    ResultColumns() {
    }

    private static boolean encoded(Dimension d) {
        return d != Dimension.REGION;
    }

    static String createTable(String table) {
        List<String> columns = new ArrayList<>();
        columns.add("ordinal BIGINT"); // the customer's place in the input: the order of the Parquet file
        columns.add("\"customerId\" VARCHAR");
        for (Dimension d : Dimension.values()) {
            columns.add("\"" + d.code() + "\" " + (encoded(d) ? "INTEGER" : "VARCHAR"));
        }
        columns.add("age INTEGER");
        columns.add("gender INTEGER");
        for (String money : List.of("aum", "contribution", "loanOutstanding", "fees365")) {
            columns.add("\"" + money + "\" DECIMAL(18,2)");
        }
        columns.add("\"activityCount365\" INTEGER");
        columns.add("\"activityAmount365\" DECIMAL(18,2)");
        columns.add("\"daysSinceLastActivity\" INTEGER");
        columns.add("\"tenureDays\" INTEGER");
        columns.add("\"linkedAccounts\" INTEGER");
        columns.add("\"openLinkedAccounts\" INTEGER");
        columns.add("\"productTypesHeld\" INTEGER");
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
        columns.add("segments INTEGER");
        for (Dimension d : Dimension.values()) {
            columns.add("\"" + ruleColumn(d) + "\" INTEGER");
        }
        return "create or replace table " + table + " (" + String.join(", ", columns) + ")";
    }

    /** Writes the dictionary into {@code table} (id, text); call when every row is appended and every appender closed. */
    void writeDictionary(DuckDBConnection db, String table) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("create or replace table " + table + " (id INTEGER, text VARCHAR)");
        }
        try (DuckDBAppender a = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table)) {
            synchronized (texts) {
                appendTexts(a);
            }
        }
    }

    private void appendTexts(DuckDBAppender a) throws SQLException {
        for (int i = 0; i < texts.size(); i++) {
            a.beginRow();
            a.append(i);
            a.append(texts.get(i));
            a.endRow();
        }
    }

    /**
     * The Parquet file's select: the texts of the dictionary back in place, as-of and policy
     * version (the same for every row), list columns as VARCHAR[] (tags, free text, were joined by
     * the unit separator), in the column order of docs/SEGMENTS.md.
     */
    static String parquetSelect(List<String> tables, String dictionary, java.time.LocalDate asOf, String policyVersion) {
        List<String> columns = new ArrayList<>();
        columns.add("r.\"customerId\"");
        columns.add("DATE '" + asOf + "' as \"asOf\"");
        columns.add("'" + policyVersion.replace("'", "''") + "' as \"policyVersion\"");
        for (Dimension d : Dimension.values()) {
            columns.add(encoded(d) ? text(d.code()) : "r.\"" + d.code() + "\"");
        }
        columns.add("r.age");
        columns.add(text("gender"));
        for (String c : List.of("aum", "contribution", "loanOutstanding", "fees365", "activityCount365",
                "activityAmount365", "daysSinceLastActivity", "tenureDays", "linkedAccounts", "openLinkedAccounts")) {
            columns.add("r.\"" + c + "\"");
        }
        columns.add("case when d.t[r.\"productTypesHeld\" + 1] = '' then cast([] as varchar[]) "
                + "else string_split(d.t[r.\"productTypesHeld\" + 1], ',') end as \"productTypesHeld\"");
        for (String c : List.of("netAssets", "investmentDaysAtBank", "investmentPurchasesAtBank", "clv", "annualIncome",
                "occupation", "education")) {
            columns.add("r.\"" + c + "\"");
        }
        columns.add("case when r.tags = '' then cast([] as varchar[]) else string_split(r.tags, chr(31)) end as tags");
        for (String c : List.of("cashAmount365", "creditAmount365", "crossBorderCount365")) {
            columns.add("r.\"" + c + "\"");
        }
        columns.add("case when d.t[r.segments + 1] = '' then cast([] as varchar[]) "
                + "else string_split(d.t[r.segments + 1], ',') end as segments");
        for (Dimension d : Dimension.values()) {
            columns.add(text(ruleColumn(d)));
        }
        // each classifying thread appends to a table of its own; the customers' order comes back here
        String rows = tables.stream().map(t -> "select * from " + t).collect(java.util.stream.Collectors.joining(" union all "));
        return "with d as (select coalesce(list(text order by id), []) as t from " + dictionary + ") select "
                + String.join(", ", columns) + " from (" + rows + ") r, d order by r.ordinal";
    }

    private static String text(String column) {
        return "d.t[r.\"" + column + "\" + 1] as \"" + column + "\"";
    }

    /**
     * Appends one customer's row. Threads may append at once, each with an appender of its own (an appender is
     * not thread-safe); they share the dictionary.
     */
    void append(DuckDBAppender a, long ordinal, Classification c, List<String> segments) throws SQLException {
        a.beginRow();
        a.append(ordinal);
        a.append(c.customerId());
        for (Dimension d : DIMENSIONS) {
            if (encoded(d)) {
                id(a, c.code(d));
            } else {
                a.append(c.code(d));
            }
        }
        Map<String, Object> f = c.features();
        integer(a, f.get("age"));
        id(a, (String) f.get("gender"));
        for (String money : List.of("aum", "contribution", "loanOutstanding", "fees365")) {
            money(a, f.get(money));
        }
        integer(a, f.get("activityCount365"));
        money(a, f.get("activityAmount365"));
        integer(a, f.get("daysSinceLastActivity"));
        integer(a, f.get("tenureDays"));
        integer(a, f.get("linkedAccounts"));
        integer(a, f.get("openLinkedAccounts"));
        id(a, String.join(",", (Collection<String>) strings(f.get("productTypesHeld"))));
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
        id(a, String.join(",", segments));
        for (Dimension d : DIMENSIONS) {
            id(a, rule(c, d));
        }
        a.endRow();
    }

    private void id(DuckDBAppender a, String text) throws SQLException {
        if (text == null) {
            a.appendNull();
            return;
        }
        Integer id = ids.get(text);
        if (id == null) {
            id = ids.computeIfAbsent(text, this::newId);
        }
        a.append(id.intValue());
    }

    private Integer newId(String text) {
        synchronized (texts) {
            texts.add(text);
            return texts.size() - 1;
        }
    }

    /** The column holding the id of the rule that fired for {@code d}, e.g. aumTierRule. */
    public static String ruleColumn(Dimension d) {
        return d.code() + "Rule";
    }

    /** The fired rule's id (several, comma-separated, when a result gives more than one reason). */
    public static String rule(Classification c, Dimension d) {
        var result = c.get(d);
        if (result == null || result.reasons().isEmpty()) {
            return null;
        }
        if (result.reasons().size() == 1) {
            return result.reasons().get(0).rule();
        }
        StringBuilder ids = new StringBuilder();
        for (var reason : result.reasons()) {
            ids.append(ids.isEmpty() ? "" : ",").append(reason.rule());
        }
        return ids.toString();
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
