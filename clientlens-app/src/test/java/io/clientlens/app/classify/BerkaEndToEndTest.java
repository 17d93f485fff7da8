package io.clientlens.app.classify;

import io.clientlens.batch.Progress;

import io.clientlens.app.customer.Customers;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.BerkaData;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.batch.berka.BerkaReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Berka files through import and classification on PostgreSQL, checked against figures
 * computed here directly from the files (plain line splitting, not the importer).
 */
class BerkaEndToEndTest extends PostgresTest {

    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    RunQueries runQueries;
    @Autowired
    Customers customers;

    private Imports.Result importBerka() {
        return imports.load(sink -> new BerkaReader().read(BerkaData.dir(), sink));
    }

    @Test
    void importsEveryRowReportsTheCutLineAndChangesNothingWhenRunAgain() {
        Imports.Result first = importBerka();
        assertThat(first.counts().get("customer").inserted()).isEqualTo(5_369);
        assertThat(first.counts().get("account").inserted()).isEqualTo(4_500);
        assertThat(first.counts().get("account_link").inserted()).isEqualTo(5_369);
        assertThat(first.counts().get("loan").inserted()).isEqualTo(682);
        assertThat(first.counts().get("card").inserted()).isEqualTo(892);
        assertThat(first.counts().get("txn").inserted()).isEqualTo(49_102);
        assertThat(first.counts().get("branch").inserted()).isEqualTo(77);
        assertThat(first.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.file()).isEqualTo("trans.asc");
            assertThat(issue.line()).isEqualTo(49_104);
        });

        Imports.Result again = importBerka();
        assertThat(again.changed()).isZero();
        assertThat(again.counts().get("txn").unchanged()).isEqualTo(49_102);
        assertThat(jdbc.queryForObject("select count(*) from txn", Long.class)).isEqualTo(49_102);
    }

    @Test
    void classifiesEveryClientAtTheLatestTransactionDateAgreeingWithTheRawFiles() throws IOException {
        importBerka();
        RawBerka raw = RawBerka.read(BerkaData.dir());
        RunSummary run = runs.run(null, Progress.NONE);

        assertThat(run.asOf()).isEqualTo(raw.latestDate);
        assertThat(run.customers()).isEqualTo(5_369);
        Map<String, Long> relationship = run.counts().get("relationship");
        assertThat(relationship.get("CUSTOMER")).isEqualTo(raw.customersAt(raw.latestDate));
        assertThat(relationship.get("PROSPECT")).isEqualTo(5_369 - raw.customersAt(raw.latestDate));

        // every relationship dimension is UNKNOWN exactly for prospects
        assertThat(run.counts().get("aumTier").get("UNKNOWN")).isEqualTo(relationship.get("PROSPECT"));
        assertParetoCutHolds(run.runId());

        // AUM of some owners equals the balance after the last transaction on or before as-of
        int checked = 0;
        List<String> owners = raw.ownedAccount.entrySet().stream()
                .filter(e -> !raw.opened.get(e.getValue()).isAfter(raw.latestDate))
                .map(Map.Entry::getKey).sorted(java.util.Comparator.comparingInt(Integer::parseInt)).limit(20).toList();
        for (String client : owners) {
            String account = raw.ownedAccount.get(client);
            Object aum = customers.classification(run.runId(), client).orElseThrow().feature("aum");
            assertThat(new BigDecimal(String.valueOf(aum)))
                    .as("AUM of client " + client).isEqualByComparingTo(raw.lastBalance(account).max(BigDecimal.ZERO));
            checked++;
        }
        assertThat(checked).as("owners whose AUM was compared").isEqualTo(20);
        assertThat(runQueries.latestRun()).get().extracting(RunQueries.RunInfo::customers).isEqualTo(5_369);
    }

    @Test
    void reasonsShowBerkaAmountsInCzechCrownsWithThePolicyNumbersUnconverted() {
        importBerka();
        RunSummary run = runs.run(null, Progress.NONE);

        assertThat(jdbc.queryForObject("select currency from data_currency", String.class)).isEqualTo("CZK");
        assertThat(jdbc.queryForObject("select currency from classification_run where run_id = ?", String.class, run.runId()))
                .isEqualTo("CZK");
        List<Map<String, Object>> reasons = jdbc.queryForList("select r->>'zh' as zh, r->>'en' as en from classification, "
                + "json_array_elements(dimensions->'aumTier'->'reasons') r where run_id = ? and codes->>'relationship' = 'CUSTOMER'",
                run.runId());
        assertThat(reasons).hasSizeGreaterThan(1_000).allSatisfy(r -> {
            assertThat((String) r.get("zh")).contains(" 克朗").doesNotContain("元");
            assertThat((String) r.get("en")).contains(" CZK").doesNotContain("CNY");
        });
        // The MASS band still ends at 500,000: now 500,000 crowns.
        assertThat(reasons).anySatisfy(r -> assertThat((String) r.get("zh")).endsWith("< 500,000 克朗 → 大众客户"));
        String contribution = jdbc.queryForObject("select dimensions->'contributionClass'->'reasons'->0->>'en' from classification "
                + "where run_id = ? and codes->>'relationship' = 'CUSTOMER' order by customer_id limit 1", String.class, run.runId());
        assertThat(contribution).contains(" CZK").doesNotContain("CNY");
    }

    @Test
    void berkaIsRefusedInADatabaseWhoseDataIsInYuanAndNothingOfItIsKept() {
        imports.load(sink -> new io.clientlens.batch.generate.CustomerBaseGenerator(
                io.clientlens.batch.generate.GeneratorSettings.of(20, 1, LocalDate.of(2026, 9, 30))).generate(sink));

        org.assertj.core.api.Assertions.assertThatThrownBy(this::importBerka)
                .isInstanceOf(io.clientlens.app.importing.ImportFailed.class)
                .hasMessageContaining("CNY").hasMessageContaining("CZK").hasMessageContaining("--home");
        assertThat(jdbc.queryForObject("select count(*) from customer", Long.class)).isEqualTo(20);
        assertThat(jdbc.queryForObject("select currency from data_currency", String.class)).isEqualTo("CNY");
        RunSummary run = runs.run(null, Progress.NONE);
        assertThat(jdbc.queryForObject("select dimensions->'aumTier'->'reasons'->0->>'zh' from classification where run_id = ? "
                + "and codes->>'relationship' = 'CUSTOMER' order by customer_id limit 1", String.class, run.runId())).contains(" 元");
    }

    @Test
    void aDateBeforeAnyAccountMakesEveryoneAProspect() {
        importBerka();
        RunSummary run = runs.run(LocalDate.of(1992, 12, 31), Progress.NONE);
        assertThat(run.counts().get("relationship")).containsOnlyKeys("PROSPECT");
        assertThat(run.counts().get("frequency")).containsOnlyKeys("UNKNOWN");
    }

    /** A is the smallest top set reaching 80 % of positive contribution; A and B together reach 95 %. */
    private void assertParetoCutHolds(long runId) {
        List<Map<String, Object>> ranked = jdbc.queryForList("select (features->>'contribution')::numeric as c, "
                + "codes->>'contributionClass' as cls from classification where run_id = ? and codes->>'relationship' = 'CUSTOMER' "
                + "order by (features->>'contribution')::numeric desc, customer_id", runId);
        BigDecimal total = ranked.stream().map(r -> (BigDecimal) r.get("c")).filter(c -> c.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal a = BigDecimal.ZERO;
        BigDecimal aWithoutLast = BigDecimal.ZERO;
        BigDecimal ab = BigDecimal.ZERO;
        BigDecimal abWithoutLast = BigDecimal.ZERO;
        for (Map<String, Object> r : ranked) {
            BigDecimal c = (BigDecimal) r.get("c");
            switch ((String) r.get("cls")) {
                case "A" -> { aWithoutLast = a; a = a.add(c); abWithoutLast = ab; ab = ab.add(c); }
                case "B" -> { abWithoutLast = ab; ab = ab.add(c); }
                default -> { }
            }
        }
        assertThat(total).isPositive();
        assertThat(a).isGreaterThanOrEqualTo(total.multiply(new BigDecimal("0.80")));
        assertThat(aWithoutLast).isLessThan(total.multiply(new BigDecimal("0.80")));
        assertThat(ab).isGreaterThanOrEqualTo(total.multiply(new BigDecimal("0.95")));
        assertThat(abWithoutLast).isLessThan(total.multiply(new BigDecimal("0.95")));
    }

    /** The few facts these tests need, read with plain string splitting. */
    static final class RawBerka {
        final Map<String, LocalDate> opened = new HashMap<>();
        final Map<String, String> ownedAccount = new HashMap<>();
        final Map<String, Set<String>> accountsOfClient = new HashMap<>();
        final Map<String, String[]> lastTransaction = new HashMap<>();
        LocalDate latestDate = LocalDate.MIN;

        static RawBerka read(Path dir) throws IOException {
            RawBerka raw = new RawBerka();
            for (String line : data(dir.resolve("account.asc"))) {
                String[] f = line.split(";");
                raw.opened.put(f[0], date(f[3]));
            }
            for (String line : data(dir.resolve("disp.asc"))) {
                String[] f = line.split(";");
                raw.accountsOfClient.computeIfAbsent(f[1], k -> new HashSet<>()).add(f[2]);
                if (f[3].contains("OWNER")) {
                    raw.ownedAccount.put(f[1], f[2]);
                }
            }
            for (String line : data(dir.resolve("trans.asc"))) {
                String[] f = line.split(";", -1);
                if (f.length < 10) {
                    continue; // the cut last line
                }
                LocalDate d = date(f[2]);
                if (d.isAfter(raw.latestDate)) {
                    raw.latestDate = d;
                }
                String[] previous = raw.lastTransaction.get(f[1]);
                if (previous == null || date(previous[2]).isBefore(d)
                        || (date(previous[2]).equals(d) && Long.parseLong(previous[0]) < Long.parseLong(f[0]))) {
                    raw.lastTransaction.put(f[1], f);
                }
            }
            return raw;
        }

        long customersAt(LocalDate asOf) {
            return accountsOfClient.values().stream()
                    .filter(accounts -> accounts.stream().anyMatch(a -> !opened.get(a).isAfter(asOf))).count();
        }

        BigDecimal lastBalance(String account) {
            String[] t = lastTransaction.get(account);
            return t == null ? BigDecimal.ZERO : new BigDecimal(t[6]);
        }

        private static List<String> data(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file);
            return lines.subList(1, lines.size());
        }

        private static LocalDate date(String yymmdd) {
            String s = yymmdd.trim();
            return LocalDate.of(1900 + Integer.parseInt(s.substring(0, 2)), Integer.parseInt(s.substring(2, 4)),
                    Integer.parseInt(s.substring(4, 6)));
        }
    }
}
