package io.clientlens.app.measure;

import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.features.FeatureQuery;
import io.clientlens.batch.generate.CustomerBaseGenerator;
import io.clientlens.batch.generate.GeneratorSettings;
import io.clientlens.batch.policy.PolicyYaml;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * A measurement, not a test (surefire does not pick it up by its name): would the database path be
 * faster computing its features in DuckDB over the data read out of PostgreSQL than in PostgreSQL?
 * Loads a generated base, then times, twice: the feature query in PostgreSQL (read back in full); the
 * export of the seven input tables (COPY … TO STDOUT, CSV); DuckDB's feature query over those files.
 * docs/BENCHMARKS.md has the figures. Run:
 * {@code ./mvnw -pl clientlens-core,clientlens-batch,clientlens-app test -Dtest=DuckDbOverPostgresMeasure
 * -Dmeasure.customers=50000 -Dsurefire.failIfNoSpecifiedTests=false}
 */
class DuckDbOverPostgresMeasure extends PostgresTest {
    @Autowired
    Imports imports;
    @Autowired
    DataSource dataSource;

    @Test
    void measure() throws Exception {
        int n = Integer.getInteger("measure.customers", 20000);
        GeneratorSettings settings = io.clientlens.batch.generate.TransactionTarget.settings(n, 20260930L, LocalDate.of(2026, 9, 30), n * 20L);
        imports.load(new CustomerBaseGenerator(settings)::generate);
        jdbc.execute("analyze");
        LocalDate asOf = LocalDate.of(2026, 9, 30);
        String pg = FeatureQuery.select(FeatureQuery.Dialect.POSTGRESQL, FeatureQuery.Inputs.DATABASE, asOf, PolicyYaml.defaults());
        long txns = jdbc.queryForObject("select count(*) from txn", Long.class);
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("create temp table run_features on commit drop as " + pg);
                try (ResultSet rs = s.executeQuery("select * from run_features")) {
                    while (rs.next()) { }
                }
                c.rollback();
            }
            long pgMs = (System.nanoTime() - t0) / 1_000_000;
            Path dir = Files.createTempDirectory("pgcopy");
            long t1 = System.nanoTime();
            try (Connection c = dataSource.getConnection()) {
                var copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (String[] t : new String[][] {
                        {"customer", "customer_id, customer_type, birth_date, gender, region, imported_contribution"},
                        {"account", "account_id, opened, closed"}, {"account_link", "customer_id, link_id, account_id, role"},
                        {"txn", "account_id, txn_date, seq, amount, balance, category"},
                        {"loan", "account_id, granted, amount, duration_months"}, {"card", "link_id, issued"},
                        {"holding", "customer_id, product_type, amount, opened, closed"}}) {
                    try (Writer w = Files.newBufferedWriter(dir.resolve(t[0] + ".csv"))) {
                        copy.copyOut("copy (select " + t[1] + " from " + t[0] + ") to stdout (format csv, header)", w);
                    }
                }
            }
            long copyMs = (System.nanoTime() - t1) / 1_000_000;
            long t2 = System.nanoTime();
            try (Connection d = DriverManager.getConnection("jdbc:duckdb:"); Statement s = d.createStatement()) {
                for (String t : new String[] {"customer", "account", "account_link", "txn", "loan", "card", "holding"}) {
                    s.execute("create view " + t + " as select * from read_csv('" + dir.resolve(t + ".csv") + "', header = true)");
                }
                s.execute("create table run_features as " + FeatureQuery.select(FeatureQuery.Dialect.DUCKDB,
                        FeatureQuery.Inputs.DATABASE, asOf, PolicyYaml.defaults()));
                try (ResultSet rs = s.executeQuery("select * from run_features")) {
                    while (rs.next()) { }
                }
            }
            long duckMs = (System.nanoTime() - t2) / 1_000_000;
            System.out.printf("MEASURE customers=%d txns=%d round=%d postgres=%d ms copy-out=%d ms duckdb=%d ms%n",
                    n, txns, round, pgMs, copyMs, duckMs);
        }
    }
}
