package io.clientlens.app.aml.web;

import io.clientlens.aml.DueDiligence;
import io.clientlens.app.aml.AmlDueDiligence;
import io.clientlens.app.security.Actors;
import io.clientlens.app.refusal.InvalidRequest;
import io.clientlens.app.refusal.NotFound;
import io.clientlens.customer.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Due diligence over REST (docs/AML.md, "Due diligence"), compliance only (security.SecurityConfiguration). */
@RestController
@RequestMapping("/api/v1/aml")
class AmlDueDiligenceApi {
    private final AmlDueDiligence dueDiligence;

    AmlDueDiligenceApi(AmlDueDiligence dueDiligence) {
        this.dueDiligence = dueDiligence;
    }

    record StatusView(String customerId, String rating, String level, Map<String, String> levelLabel, LocalDate lastReviewOn,
                      LocalDate nextReviewOn, List<Map<String, String>> missingFacts, boolean eddPending, boolean prohibited) {
        static StatusView of(String customerId, DueDiligence.Status s) {
            return new StatusView(customerId, s.rating(), s.level() == null ? null : s.level().name(),
                    s.level() == null ? null : AmlCasesApi.label(s.level().label()), s.lastReviewOn(), s.nextReviewOn(),
                    s.missingFacts().stream().map(AmlCasesApi::label).toList(), s.eddPending(), s.prohibited());
        }
    }

    record ReviewRequest(String note) {
    }

    @GetMapping("/customers/{id}/due-diligence")
    @Operation(summary = "A customer's due diligence: level by AML rating, last and next review, facts enhanced due diligence still needs")
    StatusView status(@PathVariable String id) {
        return dueDiligence.status(id, LocalDate.now()).map(s -> StatusView.of(id, s))
                .orElseThrow(() -> new NotFound("customer", id));
    }

    @PostMapping("/customers/{id}/reviews")
    @Operation(summary = "Record a completed due-diligence review by the signed-in compliance officer")
    StatusView review(@PathVariable String id, @RequestBody(required = false) ReviewRequest request) {
        return dueDiligence.recordReview(id, Actors.current().username(), request == null ? null : request.note(), LocalDate.now())
                .map(s -> StatusView.of(id, s)).orElseThrow(() -> new NotFound("customer", id));
    }

    @GetMapping("/reviews-due")
    @Operation(summary = "Rated customers whose periodic review is due on or before until (default today), earliest first")
    List<AmlDueDiligence.ReviewDue> due(@RequestParam(required = false) LocalDate until,
                                        @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new InvalidRequest(List.of(new FieldProblem("limit", "应在 1 至 10000 之间", "expected 1 to 10000, was " + limit)));
        }
        return dueDiligence.reviewsDue(until == null ? LocalDate.now() : until, limit);
    }
}
