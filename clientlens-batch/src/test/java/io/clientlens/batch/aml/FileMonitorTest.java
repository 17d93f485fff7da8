package io.clientlens.batch.aml;

import io.clientlens.aml.monitor.Alert;
import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.batch.policy.PolicyYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Monitoring over files finds each rule's hand-made case, and only those. */
class FileMonitorTest {
    @TempDir
    Path tmp;

    @Test
    void findsEachRulesCaseInTheFilesAndNothingElse() throws Exception {
        Path input = MonitoringFixture.write(tmp.resolve("in"));

        FileMonitor.Result result = FileMonitor.run(input, tmp.resolve("out"), null, PolicyYaml.defaults());

        assertThat(result.asOf()).isEqualTo(LocalDate.of(2026, 5, 20));
        List<String> lines = Files.readAllLines(tmp.resolve("out").resolve(FileMonitoring.ALERTS));
        List<Alert> alerts = lines.stream().map(AlertJson::parse).toList();
        assertThat(alerts).extracting(Alert::customerId, Alert::rule, Alert::from, Alert::to).containsExactly(
                tuple("C1", AlertRule.LARGE_CASH, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)),
                tuple("C2", AlertRule.STRUCTURING, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9)),
                tuple("C3", AlertRule.PROFILE_MISMATCH, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)),
                tuple("C4", AlertRule.DORMANT_REACTIVATION, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 20)),
                tuple("C5", AlertRule.RAPID_IN_OUT, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 21)),
                tuple("C6", AlertRule.MANY_COUNTERPARTIES, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 20)));
        assertThat(alerts.get(2).transactions()).containsExactly("A3-1", "A3-3");
        assertThat(alerts.get(3).zh()).startsWith("账户 A4 396 天无主动交易");
        assertThat(lines.get(0)).isEqualTo("{\"customerId\":\"C1\",\"rule\":\"LARGE_CASH\",\"from\":\"2026-03-01\","
                + "\"to\":\"2026-03-01\",\"amount\":50000.00,\"score\":40,\"accounts\":[\"A1\"],\"transactions\":[\"A1-1\",\"A1-2\"],"
                + "\"reason\":{\"zh\":\"2026-03-01 现金存取合计 50,000 元（2 笔）≥ 50,000 元\","
                + "\"en\":\"Cash in and out on 2026-03-01: 50,000 CNY (2 transaction(s)) ≥ 50,000 CNY\"}}");
        assertThat(result.total()).isEqualTo(6);
        assertThat(Files.list(tmp.resolve("out"))).extracting(p -> p.getFileName().toString()).containsExactly("alerts.jsonl");
    }

    @Test
    void anEarlierAsOfLeavesLaterTransactionsOut() throws Exception {
        Path input = MonitoringFixture.write(tmp.resolve("in"));

        FileMonitor.run(input, tmp.resolve("out"), LocalDate.of(2026, 4, 15), PolicyYaml.defaults());

        // C5's third in-and-out (20 April) is after as-of; C6's payers come in May
        assertThat(Files.readAllLines(tmp.resolve("out").resolve(FileMonitoring.ALERTS)).stream().map(AlertJson::parse)
                .map(Alert::rule)).containsExactly(AlertRule.LARGE_CASH, AlertRule.STRUCTURING, AlertRule.PROFILE_MISMATCH,
                AlertRule.DORMANT_REACTIVATION);
    }

    @Test
    void theAlertsNameTheCurrencyTheFilesAreIn() throws Exception {
        Path input = MonitoringFixture.write(tmp.resolve("in"));
        Files.writeString(input.resolve("currency.txt"), "HKD\n");

        FileMonitor.run(input, tmp.resolve("out"), null, PolicyYaml.defaults());

        // the policy's thresholds apply as they are, unconverted, as for the classification's reasons
        assertThat(Files.readAllLines(tmp.resolve("out").resolve(FileMonitoring.ALERTS)).get(0))
                .contains("\"zh\":\"2026-03-01 现金存取合计 50,000 港元（2 笔）≥ 50,000 港元\"")
                .contains("\"en\":\"Cash in and out on 2026-03-01: 50,000 HKD (2 transaction(s)) ≥ 50,000 HKD\"");
    }
}
