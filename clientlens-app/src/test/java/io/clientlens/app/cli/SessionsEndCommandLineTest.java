package io.clientlens.app.cli;

import io.clientlens.app.config.Launcher;
import io.clientlens.app.config.Settings;
import io.clientlens.app.security.Users;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running server and the command line on one home, over HTTP as a browser: {@code user disable} in another process ends
 * the user's open web session and their token at once. Behind a reverse proxy that says the request came over HTTPS
 * ({@code X-Forwarded-Proto}, with {@code server.forward-headers-strategy=native}), the session cookie is {@code Secure}.
 */
class SessionsEndCommandLineTest {
    static final String PASSWORD = "correct horse battery staple";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void userDisableOnTheCommandLineEndsTheOpenSessionAndTokenAtOnce(@TempDir Path home) throws Exception {
        try (Launcher app = Launcher.start(Settings.resolve(home, null, Map.of()), 0, Map.of("server.address", "127.0.0.1",
                "server.forward-headers-strategy", "native"))) {
            String base = "http://127.0.0.1:" + app.context().getEnvironment().getProperty("local.server.port");
            app.bean(Users.class).add("li.rm", Role.RM, "BR001", "RM01", PASSWORD);

            HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(plain.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly").doesNotContain("Secure");
            HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(proxied.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure").contains("HttpOnly");

            String cookie = cookie(plain);
            Matcher csrf = CSRF.matcher(plain.body());
            assertThat(csrf.find()).isTrue();
            String form = "username=li.rm&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            String session = cookie(signedIn);
            assertThat(get(base + "/", session).statusCode()).isEqualTo(200);

            HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"li.rm\", \"password\": \"" + PASSWORD + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String token = issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            assertThat(bearer(base + "/api/v1/customers", token).statusCode()).isEqualTo(200);

            CliRun.Outcome disabled = CliRun.in(home, "--lang", "en", "user", "disable", "li.rm");
            assertThat(disabled.status()).as(disabled.err()).isZero();

            HttpResponse<String> after = get(base + "/", session);
            assertThat(after.statusCode()).isEqualTo(302);
            assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login?ended=access-changed");
            assertThat(get(base + "/customers", session).headers().firstValue("Location").orElseThrow()).endsWith("/login");
            assertThat(bearer(base + "/api/v1/customers", token).statusCode()).isEqualTo(401);
        }
    }

    HttpResponse<String> get(String url, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> bearer(String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String cookie(HttpResponse<?> response) {
        return response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }
}
