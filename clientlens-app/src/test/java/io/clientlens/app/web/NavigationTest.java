package io.clientlens.app.web;

import io.clientlens.staff.Role;
import io.clientlens.app.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The site menu shows each role exactly the pages its role may open (docs/USER-GUIDE.md, "Menu"), in both languages, and
 * marks the current page for assistive technology.
 */
class NavigationTest extends PostgresTest {
    static final Pattern ENTRY = Pattern.compile("<a href=\"([^\"]+)\"[^>]*data-nav=\"([a-z]+)\"[^>]*>([^<]+)</a>");

    /** The menu of every role, as docs/USER-GUIDE.md lists it. */
    static final Map<Role, List<String>> MENUS = Map.of(
            Role.RM, List.of("home", "customers", "tasks", "requests", "referrals", "campaigns"),
            Role.SALES, List.of("home", "customers", "requests", "referrals"),
            Role.SUPERVISOR, List.of("home", "customers", "tasks", "requests", "referrals", "campaigns", "approvals", "dashboards"),
            Role.HEAD_OF_WEALTH, List.of("home", "customers", "tasks", "requests", "referrals", "campaigns", "approvals", "dashboards",
                    "audit"),
            Role.COMPLIANCE, List.of("home", "customers", "tasks", "requests", "dashboards", "audit", "aml"),
            Role.ANALYST, List.of("home", "customers", "campaigns", "dashboards"),
            Role.ADMIN, List.of("home", "customers", "tasks", "requests", "campaigns", "dashboards", "admin"));

    MockMvc mvc;

    @Autowired
    void mvc(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @Test
    void eachRoleSeesExactlyItsPagesAndEveryEntryOpens() throws Exception {
        for (Role role : Role.values()) {
            String html = page(role, "/customers", "zh_CN");
            List<String> keys = new ArrayList<>();
            Matcher m = ENTRY.matcher(html);
            while (m.find()) {
                keys.add(m.group(2));
                int status = mvc.perform(get(m.group(1)).with(signedIn(role))).andReturn().getResponse().getStatus();
                assertThat(status).as(role + " opens " + m.group(1)).isLessThan(400);
            }
            assertThat(keys).as(role.name()).isEqualTo(MENUS.get(role));
        }
    }

    @Test
    void marksTheCurrentPageAndSpeaksTheUsersLanguage() throws Exception {
        String zh = page(Role.SUPERVISOR, "/approvals", "zh_CN");
        assertThat(zh).contains("aria-label=\"主导航\"").containsPattern("<a href=\"/approvals\"[^>]*aria-current=\"page\"[^>]*>审批待办</a>")
                .containsPattern("<a href=\"/approvals\"[^>]*class=\"active\"[^>]*>审批待办</a>")
                .containsPattern("<a href=\"/customers\"[^>]*data-nav=\"customers\">客户</a>");
        assertThat(Pattern.compile("aria-current=\"page\"").matcher(zh).results().count()).isEqualTo(1);
        // the user beside the sign-out button, also on the pages that do not name the user themselves
        assertThat(page(Role.COMPLIANCE, "/audit", "zh_CN")).containsPattern("<span class=\"user\">compliance.web</span>");
        String en = page(Role.SUPERVISOR, "/tasks", "en");
        assertThat(en).contains("aria-label=\"Main navigation\"").containsPattern("<a href=\"/tasks\"[^>]*aria-current=\"page\"[^>]*>Tasks</a>")
                .containsPattern(">Approvals</a>").containsPattern(">Dashboards</a>");
    }

    private String page(Role role, String path, String lang) throws Exception {
        MvcResult r = mvc.perform(get(path).param("lang", lang).with(signedIn(role))).andReturn();
        assertThat(r.getResponse().getStatus()).as(role + " " + path).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }
}
