package io.clientlens.app.aml.web;

import io.clientlens.aml.cases.CaseAction;
import io.clientlens.aml.cases.CaseDecision;
import io.clientlens.aml.cases.CaseStatus;
import io.clientlens.aml.monitor.AlertRule;
import io.clientlens.app.aml.AmlCases;
import io.clientlens.app.aml.persistence.CaseStore;
import io.clientlens.app.security.Actors;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.code.Label;
import io.clientlens.customer.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compliance cases over REST (docs/AML.md "Cases", docs/API.md), compliance only: every other role gets 403 from
 * security.SecurityConfiguration before this runs (no tipping-off).
 */
@RestController
@RequestMapping("/api/v1/aml/cases")
class AmlCasesApi {
    private final AmlCases cases;

    AmlCasesApi(AmlCases cases) {
        this.cases = cases;
    }

    record CaseView(long caseId, String customerId, String status, Map<String, String> statusLabel, Instant openedAt,
                    LocalDate dueOn, boolean overdue, int alerts, List<String> rules, String rating, String proposed,
                    String proposedBy, String decision, Map<String, String> decisionLabel, LocalDate strDueOn,
                    LocalDate strFiledOn) {
        static CaseView of(AmlCases.CaseSummary s) {
            CaseDecision shown = s.decision() != null ? s.decision() : s.proposed();
            return new CaseView(s.caseId(), s.customerId(), s.status().name(), label(s.status().label()), s.openedAt(),
                    s.dueOn(), s.overdue(), s.alerts(), s.rules().stream().map(Enum::name).toList(), s.rating(),
                    s.proposed() == null ? null : s.proposed().name(), s.proposedBy(),
                    s.decision() == null ? null : s.decision().name(), shown == null ? null : label(shown.label()),
                    s.strDueOn(), s.strFiledOn());
        }
    }

    record RatingView(String code, Map<String, String> label, List<Map<String, String>> reasons, LocalDate asOf) {
    }

    record CaseDetailView(CaseView caseSummary, RatingView rating, List<AmlAlertsApi.AlertView> alerts,
                          List<AmlCases.ScreeningMatch> matches, List<CaseStore.Event> events) {
    }

    /** A step: action START_REVIEW, PROPOSE (with decision), APPROVE, REJECT or FILE_STR, and the opinion. */
    record StepRequest(String action, String decision, String opinion) {
    }

    @GetMapping
    @Operation(summary = "Compliance cases, by due date (compliance only)")
    List<CaseView> list(@RequestParam(required = false) String status, @RequestParam(required = false) String customer,
                        @RequestParam(required = false) String rule, @RequestParam(required = false) String rating,
                        @RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "100") int limit) {
        CaseStatus s = status == null ? null : parse(CaseStatus.class, "status", status);
        AlertRule r = rule == null ? null : parse(AlertRule.class, "rule", rule);
        if (rating != null && !io.clientlens.code.Dimension.AML_RISK.accepts(rating)) {
            List<String> codes = io.clientlens.code.Dimension.AML_RISK.valueCodes();
            throw new InvalidRequest(List.of(new FieldProblem("rating", "“" + rating + "”不是洗钱风险等级，可选：" + codes,
                    "'" + rating + "' is not an AML rating; expected one of " + codes)));
        }
        if (limit < 1 || limit > AmlCases.MAX_LIST) {
            throw new InvalidRequest(List.of(new FieldProblem("limit", "应在 1 至 " + AmlCases.MAX_LIST + " 之间",
                    "expected 1 to " + AmlCases.MAX_LIST + ", was " + limit)));
        }
        return cases.list(new AmlCases.CaseFilter(!all && s == null, s, customer, r, rating), limit).stream()
                .map(CaseView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case: the customer's AML rating with reasons, the alerts with their transactions, the history")
    CaseDetailView get(@PathVariable long id) {
        AmlCases.CaseDetail d = cases.get(id).orElseThrow(() -> new NotFound("case", String.valueOf(id)));
        RatingView rating = d.rating().map(r -> new RatingView(r.code(), label(r.label()),
                r.reasons().stream().map(AmlCasesApi::label).toList(), r.asOf())).orElse(null);
        return new CaseDetailView(CaseView.of(d.summary()), rating,
                d.alerts().stream().map(AmlAlertsApi.AlertView::of).toList(), d.matches(), d.events());
    }

    @PostMapping("/{id}/steps")
    @Operation(summary = "A step of the workflow by the signed-in compliance officer; exit and STR need a second officer")
    ResponseEntity<?> step(@PathVariable long id, @RequestBody StepRequest request) {
        CaseAction action = action(request);
        AmlCases.StepOutcome outcome = cases.act(id, action, Actors.current().username());
        if (outcome instanceof AmlCases.StepOutcome.NoSuchCase) {
            throw new NotFound("case", String.valueOf(id));
        }
        if (outcome instanceof AmlCases.StepOutcome.Refused refused) {
            return refused(refused.why());
        }
        return ResponseEntity.ok(CaseView.of(((AmlCases.StepOutcome.Done) outcome).after()));
    }

    /** Confirm or dismiss a possible watch-list match: {@code {"confirmed": true|false, "opinion": "…"}}. */
    record MatchDecision(Boolean confirmed, String opinion) {
    }

    @PostMapping("/{id}/matches/{matchId}")
    @Operation(summary = "Confirm or dismiss a possible watch-list match of the case (a confirmed match makes the customer PROHIBITED)")
    ResponseEntity<?> match(@PathVariable long id, @PathVariable long matchId, @RequestBody MatchDecision request) {
        if (request == null || request.confirmed() == null) {
            throw new InvalidRequest(List.of(new FieldProblem("confirmed", "须填写 true（确认）或 false（排除）",
                    "required: true (confirm) or false (dismiss)")));
        }
        AmlCases.StepOutcome outcome = cases.decideMatch(id, matchId, request.confirmed(), request.opinion(),
                Actors.current().username());
        if (outcome instanceof AmlCases.StepOutcome.NoSuchCase) {
            throw new NotFound("case", String.valueOf(id));
        }
        if (outcome instanceof AmlCases.StepOutcome.Refused refused) {
            return refused(refused.why());
        }
        return ResponseEntity.ok(CaseView.of(((AmlCases.StepOutcome.Done) outcome).after()));
    }

    /** A step the workflow refuses: 409 with the reason in both languages and a problem type, as every refusal of the API. */
    private static ResponseEntity<ProblemDetail> refused(Label why) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, why.en());
        pd.setType(URI.create("urn:clientlens:problem:refused"));
        pd.setTitle("不能执行 / Not possible now");
        pd.setProperty("zh", why.zh());
        pd.setProperty("en", why.en());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(pd);
    }

    /** The action a request names, or a 400 naming the field. */
    static CaseAction action(StepRequest r) {
        if (r == null || r.action() == null || r.action().isBlank()) {
            throw new InvalidRequest(List.of(new FieldProblem("action", "须填写：START_REVIEW、PROPOSE、APPROVE、REJECT 或 FILE_STR",
                    "required: START_REVIEW, PROPOSE, APPROVE, REJECT or FILE_STR")));
        }
        String opinion = r.opinion();
        return switch (r.action().strip().toUpperCase(java.util.Locale.ROOT)) {
            case "START_REVIEW" -> new CaseAction.StartReview(opinion);
            case "PROPOSE" -> new CaseAction.Propose(r.decision() == null ? null
                    : parse(CaseDecision.class, "decision", r.decision()), opinion);
            case "APPROVE" -> new CaseAction.Approve(opinion);
            case "REJECT" -> new CaseAction.Reject(opinion);
            case "FILE_STR" -> new CaseAction.FileStr(opinion);
            default -> throw new InvalidRequest(List.of(new FieldProblem("action",
                    "应为 START_REVIEW、PROPOSE、APPROVE、REJECT 或 FILE_STR，实为“" + r.action() + "”",
                    "expected START_REVIEW, PROPOSE, APPROVE, REJECT or FILE_STR, was '" + r.action() + "'")));
        };
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        E[] values = type.getEnumConstants();
        Optional<E> found = Arrays.stream(values).filter(v -> v.name().equalsIgnoreCase(value.strip())).findFirst();
        return found.orElseThrow(() -> new InvalidRequest(List.of(new FieldProblem(field,
                "应为以下之一：" + Arrays.toString(values) + "，实为“" + value + "”",
                "expected one of " + Arrays.toString(values) + ", was '" + value + "'"))));
    }

    static Map<String, String> label(Label l) {
        return Map.of("zh", l.zh(), "en", l.en());
    }
}
