package io.clientlens.batch.segment;

import io.clientlens.batch.features.FeatureQuery;
import io.clientlens.policy.Policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The feature SQL (FeatureQuery) in DuckDB's dialect over the input views, and the advisory SQL. */
final class FeatureSql {
    private static final String ADVISORY = read("advisory.sql");

    private FeatureSql() {
    }

    static String of(LocalDate asOf, Policy policy) {
        return "create or replace table run_features as " + FeatureQuery.select(FeatureQuery.Dialect.DUCKDB,
                FeatureQuery.Inputs.genericLayout("c.ordinal,"), asOf, policy);
    }

    /** The advisory records (assessments, needs register) at as-of, into table run_advisory. */
    static String advisory(LocalDate asOf) {
        return ADVISORY.replace("${asOf}", "DATE '" + asOf + "'");
    }

    private static String read(String name) {
        try (var in = FeatureSql.class.getResourceAsStream("/io/clientlens/batch/segment/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
