package io.clientlens.batch.aml;

import io.clientlens.aml.monitor.StructuringRule;
import io.clientlens.policy.AmlPolicy;
import io.clientlens.policy.Policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of transaction monitoring (docs/AML.md) with a run's as-of and policy filled in as literals. The rule
 * queries are one text for PostgreSQL and DuckDB alike (resources {@code io/clientlens/batch/aml/*.sql}); only the
 * staging that builds their three tables differs by engine. Every placeholder must be filled: a missing one is a
 * bug, caught before the database sees the text.
 */
public final class MonitoringSql {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

    private MonitoringSql() {
    }

    /** The first day of the monitoring window ending at {@code asOf}. */
    public static LocalDate windowStart(LocalDate asOf, AmlPolicy.Monitoring m) {
        return asOf.minusDays(m.windowDays() - 1L);
    }

    /** The values of the placeholders the rules and the staging share. */
    public static Map<String, String> parameters(LocalDate asOf, Policy policy) {
        AmlPolicy.Monitoring m = policy.aml().monitoring();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("asOf", date(asOf));
        p.put("windowStart", date(windowStart(asOf, m)));
        p.put("largeCashThreshold", number(m.largeCash().threshold()));
        p.put("structuringMin", number(StructuringRule.lowerBound(m)));
        p.put("structuringMinCount", Integer.toString(m.structuring().minCount()));
        AmlPolicy.ProfileMismatch pm = m.profileMismatch();
        p.put("profileWindow", Integer.toString(pm.windowDays()));
        p.put("incomeMultiple", number(pm.incomeMultiple()));
        p.put("capitalMultiple", number(pm.capitalMultiple()));
        p.put("ageCredits", number(pm.ageCredits()));
        // a day wider than the exact ages: the rule computes the age itself; the query must not miss anyone
        p.put("minorBornAfter", date(asOf.minusYears(pm.minAge()).minusDays(1)));
        p.put("seniorBornBy", date(asOf.minusYears(pm.maxAge()).plusDays(1)));
        AmlPolicy.DormantReactivation d = m.dormantReactivation();
        p.put("dormantDays", Integer.toString(d.dormantDays()));
        p.put("dormantWithinDays", Integer.toString(d.withinDays()));
        p.put("dormantMinCredits", number(d.minCredits()));
        AmlPolicy.RapidInOut r = m.rapidInOut();
        p.put("rapidMinIn", number(r.minIn()));
        p.put("rapidOutShare", number(r.outShare()));
        p.put("rapidWithinLast", Integer.toString(r.withinDays() - 1));
        p.put("rapidMinCount", Integer.toString(r.minCount()));
        AmlPolicy.ManyCounterparties c = m.manyCounterparties();
        p.put("manyWindowPreceding", Integer.toString(c.windowDays() - 1));
        p.put("manyMin", Integer.toString(c.minCounterparties()));
        p.put("counterpartyDirection", switch (c.direction()) {
            case CREDIT -> "direction = 'CREDIT'";
            case DEBIT -> "direction = 'DEBIT'";
            case ANY -> "true";
        });
        return p;
    }

    /** A rule's query: {@code large-cash}, {@code structuring}, … with the parameters filled in. */
    public static String rule(String name, Map<String, String> parameters) {
        return fill(read("/io/clientlens/batch/aml/" + name + ".sql"), parameters);
    }

    /** The statements of a staging script (separated by a semicolon at a line end), each filled in. */
    public static List<String> statements(String script, Map<String, String> parameters) {
        return Arrays.stream(fill(script, parameters).split(";\\s*\\n")).map(String::strip)
                .filter(s -> !s.isEmpty() && !s.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))).toList();
    }

    /** The DuckDB staging over the in_* views of a segment input; {@code customers} is customers.jsonl as a literal. */
    public static String duckDbStaging() {
        return read("/io/clientlens/batch/aml/staging-duckdb.sql");
    }

    /** The Spark SQL staging over the in_* views of a segment input; aml_customer comes from the profiles (clientlens-spark). */
    public static String sparkStaging() {
        return read("/io/clientlens/batch/aml/staging-spark.sql");
    }

    static String fill(String sql, Map<String, String> parameters) {
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = parameters.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for ${" + m.group(1) + "} in the monitoring SQL");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static String read(String resource) {
        try (InputStream in = MonitoringSql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String date(LocalDate date) {
        return "DATE '" + date + "'";
    }

    static String number(BigDecimal value) {
        return value.toPlainString();
    }
}
