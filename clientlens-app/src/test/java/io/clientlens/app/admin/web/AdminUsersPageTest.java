package io.clientlens.app.admin.web;

import io.clientlens.app.security.Users;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators' users page checks a new role's branch and RM id as adding a user does, keeps the signed-in
 * administrator from changing their own role or disabling themself, and says what it did in words.
 */
class AdminUsersPageTest extends PostgresTest {
    static final String PASSWORD = "correct horse battery staple";
    /** The administrator {@link #signedIn(Role)} signs in as. */
    static final String ME = "admin.web";
    MockMvc mvc;

    @Autowired
    void setUp(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @BeforeEach
    void someUsers() {
        users.add(ME, Role.ADMIN, null, null, PASSWORD);
        users.add("li.rm", Role.RM, "BR001", "RM01", PASSWORD);
    }

    MockHttpServletRequestBuilder roleForm(String user, String role, String branch, String rmId) {
        return post("/admin/users/" + user + "/role").param("role", role).param("branch", branch).param("rmId", rmId)
                .with(signedIn(Role.ADMIN)).with(csrf());
    }

    void unchanged() {
        Users.User li = users.find("li.rm").orElseThrow();
        assertThat(li.role()).isEqualTo(Role.RM);
        assertThat(li.branch()).isEqualTo("BR001");
        assertThat(li.rmId()).isEqualTo("RM01");
        assertThat(li.sessionEpoch()).isZero();
    }

    @Test
    void aRoleThatWorksInABranchNeedsOneAndNothingChangesWithout() throws Exception {
        mvc.perform(roleForm("li.rm", "SALES", " ", "RM01")).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("未修改用户 li.rm"),
                        containsString("id=\"branch-error-li.rm\">一般销售人员需要填写网点</span>"),
                        containsString("aria-describedby=\"branch-error-li.rm\""))));
        unchanged();
        mvc.perform(roleForm("li.rm", "RM", "", "RM01").param("lang", "en")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("the role Relationship manager needs a branch")));
        unchanged();
    }

    @Test
    void aBranchOfOtherCharactersOrTooLongIsRefusedAtItsFieldWithWhatWasTyped() throws Exception {
        String typed = "<b>x</b>" + "B".repeat(50);
        mvc.perform(roleForm("li.rm", "SUPERVISOR", typed, "")).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("网点应为 1–32 个字母、数字、- 或 _"),
                        containsString("value=\"&lt;b&gt;x&lt;/b&gt;" + "B".repeat(50) + "\""),
                        containsString("<option value=\"SUPERVISOR\" selected=\"selected\">"), not(containsString("<b>x</b>")))));
        unchanged();
        mvc.perform(roleForm("li.rm", "SUPERVISOR", "B".repeat(33), "")).andExpect(status().isBadRequest());
        unchanged();
        mvc.perform(roleForm("li.rm", "SUPERVISOR", "BR-002_a", "")).andExpect(status().isOk());
        assertThat(users.find("li.rm").orElseThrow().branch()).isEqualTo("BR-002_a");
    }

    @Test
    void anRmNeedsAWellFormedRmIdAndEveryWrongFieldIsSaidAtOnce() throws Exception {
        users.add("zhao.sup", Role.SUPERVISOR, "BR001", null, PASSWORD);
        mvc.perform(roleForm("zhao.sup", "RM", "", "")).andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString(">理财经理需要填写网点</span>"),
                        containsString("id=\"rmId-error-zhao.sup\">理财经理需要填写理财经理编号</span>"))));
        mvc.perform(roleForm("zhao.sup", "RM", "BR001", "RM 01").param("lang", "en")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("the RM id must be 1–32 letters, digits, - or _")));
        assertThat(users.find("zhao.sup").orElseThrow().role()).isEqualTo(Role.SUPERVISOR);
    }

    @Test
    void aRoleWithoutAnRmIdClearsItAndSaysSoNamingTheRoleInWords() throws Exception {
        mvc.perform(roleForm("li.rm", "ANALYST", "BR001", "RM01")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("用户 li.rm 的角色已改为“分析师”：其会话已结束"),
                        containsString("已清除理财经理编号 RM01：分析师没有理财经理编号"), not(containsString("ANALYST：")))));
        assertThat(users.find("li.rm").orElseThrow().rmId()).isNull();
        assertThat(jdbc.queryForObject("select inputs->>'rmId' from audit_record where kind = 'ADMIN_USER'", String.class)).isEmpty();
        mvc.perform(roleForm("li.rm", "HEAD_OF_WEALTH", "", "").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The role of user li.rm is now Head of wealth management:"),
                        not(containsString("cleared")))));
    }

    @Test
    void anAdministratorCannotChangeTheirOwnRoleNorDisableThemself() throws Exception {
        users.add("ops.admin", Role.ADMIN, null, null, PASSWORD); // so that the last administrator is not why
        mvc.perform(get("/admin/users").with(signedIn(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("本人：如需修改角色或停用，请由其他管理员操作"),
                        not(containsString("/admin/users/admin.web/")), containsString("/admin/users/ops.admin/disable"))));
        mvc.perform(roleForm(ME, "ANALYST", "", "")).andExpect(status().isConflict())
                .andExpect(content().string(containsString("不能修改本人的角色，请由其他管理员修改")));
        mvc.perform(post("/admin/users/" + ME + "/disable").with(signedIn(Role.ADMIN)).with(csrf()).param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("you cannot disable yourself; ask another administrator")));
        Users.User me = users.find(ME).orElseThrow();
        assertThat(me.role()).isEqualTo(Role.ADMIN);
        assertThat(me.enabled()).isTrue();
        assertThat(me.sessionEpoch()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_record where kind = 'ADMIN_USER'", Long.class)).isZero();
    }
}
