package io.clientlens.batch.features;

import io.clientlens.policy.Policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one definition of the per-customer features (features.sql beside this class, docs/FEATURES.md),
 * written out for one engine: the database path (PostgreSQL), {@code segment} (DuckDB) and
 * {@code segment --engine spark} (Spark SQL) all run the text this class makes from the same file.
 * The as-of date and the policy's lists are written into the text as literals; the few functions
 * the engines spell differently are written in each engine's spelling.
 */
public final class FeatureQuery {
    private static final String TEMPLATE = read("features.sql");

    /** The SQL engines the feature definition is written out for, with their spelling of each function. */
    public enum Dialect {
        POSTGRESQL(Map.of(
                "days", "((%1$s) - (%2$s))",
                "idiv", "div(%1$s, %2$s)",
                "last_by", "(array_agg(%1$s order by %2$s desc, %3$s desc))[1]",
                "distinct_list", "array_agg(distinct %1$s)",
                "nonnull_list", "array_remove(array[%s], null)",
                "concat_lists", "((%1$s) || (%2$s))",
                "empty_list", "cast('{}' as text[])")),
        DUCKDB(Map.of(
                "days", "((%1$s) - (%2$s))",
                "idiv", "(cast(%1$s as hugeint) // (%2$s))",
                "last_by", "arg_max_null(%1$s, (%2$s, %3$s))",
                "distinct_list", "list(distinct %1$s)",
                "nonnull_list", "list_filter([%s], x -> x is not null)",
                "concat_lists", "list_concat(%1$s, %2$s)",
                "empty_list", "cast([] as varchar[])")),
        SPARK(Map.of(
                "days", "datediff(%1$s, %2$s)",
                // decimal division keeps 6 decimals here, far more than a remainder over a loan's months needs
                "idiv", "floor((%1$s) / (%2$s))",
                "last_by", "max_by(%1$s, struct(%2$s, %3$s))",
                "distinct_list", "collect_set(%1$s)",
                "nonnull_list", "filter(array(%s), x -> x is not null)",
                "concat_lists", "concat(%1$s, %2$s)",
                "empty_list", "cast(array() as array<string>)"));

        private final Map<String, String> functions;

        Dialect(Map<String, String> functions) {
            this.functions = functions;
        }
    }

    /**
     * Where the features read from: each input relation (a table name or a parenthesised query)
     * with the columns of docs/FEATURES.md, and the customer columns the engine passes through
     * (each followed by a comma, or empty).
     */
    public record Inputs(String customers, String accounts, String links, String transactions, String loans,
                         String cards, String holdings, String customerColumns) {

        /** The tables of the database (PostgreSQL); the profile fields the rules read pass through. */
        public static final Inputs DATABASE = new Inputs("customer", "account", "account_link", "txn", "loan", "card",
                "holding", "c.customer_type, c.birth_date, c.gender, c.region,");

        /**
         * The generic layout's views ({@code in_accounts}, {@code in_links}, {@code in_transactions},
         * {@code in_loans}, {@code in_cards}, {@code in_holdings}, with the files' column names), the
         * customers of table {@code in_customers} ({@code customer_id} and the engine's own columns)
         * and their imported contributions in {@code in_contributions} ({@code customer_id},
         * {@code contribution}; contributions.csv).
         *
         * @param customerColumns the columns of in_customers to pass through, each followed by a comma
         */
        public static Inputs genericLayout(String customerColumns) {
            return new Inputs("(select c.*, k.contribution as imported_contribution from in_customers c "
                            + "left join in_contributions k on k.customer_id = c.customer_id)",
                    "(select accountId as account_id, opened, closed from in_accounts)",
                    "(select customerId as customer_id, linkId as link_id, accountId as account_id, role from in_links)",
                    "(select accountId as account_id, date as txn_date, sequence as seq, amount, balance, category, "
                            + "direction, channel, crossBorder as cross_border from in_transactions)",
                    "(select accountId as account_id, granted, amount, durationMonths as duration_months from in_loans)",
                    "(select linkId as link_id, issued from in_cards)",
                    "(select customerId as customer_id, productType as product_type, amount, opened, closed from in_holdings)",
                    customerColumns);
        }
    }

    private FeatureQuery() {
    }

    /** The feature query (a SELECT) for {@code dialect} over {@code inputs} at {@code asOf} under {@code policy}. */
    public static String select(Dialect dialect, Inputs inputs, LocalDate asOf, Policy policy) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("customers", inputs.customers());
        values.put("accounts", inputs.accounts());
        values.put("links", inputs.links());
        values.put("transactions", inputs.transactions());
        values.put("loans", inputs.loans());
        values.put("cards", inputs.cards());
        values.put("holdings", inputs.holdings());
        values.put("customerColumns", inputs.customerColumns());
        values.put("asOf", date(asOf));
        values.put("activityFrom", date(asOf.minusDays(policy.frequency().windowDays() - 1L)));
        values.put("feeFrom", date(asOf.minusDays(policy.contribution().feeWindowDays() - 1L)));
        values.put("asOfYear", Integer.toString(asOf.getYear()));
        values.put("asOfMonth", Integer.toString(asOf.getMonthValue()));
        values.put("asOfDay", Integer.toString(asOf.getDayOfMonth()));
        values.put("postings", list(policy.activity().bankPostingCategories()));
        values.put("fees", list(policy.activity().feeCategories()));
        values.put("investments", list(policy.investmentExperience().investmentProductTypes()));
        String sql = expand(withoutComments(TEMPLATE), dialect);
        for (Map.Entry<String, String> e : values.entrySet()) {
            sql = sql.replace("${" + e.getKey() + "}", e.getValue());
        }
        if (sql.contains("${")) {
            throw new IllegalStateException("features.sql has a placeholder FeatureQuery does not fill: "
                    + sql.substring(sql.indexOf("${"), Math.min(sql.length(), sql.indexOf("${") + 30)));
        }
        return sql;
    }

    /**
     * The feature query of {@link #select(Dialect, Inputs, LocalDate, Policy)} limited to the output columns
     * {@code only} (besides the customer id and the customer columns passed through): the final select keeps those
     * columns and the joins they read, and the common table expressions nothing reads any more are left out, so the
     * engine never computes them. Each kept column is the very expression of the full query: what reads a part of the
     * features (the AML rating, docs/AML.md) cannot drift from the one definition.
     *
     * @throws IllegalArgumentException when a name of {@code only} is not a column of the feature query
     */
    public static String select(Dialect dialect, Inputs inputs, LocalDate asOf, Policy policy, Collection<String> only) {
        String sql = select(dialect, inputs, asOf, policy);
        int finalSelect = lastTopLevel(sql, "select ");
        int from = lastTopLevel(sql, "from ");
        if (finalSelect < 0 || from < finalSelect) {
            throw new IllegalStateException("features.sql: no final select ... from");
        }
        List<String> kept = new ArrayList<>();
        java.util.Set<String> found = new java.util.HashSet<>();
        for (String item : split(sql.substring(finalSelect + "select ".length(), from))) {
            java.util.regex.Matcher alias = java.util.regex.Pattern.compile("(?s).*\\sas\\s+(\\w+)").matcher(item);
            if (!alias.matches() || only.contains(alias.group(1))) {
                kept.add(item);
                if (alias.matches()) {
                    found.add(alias.group(1));
                }
            }
        }
        for (String name : only) {
            if (!found.contains(name)) {
                throw new IllegalArgumentException("not a column of the feature query: " + name);
            }
        }
        String items = String.join(",\n       ", kept);
        String[] joins = sql.substring(from).split("\n(?=left join )");
        StringBuilder fromClause = new StringBuilder(joins[0]);
        for (int i = 1; i < joins.length; i++) {
            String alias = joins[i].split("\\s+")[3];
            if (java.util.regex.Pattern.compile("(?<![\\w.])" + alias + "\\.").matcher(items).find()) {
                fromClause.append('\n').append(joins[i]);
            }
        }
        String body = "select " + items + "\n" + fromClause;
        return withOnlyReadExpressions(sql.substring(0, finalSelect), body) + body;
    }

    /** The with clause {@code with} keeping only the common table expressions that {@code body} reads, directly or not. */
    private static String withOnlyReadExpressions(String with, String body) {
        String text = with.strip();
        if (!text.startsWith("with ")) {
            return with;
        }
        Map<String, String> expressions = new LinkedHashMap<>();
        int at = "with ".length();
        while (at < text.length()) {
            int as = text.indexOf(" as (", at);
            if (as < 0) {
                break;
            }
            String name = text.substring(at, as).strip().replaceFirst("^,", "").strip();
            int close = matching(text, as + " as ".length());
            expressions.put(name, text.substring(as + " as ".length(), close + 1));
            at = close + 1;
            while (at < text.length() && (text.charAt(at) == ',' || Character.isWhitespace(text.charAt(at)))) {
                at++;
            }
        }
        java.util.Set<String> read = new java.util.HashSet<>();
        String reading = body;
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, String> e : expressions.entrySet()) {
                if (!read.contains(e.getKey())
                        && java.util.regex.Pattern.compile("(?<!\\w)" + e.getKey() + "(?!\\w)").matcher(reading).find()) {
                    read.add(e.getKey());
                    reading += "\n" + e.getValue();
                    grew = true;
                }
            }
        }
        List<String> kept = new ArrayList<>();
        expressions.forEach((name, expression) -> {
            if (read.contains(name)) {
                kept.add(name + " as " + expression);
            }
        });
        return kept.isEmpty() ? "" : "with " + String.join(",\n", kept) + "\n";
    }

    /** The position of the last {@code word} outside parentheses that starts a line or the text, or -1. */
    private static int lastTopLevel(String sql, String word) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && (i == 0 || sql.charAt(i - 1) == '\n' || sql.charAt(i - 1) == ' ')
                    && sql.startsWith(word, i)) {
                last = i;
            }
        }
        return last;
    }

    /** A DATE literal every dialect reads. */
    public static String date(LocalDate day) {
        return "DATE '" + day + "'";
    }

    private static String list(Collection<String> values) {
        if (values.isEmpty()) {
            return "null";
        }
        return values.stream().sorted().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
    }

    /** The text without its -- comments (none of which is inside a string literal). */
    private static String withoutComments(String sql) {
        return sql.lines().map(l -> {
            int dash = l.indexOf("--");
            return dash < 0 ? l : l.substring(0, dash);
        }).filter(l -> !l.isBlank()).collect(Collectors.joining("\n"));
    }

    /** Replaces every call of a dialect function by its spelling, innermost first. */
    static String expand(String sql, Dialect dialect) {
        String text = sql;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, String> f : dialect.functions.entrySet()) {
                int at = find(text, f.getKey());
                if (at < 0) {
                    continue;
                }
                int open = at + f.getKey().length();
                int close = matching(text, open);
                List<String> args = split(text.substring(open + 1, close));
                String spelled = f.getKey().equals("nonnull_list")
                        ? String.format(f.getValue(), String.join(", ", args))
                        : String.format(f.getValue(), args.toArray());
                text = text.substring(0, at) + spelled + text.substring(close + 1);
                changed = true;
            }
        }
        return text;
    }

    /** The position of a call {@code name(} not preceded by a letter, digit or underscore, or -1. */
    private static int find(String text, String name) {
        int from = 0;
        while (true) {
            int at = text.indexOf(name + "(", from);
            if (at < 0) {
                return -1;
            }
            if (at == 0 || !(Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '_')) {
                return at;
            }
            from = at + 1;
        }
    }

    private static int matching(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("features.sql: unbalanced parentheses after position " + open);
    }

    private static List<String> split(String args) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(args.substring(start, i).trim());
                start = i + 1;
            }
        }
        String last = args.substring(start).trim();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    private static String read(String name) {
        try (var in = FeatureQuery.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
