package io.clientlens.app.aml;

import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.app.importing.DataCurrency;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.BankDataSink;
import io.clientlens.bank.Transaction;
import io.clientlens.customer.Profile;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Monitoring over the database: an alert is raised once, and only compliance reads alerts. */
class AmlMonitoringTest extends PostgresTest {
    @Autowired
    Imports imports;
    @Autowired
    TransactionMonitoring monitoring;
    @Autowired
    DataCurrency dataCurrency;

    MockMvc mvc;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, Role.COMPLIANCE);
    }

    private static void cash(BankDataSink sink, String id, String day, long amount) {
        sink.transaction(new Transaction(id, Long.parseLong(id.substring(1)), "A1", LocalDate.parse(day),
                Transaction.Direction.CREDIT, "CASH_DEPOSIT", BigDecimal.valueOf(amount), null, "CASH", null, null,
                Transaction.Channel.CASH, false));
    }

    /** K1 deposits 60,000 in cash on 1 March, and 45,000 on 2, 5 and 9 March (structuring), with more later as told. */
    private void load(String... more) {
        imports.load(sink -> {
            sink.customer(Profile.builder("K1").name("张三").branch("BR001").relationshipManager("RM01").build());
            sink.account(new Account("A1", "BR001", LocalDate.of(2026, 1, 1), null, null));
            sink.link(new AccountLink("L1", "K1", "A1", AccountLink.Role.OWNER));
            cash(sink, "T1", "2026-03-01", 60_000);
            cash(sink, "T2", "2026-03-02", 45_000);
            cash(sink, "T3", "2026-03-05", 45_000);
            cash(sink, "T4", "2026-03-09", 45_000);
            for (int i = 0; i < more.length; i += 2) {
                cash(sink, "T" + (5 + i / 2), more[i], Long.parseLong(more[i + 1]));
            }
        });
    }

    @Test
    void anAlertAlreadyRaisedForTheSameRuleCustomerAndPeriodIsNotRaisedAgain() {
        load();
        var first = (MonitoringOutcome.Monitored) monitoring.monitor(LocalDate.of(2026, 3, 31));
        var again = (MonitoringOutcome.Monitored) monitoring.monitor(LocalDate.of(2026, 3, 31));

        assertThat(first.raised()).containsEntry(AlertRule.LARGE_CASH, 1).containsEntry(AlertRule.STRUCTURING, 1);
        assertThat(first.raisedTotal()).isEqualTo(2);
        assertThat(again.raisedTotal()).isZero();
        assertThat(again.alreadyRaisedTotal()).isEqualTo(2);

        // a fourth near-threshold deposit lengthens the structuring episode (it overlaps: not raised again);
        // a new large cash day is a new alert
        load("2026-03-12", "46000", "2026-04-20", "80000");
        var later = (MonitoringOutcome.Monitored) monitoring.monitor(LocalDate.of(2026, 4, 30));
        assertThat(later.raised()).containsEntry(AlertRule.LARGE_CASH, 1).containsEntry(AlertRule.STRUCTURING, 0);
        assertThat(later.alreadyRaised()).containsEntry(AlertRule.LARGE_CASH, 1).containsEntry(AlertRule.STRUCTURING, 1);
        assertThat(jdbc.queryForList("select period_from::text || '..' || period_to::text from aml_alert order by alert_id",
                String.class)).containsExactly("2026-03-01..2026-03-01", "2026-03-02..2026-03-09", "2026-04-20..2026-04-20");
        assertThat(jdbc.queryForList("select finished_at > started_at from aml_monitoring_run", Boolean.class))
                .as("a run finishes after it starts, not at the start of its transaction").isNotEmpty().containsOnly(true);
    }

    @Test
    void theAlertsNameTheCurrencyTheDataWasImportedIn() {
        imports.load(sink -> sink.currency("HKD"));
        load();
        try {
            monitoring.monitor(LocalDate.of(2026, 3, 31));

            // the policy's 50,000 threshold applies unconverted, as for the classification's reasons
            assertThat(jdbc.queryForList("select reason_zh || ' / ' || reason_en from aml_alert where rule = 'LARGE_CASH'",
                    String.class)).singleElement().asString()
                    .contains("60,000 港元").contains("≥ 50,000 港元").contains("60,000 HKD").doesNotContain(" 元").doesNotContain("CNY");
        } finally {
            dataCurrency.forget(); // the tables are emptied after each test; the server's kept value must go too
        }
    }

    @Test
    void withoutTransactionsThereIsNothingToMonitor() {
        assertThat(monitoring.monitor(null)).isInstanceOf(MonitoringOutcome.NothingToMonitor.class);
    }

    @Test
    void complianceReadsTheAlertsWithTheirTransactionsAndNoOtherRoleDoes() throws Exception {
        load();
        monitoring.monitor(LocalDate.of(2026, 3, 31));

        mvc.perform(get("/api/v1/aml/alerts").param("customer", "K1")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].rule").value("LARGE_CASH"))
                .andExpect(jsonPath("$[0].from").value("2026-03-01"))
                .andExpect(jsonPath("$[0].to").value("2026-03-01"))
                .andExpect(jsonPath("$[0].amount").value(60000.0))
                .andExpect(jsonPath("$[0].transactions[0]").value("T1"))
                .andExpect(jsonPath("$[1].rule").value("STRUCTURING"))
                .andExpect(jsonPath("$[1].ruleLabel.zh").value("拆分交易（化整为零）"))
                .andExpect(jsonPath("$[1].transactions", hasSize(3)));
        for (Role role : new Role[] {Role.RM, Role.SALES, Role.SUPERVISOR, Role.HEAD_OF_WEALTH,
                Role.ANALYST, Role.ADMIN}) {
            mvc.perform(get("/api/v1/aml/alerts").header(HttpHeaders.AUTHORIZATION, bearer(role)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anUnknownRuleOrLimitIsRefusedNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/aml/alerts").param("rule", "BIG_CASH")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rule"));
        mvc.perform(get("/api/v1/aml/alerts").param("limit", "0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }
}
