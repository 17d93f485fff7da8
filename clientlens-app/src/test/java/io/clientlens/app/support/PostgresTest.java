package io.clientlens.app.support;

import io.clientlens.app.ClientLensApplication;
import io.clientlens.app.db.EmbeddedDatabase;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.security.Tokens;
import io.clientlens.staff.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import java.util.List;
import io.clientlens.app.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.HttpHeaders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that need the application on a real PostgreSQL. Every test starts from empty
 * tables; the schema comes from the Flyway migrations as in production.
 */
@SpringBootTest(classes = ClientLensApplication.class)
public abstract class PostgresTest {

    /** The application's own account, as every bean under test uses it. */
    @Autowired
    protected JdbcTemplate jdbc;

    /** The superuser: for what a test does that the application may not (emptying append-only tables, ANALYZE). */
    protected final JdbcTemplate admin = TestDatabase.admin();

    /** The application connects as its own account and migrates as the owner, as in production. */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase db = TestDatabase.get();
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", () -> db.app().user());
        registry.add("spring.datasource.password", () -> db.app().password());
        registry.add("spring.flyway.user", () -> db.owner().user());
        registry.add("spring.flyway.password", () -> db.owner().password());
        // No background task computation: a browser test's server stays alive in the context cache and would
        // otherwise write tasks and their audit records into the tables of the tests after it. Pages and
        // commands compute the tasks they show on demand, so the tests see the same behaviour.
        registry.add("clientlens.service.refresh-seconds", () -> "0");
    }

    @Autowired
    protected Users users;
    @Autowired
    protected Tokens tokens;

    private final Map<String, String> bearers = new HashMap<>();

    /** The Authorization header value of a user with this role (created on first use: branch BR001, RM id RM01). */
    protected String bearer(Role role) {
        return bearer(role.name().toLowerCase(Locale.ROOT) + ".user", role, "BR001", role == Role.RM ? "RM01" : null);
    }

    /** The Authorization header value of the named user, created with a random password on first use. */
    protected String bearer(String username, Role role, String branch, String rmId) {
        return bearers.computeIfAbsent(username, u -> {
            if (users.find(u).isEmpty()) {
                users.add(u, role, branch, rmId, UUID.randomUUID().toString());
            }
            return "Bearer " + tokens.issue(u).token();
        });
    }

    /** A signed-in web session of a user with this role (for the pages, where the sign-in form is not under test). */
    protected static RequestPostProcessor signedIn(Role role) {
        SignedInUser user = new SignedInUser(role.name().toLowerCase(Locale.ROOT) + ".web", role, "BR001", role == Role.RM ? "RM01" : null);
        return SecurityMockMvcRequestPostProcessors.authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }

    /** MockMvc with the security filters; a request without an Authorization header gets {@code defaultRole}'s token (none if null). */
    protected MockMvc mvc(WebApplicationContext context, Role defaultRole) {
        var builder = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity());
        if (defaultRole != null) {
            builder.defaultRequest(MockMvcRequestBuilders.get("/").with(request -> {
                if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
                    request.addHeader(HttpHeaders.AUTHORIZATION, bearer(defaultRole));
                }
                return request;
            }));
        }
        return builder.build();
    }

    /** As the superuser, with triggers off for this transaction: append-only tables refuse TRUNCATE to everyone else. */
    @BeforeEach
    void emptyTables() {
        bearers.clear();
        TestDatabase.truncateAsSuperuser("sign_in_failure, api_token, app_user, audit_record, suitability_step, suitability_check, product, assessment, questionnaire, segment_rule, need_event, need, service_task, "
                + "classification, classification_run, data_currency, card, loan, txn, holding, account_link, account, "
                + "customer, branch");
        dataCurrency.forget(); // emptied behind the application's back: what it kept of the data is gone too
    }

    @Autowired
    private io.clientlens.app.importing.DataCurrency dataCurrency;
}
