package io.clientlens.batch.segment;

import io.clientlens.policy.Policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/** The DuckDB feature SQL with the run's as-of date and policy lists filled in as literals. */
final class FeatureSql {
    private static final String TEMPLATE = read("features.sql");
    private static final String ADVISORY = read("advisory.sql");

    private FeatureSql() {
    }

    static String of(LocalDate asOf, Policy policy) {
        Map<String, String> values = Map.of(
                "asOf", "DATE '" + asOf + "'",
                "activityWindow", Integer.toString(policy.frequency().windowDays()),
                "feeWindow", Integer.toString(policy.contribution().feeWindowDays()),
                "postings", list(policy.activity().bankPostingCategories()),
                "fees", list(policy.activity().feeCategories()),
                "investments", list(policy.investmentExperience().investmentProductTypes()));
        String sql = TEMPLATE;
        for (Map.Entry<String, String> e : values.entrySet()) {
            sql = sql.replace("${" + e.getKey() + "}", e.getValue());
        }
        return sql;
    }

    /** The advisory records (assessments, needs register) at as-of, into table run_advisory. */
    static String advisory(LocalDate asOf) {
        return ADVISORY.replace("${asOf}", "DATE '" + asOf + "'");
    }

    private static String list(java.util.Collection<String> values) {
        return values.stream().sorted().map(v -> "'" + v.replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "cast([", "] as varchar[])"));
    }

    private static String read(String name) {
        try (var in = FeatureSql.class.getResourceAsStream("/io/clientlens/batch/segment/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
