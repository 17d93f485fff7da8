package io.clientlens.app.audit;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Compliance searches the audit trail by customer, user, kind and period, pages through it and exports it (audited). */
class AuditSearchTest extends PostgresTest {
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditSearch search;
    MockMvc mvc;

    @Autowired
    void mvc(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @BeforeEach
    void trail() {
        trail.appendAccess("UNMASK", LocalDateTime.of(2026, 3, 1, 9, 0), "rm.li", "RM", "C01", "customer:C01", Map.of("field", "mobile"));
        trail.appendAccess("UNMASK", LocalDateTime.of(2026, 3, 2, 9, 0), "rm.wang", "RM", "C02", "customer:C02", Map.of("field", "name"));
        trail.appendAccess("PROFILE_CHANGE", LocalDateTime.of(2026, 3, 2, 23, 59), "rm.li", "RM", "C02", "customer:C02", Map.of());
        trail.appendAccess("ADMIN_JOB", LocalDateTime.of(2026, 3, 3, 0, 0), "admin", "ADMIN", null, "job:1", Map.of());
        // a region-like value that a spreadsheet would run as a formula
        trail.appendAccess("UNMASK", LocalDateTime.of(2026, 3, 4, 8, 0), "rm.li", "RM", "=HYPERLINK(\"http://evil.example\")", "customer:x", Map.of());
    }

    @Test
    void findsByEachFilterAndThePeriodIncludesBothDays() {
        assertThat(search.search(AuditSearch.Query.parse("C02", null, null, null, null), 0, 50).items())
                .extracting(AuditSearch.Row::kind).containsExactly("PROFILE_CHANGE", "UNMASK");
        assertThat(search.search(AuditSearch.Query.parse(null, "rm.li", null, null, null), 0, 50).total()).isEqualTo(3);
        assertThat(search.search(AuditSearch.Query.parse(null, null, "UNMASK", null, null), 0, 50).total()).isEqualTo(3);
        assertThat(search.search(AuditSearch.Query.parse(null, null, null, "2026-03-02", "2026-03-02"), 0, 50).items())
                .extracting(AuditSearch.Row::user).containsExactly("rm.li", "rm.wang");
        AuditSearch.ResultPage first = search.search(AuditSearch.Query.ALL, 0, 2);
        AuditSearch.ResultPage second = search.search(AuditSearch.Query.ALL, 1, 2);
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.items().get(0).recordId()).isGreaterThan(second.items().get(0).recordId());
    }

    @Test
    void thePageShowsKindsAndRolesByTheirNamesAndExplainsABadDate() throws Exception {
        String html = mvc.perform(get("/audit").param("customer", "C02").with(signedIn(Role.COMPLIANCE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("客户资料修改", "查看明文", "理财经理", "共 2 条记录", "审计查询");
        String bad = mvc.perform(get("/audit").param("from", "2026-13-01").param("to", "yesterday").with(signedIn(Role.COMPLIANCE)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("开始日期：日期应写作 YYYY-MM-DD", "结束日期：日期应写作 YYYY-MM-DD").doesNotContain("Exception");
    }

    @Test
    void onlyTheRolesThatReadTheTrailReachIt() throws Exception {
        for (Role role : Role.values()) {
            boolean allowed = role == Role.COMPLIANCE || role == Role.HEAD_OF_WEALTH;
            mvc.perform(get("/audit").with(signedIn(role))).andExpect(allowed ? status().isOk() : status().isForbidden());
            mvc.perform(get("/api/v1/audit/records").header(HttpHeaders.AUTHORIZATION, bearer(role)))
                    .andExpect(allowed ? status().isOk() : status().isForbidden());
        }
    }

    @Test
    void theApiAnswersPagesAndProblemsNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/audit/records").param("kind", "UNMASK").param("size", "2").header(HttpHeaders.AUTHORIZATION, bearer(Role.COMPLIANCE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].kind").value("UNMASK"));
        mvc.perform(get("/api/v1/audit/records").param("from", "2026-03-05").param("to", "2026-03-01")
                        .header(HttpHeaders.AUTHORIZATION, bearer(Role.COMPLIANCE)))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void theExportIsSafeInSpreadsheetsAndIsItselfAudited() throws Exception {
        byte[] csv = mvc.perform(get("/audit/export.csv").param("user", "rm.li").with(signedIn(Role.COMPLIANCE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"记录号\",\"时间\",\"类型\"");
        assertThat(text.lines().count()).isEqualTo(4);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"").doesNotContain(",\"=HYPERLINK");
        assertThat(search.search(AuditSearch.Query.parse(null, "compliance.web", "AUDIT_EXPORT", null, null), 0, 10).total()).isEqualTo(1);
    }
}
