package io.clientlens.app.needs.web;

import io.clientlens.app.ui.PageController;
import io.clientlens.app.ui.PageLanguage;
import io.clientlens.app.needs.NeedsReport;
import io.clientlens.app.security.Scope;
import io.clientlens.code.Language;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The needs report (HTML and PDF) for the signed-in user of the customer 360, under the web pages' session
 * sign-in: the 360 links here, not to {@code /api/v1/customers/{id}/needs/report.*}, which takes bearer tokens
 * only. The same report, the same roles (SecurityConfiguration) and the same scope as the API. The HTML links
 * the static stylesheet /needs-report.css and needs no inline style, so it is sent with a stricter
 * Content-Security-Policy than the pages ({@code style-src 'self'}, no script); the language is the page's
 * (?lang=en, remembered in a cookie).
 */
@PageController
class NeedsReportPage {
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    /** Tighter than the pages' policy: the report is a document with no script, form or inline style at all. */
    static final String REPORT_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
            + "form-action 'none'; base-uri 'none'";

    private final NeedsReport report;
    private final Scope scope;

    NeedsReportPage(NeedsReport report, Scope scope) {
        this.report = report;
        this.scope = scope;
    }

    @GetMapping("/customers/{id}/needs/report.html")
    ResponseEntity<String> html(@PathVariable String id,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                Locale locale, HttpServletRequest request) {
        scope.requireCustomer(id);
        String stylesheet = request.getContextPath() + "/needs-report.css";
        return ResponseEntity.ok().contentType(HTML).header("Content-Security-Policy", REPORT_CSP)
                .body(report.html(id, asOf, PageLanguage.of(locale), stylesheet));
    }

    @GetMapping("/customers/{id}/needs/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               Locale locale) {
        scope.requireCustomer(id);
        Language lang = PageLanguage.of(locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"needs-" + id + "-" + lang.name().toLowerCase(Locale.ROOT) + ".pdf\"")
                .body(report.pdf(id, asOf, lang));
    }
}
