package io.clientlens.app.security;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Problem details (RFC 9457) written by the security filters, before any controller runs. */
final class Problems {
    private Problems() {
    }

    static void write(HttpServletResponse response, int status, String type, String title, String zh, String en) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"urn:clientlens:problem:" + type + "\",\"title\":" + quote(title) + ",\"status\":" + status
                + ",\"detail\":" + quote(en) + ",\"zh\":" + quote(zh) + ",\"en\":" + quote(en) + "}");
    }

    /** A JSON string literal (the one codec quotes it). */
    static String quote(String s) {
        return io.clientlens.batch.json.Json.write(s);
    }
}
