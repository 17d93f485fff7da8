package io.clientlens.app.aml;

import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.bank.Account;
import io.clientlens.bank.AccountLink;
import io.clientlens.bank.BankDataSink;
import io.clientlens.bank.Transaction;
import io.clientlens.customer.Profile;
import io.clientlens.staff.Role;
import io.clientlens.suitability.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Alerts grouped into cases, the four-eyes workflow over REST, its append-only history, and compliance only. */
class AmlCasesTest extends PostgresTest {
    @Autowired
    Imports imports;
    @Autowired
    TransactionMonitoring monitoring;
    @Autowired
    AmlCases cases;

    MockMvc mvc;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, Role.COMPLIANCE);
    }

    private String officer(String name) {
        return bearer(name, Role.COMPLIANCE, "BR001", null);
    }

    private static void cash(BankDataSink sink, String id, String day, long amount) {
        sink.transaction(new Transaction(id, Long.parseLong(id.substring(1)), "A1", LocalDate.parse(day),
                Transaction.Direction.CREDIT, "CASH_DEPOSIT", BigDecimal.valueOf(amount), null, "CASH", null, null,
                Transaction.Channel.CASH, false));
    }

    /** K1: 60,000 in cash on 1 March, then 45,000 three times (structuring); more as told. */
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

    private static MockHttpServletRequestBuilder step(long caseId, String officer, String json) {
        return post("/api/v1/aml/cases/" + caseId + "/steps").header(HttpHeaders.AUTHORIZATION, officer)
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    @Test
    void aCustomersAlertsGoIntoOneOpenCaseUntilItIsDecided() {
        load();
        monitoring.monitor(LocalDate.of(2026, 3, 31));
        List<AmlCases.CaseSummary> open = cases.list(AmlCases.CaseFilter.OPEN, 100);
        assertThat(open).hasSize(1);
        AmlCases.CaseSummary first = open.get(0);
        assertThat(first.customerId()).isEqualTo("K1");
        assertThat(first.alerts()).isEqualTo(2);
        assertThat(first.dueOn()).isEqualTo(LocalDate.now().plusDays(10));
        AmlCases.Counts counts = cases.counts();
        assertThat(counts.open()).isEqualTo(1);
        assertThat(counts.overdue()).isZero();
        assertThat(counts.byRule()).containsEntry(io.clientlens.aml.monitor.AlertRule.LARGE_CASH, 1)
                .containsEntry(io.clientlens.aml.monitor.AlertRule.STRUCTURING, 1)
                .containsEntry(io.clientlens.aml.monitor.AlertRule.RAPID_IN_OUT, 0);
        assertThat(counts.byRating()).containsExactly(java.util.Map.entry("LOW", 0), java.util.Map.entry("MEDIUM", 0),
                java.util.Map.entry("HIGH", 0), java.util.Map.entry("PROHIBITED", 0), java.util.Map.entry("UNKNOWN", 1));

        // a later alert joins the same undecided case
        load("2026-04-20", "80000");
        monitoring.monitor(LocalDate.of(2026, 4, 30));
        assertThat(cases.list(AmlCases.CaseFilter.OPEN, 100)).singleElement()
                .satisfies(c -> assertThat(c.caseId()).isEqualTo(first.caseId()))
                .satisfies(c -> assertThat(c.alerts()).isEqualTo(3));
        assertThat(jdbc.queryForList("select action from aml_case_event where case_id = ? order by event_id", String.class,
                first.caseId())).containsExactly("OPENED", "ALERTS_ADDED", "ALERTS_ADDED");

        // decided: the next alert opens a new case
        assertThat(cases.act(first.caseId(), new io.clientlens.aml.cases.CaseAction.Propose(
                io.clientlens.aml.cases.CaseDecision.NO_ACTION, "wages paid in cash, documented"), "comp.ann"))
                .isInstanceOf(AmlCases.StepOutcome.Done.class);
        load("2026-04-20", "80000", "2026-05-10", "90000");
        monitoring.monitor(LocalDate.of(2026, 5, 31));
        assertThat(cases.list(AmlCases.CaseFilter.OPEN, 100)).singleElement()
                .satisfies(c -> assertThat(c.caseId()).isNotEqualTo(first.caseId()))
                .satisfies(c -> assertThat(c.alerts()).isEqualTo(1));
    }

    @Test
    void anStrNeedsASecondOfficerIsDueInFiveWorkingDaysAndEveryStepIsAudited() throws Exception {
        load();
        monitoring.monitor(LocalDate.of(2026, 3, 31));
        long id = cases.list(AmlCases.CaseFilter.OPEN, 1).get(0).caseId();
        String ann = officer("comp.ann");
        String bob = officer("comp.bob");

        mvc.perform(get("/api/v1/aml/cases")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].rules", hasSize(2))).andExpect(jsonPath("$[0].status").value("OPEN"));
        mvc.perform(get("/api/v1/aml/cases/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.alerts", hasSize(2)))
                .andExpect(jsonPath("$.alerts[1].transactions", hasSize(3)));

        mvc.perform(step(id, ann, "{\"action\": \"START_REVIEW\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
        mvc.perform(step(id, ann, "{\"action\": \"PROPOSE\", \"decision\": \"REPORT_STR\", \"opinion\": \"deposits just under the threshold\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"))
                .andExpect(jsonPath("$.proposedBy").value("comp.ann"));
        // the proposer cannot approve
        mvc.perform(step(id, ann, "{\"action\": \"APPROVE\", \"opinion\": \"agree\"}")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.en", containsString("Four eyes")))
                .andExpect(jsonPath("$.zh", containsString("四眼原则")));
        mvc.perform(step(id, bob, "{\"action\": \"APPROVE\", \"opinion\": \"agree, report\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED")).andExpect(jsonPath("$.decision").value("REPORT_STR"))
                .andExpect(jsonPath("$.strDueOn").value(WorkingDays.after(LocalDate.now(), 5).toString()));

        assertThat(jdbc.queryForList("select actor || ':' || action || ':' || coalesce(decision, '') from aml_case_event "
                + "where case_id = ? order by event_id", String.class, id)).containsExactly("system:OPENED:",
                "system:ALERTS_ADDED:", "comp.ann:START_REVIEW:", "comp.ann:PROPOSE:REPORT_STR", "comp.bob:APPROVE:REPORT_STR");
        assertThat(jdbc.queryForObject("select opinion from aml_case_event where case_id = ? and action = 'APPROVE'",
                String.class, id)).isEqualTo("agree, report");
        // an approved STR keeps the customer at least HIGH from the next classification
        assertThat(jdbc.queryForObject("select open_suspicious_report from aml_customer_flag where customer_id = 'K1'",
                Boolean.class)).isTrue();

        // the history is append-only, even for the application's own account
        assertThatThrownBy(() -> jdbc.update("update aml_case_event set opinion = 'changed' where case_id = ?", id))
                .hasMessageContaining("aml_case_event");
        assertThatThrownBy(() -> jdbc.update("delete from aml_case_event where case_id = ?", id))
                .hasMessageContaining("aml_case_event");
        assertThatThrownBy(() -> jdbc.execute("truncate aml_case_event cascade")).hasMessageContaining("aml_case_event");

        mvc.perform(step(id, bob, "{\"action\": \"FILE_STR\", \"opinion\": \"filed, reference 2026-001\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.strFiledOn").value(LocalDate.now().toString()));
    }

    @Test
    void badStepsAreRefusedNamingTheField() throws Exception {
        load();
        monitoring.monitor(LocalDate.of(2026, 3, 31));
        long id = cases.list(AmlCases.CaseFilter.OPEN, 1).get(0).caseId();
        mvc.perform(step(id, officer("comp.ann"), "{\"action\": \"CLOSE\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("action"));
        mvc.perform(step(id, officer("comp.ann"), "{\"action\": \"PROPOSE\", \"decision\": \"FREEZE\", \"opinion\": \"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decision"));
        mvc.perform(step(id, officer("comp.ann"), "{\"action\": \"PROPOSE\", \"decision\": \"NO_ACTION\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.en", containsString("opinion")));
        mvc.perform(step(id + 1000, officer("comp.ann"), "{\"action\": \"START_REVIEW\"}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/aml/cases").param("status", "CLOSED")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/aml/cases").param("rating", "FOO")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rating"))
                .andExpect(jsonPath("$.errors[0].en").value(containsString("expected one of [LOW, MEDIUM, HIGH")));
    }

    /** No tipping-off: no role but compliance reads or changes alerts or cases, whatever the endpoint. */
    @Test
    void noRoleButComplianceSeesAlertsOrCases() throws Exception {
        load();
        monitoring.monitor(LocalDate.of(2026, 3, 31));
        long id = cases.list(AmlCases.CaseFilter.OPEN, 1).get(0).caseId();
        for (Role role : Role.values()) {
            int expected = role == Role.COMPLIANCE ? 200 : 403;
            String token = bearer(role);
            for (String url : List.of("/api/v1/aml/alerts", "/api/v1/aml/cases", "/api/v1/aml/cases/" + id)) {
                mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, token)).andExpect(status().is(expected));
            }
            if (role != Role.COMPLIANCE) {
                mvc.perform(step(id, token, "{\"action\": \"START_REVIEW\"}")).andExpect(status().isForbidden());
            }
        }
        assertThat(cases.get(id).orElseThrow().summary().status()).isEqualTo(io.clientlens.aml.cases.CaseStatus.OPEN);
    }

    @Test
    void anOpinionHoldingANulIsRefusedNamingTheFieldNotAnInternalError() throws Exception {
        load();
        monitoring.monitor(LocalDate.of(2026, 3, 31));
        long id = cases.list(AmlCases.CaseFilter.OPEN, 1).get(0).caseId();
        mvc.perform(step(id, officer("comp.ann"), "{\"action\": \"START_REVIEW\", \"opinion\": \"looks\\u0000 odd\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:clientlens:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("opinion"))
                .andExpect(jsonPath("$.errors[0].zh").value("文本不能包含控制字符（NUL，\\u0000）"))
                .andExpect(jsonPath("$.errors[0].en").value("text must not contain control characters (NUL, \\u0000)"));
        mvc.perform(get("/api/v1/aml/cases/" + id)).andExpect(jsonPath("$.caseSummary.status").value("OPEN"));
    }

    @Test
    void aMatchDecisionInWordsNamesTheFieldAndAsksForTrueOrFalse() throws Exception {
        load();
        monitoring.monitor(LocalDate.of(2026, 3, 31));
        long id = cases.list(AmlCases.CaseFilter.OPEN, 1).get(0).caseId();
        mvc.perform(post("/api/v1/aml/cases/" + id + "/matches/1").contentType(MediaType.APPLICATION_JSON).content("{\"confirmed\": \"yes\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("confirmed"))
                .andExpect(jsonPath("$.errors[0].zh").value("应为 true 或 false，而不是“yes”"))
                .andExpect(jsonPath("$.errors[0].en").value("expected true or false, found 'yes'"));
    }

    @Test
    void aRefusedStepIsAProblemOfTypeRefusedWithTheReasonInBothLanguages() throws Exception {
        load();
        monitoring.monitor(LocalDate.of(2026, 3, 31));
        long id = cases.list(AmlCases.CaseFilter.OPEN, 1).get(0).caseId();
        mvc.perform(step(id, officer("comp.ann"), "{\"action\": \"APPROVE\", \"opinion\": \"x\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:clientlens:problem:refused"))
                .andExpect(jsonPath("$.title").value("不能执行 / Not possible now"))
                .andExpect(jsonPath("$.zh").isNotEmpty())
                .andExpect(jsonPath("$.en").isNotEmpty());
    }
}
