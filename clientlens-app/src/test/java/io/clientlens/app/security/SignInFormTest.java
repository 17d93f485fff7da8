package io.clientlens.app.security;

import io.clientlens.staff.Role;

import io.clientlens.app.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sign-in form after a failed attempt: the error in an alert region that takes the focus, the user name kept, never the password. */
class SignInFormTest extends PostgresTest {
    MockMvc mvc;

    @Autowired
    void setUp(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    @Test
    void aFailedSignInIsAnnouncedFocusedAndKeepsTheUserNameButNotThePassword() throws Exception {
        users.add("rm.kept", Role.RM, "BR001", "RM01", "right-Passw0rd-123");
        MvcResult failed = mvc.perform(formLogin("/login").user("rm.kept").password("wrong-Passw0rd-9"))
                .andExpect(redirectedUrl("/login?error")).andReturn();
        MockHttpSession session = (MockHttpSession) failed.getRequest().getSession(false);
        assertThat(session).isNotNull();
        String zh = mvc.perform(get("/login").param("error", "").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(zh).contains("id=\"login-error\" role=\"alert\" tabindex=\"-1\"", "用户名或密码不正确。", "value=\"rm.kept\"",
                "aria-describedby=\"login-error\"", "aria-invalid=\"true\"", "/login.js").doesNotContain("wrong-Passw0rd-9");
        // shown once: the next view of the form is empty again
        String again = mvc.perform(get("/login").param("error", "").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).doesNotContain("value=\"rm.kept\"");
        // the script that moves the focus is served to who is not signed in
        mvc.perform(get("/login.js")).andExpect(status().isOk());

        MvcResult en = mvc.perform(formLogin("/login").user("nobody.here").password("x")).andReturn();
        String page = mvc.perform(get("/login").param("error", "").param("lang", "en")
                        .session((MockHttpSession) en.getRequest().getSession(false)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("role=\"alert\"", "value=\"nobody.here\"");
        // a first visit shows no error and no name
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("role=\"alert\"", "login-error\"", "aria-invalid");
    }
}
