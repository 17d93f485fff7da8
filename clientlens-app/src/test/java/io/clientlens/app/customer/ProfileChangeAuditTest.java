package io.clientlens.app.customer;

import io.clientlens.app.profile.ProfileDocuments;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.importing.Imports;
import io.clientlens.app.support.ExampleProfiles;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.app.support.TestDatabase;
import io.clientlens.batch.Progress;
import io.clientlens.batch.profile.ProfileFiles;
import io.clientlens.identity.ProfileIdentityCheck;
import io.clientlens.identity.ResidentId;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every change of a stored profile is an append-only audit record PROFILE_CHANGE (who, when, through what, which
 * fields, before and after, masked): through the web form, the REST API and a re-import; an unchanged save or
 * re-import records nothing; the 360 shows the changes to compliance and the head of wealth, not to an RM.
 */
class ProfileChangeAuditTest extends PostgresTest {
    static final String NEW_MOBILE = "13912341234";
    static final String NEW_ID = "11010519491231004" + ResidentId.checkCharacter("11010519491231004");

    MockMvc mvc;

    @Autowired
    void signIn(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @Autowired
    Customers customers;
    @Autowired
    Imports imports;
    @Autowired
    ClassificationRuns runs;

    @TempDir
    Path dir;

    @BeforeEach
    void wang() {
        customers.save(ProfileDocuments.fromJson(ExampleProfiles.WANG));
        runs.run(LocalDate.of(2026, 9, 30), Progress.NONE);
    }

    private List<Map<String, Object>> records() {
        return jdbc.queryForList("select record_id, kind, actor, actor_role, customer_id, subject, outcome, inputs::text as inputs "
                + "from audit_record where kind = 'PROFILE_CHANGE' order by record_id");
    }

    private static MockHttpServletRequestBuilder form(Map<String, String> values) {
        MockHttpServletRequestBuilder post = post("/customers/C0001/profile").with(csrf());
        values.forEach(post::param);
        return post;
    }

    private Map<String, String> formAsShown() {
        return new LinkedHashMap<>(ProfileEdits.formOf(customers.profile("C0001").orElseThrow()).values());
    }

    @Test
    void aChangeThroughTheWebFormIsRecordedWithMaskedBeforeAndAfter() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from audit_record", Integer.class)).isZero(); // a new customer is no change
        Map<String, String> values = formAsShown();
        values.put("mobile", NEW_MOBILE);
        values.put("residentId", NEW_ID);
        values.put("income.salary", "35万");
        mvc.perform(form(values).with(signedIn(Role.RM))).andExpect(status().is3xxRedirection());

        List<Map<String, Object>> records = records();
        assertThat(records).hasSize(1);
        Map<String, Object> r = records.get(0);
        assertThat(r).containsEntry("actor", "rm.web").containsEntry("actor_role", "RM").containsEntry("customer_id", "C0001")
                .containsEntry("subject", "customer:C0001:profile").containsEntry("outcome", "CHANGED");
        String inputs = (String) r.get("inputs");
        assertThat(inputs).contains("\"via\": \"WEB_FORM\"")
                .contains("{\"after\": \"139****1234\", \"field\": \"mobile\", \"before\": \"138****8000\"}")
                .contains("{\"after\": \"1101*************" + NEW_ID.charAt(17) + "\", \"field\": \"residentId\", \"before\": \"1101*************X\"}")
                .contains("{\"after\": \"350000\", \"field\": \"income.salary\", \"before\": \"300000\"}")
                // the birth date and gender the new resident ID gives are changes too
                .contains("\"fields\": [\"birthDate\", \"gender\", \"income.salary\", \"mobile\", \"residentId\"]")
                .doesNotContain(NEW_MOBILE).doesNotContain("13800138000").doesNotContain(NEW_ID).doesNotContain("11010519491231002X");
        Long id = (Long) r.get("record_id");
        // refused twice over: the application's account has no UPDATE privilege, and the trigger refuses everyone
        assertThatThrownBy(() -> jdbc.update("update audit_record set actor = 'someone' where record_id = ?", id))
                .hasStackTraceContaining("permission denied for table audit_record");
        assertThatThrownBy(() -> new org.springframework.jdbc.core.JdbcTemplate(TestDatabase.as(TestDatabase.get().owner()))
                .update("update audit_record set actor = 'someone' where record_id = ?", id))
                .hasStackTraceContaining("audit_record is append-only");

        // the same form sent again changes nothing and records nothing
        mvc.perform(form(formAsShown()).with(signedIn(Role.RM))).andExpect(status().is3xxRedirection());
        assertThat(records()).hasSize(1);
    }

    @Test
    void aChangeThroughTheRestApiIsRecordedWithTheTokensUser() throws Exception {
        String changed = ExampleProfiles.WANG.replace("\"mobile\": \"13800138000\"", "\"mobile\": \"" + NEW_MOBILE + "\"")
                .replace("\"salary\": 300000", "\"salary\": 320000");
        mvc.perform(put("/api/v1/customers/C0001/profile").contentType(MediaType.APPLICATION_JSON).content(changed)
                        .header(HttpHeaders.AUTHORIZATION, bearer("sup.zhang", Role.SUPERVISOR, "BR001", null)))
                .andExpect(status().isOk());
        List<Map<String, Object>> records = records();
        assertThat(records).hasSize(1);
        assertThat(records.get(0)).containsEntry("actor", "sup.zhang").containsEntry("actor_role", "SUPERVISOR");
        assertThat((String) records.get(0).get("inputs")).contains("\"via\": \"API\"")
                .contains("{\"after\": \"139****1234\", \"field\": \"mobile\", \"before\": \"138****8000\"}")
                .contains("{\"after\": \"320000\", \"field\": \"income.salary\", \"before\": \"300000\"}")
                .doesNotContain(NEW_MOBILE);

        // the same document again: no change, no record
        mvc.perform(put("/api/v1/customers/C0001/profile").contentType(MediaType.APPLICATION_JSON).content(changed)
                        .header(HttpHeaders.AUTHORIZATION, bearer("sup.zhang", Role.SUPERVISOR, "BR001", null)))
                .andExpect(status().isOk());
        assertThat(records()).hasSize(1);
    }

    private Imports.Result importFile(Path file) {
        return imports.load(sink -> ProfileFiles.readLocated(file, (profile, line) -> sink.customer(
                ProfileIdentityCheck.withDerivedIdentity(profile)), sink::issue), false, ChangedBy.localOperator(ChangedBy.IMPORT, file));
    }

    private Path jsonl(String name, String... documents) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", documents) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aReImportRecordsOnlyTheProfilesItChanges() throws IOException {
        String li = "{\"customerId\": \"C0002\", \"type\": \"INDIVIDUAL\", \"name\": \"李静\", \"branch\": \"BR001\", "
                + "\"relationshipManager\": \"RM02\", \"mobile\": \"13900139000\"}";
        String wang = ExampleProfiles.WANG.replace("\n", " ");
        Path first = jsonl("customers.jsonl", wang, li);
        importFile(first);
        int afterFirst = records().size(); // C0001 gets its birth date and gender from the resident ID: that is a change
        Imports.Result again = importFile(first);
        assertThat(again.changed()).isZero();
        assertThat(records()).as("an unchanged re-import records nothing").hasSize(afterFirst);

        Path second = jsonl("customers-2026-10.jsonl", wang, li.replace("13900139000", "13700137000").replace("RM02", "RM03"));
        Imports.Result changed = importFile(second);
        assertThat(changed.counts().get("customer").updated()).isEqualTo(1);
        List<Map<String, Object>> records = records();
        assertThat(records).hasSize(afterFirst + 1);
        Map<String, Object> r = records.get(records.size() - 1);
        assertThat(r).containsEntry("customer_id", "C0002").containsEntry("actor_role", "OPERATOR")
                .containsEntry("actor", System.getProperty("user.name"));
        assertThat((String) r.get("inputs")).contains("\"via\": \"IMPORT\"", "\"source\": \"customers-2026-10.jsonl\"",
                "{\"after\": \"137****7000\", \"field\": \"mobile\", \"before\": \"139****9000\"}",
                "{\"after\": \"RM03\", \"field\": \"relationshipManager\", \"before\": \"RM02\"}").doesNotContain("13700137000");

        importFile(second);
        assertThat(records()).hasSize(afterFirst + 1);
    }

    @Test
    void the360ShowsTheChangesToComplianceAndTheHeadOfWealthNotToAnRm() throws Exception {
        Map<String, String> values = formAsShown();
        values.put("mobile", NEW_MOBILE);
        values.put("assets.cash", "80,000");
        values.put("maritalStatus", "DIVORCED");
        mvc.perform(form(values).with(signedIn(Role.RM))).andExpect(status().is3xxRedirection());

        for (Role reader : List.of(Role.COMPLIANCE, Role.HEAD_OF_WEALTH)) {
            mvc.perform(get("/customers/C0001").with(signedIn(reader))).andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("该客户的审计记录"), containsString("PROFILE_CHANGE"),
                            containsString("经资料编辑表单"), containsString("rm.web (理财经理)"),
                            containsString("手机 138****8000 → 139****1234"),
                            containsString("现金及活期存款（元） 50,000 → 80,000"),
                            containsString("婚姻状况 已婚 → 离异"),
                            not(containsString(NEW_MOBILE)), not(containsString("13800138000")))));
        }
        mvc.perform(get("/customers/C0001").with(signedIn(Role.COMPLIANCE)).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("through the profile form"),
                        containsString("Mobile 138****8000 → 139****1234"),
                        containsString("Cash and demand deposits (CNY) 50,000 → 80,000"),
                        containsString("Marital status Married → Divorced"))));
        mvc.perform(get("/customers/C0001").with(signedIn(Role.RM))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("该客户的审计记录")), not(containsString("138****8000 → 139****1234")),
                        not(containsString("PROFILE_CHANGE")))));
    }

    @Test
    void aResidentIdThatIsAnotherCustomersIsRefusedByTheApiAndTheForm() throws Exception {
        String other = ExampleProfiles.WANG.replace("\"C0001\"", "\"C0002\"").replace("王小明", "王晓明")
                .replace("13800138000", "13900139000");
        mvc.perform(put("/api/v1/customers/C0002/profile").contentType(MediaType.APPLICATION_JSON).content(other)
                        .header(HttpHeaders.AUTHORIZATION, bearer("sup.zhang", Role.SUPERVISOR, "BR001", null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("\"field\":\"residentId\""),
                        containsString("already that of customer C0001"), not(containsString("11010519491231002X")))));
        assertThat(customers.exists("C0002")).isFalse();

        // the form: C0003 is given C0001's resident ID; the RM's scope covers C0001, so it is named
        customers.save(ProfileDocuments.fromJson(other.replace("\"C0002\"", "\"C0003\"").replace("11010519491231002X", NEW_ID)));
        Map<String, String> values = new LinkedHashMap<>(ProfileEdits.formOf(customers.profile("C0003").orElseThrow()).values());
        values.put("residentId", "11010519491231002X");
        mvc.perform(post("/customers/C0003/profile").with(csrf()).with(signedIn(Role.RM)).params(params(values)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("该身份证号已属于客户 C0001")));
        assertThat(customers.profile("C0003").orElseThrow().residentId()).isEqualTo(NEW_ID);
    }

    private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> values) {
        org.springframework.util.LinkedMultiValueMap<String, String> m = new org.springframework.util.LinkedMultiValueMap<>();
        values.forEach(m::add);
        return m;
    }
}
