package io.clientlens.app.errors;

import io.clientlens.app.ClientLensApplication;
import io.clientlens.app.customer.Customers;
import io.clientlens.app.customer.ProfileValidation;
import io.clientlens.app.support.PostgresTest;
import io.clientlens.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.Socket;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input never earns a 5xx, and every error under {@code /api/} is a problem detail (docs/SECURITY.md, "Checklist").
 * Over real HTTP (so that the servlet container's own refusals count too): every operation of the generated OpenAPI
 * document and every form of the pages, each with generated bad input (seeded, bounded: a few hundred requests), as
 * several roles and as nobody. Raw sockets, so that paths such as {@code %2F} and {@code %00} reach the server as sent.
 */
@SpringBootTest(classes = ClientLensApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputFuzzTest extends PostgresTest {
    static final long SEED = 20261206L;
    static final int VARIANTS = 8;
    static final String PASSWORD = "correct horse battery staple";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final List<String> BAD_SEGMENTS = List.of("%2F", "%00", "%5C", "a;b", "..", "%ff", "%25", "x".repeat(3000), "1e308", "-1",
            "'%20or%201=1--", "%E5%90%8D", "C1%0d%0aX:y", "0");
    static final List<String> BAD_VALUES = List.of("", "-1", "1e308", "1e16", "-1e16", "99999999999999999999999", "1.5", "abc",
            "2999-01-01", "2026-13-45", "=HYPERLINK(\"http://evil.example\")", "\u0000", "x".repeat(70_000), "null", "[]", "{}");

    @LocalServerPort
    int port;
    @Autowired
    Customers customers;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final JsonMapper json = JsonMapper.builder().build();
    final Random random = new Random(SEED);
    final List<String> wrong = new ArrayList<>();

    /** An answer: status (0 if the server closed the connection without one), content type, body, the session cookie it set. */
    record Answer(int status, String contentType, String body, String cookie) {
        static Answer parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            if (!raw.startsWith("HTTP/") || end < 0) {
                return new Answer(0, "", "", null);
            }
            String[] lines = raw.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String type = "";
            String cookie = null;
            boolean chunked = false;
            for (String line : lines) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    type = line.substring(13).trim();
                } else if (lower.startsWith("set-cookie:") && lower.contains("jsessionid=")) {
                    cookie = line.substring(11).trim().split(";", 2)[0];
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            String body = raw.substring(end + 4);
            return new Answer(status, type, chunked ? unchunk(body) : body, cookie);
        }

        static String unchunk(String body) {
            StringBuilder out = new StringBuilder();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            int i = 0;
            while (i < bytes.length) {
                int lineEnd = i;
                while (lineEnd + 1 < bytes.length && !(bytes[lineEnd] == '\r' && bytes[lineEnd + 1] == '\n')) {
                    lineEnd++;
                }
                String sizeText = new String(bytes, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0].trim();
                int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
                if (size == 0) {
                    break;
                }
                int start = lineEnd + 2;
                out.append(new String(bytes, start, Math.min(size, bytes.length - start), StandardCharsets.UTF_8));
                i = start + size + 2;
            }
            return out.toString();
        }
    }

    @BeforeEach
    void data() {
        customers.save(ProfileValidation.parseAndCheck("{\"customerId\": \"C1\", \"name\": \"王小明\", \"branch\": \"BR001\", "
                + "\"relationshipManager\": \"RM01\"}", io.clientlens.policy.Policy.Validation.V1.maxAmount()));
    }

    @Test
    void everyOpenApiOperationAnswersBadInputWithoutA5xxAndWithProblemDetailsUnderApi() throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            tokens.put(role.name(), bearer(role));
        }
        tokens.put("nobody", null);
        Session analyst = signIn("fz.analyst", Role.ANALYST);
        Answer docs = send("GET", "/v3/api-docs", Map.of("Cookie", analyst.cookie()), null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode api = json.readTree(docs.body());
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                operations++;
                for (int v = 0; v < VARIANTS; v++) {
                    String target = fill(path.getKey(), op.getValue(), v);
                    String role = pick(new ArrayList<>(tokens.keySet()));
                    Map<String, String> headers = new LinkedHashMap<>();
                    if (tokens.get(role) != null) {
                        headers.put("Authorization", tokens.get(role));
                    }
                    if (!path.getKey().startsWith("/api/")) {
                        headers.put("Cookie", analyst.cookie());
                        headers.put("X-CSRF-TOKEN", analyst.csrf());
                    }
                    headers.put("Accept", pick(List.of("application/json", "application/json", "application/xml", "text/html", "*/*")));
                    String body = null;
                    if (!op.getKey().equals("get") && !op.getKey().equals("delete")) {
                        body = body(op.getValue(), api, v);
                        headers.put("Content-Type", pick(List.of("application/json", "application/json", "application/json",
                                "text/plain", "application/xml", "text/csv")));
                    }
                    check(op.getKey().toUpperCase(Locale.ROOT), target, headers, body);
                }
            }
        }
        assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(30);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyFormOfThePagesAnswersBadInputWithoutA5xx() throws Exception {
        Map<Role, Session> sessions = new LinkedHashMap<>();
        for (Role role : List.of(Role.ADMIN, Role.RM, Role.SUPERVISOR, Role.ANALYST, Role.COMPLIANCE)) {
            sessions.put(role, signIn("fz." + role.name().toLowerCase(Locale.ROOT), role));
        }
        TreeSet<String> forms = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = e.getValue();
            if (!org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), io.clientlens.app.ui.PageController.class)
                    || !e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            List<String> params = new ArrayList<>();
            for (MethodParameter p : handler.getMethodParameters()) {
                RequestParam rp = p.getParameterAnnotation(RequestParam.class);
                if (rp != null) {
                    params.add(!rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getParameterName());
                } else if (p.getParameterType().isRecord()) {
                    for (var c : p.getParameterType().getRecordComponents()) {
                        params.add(c.getName());
                    }
                }
            }
            for (String pattern : e.getKey().getPatternValues()) {
                forms.add(pattern);
                for (int v = 0; v < VARIANTS; v++) {
                    Session session = sessions.get(pick(new ArrayList<>(sessions.keySet())));
                    StringBuilder form = new StringBuilder("_csrf=").append(enc(session.csrf()));
                    for (String name : params) {
                        form.append('&').append(name).append('=').append(enc(pick(BAD_VALUES)));
                    }
                    String target = pattern.replaceAll("\\{[^}]+}", v % 3 == 0 ? "C1" : pick(BAD_SEGMENTS));
                    check("POST", target, Map.of("Cookie", session.cookie(), "Content-Type", "application/x-www-form-urlencoded"),
                            form.toString());
                }
            }
        }
        assertThat(forms).as("forms of the pages").contains("/customers/{id}/notes", "/dashboards/segments", "/admin/runs");
        assertThat(wrong).isEmpty();
    }

    @Test
    void theContainersFirewallsAndMediaTypeRefusalsUnderApiAreProblemDetails() throws Exception {
        String token = bearer(Role.RM);
        for (String path : List.of("/api/v1/customers/a%2Fb", "/api/v1/customers/a%00b", "/api/v1/customers/a%5Cb",
                "/api/v1/customers/a;b", "/api/v1/customers/%ff", "/api/v1/x/../customers", "/api/v1/customers//C1",
                "/api/v1/customers?size=" + "9".repeat(20_000))) {
            Answer a = send("GET", path, Map.of("Authorization", token), null);
            assertThat(a.status()).as(path).isEqualTo(400);
            assertProblem(path, a);
        }
        // a header over the limit: the answer says that headers may be the cause, not only the path
        Answer bigHeader = send("GET", "/api/v1/customers", Map.of("Authorization", token, "X-Padding", "x".repeat(20_000)), null);
        assertThat(bigHeader.status()).isEqualTo(400);
        assertThat(bigHeader.body()).contains("headers over 16 KB").contains("请求头超过 16 KB");
        Answer unsupported = send("POST", "/api/v1/disclosures/verify", Map.of("Authorization", token, "Content-Type", "text/plain"), "x");
        assertThat(unsupported.status()).isEqualTo(415);
        assertProblem("415", unsupported);
        Answer notAcceptable = send("GET", "/api/v1/customers/C1", Map.of("Authorization", token, "Accept", "application/xml"), null);
        assertThat(notAcceptable.status()).isEqualTo(406);
        assertProblem("406", notAcceptable);
        Answer method = send("PATCH", "/api/v1/customers/C1", Map.of("Authorization", bearer(Role.ADMIN)), null);
        assertThat(method.status()).isBetween(403, 405);
        assertProblem("PATCH", method);
        Answer page = send("GET", "/customers/a%2Fb", Map.of(), null);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("请求无效").contains("Bad request").doesNotContain("Tomcat");
    }

    @Test
    void aFormOverTheSizeLimitIsRefusedWith413AndAPageInBothLanguages() throws Exception {
        Session rm = signIn("fz.rm", Role.RM);
        String form = "_csrf=" + enc(rm.csrf()) + "&kind=CALL&occurredOn=2026-01-05&text=" + "x".repeat(70 * 1024);
        Answer a = send("POST", "/customers/C1/notes", Map.of("Cookie", rm.cookie(), "Content-Type", "application/x-www-form-urlencoded"),
                form);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.contentType()).startsWith("text/html");
        assertThat(a.body()).contains("请求过大").contains("Request too large");
        Session analyst = signIn("fz.analyst", Role.ANALYST);
        Answer segment = send("POST", "/dashboards/segments", Map.of("Cookie", analyst.cookie(),
                "Content-Type", "application/x-www-form-urlencoded"), "_csrf=" + enc(analyst.csrf()) + "&name=" + "n".repeat(70 * 1024));
        assertThat(segment.status()).isEqualTo(413);
    }

    void assertProblem(String what, Answer a) throws Exception {
        assertThat(a.contentType()).as(what + ": " + a.body()).startsWith("application/problem+json");
        JsonNode body = json.readTree(a.body());
        assertThat(body.get("status").asInt()).as(what).isEqualTo(a.status());
        assertThat(body.get("title").asString()).as(what).contains(" / ");
    }

    void check(String method, String target, Map<String, String> headers, String body) throws Exception {
        Answer a = send(method, target, headers, body);
        String what = method + " " + abbreviate(target) + " " + headers.getOrDefault("Content-Type", "") + " → " + a.status();
        if (a.status() >= 500) {
            wrong.add(what + ": " + abbreviate(a.body()));
            return;
        }
        if (target.startsWith("/api/") && a.status() >= 400) {
            if (!a.contentType().startsWith("application/problem+json")) {
                wrong.add(what + ": not a problem detail (" + a.contentType() + ") " + abbreviate(a.body()));
                return;
            }
            try {
                JsonNode node = json.readTree(a.body());
                if (node.get("status") == null || node.get("status").asInt() != a.status() || node.get("title") == null) {
                    wrong.add(what + ": problem detail without its status or title " + abbreviate(a.body()));
                }
            } catch (RuntimeException e) {
                wrong.add(what + ": body is no JSON " + abbreviate(a.body()));
            }
        }
        // the page's random CSRF token may spell anything: it is left out of the scan
        String scanned = a.body().replaceAll("(name=\"_csrf\" (value|content)=\")[^\"]*", "$1")
                .replaceAll("(<meta name=\"_csrf\" content=\")[^\"]*", "$1");
        for (String internal : List.of("SQL", "Exception", "/tmp/")) {
            int at = scanned.indexOf(internal);
            if (at >= 0) {
                wrong.add(what + ": internals in the answer: …" + scanned.substring(Math.max(0, at - 150), Math.min(scanned.length(), at + 80)) + "…");
            }
        }
    }

    /** The path with its parameters filled: mostly bad values, sometimes a good customer id. */
    String fill(String path, JsonNode op, int variant) {
        String filled = path.replaceAll("\\{[^}]+}", variant % 4 == 0 ? "C1" : pick(BAD_SEGMENTS));
        StringBuilder query = new StringBuilder();
        JsonNode params = op.get("parameters");
        if (params != null) {
            for (JsonNode p : params) {
                if (p.get("in").asString().equals("query")) {
                    query.append(query.isEmpty() ? "?" : "&").append(p.get("name").asString()).append('=')
                            .append(enc(pick(BAD_VALUES)));
                }
            }
        }
        return filled + query;
    }

    /** A body for the operation: malformed JSON, wrong shapes, or the schema's properties filled with bad values. */
    String body(JsonNode op, JsonNode api, int variant) {
        return switch (variant % 6) {
            case 0 -> pick(List.of("", "{", "[1,2", "null", "\"text\"", "{\"a\":" + "[".repeat(2000)));
            case 1 -> "x".repeat(3 * 1024 * 1024);
            default -> {
                JsonNode schema = schemaOf(op, api);
                StringBuilder b = new StringBuilder("{");
                if (schema != null && schema.get("properties") != null) {
                    for (Map.Entry<String, JsonNode> prop : schema.get("properties").properties()) {
                        if (b.length() > 1) {
                            b.append(',');
                        }
                        b.append('"').append(prop.getKey()).append("\":").append(badJson(prop.getValue()));
                    }
                } else {
                    b.append("\"amount\":1e308,\"field\":\"").append("y".repeat(70_000)).append('"');
                }
                yield b.append('}').toString();
            }
        };
    }

    JsonNode schemaOf(JsonNode op, JsonNode api) {
        JsonNode content = op.path("requestBody").path("content");
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            JsonNode schema = media.getValue().get("schema");
            if (schema != null && schema.get("$ref") != null) {
                String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
                return api.path("components").path("schemas").get(name);
            }
            return schema;
        }
        return null;
    }

    String badJson(JsonNode property) {
        String type = property.path("type").asString("");
        return switch (type) {
            case "number", "integer" -> pick(List.of("1e308", "-1e308", "1e16", "1.5", "\"abc\"", "null", "99999999999999999999999999"));
            case "string" -> pick(List.of("\"\"", "\"" + "z".repeat(70_000) + "\"", "\"2999-01-01\"", "123", "\"\\u0000\"", "null",
                    "\"=cmd|' /C calc'!A0\""));
            case "boolean" -> pick(List.of("\"yes\"", "2", "null"));
            case "array" -> pick(List.of("[" + "1,".repeat(1000) + "1]", "\"not a list\"", "[null]", "[{}]"));
            default -> pick(List.of("{}", "[]", "1e308", "\"x\"", "null"));
        };
    }

    record Session(String cookie, String csrf) {
    }

    Session signIn(String username, Role role) throws Exception {
        if (users.find(username).isEmpty()) {
            users.add(username, role, "BR001", role == Role.RM ? "RM01" : null, PASSWORD);
        }
        Answer login = send("GET", "/login", Map.of(), null);
        String cookie = login.cookie;
        Matcher m = CSRF.matcher(login.body());
        assertThat(m.find()).isTrue();
        Answer signedIn = send("POST", "/login", Map.of("Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded"),
                "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(m.group(1)));
        assertThat(signedIn.status()).isEqualTo(302);
        String session = signedIn.cookie != null ? signedIn.cookie : cookie;
        Answer home = send("GET", "/", Map.of("Cookie", session), null);
        Matcher token = CSRF.matcher(home.body());
        assertThat(token.find()).as("a CSRF token on the home page").isTrue();
        return new Session(session, token.group(1));
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** One HTTP/1.1 request on a fresh socket, the target exactly as given. */
    Answer send(String method, String target, Map<String, String> headers, String body) throws Exception {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1:")
                    .append(port).append("\r\nConnection: close\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                out.write(content);
                out.flush();
            } catch (java.io.IOException closedEarly) {
                // the server may answer (400, 413) and close before reading an oversized request line, headers or body
            }
            InputStream in = socket.getInputStream();
            byte[] all;
            try {
                all = in.readAllBytes();
            } catch (java.net.SocketException reset) {
                all = new byte[0];
            }
            return Answer.parse(new String(all, StandardCharsets.UTF_8));
        }
    }
}
