package io.clientlens.app.web;

import io.clientlens.app.ClientLensApplication;
import io.clientlens.app.classify.ClassificationRuns;
import io.clientlens.app.customer.Customers;
import io.clientlens.staff.Role;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.app.support.WorkstationData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the application maps (read from Spring's own mapping table, so a new controller is covered at once), for
 * every role and a visitor, with its path variables filled with an existing and a non-existent id, over real HTTP
 * (the container's error dispatch included): never Spring's "Whitelabel" page, a stack trace or a 5xx; an error of a
 * page is a page in the site layout (header and menu), an error under {@code /api/} a problem detail.
 */
@SpringBootTest(classes = ClientLensApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "clientlens.service.refresh-seconds=0")
class EveryRouteErrorTest extends PostgresTest {
    static final String PASSWORD = "every-route-Passw0rd";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z]+)(?::[^}]*)?}");
    /** What a leaked stack trace, class or SQL looks like. */
    static final Pattern LEAK = Pattern.compile("Whitelabel|\\bat (?:java|org|io)\\.[a-z]+\\.|Exception\\b|org\\.springframework|"
            + "java\\.lang\\.|SQLState");
    /**
     * Routes not sent by this test, and why: signing out and revoking the token would end the session and token the rest
     * of the walk uses; a classification run is a long job that an empty form starts; {@code /error} is where the others'
     * errors go.
     */
    static final Set<String> NOT_SENT = Set.of("POST /logout", "POST /api/v1/auth/revoke", "POST /admin/runs", "* /error");

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    Customers customers;
    @Autowired
    ClassificationRuns runs;

    /** A mapped method and path; {@code script} when it answers JSON to the pages' scripts. */
    record Route(String method, String pattern, boolean script) {
    }

    /** A principal: a web session (cookie and CSRF token) and a bearer token; none for the visitor. */
    record Principal(String name, String cookie, String csrf, String bearer) {
    }

    @Test
    void noRouteAnswersWithWhitelabelAStackTraceOrA5xxForAnyRole() throws Exception {
        WorkstationData.load(customers, runs);
        List<Route> routes = routes();
        assertThat(routes).as("the mapping table is read").hasSizeGreaterThan(50)
                .contains(new Route("GET", "/customers/{id}", false), new Route("GET", "/api/v1/customers/{id}", true));
        List<Principal> principals = new ArrayList<>();
        principals.add(new Principal("visitor", null, null, null));
        for (Role role : Role.values()) {
            principals.add(signIn(role));
        }
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Principal who : principals) {
            for (Route route : routes) {
                for (String path : new TreeSet<>(List.of(fill(route.pattern(), true), fill(route.pattern(), false)))) {
                    HttpResponse<String> answer = send(who, route.method(), path);
                    sent++;
                    String problem = problem(route, path, answer, who);
                    if (problem != null) {
                        failures.add(who.name() + " " + route.method() + " " + path + " → " + answer.statusCode() + ": " + problem);
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(routes.size() * 8);
        assertThat(failures).as("routes that answered badly").isEmpty();
    }

    /** What is wrong with an answer, or null. */
    static String problem(Route route, String path, HttpResponse<String> answer, Principal who) {
        int status = answer.statusCode();
        String body = answer.body();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            return "a server error";
        }
        Matcher leak = LEAK.matcher(body);
        if (leak.find()) {
            return "leaks “" + leak.group() + "”";
        }
        if (status < 400) {
            return null;
        }
        boolean api = path.startsWith("/api/");
        if (api) {
            return type.startsWith("application/problem+json") ? null : "an API error that is no problem detail (" + type + ")";
        }
        if (route.script() && type.startsWith("application/problem+json")) {
            return null;
        }
        if (!type.startsWith("text/html")) {
            return "a page error that is no page (" + type + ")";
        }
        if (!body.contains("<header class=\"site\"")) {
            return "a page error outside the site layout";
        }
        if (who.cookie() != null && !body.contains("data-nav=\"home\"")) {
            return "a page error without the menu";
        }
        return null;
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    Route r = new Route(m.name(), pattern, info.getProducesCondition().getProducibleMediaTypes().stream()
                            .anyMatch(t -> t.isCompatibleWith(org.springframework.http.MediaType.APPLICATION_JSON)));
                    if (!NOT_SENT.contains(m.name() + " " + pattern) && !NOT_SENT.contains("* " + pattern)) {
                        routes.add(r);
                    }
                }
            }
        }
        routes.sort(java.util.Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return routes;
    }

    /** The pattern with its variables filled: an existing customer and other small ids, or ids that exist nowhere. */
    static String fill(String pattern, boolean existing) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (!existing) {
                value = "987654321";
            } else if (name.equals("customerId") || (name.equals("id") && pattern.matches("(/api/v1)?/customers/\\{id}.*"))) {
                value = "C0001";
            } else if (name.equals("kind")) {
                value = "RISK";
            } else {
                value = "1";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    HttpResponse<String> send(Principal who, String method, String path) throws Exception {
        boolean api = path.startsWith("/api/");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", api ? "application/json" : "text/html,application/xhtml+xml,*/*;q=0.8");
        if (who.cookie() != null && !api) {
            b.header("Cookie", who.cookie()).header("X-CSRF-TOKEN", who.csrf());
        }
        if (who.bearer() != null && api) {
            b.header("Authorization", who.bearer());
        }
        if (method.equals("GET")) {
            b.GET();
        } else {
            b.header("Content-Type", api ? "application/json" : "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(api ? "{}" : ""));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    Principal signIn(Role role) throws Exception {
        String name = role.name().toLowerCase(Locale.ROOT) + ".routes";
        users.add(name, role, "BR001", role == Role.RM ? "RM01" : null, PASSWORD);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(login);
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + name + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String session = cookie(signedIn);
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(home.body());
        assertThat(token.find()).as("the signed-in page's sign-out form carries the CSRF token").isTrue();
        return new Principal(role.name(), session, token.group(1), bearer(role));
    }

    static String cookie(HttpResponse<?> response) {
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }
}
