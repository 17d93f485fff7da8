package io.clientlens.app.security;

import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.batch.Progress;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.customer.ProfileValidation;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in, tokens, roles and scope, unmasking, and the web form, on a real PostgreSQL (docs/SECURITY.md). */
@ExtendWith(OutputCaptureExtension.class)
class SecurityTest extends PostgresTest {
    static final String RESIDENT_ID = "11010519491231002X";
    static final String MOBILE = "13800138000";
    static final String PASSWORD = "correct horse battery staple";

    MockMvc mvc;
    @Autowired
    Customers customers;
    @Autowired
    ClassificationRuns runs;
    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    void setUp(WebApplicationContext context) {
        mvc = mvc(context, null);
    }

    /** A customer's profile; C1 holds {@link #RESIDENT_ID}, every other customer a resident ID of its own. */
    static String profile(String id, String branch, String rm) {
        String residentId = id.equals("C1") ? RESIDENT_ID : otherResidentId(id);
        return "{\"customerId\": \"" + id + "\", \"name\": \"王小明\", \"residentId\": \"" + residentId + "\", \"mobile\": \"" + MOBILE
                + "\", \"branch\": \"" + branch + "\", \"relationshipManager\": \"" + rm + "\"}";
    }

    private static String otherResidentId(String id) {
        String first17 = "110105194912310" + (10 + Math.floorMod(id.hashCode(), 80));
        return first17 + io.clientlens.identity.ResidentId.checkCharacter(first17);
    }

    @BeforeEach
    void twoBranches() {
        customers.save(ProfileValidation.parseAndCheck(profile("C1", "BR001", "RM01"), io.clientlens.policy.Policy.Validation.V1.maxAmount()));
        customers.save(ProfileValidation.parseAndCheck(profile("C2", "BR002", "RM02"), io.clientlens.policy.Policy.Validation.V1.maxAmount()));
    }

    String token(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void issuesATokenThatWorksUntilRevokedAndRefusesCallsWithoutOne() throws Exception {
        users.add("li.rm", Role.RM, "BR001", "RM01", PASSWORD);
        mvc.perform(get("/api/v1/customers/C1")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.zh").value(containsString("令牌")));
        mvc.perform(get("/api/v1/customers/C1").header(HttpHeaders.AUTHORIZATION, "Bearer made-up")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"li.rm\", \"password\": \"wrong password!\"}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.en").value("wrong user name or password"));
        String token = token("li.rm", PASSWORD);
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Long.class, token)).isZero();
        mvc.perform(get("/api/v1/customers/C1").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.identity.mobile").value("138****8000"));
        mvc.perform(post("/api/v1/auth/revoke").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/customers/C1").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isUnauthorized());

        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"nobody.here\", \"password\": \"wrong password!\"}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.en").value("wrong user name or password"));

        String third = token("li.rm", PASSWORD);
        assertThat(users.changePassword("li.rm", PASSWORD + " 2")).isTrue();
        mvc.perform(get("/api/v1/customers/C1").header(HttpHeaders.AUTHORIZATION, "Bearer " + third)).andExpect(status().isUnauthorized());
        String second = token("li.rm", PASSWORD + " 2");
        assertThat(users.disable("li.rm", Users.ChangedBy.OPERATOR)).isTrue();
        mvc.perform(get("/api/v1/customers/C1").header(HttpHeaders.AUTHORIZATION, "Bearer " + second)).andExpect(status().isUnauthorized());
    }

    @Test
    void withoutAnIdentityProviderThereIsNoJwtDecoderAndJwtsAreNotAccepted(WebApplicationContext context) throws Exception {
        assertThat(context.getBeanProvider(JwtDecoder.class).getIfAvailable()).isNull();
        assertThat(context.getBeanProvider(JwtSignIn.class).getIfAvailable()).isNull();
        // a well-formed (unsigned) JWT with an admin role claim is just an unknown token
        String payload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"x\",\"clientlens_role\":\"ADMIN\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, "Bearer eyJhbGciOiJub25lIn0." + payload + "."))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.type").value("urn:clientlens:problem:unauthenticated"));
    }

    @Test
    void aTokenExpiresAfterThirtyMinutes() throws Exception {
        users.add("li.rm", Role.RM, "BR001", "RM01", PASSWORD);
        Instant now = Instant.now();
        Tokens old = new Tokens(jdbcClient, Clock.fixed(now.minus(Duration.ofMinutes(31)), ZoneOffset.UTC));
        Tokens recent = new Tokens(jdbcClient, Clock.fixed(now.minus(Duration.ofMinutes(29)), ZoneOffset.UTC));
        Tokens.Issued expired = old.issue("li.rm");
        assertThat(expired.expiresAt()).isBefore(now);
        mvc.perform(get("/api/v1/customers/C1").header(HttpHeaders.AUTHORIZATION, "Bearer " + expired.token()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/customers/C1").header(HttpHeaders.AUTHORIZATION, "Bearer " + recent.issue("li.rm").token()))
                .andExpect(status().isOk());
        Tokens later = new Tokens(jdbcClient, Clock.fixed(now.plus(Duration.ofMinutes(31)), ZoneOffset.UTC));
        assertThat(later.resolve(tokens.issue("li.rm").token())).isEmpty();
    }

    @Test
    void delaysSignInsAfterRepeatedFailuresAndLogsFailuresWithoutThePassword(CapturedOutput output) throws Exception {
        users.add("li.rm", Role.RM, "BR001", "RM01", PASSWORD);
        for (int i = 0; i < SignInDelay.FREE; i++) {
            mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\": \"li.rm\", \"password\": \"guess-number-" + i + "\"}"))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"li.rm\", \"password\": \"" + PASSWORD + "\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"))
                .andExpect(jsonPath("$.zh").value(containsString("1 秒")));
        assertThat(output.getAll()).contains("Sign-in failed for user 'li.rm'").doesNotContain("guess-number");
        users.add("other.rm", Role.RM, "BR001", "RM02", PASSWORD);
        assertThat(token("other.rm", PASSWORD)).isNotBlank(); // the delay is per user
        jdbc.update("update sign_in_failure set failed_at = failed_at - interval '2 seconds'");
        assertThat(token("li.rm", PASSWORD)).isNotBlank();
    }

    record Family(String name, java.util.function.Supplier<MockHttpServletRequestBuilder> request, Map<Role, Integer> expected) {
    }

    static Map<Role, Integer> expect(int rm, int sales, int supervisor, int head, int compliance, int analyst, int admin) {
        return Map.of(Role.RM, rm, Role.SALES, sales, Role.SUPERVISOR, supervisor, Role.HEAD_OF_WEALTH, head,
                Role.COMPLIANCE, compliance, Role.ANALYST, analyst, Role.ADMIN, admin);
    }

    @Test
    void eachRoleGetsWhatTheRoleTableAllows() throws Exception {
        List<Family> families = List.of(
                new Family("customer list", () -> get("/api/v1/customers"), expect(200, 200, 200, 200, 200, 200, 200)),
                new Family("own customer", () -> get("/api/v1/customers/C1"), expect(200, 200, 200, 200, 200, 403, 200)),
                new Family("other branch's customer", () -> get("/api/v1/customers/C2"), expect(404, 404, 404, 200, 200, 403, 200)),
                new Family("profile PUT", () -> put("/api/v1/customers/C1/profile").contentType(MediaType.APPLICATION_JSON)
                        .content(profile("C1", "BR001", "RM01")), expect(200, 403, 200, 403, 403, 403, 200)),
                new Family("unmask", () -> post("/api/v1/customers/C1/unmask").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"field\": \"mobile\", \"reason\": \"customer asked for a call back\"}"),
                        expect(200, 403, 200, 403, 200, 403, 403)),
                new Family("notes GET", () -> get("/api/v1/customers/C1/notes"), expect(200, 200, 200, 200, 200, 403, 403)),
                new Family("notes POST", () -> post("/api/v1/customers/C1/notes").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"CALL\", \"occurredOn\": \"2026-01-05\", \"text\": \"call back\"}"),
                        expect(200, 200, 200, 200, 403, 403, 403)),
                new Family("needs register", () -> get("/api/v1/customers/C1/needs/register"), expect(200, 403, 200, 200, 200, 403, 403)),
                new Family("assessments", () -> get("/api/v1/customers/C1/assessments"), expect(200, 403, 200, 200, 200, 403, 403)),
                new Family("disclosure check", () -> post("/api/v1/disclosures/verify").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"x\"}"), expect(200, 200, 200, 200, 403, 403, 403)),
                new Family("products", () -> get("/api/v1/products"), expect(200, 200, 200, 200, 200, 200, 200)),
                new Family("audit", () -> get("/api/v1/audit"), expect(403, 403, 403, 200, 200, 403, 403)),
                new Family("segments", () -> get("/api/v1/segments"), expect(403, 403, 200, 200, 200, 200, 200)),
                new Family("aml alerts", () -> get("/api/v1/aml/alerts"), expect(403, 403, 403, 403, 200, 403, 403)),
                new Family("segment PUT", () -> put("/api/v1/segments/young").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": {\"zh\": \"年轻\", \"en\": \"Young\"}, \"priority\": 1, \"expression\": \"true\"}"),
                        expect(403, 403, 403, 403, 403, 200, 200)));
        List<String> wrong = new ArrayList<>();
        for (Family f : families) {
            int anonymous = mvc.perform(f.request().get()).andReturn().getResponse().getStatus();
            if (anonymous != 401) {
                wrong.add(f.name() + " without token: " + anonymous);
            }
            for (Role role : Role.values()) {
                int got = mvc.perform(f.request().get().header(HttpHeaders.AUTHORIZATION, bearer(role))).andReturn().getResponse().getStatus();
                int expected = f.expected().get(role);
                if (got != expected && !(expected == 200 && got == 201)) {
                    wrong.add(f.name() + " as " + role + ": expected " + expected + " but was " + got);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void listsOnlyTheCustomersInScope() throws Exception {
        runs.run(LocalDate.of(2026, 9, 30), Progress.NONE);
        mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, bearer("rm.one", Role.RM, "BR001", "RM01")))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].customerId").value("C1"));
        mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, bearer("sup.two", Role.SUPERVISOR, "BR002", null)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].customerId").value("C2"));
        mvc.perform(get("/api/v1/customers").header(HttpHeaders.AUTHORIZATION, bearer(Role.COMPLIANCE)))
                .andExpect(jsonPath("$.total").value(2));
        // an RM may not hand a customer to another RM, nor take over another RM's customer
        mvc.perform(put("/api/v1/customers/C1/profile").contentType(MediaType.APPLICATION_JSON).content(profile("C1", "BR001", "RM02"))
                        .header(HttpHeaders.AUTHORIZATION, bearer("rm.one", Role.RM, "BR001", "RM01")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/customers/C2/profile").contentType(MediaType.APPLICATION_JSON).content(profile("C2", "BR001", "RM01"))
                        .header(HttpHeaders.AUTHORIZATION, bearer("rm.one", Role.RM, "BR001", "RM01")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select relationship_manager from customer where customer_id = 'C2'", String.class)).isEqualTo("RM02");
    }

    @Test
    void unmaskingOneFieldIsAuditedWithWhoWhatAndWhy() throws Exception {
        String rm = bearer("li.rm", Role.RM, "BR001", "RM01");
        mvc.perform(post("/api/v1/customers/C1/unmask").contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, rm)
                        .content("{\"field\": \"residentId\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/customers/C2/unmask").contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, rm)
                        .content("{\"field\": \"residentId\", \"reason\": \"verify identity at the counter\"}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from audit_record", Long.class)).isZero();
        mvc.perform(post("/api/v1/customers/C1/unmask").contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, rm)
                        .content("{\"field\": \"residentId\", \"reason\": \"verify identity at the counter\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.value").value(RESIDENT_ID));
        var record = jdbc.queryForMap("select kind, actor, actor_role, customer_id, subject, inputs::text as inputs, recorded_at from audit_record");
        assertThat(record).containsEntry("kind", "UNMASK").containsEntry("actor", "li.rm").containsEntry("actor_role", "RM")
                .containsEntry("customer_id", "C1").containsEntry("subject", "customer:C1:residentId");
        assertThat((String) record.get("inputs")).contains("verify identity at the counter").doesNotContain(RESIDENT_ID);
        assertThat(record.get("recorded_at")).isNotNull();
        mvc.perform(get("/api/v1/customers/C1").header(HttpHeaders.AUTHORIZATION, rm))
                .andExpect(jsonPath("$.identity.residentId").value("1101*************X"));
    }

    @Test
    void logsCarryNoClearResidentIdOrMobile(CapturedOutput output) throws Exception {
        String rm = bearer("li.rm", Role.RM, "BR001", "RM01");
        mvc.perform(put("/api/v1/customers/C1/profile").contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, rm)
                .content(profile("C1", "BR001", "RM01").replace("\"name\"", "\"unknownField\": 1, \"name\""))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/customers/C2").header(HttpHeaders.AUTHORIZATION, rm)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/customers/C1/unmask").contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, rm)
                .content("{\"field\": \"mobile\", \"reason\": \"call back about the fund\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit").header(HttpHeaders.AUTHORIZATION, rm)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"" + MOBILE + "\", \"password\": \"" + RESIDENT_ID + "\"}")).andExpect(status().isUnauthorized());
        String log = output.getAll();
        assertThat(log).contains("outside their scope").contains("Refused: user 'li.rm'"); // the capture does see the logs
        assertThat(log).doesNotContain(RESIDENT_ID).doesNotContain(MOBILE.substring(3));
    }

    @Test
    void theWebPagesNeedASignInWithCsrfProtectionAndSendSecurityHeaders() throws Exception {
        users.add("sup.zhang", Role.SUPERVISOR, "BR001", null, PASSWORD);
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("用户名")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("User name")));
        mvc.perform(post("/login").param("username", "sup.zhang").param("password", PASSWORD)).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "sup.zhang").param("password", "not the password").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        var signedIn = mvc.perform(post("/login").param("username", "sup.zhang").param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        var session = (org.springframework.mock.web.MockHttpSession) signedIn.getRequest().getSession(false);
        // a supervisor's home is the workbench (docs/SERVICE.md)
        mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl("/workbench"));
        mvc.perform(get("/workbench").session(session)).andExpect(status().isOk()).andExpect(content().string(containsString("sup.zhang")));
        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
        for (int i = 0; i < SignInDelay.FREE + 2; i++) {
            mvc.perform(post("/login").param("username", "sup.zhang").param("password", "wrong " + i).with(csrf()));
        }
        mvc.perform(post("/login").param("username", "sup.zhang").param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?throttled=1"));
        mvc.perform(get("/login").param("throttled", "1")).andExpect(content().string(containsString("请 1 秒后再试")));
    }

    @Test
    void theSwaggerUiLoadsForSignedInUsersUnderTheContentSecurityPolicy() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isFound());
        String html = mvc.perform(get("/swagger-ui/index.html").with(signedIn(Role.ANALYST))).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("swagger-ui-bundle.js").doesNotContainPattern("<script>(?!\\s*</script>)");
        mvc.perform(get("/v3/api-docs").with(signedIn(Role.ANALYST)))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
    }

    @Test
    void refusesAnOversizedBody() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        mvc.perform(put("/api/v1/customers/C1/profile").contentType(MediaType.APPLICATION_JSON).content(big)
                        .header(HttpHeaders.AUTHORIZATION, bearer(Role.ADMIN)))
                .andExpect(status().is(413));
    }
}
