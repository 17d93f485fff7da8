package io.clientlens.app.security;

import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A web session ends at its next request once its user is disabled or their password or role changes (here, through the
 * users of the application and through the administrators' page), after the policy's idle timeout and after its lifetime.
 */
class SessionsEndTest extends PostgresTest {
    static final String PASSWORD = "correct horse battery staple";
    MockMvc mvc;

    @Autowired
    void setUp(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    MockHttpSession signIn(String username) throws Exception {
        var result = mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(get("/customers").session(session)).andExpect(status().isOk()).andExpect(content().string(containsString(username)));
        return session;
    }

    void ended(MockHttpSession session, String why) throws Exception {
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?ended=" + why));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void disablingChangingThePasswordOrTheRoleEndsEverySessionAndTokenAtOnce() throws Exception {
        users.add("li.rm", Role.RM, "BR001", "RM01", PASSWORD);
        MockHttpSession first = signIn("li.rm");
        MockHttpSession second = signIn("li.rm");
        users.changePassword("li.rm", PASSWORD + "!");
        ended(first, "access-changed");
        ended(second, "access-changed");
        users.changePassword("li.rm", PASSWORD);

        MockHttpSession third = signIn("li.rm");
        String token = tokens.issue("li.rm").token();
        users.changeRole("li.rm", Role.SALES, "BR001", null, Users.ChangedBy.OPERATOR);
        ended(third, "access-changed");
        mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isUnauthorized());

        MockHttpSession fourth = signIn("li.rm");
        users.disable("li.rm", Users.ChangedBy.OPERATOR);
        ended(fourth, "access-changed");
        mvc.perform(get("/login").param("ended", "access-changed")).andExpect(content().string(containsString("请重新登录")));
    }

    @Test
    void anAdministratorDisablingOrChangingARoleOnThePageEndsThatUsersSessions() throws Exception {
        users.add("li.rm", Role.RM, "BR001", "RM01", PASSWORD);
        users.add("zhao.rm", Role.RM, "BR001", "RM02", PASSWORD);
        users.add("root.admin", Role.ADMIN, null, null, PASSWORD);
        MockHttpSession rm = signIn("li.rm");
        MockHttpSession other = signIn("zhao.rm");
        MockHttpSession admin = signIn("root.admin");
        mvc.perform(get("/admin/users").session(admin)).andExpect(status().isOk()).andExpect(content().string(containsString("li.rm")));
        mvc.perform(post("/admin/users/li.rm/role").param("role", "SUPERVISOR").param("branch", "").session(admin).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("业务主管需要填写网点")));
        mvc.perform(get("/").session(rm)).andExpect(status().isOk()); // a refused change ends nothing
        mvc.perform(post("/admin/users/li.rm/role").param("role", "SUPERVISOR").param("branch", "BR001").session(admin).with(csrf()))
                .andExpect(status().isOk());
        ended(rm, "access-changed");
        assertThat(users.find("li.rm").orElseThrow().role()).isEqualTo(Role.SUPERVISOR);
        mvc.perform(post("/admin/users/zhao.rm/disable").session(admin).with(csrf())).andExpect(status().isOk());
        ended(other, "access-changed");
        mvc.perform(get("/").session(admin)).andExpect(status().isOk());
        assertThat(jdbc.queryForList("select subject from audit_record where kind = 'ADMIN_USER' order by record_id", String.class))
                .containsExactly("user:li.rm", "user:zhao.rm");
        mvc.perform(post("/admin/users/zhao.rm/disable").session(signInAs(Role.RM)).with(csrf())).andExpect(status().isForbidden());
    }

    MockHttpSession signInAs(Role role) throws Exception {
        users.add("some." + role.name().toLowerCase(), role, "BR001", "RM09", PASSWORD);
        return signIn("some." + role.name().toLowerCase());
    }

    @Test
    void aSessionEndsAfterThePolicysIdleTimeoutAndItsLifetime() throws Exception {
        users.add("li.rm", Role.RM, "BR001", "RM01", PASSWORD);
        MockHttpSession session = signIn("li.rm");
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
        var stamp = (WebSessions.Stamp) session.getAttribute(WebSessions.ATTRIBUTE);
        Instant now = Instant.now();
        session.setAttribute(WebSessions.ATTRIBUTE, new WebSessions.Stamp("li.rm", stamp.epoch(), now.minus(Duration.ofHours(7)),
                now.minus(Duration.ofMinutes(29))));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(((WebSessions.Stamp) session.getAttribute(WebSessions.ATTRIBUTE)).lastSeen()).isAfterOrEqualTo(now);
        session.setAttribute(WebSessions.ATTRIBUTE, new WebSessions.Stamp("li.rm", stamp.epoch(), now.minus(Duration.ofHours(1)),
                now.minus(Duration.ofMinutes(31))));
        ended(session, "idle");

        MockHttpSession busy = signIn("li.rm");
        busy.setAttribute(WebSessions.ATTRIBUTE, new WebSessions.Stamp("li.rm", stamp.epoch(), now.minus(Duration.ofMinutes(481)),
                now.minus(Duration.ofSeconds(5))));
        ended(busy, "lifetime");
    }
}
