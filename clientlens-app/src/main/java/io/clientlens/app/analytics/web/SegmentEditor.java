package io.clientlens.app.analytics.web;

import io.clientlens.app.ui.PageController;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.analytics.SegmentSizes;
import io.clientlens.app.analytics.LiveChecks;
import org.springframework.http.ResponseEntity;

import io.clientlens.app.analytics.TargetLists;
import io.clientlens.app.audit.AuditTrail;
import io.clientlens.app.classify.RunQueries;
import io.clientlens.app.segment.SegmentRuleStore;
import io.clientlens.app.security.SignedInUser;
import io.clientlens.app.ui.PageLanguage;
import io.clientlens.batch.rules.CompiledSegments;
import io.clientlens.batch.rules.InvalidSegmentRules;
import io.clientlens.batch.rules.SegmentRule;
import io.clientlens.customer.FieldProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The segment editor of the dashboards page (analysts and administrators): the live check of an
 * expression while it is typed, saving a segment, and target lists of a segment or an expression.
 * These are web-chain endpoints (session and CSRF token): the {@code /api/v1} chain takes bearer tokens only.
 */
@PageController
class SegmentEditor {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentEditor.class);

    /** The body of the live check. */
    record CheckRequest(String expression) {
    }

    private final SegmentRuleStore store;
    private final TargetLists targets;
    private final RunQueries runs;
    private final AuditTrail audit;
    private final DashboardsModel pageModel;
    private final MessageSource messages;
    private final LiveChecks checks;

    SegmentEditor(SegmentRuleStore store, TargetLists targets, RunQueries runs, AuditTrail audit,
                  DashboardsModel pageModel, MessageSource messages, LiveChecks checks) {
        this.checks = checks;
        this.store = store;
        this.targets = targets;
        this.runs = runs;
        this.audit = audit;
        this.pageModel = pageModel;
        this.messages = messages;
    }

    /**
     * {valid: true, customers, runId, message} or {valid: false, line, column, message}: the message is
     * in the page language and says where the error is.
     */
    @PostMapping(path = "/dashboards/segments/check", produces = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> check(@RequestBody CheckRequest body, Locale locale) {
        SignedInUser user = AnalyticsRoles.requireSegmentEditor();
        String expression = body == null ? null : body.expression();
        Map<String, Object> answer = new LinkedHashMap<>();
        InvalidSegmentRules.Problem problem = SegmentForm.expressionProblem(expression);
        if (problem != null) {
            answer.put("valid", false);
            answer.put("line", problem.line());
            answer.put("column", problem.column());
            answer.put("message", problem.line() == 0 ? messages.getMessage("seg.error.required", null, locale)
                    : messages.getMessage("seg.error.expression", new Object[]{problem.line(), problem.column(),
                    problem.text().in(PageLanguage.of(locale))}, locale));
            return ResponseEntity.ok(answer);
        }
        answer.put("valid", true);
        var run = runs.latestRun().orElse(null);
        if (run == null) {
            answer.put("message", messages.getMessage("seg.check.validNoRun", null, locale));
            return ResponseEntity.ok(answer);
        }
        answer.put("runId", run.runId());
        LiveChecks.Outcome outcome = checks.count(user.username(), run.runId(), expression);
        if (outcome instanceof LiveChecks.Outcome.Counted c) {
            answer.put("customers", c.customers());
            answer.put("message", messages.getMessage("seg.check.valid", new Object[]{c.customers(), run.asOf().toString()}, locale));
        } else if (outcome instanceof LiveChecks.Outcome.Busy b) {
            answer.put("busy", true);
            answer.put("message", messages.getMessage(b.ofThisUser() ? "seg.check.busyYours" : "seg.check.busy", null, locale));
            return ResponseEntity.status(429).header(HttpHeaders.RETRY_AFTER, Long.toString(b.retryAfter().toSeconds())).body(answer);
        } else if (outcome instanceof LiveChecks.Outcome.TimedOut t) {
            answer.put("timedOut", true);
            answer.put("message", messages.getMessage("seg.check.timedOut", new Object[]{t.limit().toSeconds()}, locale));
        }
        return ResponseEntity.ok(answer);
    }

    /** Saves when every field is right; otherwise the page again with each problem at its field and nothing saved. */
    @PostMapping("/dashboards/segments")
    String save(SegmentForm form, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        SignedInUser user = AnalyticsRoles.requireSegmentEditor();
        Map<String, SegmentForm.Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            response.setStatus(400);
            pageModel.fill(model, locale, null, null, null, form, problems);
            return "dashboards";
        }
        SegmentRule rule = form.rule();
        boolean created = store.save(rule);
        LOG.info("Segment '{}' {} by {} ({})", rule.name(), created ? "created" : "replaced", user.username(), user.role());
        redirect.addFlashAttribute("saved", rule.name());
        return "redirect:/dashboards#segments";
    }

    /** The target list of a stored segment in the latest run (the links of the segment table). */
    @GetMapping("/dashboards/targets")
    void exportSegment(@RequestParam String segment, @RequestParam(defaultValue = "csv") String format, Locale locale,
                       HttpServletResponse response) throws IOException {
        SignedInUser user = AnalyticsRoles.requireTargetExporter();
        io.clientlens.batch.export.TargetListFile.Format f = formatOf(format);
        write(user, "segment:" + segment, segment, filterOf(segment), f, DashboardsModel.language(locale), response);
    }

    /**
     * The target list of the editor's expression in the latest run. A wrong expression shows the page again
     * with the problem at the field (as saving does), so that this works without JavaScript too.
     */
    @PostMapping("/dashboards/targets")
    ModelAndView exportExpression(SegmentForm form, @RequestParam(defaultValue = "csv") String format, Locale locale,
                                  HttpServletResponse response) throws IOException {
        SignedInUser user = AnalyticsRoles.requireTargetExporter();
        io.clientlens.batch.export.TargetListFile.Format f = formatOf(format);
        InvalidSegmentRules.Problem problem = SegmentForm.expressionProblem(form.expression());
        if (problem != null) {
            ExtendedModelMap model = new ExtendedModelMap();
            pageModel.fill(model, locale, null, null, null, form, Map.of("expression", SegmentForm.problemOf(problem)));
            return new ModelAndView("dashboards", model, HttpStatus.BAD_REQUEST);
        }
        write(user, "expression", "filter", form.expression(), f, DashboardsModel.language(locale), response);
        return null; // the response is written
    }

    private static io.clientlens.batch.export.TargetListFile.Format formatOf(String format) {
        io.clientlens.batch.export.TargetListFile.Format f = io.clientlens.batch.export.TargetListFile.Format.parse(format);
        if (f == null) {
            throw new InvalidRequest(List.of(new FieldProblem("format", "应为 csv 或 xlsx", "expected csv or xlsx")));
        }
        return f;
    }

    private void write(SignedInUser user, String subject, String fileName, String where, io.clientlens.batch.export.TargetListFile.Format f,
                       io.clientlens.code.Language lang, HttpServletResponse response) throws IOException {
        var run = runs.latestRun().orElseThrow(() -> new NotFound("classification run", "latest"));
        String file = "targets-" + fileName + "-" + run.asOf() + "." + f.extension();
        response.setContentType(f.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString());
        long rows = targets.write(run.runId(), CompiledSegments.filter(where), f, response.getOutputStream(), lang);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("runId", run.runId());
        inputs.put("format", f.extension());
        inputs.put("rows", rows);
        inputs.put("expression", where);
        inputs.put("masked", true);
        audit.appendAccess("TARGET_LIST_EXPORT", LocalDateTime.now(), user.username(), user.role().name(), null, subject, inputs);
        // who exported what: the segment or the expression's digest, never a customer
        LOG.info("Target list exported by {} ({}): {} of run {}, {} customers, {}", user.username(), user.role(),
                subject.equals("expression") ? "expression #" + Integer.toHexString(where.hashCode()) : subject, run.runId(), rows,
                f.extension());
    }

    /** The stored segment's expression, checked like a typed one (a stored rule may predate a change of the variables). */
    private String filterOf(String segment) {
        String where = store.visible().stream().filter(r -> r.name().equals(segment)).findFirst()
                .map(SegmentRule::expression).orElseThrow(() -> new NotFound("segment", segment));
        InvalidSegmentRules.Problem problem = SegmentForm.expressionProblem(where);
        if (problem != null) {
            String at = "line " + problem.line() + ", column " + problem.column() + ": ";
            throw new InvalidRequest(List.of(new FieldProblem("expression",
                    "表达式有误：第 " + problem.line() + " 行第 " + problem.column() + " 列：" + problem.text().zh(),
                    "invalid expression: " + at + problem.message())));
        }
        return where;
    }
}
