package io.clientlens.app.audit.web;

import io.clientlens.app.audit.AuditKinds;
import io.clientlens.app.audit.AuditSearch;
import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.security.Actors;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.ui.CsvCells;
import io.clientlens.app.ui.PageController;
import io.clientlens.app.ui.PageLanguage;
import io.clientlens.code.Language;
import io.clientlens.staff.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The audit search for compliance and the head of wealth: the append-only trail by customer, user, kind and period,
 * 50 a page, newest first, and its export as CSV (which is itself audited). Only the roles that read the trail reach it
 * (security.Capability.READ_AUDIT).
 */
@PageController
class AuditPage {
    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditSearch search;
    private final AuditTrail trail;

    AuditPage(AuditSearch search, AuditTrail trail) {
        this.search = search;
        this.trail = trail;
    }

    /** One record as the table shows it: kind and role by their names in the page's language. */
    record RowView(long recordId, String at, String kindLabel, String kind, boolean kindKnown, String user, String roleLabel,
                   String customerId, String subject, String outcome, String outcomeLabel, String policyVersion) {
        static RowView of(AuditSearch.Row r, Language lang) {
            return new RowView(r.recordId(), WHEN.format(r.at()), AuditKinds.label(r.kind()).in(lang), r.kind(), AuditKinds.known(r.kind()),
                    r.user(), AuditPage.roleLabel(r.role(), lang), r.customerId(), r.subject(), r.outcome(),
                    io.clientlens.app.audit.AuditOutcomes.label(r.outcome()).map(l -> l.in(lang)).orElse(null), r.policyVersion());
        }
    }

    /** An option of the kind filter. */
    record Option(String code, String label) {
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String customer, @RequestParam(required = false) String user,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") String page,
                Locale locale, Model model, HttpServletResponse response) {
        Language lang = PageLanguage.of(locale);
        model.addAttribute("lang", lang == Language.EN ? "en" : "zh");
        model.addAttribute("f", Map.of("customer", nz(customer), "user", nz(user), "kind", nz(kind), "from", nz(from), "to", nz(to)));
        model.addAttribute("kinds", search.kinds().stream().map(k -> new Option(k, AuditKinds.label(k).in(lang))).toList());
        try {
            AuditSearch.Query q = AuditSearch.Query.parse(customer, user, kind, from, to);
            int p = pageNumber(page);
            AuditSearch.ResultPage result = search.search(q, p, PAGE_SIZE);
            model.addAttribute("rows", result.items().stream().map(r -> RowView.of(r, lang)).toList());
            model.addAttribute("result", result);
        } catch (InvalidRequest e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems().stream()
                    .map(p -> fieldLabel(p.field(), lang) + (lang == Language.EN ? ": " + p.en() : "：" + p.zh())).toList());
            model.addAttribute("rows", List.of());
        }
        return "audit";
    }

    @GetMapping("/audit/export.csv")
    void export(@RequestParam(required = false) String customer, @RequestParam(required = false) String user,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, Locale locale, HttpServletResponse response) throws IOException {
        Language lang = PageLanguage.of(locale);
        AuditSearch.Query q = AuditSearch.Query.parse(customer, user, kind, from, to);
        SignedInUser me = Actors.current();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-records.csv\"");
        Writer out = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // so that Excel reads the Chinese headers as UTF-8
        out.write(String.join(",", (lang == Language.EN
                ? List.of("Record", "Time", "Kind", "Kind code", "User", "Role", "Customer", "Subject", "Outcome", "Policy version")
                : List.of("记录号", "时间", "类型", "类型代码", "操作人", "角色", "客户号", "对象", "结果", "政策版本"))
                .stream().map(CsvCells::cell).toList()) + "\r\n");
        int n = search.each(q, r -> {
            RowView v = RowView.of(r, lang);
            try {
                out.write(String.join(",", List.of(String.valueOf(v.recordId()), v.at(), v.kindLabel(), v.kind(), v.user(), v.roleLabel(),
                        nz(v.customerId()), v.subject(), v.outcome(), v.policyVersion()).stream().map(CsvCells::cell).toList()) + "\r\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        out.flush();
        trail.appendAccess("AUDIT_EXPORT", LocalDateTime.now(), me.username(), me.role().name(), q.customerId(), "audit:export",
                Map.<String, Object>of("customer", nz(q.customerId()), "user", nz(q.user()), "kind", nz(q.kind()),
                        "from", q.from() == null ? "" : q.from().toString(), "to", q.to() == null ? "" : q.to().toString(), "records", n));
    }

    private static int pageNumber(String text) {
        try {
            return Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidRequest(List.of(new io.clientlens.customer.FieldProblem("page", "页码应为整数", "expected a whole number")));
        }
    }

    private static String roleLabel(String role, Language lang) {
        return Role.labelOf(role).in(lang);
    }

    private static String fieldLabel(String field, Language lang) {
        boolean en = lang == Language.EN;
        return switch (field) {
            case "customer" -> en ? "Customer" : "客户号";
            case "user" -> en ? "User" : "操作人";
            case "kind" -> en ? "Kind" : "类型";
            case "from" -> en ? "From" : "开始日期";
            case "to" -> en ? "To" : "结束日期";
            case "page" -> en ? "Page" : "页码";
            default -> field;
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
